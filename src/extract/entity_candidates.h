// Entity candidates: spans of a Document's tokens that may name a person,
// an organisation or a place, each with votes for its type from the cues
// around it (a gazetteer hit, titles, organisation and place words,
// prepositions, speech verbs). FindEntityCandidates finds them in one scan;
// entity_resolver.h groups them into entities.
#ifndef VIGIL_EXTRACT_ENTITY_CANDIDATES_H_
#define VIGIL_EXTRACT_ENTITY_CANDIDATES_H_

#include <array>
#include <cstdint>
#include <vector>

#include "extract/kb.h"
#include "extract/tokens.h"
#include "vigil/document.h"

namespace vigil {

// Indexes of EntityCandidate::votes.
constexpr int kPer = 0, kOrg = 1, kLoc = 2;

struct EntityCandidate {
  uint32_t tb = 0, te = 0;  // tokens [tb, te)
  int kb = -1;              // KB entry, or -1
  std::array<int, 3> votes{};
  bool weak = false;          // from a title-case line
  bool sent_initial = false;  // one word, first of its sentence
  bool acronym_of_prev = false;
};

// The votes index of an entity type, and back.
inline int TypeIndex(EntityType t) {
  return t == EntityType::kPerson ? kPer : t == EntityType::kOrg ? kOrg : kLoc;
}

inline EntityType TypeOf(int i) {
  return i == kPer   ? EntityType::kPerson
         : i == kOrg ? EntityType::kOrg
                     : EntityType::kLoc;
}

inline bool IsWord(const EntityToken& t) { return t.kind == TokenKind::kWord; }

// Candidates in `tokens` (Tokenize of doc.text), in text order, none
// overlapping. Borrows its arguments for the call; thread-safe.
std::vector<EntityCandidate> FindEntityCandidates(const KnowledgeBase& kb,
                                                  const Document& doc,
                                                  const std::vector<EntityToken>& tokens);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_ENTITY_CANDIDATES_H_
