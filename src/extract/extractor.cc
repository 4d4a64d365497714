#include "extract/extractor.h"

namespace vigil {
namespace {

// Finds nothing yet: the entity, quote and event stages slot in here.
class EmptyExtractor : public Extractor {
 public:
  Extraction Extract(const Document&) const override { return {}; }
};

}  // namespace

Result<std::unique_ptr<Extractor>> Extractor::Create(const ExtractOptions&) {
  return std::unique_ptr<Extractor>(new EmptyExtractor());
}

}  // namespace vigil
