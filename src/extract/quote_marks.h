// Pairing quotation marks into quoted passages. Works paragraph by paragraph
// over the tokens of quote_tokens.h:
// - double marks (" “ ” `` '' ’’) pair with a stack; a quote inside a quote
//   stays part of the outer passage;
// - an opening mark left open at the end of a paragraph either continues in
//   the next paragraph (which then opens with a mark: the multi-paragraph
//   convention) or is a broken quote that ends with its paragraph; when a
//   nested mark closed inside it, the last closing mark ends it instead;
// - single marks (‘ ’ ') pair only outside double passages and within one
//   paragraph; a closing candidate that looks like a plural possessive
//   ("the groups’ leaders") is taken only when no better one follows.
#ifndef VIGIL_EXTRACT_QUOTE_MARKS_H_
#define VIGIL_EXTRACT_QUOTE_MARKS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/quote_tokens.h"
#include "vigil/document.h"

namespace vigil {

struct QuotePassage {
  uint32_t open = 0;   // token index of the opening mark
  uint32_t close = 0;  // token index of the closing mark, or one past the
                       // passage's last token when it was never closed
  Span span;           // the quoted words, trimmed, without the marks
  bool closed = true;
  bool continues = false;  // goes on in the next paragraph
  bool continued = false;  // goes on from the previous paragraph
  MarkShape shape = MarkShape::kDouble;
};

// Passages of `text`, whose tokens are `tokens`, in text order. Passages
// with no words are dropped. Thread-safe (pure).
std::vector<QuotePassage> PairQuoteMarks(std::string_view text,
                                         const std::vector<QToken>& tokens);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_QUOTE_MARKS_H_
