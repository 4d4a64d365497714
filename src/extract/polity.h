// Countries as actors: in "the UK will continue to support ..." or "our ally
// Turkey", a country's name stands for its government, an organisation, not
// for a place. SplitActingCountries gives such mentions of a known country
// their own ORG entity (same name and kb_id) and leaves the place mentions
// ("in Iraq", "across Syria") in the LOC entity.
#ifndef VIGIL_EXTRACT_POLITY_H_
#define VIGIL_EXTRACT_POLITY_H_

#include <string_view>
#include <vector>

#include "extract/kb.h"
#include "vigil/extraction.h"

namespace vigil {

// Whether the mention at [begin, end) of `text` is used as an actor: followed
// by an auxiliary or a verb of stance or action ("will", "has", "stands",
// "condemns"), or preceded by "ally", "allies" or "partner"; never right after
// a preposition of place ("in", "across", "on", ...). "is"/"are" with a
// participle ("The UK is working") counts only at the start of a sentence.
bool IsActingMention(std::string_view text, size_t begin, size_t end);

// Moves acting mentions of country entities (KB kind "country") in
// `entities` into a new ORG entity placed right after the LOC one; a LOC
// entity left with no mention is removed. Pure; thread-safe.
void SplitActingCountries(const KnowledgeBase& kb, std::string_view text,
                          std::vector<Entity>* entities);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_POLITY_H_
