// Clause ends: where a short phrase read after a cue word stops ("to avenge
// the killing of our brothers, he said" -> "the killing of our brothers").
// Used for motives, anniversaries and the parties of disputes.
#ifndef VIGIL_EXTRACT_CLAUSE_H_
#define VIGIL_EXTRACT_CLAUSE_H_

#include <cstddef>

#include "extract/event_context.h"

namespace vigil {

// One past the last token of the phrase that starts at token `from` of
// sentence `s`: it stops before punctuation other than a possessive, a
// quotation mark, a word that opens a new clause ("while", "who", "but",
// "after", "said", ...), "and" before a verb of speech or a call, a date
// ("in February"), or after `max_tokens` tokens; trailing function words
// ("the", "of", "and") are dropped. Returns `from` when nothing is left.
// Thread-safe.
size_t ClauseEnd(const EventContext& ctx, size_t s, size_t from, size_t max_tokens);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_CLAUSE_H_
