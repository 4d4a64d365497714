// Near-copy lookup cost against store size (issue #4: it must not grow
// linearly with the store). A store of state.range(0) documents is filled
// once, directly (one bulk transaction of tiny documents with random MinHash
// signatures and their band keys), and copied afresh for each repetition;
// each iteration then puts one batch of kBatch new tiny documents through
// Store::Put, so the time per item is one copy-index lookup and insert (plus
// a small constant for the document row). A repetition runs long enough to
// include one bulk move of the pending band rows (store/copy_index.cc), so
// the figure is the amortised cost. One in kCopyEvery new documents is a
// planted near copy of a stored one.
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "common/hash.h"
#include "dedup/minhash.h"
#include "store/statement.h"
#include "store/store.h"

namespace vigil::bench {
namespace {

constexpr int kBatch = 500;
constexpr int kCopyEvery = 10;
constexpr uint64_t kSeed = 0x5eed;

// Deterministic random signature number `n`.
Signature RandomSignature(uint64_t n) {
  Signature sig(MinHashOptions().num_hashes);
  for (size_t i = 0; i < sig.size(); ++i) {
    sig[i] = static_cast<uint32_t>(Mix64(kSeed ^ Mix64(n * 131 + i)));
  }
  return sig;
}

// Signature of stored document `id` with one value in six changed:
// estimated Jaccard about 0.83, found by the LSH with near certainty.
Signature NearCopy(uint64_t id, uint64_t salt) {
  Signature sig = RandomSignature(id);
  for (size_t i = salt % 6; i < sig.size(); i += 6) sig[i] ^= 0x9e3779b9u;
  return sig;
}

Status Exec(sqlite3* db, const std::string& sql) {
  return SqliteStatus(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), db, sql);
}

// Inserts documents 1..n with their signatures and band keys in one
// transaction. Band rows go in key order with the table's secondary indexes
// dropped and rebuilt after, whatever the schema version makes them.
Status Fill(sqlite3* db, int64_t n) {
  // No journal while filling (the file is thrown away if this fails).
  VIGIL_RETURN_IF_ERROR(Exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF"));
  VIGIL_RETURN_IF_ERROR(Exec(db, "PRAGMA cache_size = -262144"));
  VIGIL_RETURN_IF_ERROR(Exec(db, "BEGIN"));
  std::vector<std::string> names, indexes;
  {
    auto st =
        Statement::Prepare(db,
                           "SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                           "AND tbl_name = 'minhash_bands' AND sql IS NOT NULL");
    if (!st.ok()) return st.status();
    while (true) {
      Result<bool> row = (*st)->Step();
      if (!row.ok()) return row.status();
      if (!*row) break;
      names.push_back((*st)->ColumnText(0));
      indexes.push_back((*st)->ColumnText(1));
    }
  }
  for (const std::string& name : names)
    VIGIL_RETURN_IF_ERROR(Exec(db, "DROP INDEX " + name));
  auto doc = Statement::Prepare(db,
                                "INSERT INTO documents(id, content_hash, language, text) "
                                "VALUES (?1, ?2, 'en', ?3)");
  auto sig = Statement::Prepare(db, "INSERT INTO minhash VALUES (?1, ?2)");
  auto band = Statement::Prepare(db, "INSERT INTO minhash_bands VALUES (?1, ?2)");
  if (!doc.ok() || !sig.ok() || !band.ok()) return Status::Internal("prepare fill");
  std::vector<std::pair<int64_t, int64_t>> bands;
  bands.reserve(n * MinHashOptions().bands);
  for (int64_t id = 1; id <= n; ++id) {
    const std::string text = "stored " + std::to_string(id);
    const Signature s = RandomSignature(id);
    const std::string blob(reinterpret_cast<const char*>(s.data()), s.size() * 4);
    Statement::Scope d(doc->get()), g(sig->get());
    (*doc)->BindInt(1, id);
    (*doc)->BindInt(2, static_cast<int64_t>(Hash64(text)));
    (*doc)->BindText(3, text);
    VIGIL_RETURN_IF_ERROR((*doc)->Run());
    (*sig)->BindInt(1, id);
    (*sig)->BindBlob(2, blob);
    VIGIL_RETURN_IF_ERROR((*sig)->Run());
    for (uint64_t key : BandKeys(s, MinHashOptions()))
      bands.emplace_back(static_cast<int64_t>(key), id);
  }
  std::sort(bands.begin(), bands.end());
  for (const auto& [key, id] : bands) {
    Statement::Scope b(band->get());
    (*band)->BindInt(1, key);
    (*band)->BindInt(2, id);
    VIGIL_RETURN_IF_ERROR((*band)->Run());
  }
  for (const std::string& sql : indexes) VIGIL_RETURN_IF_ERROR(Exec(db, sql));
  // Every row is in minhash_bands: none is pending (store/copy_index.h).
  VIGIL_RETURN_IF_ERROR(
      Exec(db, "UPDATE minhash_bands_through SET document_id = " + std::to_string(n)));
  VIGIL_RETURN_IF_ERROR(Exec(db, "COMMIT"));
  return Exec(db, "PRAGMA journal_mode = WAL");
}

// A store file of `n` filled documents in a scratch directory, removed with
// it; Fresh() opens a new copy of it.
class FilledStore {
 public:
  explicit FilledStore(int64_t n) : size_(n) {
    std::string dir = "/tmp/vigil-copy-bench-XXXXXX";
    if (mkdtemp(dir.data()) == nullptr) return;
    dir_ = dir;
    const std::string path = dir_ + "/filled.db";
    if (!Store::Open(path).ok()) return;  // creates the schema
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    status_ = Fill(db, n);
    sqlite3_close_v2(db);
  }
  ~FilledStore() {
    store_.reset();
    std::error_code ec;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
  }
  int64_t size() const { return size_; }
  const Status& status() const { return status_; }
  // The previous copy is closed and replaced. Null on failure.
  Store* Fresh() {
    store_.reset();
    if (dir_.empty() || !status_.ok()) return nullptr;
    namespace fs = std::filesystem;
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"})
      fs::remove(dir_ + "/work.db" + suffix, ec);
    fs::copy_file(dir_ + "/filled.db", dir_ + "/work.db", ec);
    if (ec) return nullptr;
    auto s = Store::Open(dir_ + "/work.db");
    if (s.ok()) store_ = std::move(*s);
    return store_.get();
  }

 private:
  int64_t size_;
  std::string dir_;
  Status status_;
  std::unique_ptr<Store> store_;
};

// Kept across the repetitions of one size; replaced when the size changes.
FilledStore& StoreOfSize(int64_t n) {
  static std::unique_ptr<FilledStore> store;
  if (!store || store->size() != n) {
    store.reset();
    store = std::make_unique<FilledStore>(n);
  }
  return *store;
}

// New document number `serial`: tiny text, random signature or a near copy.
Document Probe(int64_t serial, int64_t stored) {
  Document d;
  d.text = "probe " + std::to_string(serial);
  d.language = "en";
  d.meta.source = "probe/" + std::to_string(serial);
  d.content_hash = Hash64(d.text);
  const uint64_t u = static_cast<uint64_t>(serial);
  d.minhash = serial % kCopyEvery == 0
                  ? NearCopy(1 + Mix64(u) % static_cast<uint64_t>(stored), u)
                  : RandomSignature(u + (1ULL << 40));
  return d;
}

void BM_CopyIndexAtStoreSize(benchmark::State& state) {
  FilledStore& filled = StoreOfSize(state.range(0));
  Store* store = filled.Fresh();
  if (store == nullptr) {
    state.SkipWithError(("cannot fill a store: " + filled.status().ToString()).c_str());
    return;
  }
  int64_t serial = 0, puts = 0, copies = 0, planted = 0;
  std::vector<Document> docs(kBatch);
  for (auto _ : state) {
    state.PauseTiming();
    for (Document& d : docs) {
      planted += serial % kCopyEvery == 0;
      d = Probe(serial++, filled.size());
    }
    state.ResumeTiming();
    if (!store->Begin().ok()) state.SkipWithError("begin failed");
    for (const Document& d : docs) {
      Result<PutResult> r = store->Put(d, {});
      if (!r.ok()) state.SkipWithError(r.status().ToString().c_str());
      copies += r.ok() && r->copy_of != 0;
    }
    if (!store->Commit().ok()) state.SkipWithError("commit failed");
    puts += kBatch;
  }
  state.SetItemsProcessed(puts);
  state.counters["sec_per_doc"] =
      benchmark::Counter(static_cast<double>(puts),
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert,
                         benchmark::Counter::kIs1000);
  state.counters["copies_found"] =
      static_cast<double>(copies) / std::max<int64_t>(1, planted);
}
// Batches per repetition: 1.25 times the documents that make the pending
// rows move at that size (sqrt(512 * stored), at least 2048).
BENCHMARK(BM_CopyIndexAtStoreSize)
    ->Arg(10000)
    ->Iterations(6)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_CopyIndexAtStoreSize)
    ->Arg(100000)
    ->Iterations(18)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_CopyIndexAtStoreSize)
    ->Arg(1000000)
    ->Iterations(57)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace
}  // namespace vigil::bench
