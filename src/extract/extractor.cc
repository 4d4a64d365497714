#include "extract/extractor.h"

#include "extract/entities.h"
#include "extract/events.h"
#include "extract/kb.h"
#include "extract/quotes.h"

namespace vigil {
namespace {

// Entities first (the knowledge base is loaded once, in Create), then quotes
// resolved against them, then events built on both.
class PipelineExtractor : public Extractor {
 public:
  explicit PipelineExtractor(std::unique_ptr<KnowledgeBase> kb)
      : kb_(std::move(kb)), entities_(*kb_) {}

  Extraction Extract(const Document& doc) const override {
    Extraction x;
    x.entities = entities_.Recognize(doc);
    x.quotes = ExtractQuotes(doc, x.entities);
    x.events = ExtractEvents(doc, x);
    return x;
  }

 private:
  std::unique_ptr<KnowledgeBase> kb_;
  EntityRecognizer entities_;
};

class NoExtractor : public Extractor {
 public:
  Extraction Extract(const Document&) const override { return {}; }
};

}  // namespace

std::unique_ptr<Extractor> Extractor::None() { return std::make_unique<NoExtractor>(); }

Result<std::unique_ptr<Extractor>> Extractor::Create(const ExtractOptions& options) {
  KbOptions kb_options;
  kb_options.extra_files = options.kb_files;
  auto kb = KnowledgeBase::Load(kb_options);
  if (!kb.ok()) return kb.status();
  return std::unique_ptr<Extractor>(new PipelineExtractor(std::move(*kb)));
}

}  // namespace vigil
