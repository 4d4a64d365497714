// Per-stage throughput: clean (text and HTML) and JSON output (extraction is
// in extract_bench.cc).
#include <benchmark/benchmark.h>

#include "bench_inputs.h"
#include "clean/cleaner.h"
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
