// Sentence splitting (ICU sentence break rules with the "standard"
// abbreviation suppressions, so "Mr. Smith" and "U.S. forces" stay whole).
#ifndef VIGIL_CLEAN_SENTENCES_H_
#define VIGIL_CLEAN_SENTENCES_H_

#include <string_view>
#include <vector>

#include "vigil/document.h"

namespace vigil {

// Sentences of valid UTF-8 `text` inside [begin, end), as spans over `text`
// with surrounding white space trimmed; empty sentences are dropped.
// Thread-safe (per-thread break iterators).
std::vector<Span> SplitSentences(std::string_view text, uint32_t begin, uint32_t end);

}  // namespace vigil

#endif  // VIGIL_CLEAN_SENTENCES_H_
