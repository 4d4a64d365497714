// Store throughput: documents of ~4 KB put in batches (one transaction each),
// with and without an extraction, and full-text search over the result.
#include <benchmark/benchmark.h>
#include <stdlib.h>

#include <filesystem>
#include <string>

#include "bench_inputs.h"
#include "common/hash.h"
#include "store/store.h"

namespace vigil::bench {
namespace {

// A fresh store in a scratch directory, removed with the object.
class ScratchStore {
 public:
  ScratchStore() {
    std::string dir = "/tmp/vigil-store-bench-XXXXXX";
    if (mkdtemp(dir.data()) != nullptr) dir_ = dir;
    auto s = Store::Open(dir_ + "/bench.db");
    if (s.ok()) store_ = std::move(*s);
  }
  ~ScratchStore() {
    store_.reset();
    std::error_code ec;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
  }
  Store* get() { return store_.get(); }

 private:
  std::string dir_;
  std::unique_ptr<Store> store_;
};

// Document `n`: a ~4 KB sample article made unique by its first line, with
// paragraph, sentence and offset spans like the cleaner's.
Document MakeDocument(int64_t n) {
  const auto& articles = TextArticles(4096);
  Document d;
  d.text = "Bulletin " + std::to_string(n) + "\n" + articles[n % articles.size()];
  d.title = "Bulletin " + std::to_string(n);
  d.language = n % 7 ? "en" : "fr";
  d.published = "2024-03-01";
  d.meta.source = "bench/" + std::to_string(n) + ".txt";
  d.content_hash = Hash64(d.text);
  uint32_t begin = 0;
  for (uint32_t i = 0; i <= d.text.size(); ++i) {
    if (i == d.text.size() || d.text[i] == '\n') {
      d.paragraphs.push_back({begin, i});
      d.offsets.pieces.push_back({begin, i, begin + 40, i + 40});
      begin = i + 1;
    }
  }
  for (uint32_t b = 0; b + 120 < d.text.size(); b += 121)
    d.sentences.push_back({b, b + 120});
  return d;
}

// Eight entities of three mentions, two quotes and an attack event.
Extraction MakeExtraction() {
  Extraction x;
  for (int i = 0; i < 8; ++i) {
    Entity e;
    e.name = "Entity " + std::to_string(i);
    e.type = static_cast<EntityType>(i % 3);
    e.aliases = {e.name, "E" + std::to_string(i)};
    for (uint32_t m = 0; m < 3; ++m)
      e.mentions.push_back({{m * 500 + i, m * 500 + i + 8}, e.name});
    x.entities.push_back(e);
  }
  for (uint32_t q = 0; q < 2; ++q) {
    x.quotes.push_back({"we will answer",
                        {q * 900, q * 900 + 14},
                        "Entity 1",
                        {q * 900 + 16, q * 900 + 20}});
  }
  Event ev;
  ev.type = EventType::kAttack;
  ev.date = "2024-02-28";
  ev.location = "Port Vale";
  ev.killed = Count{12, std::nullopt};
  ev.weapons = {"rifles"};
  ev.evidence = {{0, 120}, {121, 241}};
  x.events.push_back(ev);
  return x;
}

// One iteration is one batch of state.range(0) documents.
void PutBatches(benchmark::State& state, bool with_extraction) {
  ScratchStore store;
  if (store.get() == nullptr) {
    state.SkipWithError("cannot open a scratch store");
    return;
  }
  const Extraction x = with_extraction ? MakeExtraction() : Extraction();
  const int batch = static_cast<int>(state.range(0));
  int64_t n = 0, bytes = 0;
  std::vector<Document> docs(batch);
  for (auto _ : state) {
    state.PauseTiming();
    for (Document& d : docs) d = MakeDocument(n++);
    state.ResumeTiming();
    if (!store.get()->Begin().ok()) state.SkipWithError("begin failed");
    for (const Document& d : docs) {
      if (!store.get()->Put(d, x).ok()) state.SkipWithError("put failed");
      bytes += static_cast<int64_t>(d.text.size());
    }
    if (!store.get()->Commit().ok()) state.SkipWithError("commit failed");
  }
  state.SetItemsProcessed(n);
  state.SetBytesProcessed(bytes);
}

void BM_StorePut(benchmark::State& state) { PutBatches(state, false); }
BENCHMARK(BM_StorePut)->Arg(500)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_StorePutWithExtraction(benchmark::State& state) { PutBatches(state, true); }
BENCHMARK(BM_StorePutWithExtraction)
    ->Arg(500)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Search a word every document holds in a store of state.range(0) documents.
void BM_StoreSearch(benchmark::State& state) {
  ScratchStore store;
  if (store.get() == nullptr || !store.get()->Begin().ok()) {
    state.SkipWithError("cannot open a scratch store");
    return;
  }
  for (int64_t n = 0; n < state.range(0); ++n) store.get()->Put(MakeDocument(n), {});
  store.get()->Commit();
  int64_t queries = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(store.get()->Search("bulletin", 10));
    ++queries;
  }
  state.SetItemsProcessed(queries);
}
BENCHMARK(BM_StoreSearch)->Arg(5000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace vigil::bench
