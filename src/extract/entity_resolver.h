// Entity resolution within one document: candidates (entity_candidates.h)
// grouped into entities. Known names take the KB's canonical name and id;
// short later mentions ("Muhajir", "al-Qurashi") join the one full name they
// fit, acronyms join their expansion, a name the matcher takes for a variant
// of a known place or organisation already in the article joins it.
// Ambiguous short mentions stay apart rather than risk merging two people.
#ifndef VIGIL_EXTRACT_ENTITY_RESOLVER_H_
#define VIGIL_EXTRACT_ENTITY_RESOLVER_H_

#include <vector>

#include "extract/entities.h"
#include "extract/entity_candidates.h"
#include "extract/kb.h"
#include "extract/names.h"
#include "vigil/document.h"
#include "vigil/extraction.h"

namespace vigil {

// Entities of `doc` from its `candidates` over `tokens`, in order of first
// mention; mention spans are over doc.text. Borrows its arguments for the
// call; thread-safe.
std::vector<Entity> ResolveEntities(const KnowledgeBase& kb, const Document& doc,
                                    const std::vector<EntityToken>& tokens,
                                    const NameMatcher& matcher,
                                    std::vector<EntityCandidate> candidates,
                                    const EntityOptions& options);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_ENTITY_RESOLVER_H_
