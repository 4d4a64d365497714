// Quotation extraction: quoted passages in a Document and who said them.
//
// One pass tokenises the text (quote_tokens.h) and pairs quotation marks
// into passages (quote_marks.h); each passage (or chain of passages, for a
// quote running over several paragraphs) then looks for an attribution cue
// after and before it (quote_cues.h), and the cue's subject becomes the
// speaker (quote_speaker.h). A passage without a cue takes the speaker of
// the quote just before it when that one is in the same or the previous
// paragraph ("...," Smith said. "More words."). Short passages without a cue
// that touches them, and title-case titles, are scare quotes or titles, not
// quotations, and are dropped.
#ifndef VIGIL_EXTRACT_QUOTES_H_
#define VIGIL_EXTRACT_QUOTES_H_

#include <vector>

#include "extract/quote_lexicon.h"
#include "vigil/document.h"
#include "vigil/extraction.h"

namespace vigil {

struct QuoteOptions {
  // A passage of fewer words is a quotation only when a cue touches it
  // ("...," he said) or it reads as a sentence (capital, closing punctuation).
  size_t min_words_without_cue = 3;
  // A passage of at most this many words, all capitalised and without closing
  // punctuation, is a title ("Kill Wherever You Find It") unless a cue
  // touches it.
  size_t max_title_words = 8;
};

// Quotes in `doc`; speakers are resolved to the canonical names of
// `entities` (already extracted from `doc`, mentions over doc.text) where
// possible, else taken from the text (the name next to the cue, or a
// description such as "a police official"). Multi-paragraph quotes give one
// Quote per paragraph, all with the same speaker. Uses
// QuoteLexicon::Default() and default options. Thread-safe.
std::vector<Quote> ExtractQuotes(const Document& doc,
                                 const std::vector<Entity>& entities);

// Same with an explicit lexicon and options (both borrowed for the call).
std::vector<Quote> ExtractQuotes(const Document& doc, const std::vector<Entity>& entities,
                                 const QuoteLexicon& lexicon,
                                 const QuoteOptions& options);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_QUOTES_H_
