// Extraction per article, whole and by step (entities, quotes, events), on
// the cleaned generated articles of bench_inputs.h.
#include <benchmark/benchmark.h>

#include "bench_inputs.h"
#include "clean/cleaner.h"
#include "extract/entities.h"
#include "extract/events.h"
#include "extract/extractor.h"
#include "extract/kb.h"
#include "extract/quotes.h"

namespace vigil::bench {
namespace {

// The cleaned articles, with what each step before events finds in them.
struct Inputs {
  std::unique_ptr<KnowledgeBase> kb;
  std::vector<Document> docs;
  std::vector<Extraction> found;  // entities and quotes of docs[i]
};

const Inputs* LoadInputs() {
  static const Inputs* inputs = [] {
    auto* in = new Inputs;
    auto kb = KnowledgeBase::Load({});
    if (!kb.ok()) return in;
    in->kb = std::move(kb).value();
    Cleaner cleaner;
    const EntityRecognizer entities(*in->kb);
    for (const std::string& text : TextArticles()) {
      RawArticle a;
      a.bytes = text;
      auto doc = cleaner.Clean(a);
      if (!doc.ok()) continue;
      Extraction x;
      x.entities = entities.Recognize(*doc);
      x.quotes = ExtractQuotes(*doc, x.entities);
      in->docs.push_back(std::move(doc).value());
      in->found.push_back(std::move(x));
    }
    return in;
  }();
  return inputs;
}

// Runs `step(i)` over the articles in turn and reports articles and bytes.
template <typename Step>
void RunOverArticles(benchmark::State& state, const Inputs& in, Step step) {
  if (in.docs.empty()) {
    state.SkipWithError("no knowledge base or no articles");
    return;
  }
  int64_t n = 0, bytes = 0;
  for (auto _ : state) {
    const size_t i = static_cast<size_t>(n) % in.docs.size();
    bytes += static_cast<int64_t>(in.docs[i].text.size());
    step(i);
    ++n;
  }
  state.SetItemsProcessed(n);
  state.SetBytesProcessed(bytes);
}

void BM_Extract(benchmark::State& state) {
  const Inputs& in = *LoadInputs();
  auto extractor = Extractor::Create();
  if (!extractor.ok()) {
    state.SkipWithError(extractor.status().ToString().c_str());
    return;
  }
  RunOverArticles(state, in, [&](size_t i) {
    benchmark::DoNotOptimize((*extractor)->Extract(in.docs[i]));
  });
}
BENCHMARK(BM_Extract);

void BM_ExtractEntities(benchmark::State& state) {
  const Inputs& in = *LoadInputs();
  if (!in.kb) {
    state.SkipWithError("no knowledge base");
    return;
  }
  const EntityRecognizer entities(*in.kb);
  RunOverArticles(state, in, [&](size_t i) {
    benchmark::DoNotOptimize(entities.Recognize(in.docs[i]));
  });
}
BENCHMARK(BM_ExtractEntities);

void BM_ExtractQuotes(benchmark::State& state) {
  const Inputs& in = *LoadInputs();
  RunOverArticles(state, in, [&](size_t i) {
    benchmark::DoNotOptimize(ExtractQuotes(in.docs[i], in.found[i].entities));
  });
}
BENCHMARK(BM_ExtractQuotes);

void BM_ExtractEvents(benchmark::State& state) {
  const Inputs& in = *LoadInputs();
  RunOverArticles(state, in, [&](size_t i) {
    benchmark::DoNotOptimize(ExtractEvents(in.docs[i], in.found[i]));
  });
}
BENCHMARK(BM_ExtractEvents);

}  // namespace
}  // namespace vigil::bench
