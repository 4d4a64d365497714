#include "extract/entities.h"

#include "extract/entity_candidates.h"
#include "extract/entity_resolver.h"
#include "extract/polity.h"
#include "extract/tokens.h"

namespace vigil {

std::vector<Entity> EntityRecognizer::Recognize(const Document& doc) const {
  const std::vector<EntityToken> tokens = Tokenize(doc.text, doc.sentences);
  std::vector<EntityCandidate> candidates = FindEntityCandidates(kb_, doc, tokens);
  std::vector<Entity> entities =
      ResolveEntities(kb_, doc, tokens, matcher_, std::move(candidates), options_);
  if (options_.split_acting_countries) SplitActingCountries(kb_, doc.text, &entities);
  return entities;
}

}  // namespace vigil
