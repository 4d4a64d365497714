#include "extract/extractor.h"

#include "extract/events.h"
#include "extract/quotes.h"

namespace vigil {
namespace {

// Entities and quotes slot in here; events already run on what they find.
class PipelineExtractor : public Extractor {
 public:
  Extraction Extract(const Document& doc) const override {
    Extraction x;
    x.quotes = ExtractQuotes(doc, x.entities);
    x.events = ExtractEvents(doc, x);
    return x;
  }
};

}  // namespace

Result<std::unique_ptr<Extractor>> Extractor::Create(const ExtractOptions&) {
  return std::unique_ptr<Extractor>(new PipelineExtractor());
}

}  // namespace vigil
