// EventText: a Document cut into word tokens for event extraction, with each
// token's sentence, lower-cased form, shape and whether it lies inside a
// quotation. One linear pass over the text; no regular expressions.
#ifndef VIGIL_EXTRACT_EVENT_TEXT_H_
#define VIGIL_EXTRACT_EVENT_TEXT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/document.h"
#include "vigil/extraction.h"

namespace vigil {

struct Token {
  Span span;  // over Document::text
  // ASCII-lower-cased surface, quotes/dashes folded: a view into the text
  // when folding changes nothing, else into EventText::folded or a literal.
  std::string_view lower;
  uint32_t sentence = 0;     // index into EventText::sentences
  bool word = false;         // letters or digits (else punctuation)
  bool capitalised = false;  // first letter upper case
  bool all_caps = false;     // two or more letters, all upper case
  bool digits = false;       // starts with a digit
  bool in_quote = false;     // inside a quotation
};

// Move-only: tokens' `lower` and `words` point into `text` and `folded`.
struct EventText {
  EventText() = default;
  EventText(EventText&&) = default;
  EventText& operator=(EventText&&) = default;
  EventText(const EventText&) = delete;
  EventText& operator=(const EventText&) = delete;

  std::string_view text;  // the Document's text (borrowed)
  // The tokens' lower-cased forms that differ from their surface, one after
  // another (never more bytes than `text`); stays put when moved.
  std::unique_ptr<char[]> folded;
  std::vector<Token> tokens;
  std::vector<std::string_view> words;  // tokens[i].lower, for PhraseTable
  std::vector<uint32_t> slots;          // WordFilter::Slot(words[i]), for PhraseTable
  struct Sentence {
    Span span;         // over text
    size_t first = 0;  // first token
    size_t last = 0;   // one past the last token
    uint32_t paragraph = 0;
  };
  std::vector<Sentence> sentences;

  std::string_view Surface(size_t first, size_t last) const;  // tokens [first, last)
};

// Tokens of `doc`. Sentences come from doc.sentences, or when it is empty
// from a simple split at ". ", "! ", "? " and line breaks. Quotation regions
// come from `quotes` when given, else from matching quotation marks. The
// result borrows doc.text. Thread-safe.
EventText TokenizeForEvents(const Document& doc, const std::vector<Quote>& quotes);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_EVENT_TEXT_H_
