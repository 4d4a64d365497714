// Clause ends: where a short phrase read after a cue word stops ("to avenge
// the killing of our brothers, he said" -> "the killing of our brothers").
// Used for motives, anniversaries and the parties of disputes. Also the
// coordinated main clauses of a sentence ("A bomb killed 12 in X, and
// gunmen shot three in Y").
#ifndef VIGIL_EXTRACT_CLAUSE_H_
#define VIGIL_EXTRACT_CLAUSE_H_

#include <cstddef>
#include <vector>

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

// Tokens [first, last) of one clause of a sentence.
struct TokenRange {
  size_t first = 0, last = 0;
  bool Contains(size_t t) const { return t >= first && t < last; }
};

// The coordinated clauses of sentence `s`, in order: the sentence cut after
// a semicolon and at a comma followed by "and", "while", "but" or "whereas"
// (the punctuation and the coordinator belong to no clause). Marks inside a
// quotation cut nothing. One range, the whole sentence, when there is no
// such cut. Thread-safe.
std::vector<TokenRange> CoordinatedClauses(const EventContext& ctx, size_t s);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_CLAUSE_H_
