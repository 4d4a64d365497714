// Per-stage throughput: clean (text and HTML), extract, JSON output.
#include <benchmark/benchmark.h>

#include "bench_inputs.h"
#include "clean/cleaner.h"
#include "extract/extractor.h"
#include "pipeline/document_json.h"

namespace vigil::bench {
namespace {

void SetRates(benchmark::State& state, int64_t items, int64_t bytes) {
  state.SetItemsProcessed(items);
  state.SetBytesProcessed(bytes);
}

void BM_CleanText(benchmark::State& state) {
  Cleaner cleaner;
  const auto& articles = TextArticles();
  int64_t n = 0, bytes = 0;
  for (auto _ : state) {
    RawArticle a;
    a.bytes = articles[n % articles.size()];
    bytes += static_cast<int64_t>(a.bytes.size());
    benchmark::DoNotOptimize(cleaner.Clean(a));
    ++n;
  }
  SetRates(state, n, bytes);
}
BENCHMARK(BM_CleanText);

void BM_CleanHtml(benchmark::State& state) {
  Cleaner cleaner;
  const auto& pages = HtmlPages();
  if (pages.empty()) {
    state.SkipWithError("no HTML pages found");
    return;
  }
  int64_t n = 0, bytes = 0;
  for (auto _ : state) {
    RawArticle a;
    a.format = InputFormat::kHtml;
    a.bytes = pages[n % pages.size()];
    bytes += static_cast<int64_t>(a.bytes.size());
    benchmark::DoNotOptimize(cleaner.Clean(a));
    ++n;
  }
  SetRates(state, n, bytes);
}
BENCHMARK(BM_CleanHtml);

void BM_Extract(benchmark::State& state) {
  Cleaner cleaner;
  auto extractor = Extractor::Create();
  if (!extractor.ok()) {
    state.SkipWithError(extractor.status().ToString().c_str());
    return;
  }
  std::vector<Document> docs;
  for (const std::string& text : TextArticles()) {
    RawArticle a;
    a.bytes = text;
    if (auto d = cleaner.Clean(a); d.ok()) docs.push_back(std::move(d).value());
  }
  int64_t n = 0, bytes = 0;
  for (auto _ : state) {
    const Document& d = docs[n % docs.size()];
    bytes += static_cast<int64_t>(d.text.size());
    benchmark::DoNotOptimize((*extractor)->Extract(d));
    ++n;
  }
  SetRates(state, n, bytes);
}
BENCHMARK(BM_Extract);

void BM_DocumentJson(benchmark::State& state) {
  Cleaner cleaner;
  RawArticle a;
  a.bytes = TextArticles()[0];
  auto doc = cleaner.Clean(a);
  if (!doc.ok()) {
    state.SkipWithError("sample did not clean");
    return;
  }
  std::string out;
  int64_t n = 0;
  for (auto _ : state) {
    out.clear();
    AppendDocumentJson(*doc, Extraction{}, &out);
    benchmark::DoNotOptimize(out.data());
    ++n;
  }
  SetRates(state, n, n * static_cast<int64_t>(doc->text.size()));
}
BENCHMARK(BM_DocumentJson);

}  // namespace
}  // namespace vigil::bench
