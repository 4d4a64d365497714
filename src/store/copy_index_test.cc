#include "store/copy_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <random>

#include "dedup/shingles.h"
#include "store/store.h"
#include "store/test_util.h"

namespace vigil {
namespace {

using testing::MakeDoc;
using testing::QueryText;
using testing::ScratchDir;

const char* kWire =
    "Gunmen attacked a police post on the northern highway before dawn on Tuesday, "
    "killing "
    "at least six officers and wounding nine others, the provincial governor said. No "
    "group "
    "has claimed the attack, but officials blamed a local affiliate of the Islamic State "
    "that "
    "has carried out similar raids in recent months. Residents said the fighting lasted "
    "nearly two hours before reinforcements arrived from the provincial capital.";

Document Signed(const std::string& text, const std::string& source) {
  Document d = MakeDoc("t", text, source);
  d.minhash = MinHasher().Sign(WordShingles(text));
  return d;
}

TEST(CopyIndexTest, NearCopyIsRecordedAgainstTheOriginalAcrossReopens) {
  ScratchDir dir;
  const std::string path = dir.File("c.db");
  int64_t original = 0;
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok());
    auto r = (*store)->Put(Signed(kWire, "a.txt"), {});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->copy_of, 0);
    original = r->document_id;
    auto other = (*store)->Put(Signed("A car bomb exploded near a market in the east on "
                                      "Friday, hospital sources said, killing twelve.",
                                      "b.txt"),
                               {});
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(other->copy_of, 0);
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok());
  auto copy = (*store)->Put(Signed(std::string("Six officers killed in highway raid\n") +
                                       kWire + "\nSource link",
                                   "c.txt"),
                            {});
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(copy->copy_of, original);
  EXPECT_GT(copy->copy_similarity, 0.6);
  auto stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->copies, 1);
  // Few documents: every band row is still pending (derived, not written).
  EXPECT_EQ(QueryText(path, "SELECT count(*) FROM minhash_bands"), "0");
  EXPECT_EQ(QueryText(path, "SELECT document_id FROM minhash_bands_through"), "0");
  EXPECT_EQ(QueryText(path, "SELECT count(*) FROM minhash"), "3");
}

// Band rows wait in memory (derived from the signatures after the watermark)
// and move to minhash_bands in bulk; a near copy is found wherever its
// original's rows are, and no row is lost.
TEST(CopyIndexTest, PendingBandRowsMoveInBulkAndStillMatch) {
  ScratchDir dir;
  const std::string path = dir.File("c.db");
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok());
  auto first = (*store)->Put(Signed(kWire, "a.txt"), {});
  ASSERT_TRUE(first.ok());
  // Six batches of 500: the pending rows pass the smallest move (2048
  // documents) during the fifth, and Begin of the sixth moves them.
  for (int batch = 0; batch < 6; ++batch) {
    ASSERT_TRUE((*store)->Begin().ok());
    for (int i = batch * 500; i < (batch + 1) * 500; ++i) {
      const std::string text = "Item " + std::to_string(i) + " of the list, number " +
                               std::to_string(i * 7) + " in order, filed " +
                               std::to_string(i % 13) + " days ago.";
      auto r = (*store)->Put(Signed(text, std::to_string(i) + ".txt"), {});
      ASSERT_TRUE(r.ok()) << r.status().ToString();
    }
    ASSERT_TRUE((*store)->Commit().ok());
  }
  const int64_t moved = std::stoll(QueryText(path, "SELECT count(*) FROM minhash_bands"));
  const int64_t through =
      std::stoll(QueryText(path, "SELECT document_id FROM minhash_bands_through"));
  const int bands = MinHashOptions().bands;
  EXPECT_EQ(moved, 2501 * bands);  // the first document and five batches
  EXPECT_EQ(through, 2501);
  EXPECT_EQ(std::stoll(QueryText(path,
                                 "SELECT count(DISTINCT document_id) FROM "
                                 "minhash_bands WHERE document_id <= 2501")),
            2501);
  auto copy =
      (*store)->Put(Signed(std::string(kWire) + " Updated at noon.", "z.txt"), {});
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(copy->copy_of, first->document_id);
}

// Past the candidate cap, the documents sharing the most band keys are read
// first: among 100 loose variants of the story, a near-verbatim copy of one
// of them still finds that one.
TEST(CopyIndexTest, TheClosestOriginalWinsAmongManyCandidates) {
  ScratchDir dir;
  auto store = Store::Open(dir.File("many.db"));
  ASSERT_TRUE(store.ok());
  int64_t target = 0;
  std::string target_text;
  for (int i = 0; i < 100; ++i) {
    // Each variant keeps the wire text and adds its own two sentences.
    const std::string text = std::string(kWire) + " Variant " + std::to_string(i) +
                             " adds a line about road " + std::to_string(i * 13) +
                             " and the market of district " + std::to_string(i * 7) + ".";
    auto r = (*store)->Put(Signed(text, "v" + std::to_string(i) + ".txt"), {});
    ASSERT_TRUE(r.ok());
    if (i == 57) {
      target = r->document_id;
      target_text = text;
    }
  }
  auto copy = (*store)->Put(Signed(target_text + " Source link", "copy.txt"), {});
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(copy->copy_of, target);
  EXPECT_GT(copy->copy_similarity, 0.9);
}

// Sketches loaded from a new, empty store at `path` (null on failure).
std::unique_ptr<SignatureSketches> EmptySketches(const std::string& path) {
  if (!Store::Open(path).ok()) return nullptr;
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) return nullptr;
  auto loaded = [&] {
    StatementCache cache(db);
    return SignatureSketches::Load(cache);
  }();
  sqlite3_close_v2(db);
  return loaded.ok() ? std::move(*loaded) : nullptr;
}

// The sketch bound never undercounts: checked against the exact count of
// equal values on pairs from identical to unrelated.
TEST(SignatureSketchesTest, BoundIsNeverBelowTheEqualValues) {
  ScratchDir dir;
  std::unique_ptr<SignatureSketches> sketches = EmptySketches(dir.File("s.db"));
  ASSERT_TRUE(sketches);
  std::mt19937 rng(3);
  const int n = MinHashOptions().num_hashes;
  EXPECT_EQ(sketches->MaxEqual(1, Signature(n, 0)), -1);
  for (int trial = 0; trial < 200; ++trial) {
    Signature a(n), b(n);
    for (int i = 0; i < n; ++i) {
      a[i] = rng();
      // Low bytes equal, high bytes not, in one case out of four.
      const int kind = static_cast<int>(rng() % 4);
      b[i] = kind == 0   ? a[i]
             : kind == 1 ? (a[i] ^ 0x100u)
                         : static_cast<uint32_t>(rng());
    }
    sketches->Set(trial + 1, a);
    int equal = 0;
    for (int i = 0; i < n; ++i) equal += a[i] == b[i];
    const int bound = sketches->MaxEqual(trial + 1, b);
    EXPECT_GE(bound, equal);
    EXPECT_EQ(sketches->MaxEqual(trial + 1, a), n);
  }
}

// The band rows in memory are those the stored signatures give, key by key
// (here all pending: too few documents to move), the same as PendingBands
// holds, and grow with Set; full() once more documents were set than loaded
// (an empty store: at least 16,384).
TEST(SignatureSketchesTest, BandRowsAreTheBandTables) {
  ScratchDir dir;
  {
    StoreOptions options;
    options.copy_sketch_kib = 0;  // every lookup reads the band tables
    auto store = Store::Open(dir.File("b.db"), options);
    ASSERT_TRUE(store.ok());
    for (int i = 0; i < 120; ++i) {  // variants of 12 stories: shared keys
      const std::string text = std::string(kWire) + " Story " + std::to_string(i % 12) +
                               " reported by desk " + std::to_string(i) + ".";
      ASSERT_TRUE((*store)->Put(Signed(text, std::to_string(i)), {}).ok());
    }
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(dir.File("b.db").c_str(), &db), SQLITE_OK);
  StatementCache cache(db);
  auto loaded = SignatureSketches::Load(cache);
  ASSERT_TRUE(loaded.ok());
  SignatureSketches& sketches = **loaded;
  std::map<uint64_t, std::vector<int64_t>> tables;
  auto rows = cache.Get("SELECT document_id, signature FROM minhash");
  ASSERT_TRUE(rows.ok());
  Signature sig(MinHashOptions().num_hashes);
  while (*(*rows)->Step()) {
    const std::string_view blob = (*rows)->ColumnBlob(1);
    ASSERT_EQ(blob.size(), sig.size() * 4);
    std::memcpy(sig.data(), blob.data(), blob.size());
    for (uint64_t key : BandKeys(sig, MinHashOptions()))
      tables[key].push_back((*rows)->ColumnInt(0));
  }
  EXPECT_EQ(QueryText(dir.File("b.db"), "SELECT count(*) FROM minhash_bands"), "0");
  auto pending = PendingBands::Load(cache);
  ASSERT_TRUE(pending.ok());
  EXPECT_EQ((*pending)->documents(), 120);
  ASSERT_LT(tables.size(), size_t{120} * 32);  // some keys are shared
  for (auto& [key, ids] : tables) {
    std::vector<int64_t> memory, derived;
    sketches.AppendBandDocuments(key, &memory);
    (*pending)->AppendDocuments(key, &derived);
    std::sort(memory.begin(), memory.end());
    std::sort(derived.begin(), derived.end());
    std::sort(ids.begin(), ids.end());
    ASSERT_EQ(memory, ids) << key;
    ASSERT_EQ(derived, ids) << key;
  }
  pending->reset();
  cache.Clear();
  sqlite3_close_v2(db);
  std::vector<int64_t> none;
  sketches.AppendBandDocuments(12345, &none);
  EXPECT_TRUE(none.empty());
  const int n = MinHashOptions().num_hashes;
  const Signature added(n, 77);
  sketches.Set(500, added);
  for (uint64_t key : BandKeys(added, MinHashOptions())) {
    std::vector<int64_t> ids;
    sketches.AppendBandDocuments(key, &ids);
    EXPECT_EQ(ids, std::vector<int64_t>{500});
  }
  EXPECT_FALSE(sketches.full());
  for (int doc = 501; doc <= 501 + 16384; ++doc) sketches.Set(doc, Signature(n, doc));
  EXPECT_TRUE(sketches.full());
}

// Lookups give the same answers with sketches as without: 150 loose
// variants of one story (so each lookup has many candidates, past the point
// where the writer loads sketches), then near copies of some of them.
TEST(CopyIndexTest, SketchesChangeNoAnswer) {
  ScratchDir dir;
  auto run = [&](int sketch_kib) {
    StoreOptions options;
    options.copy_sketch_kib = sketch_kib;
    auto store = Store::Open(dir.File("k" + std::to_string(sketch_kib) + ".db"), options);
    EXPECT_TRUE(store.ok());
    std::vector<std::pair<int64_t, double>> answers;
    for (int i = 0; i < 200; ++i) {
      const int base = i < 150 ? i : (i * 37) % 150;
      std::string text = std::string(kWire) + " Variant " + std::to_string(base) +
                         " names road " + std::to_string(base * 13) + " and district " +
                         std::to_string(base * 7) + ".";
      if (i >= 150) text += " Copied by outlet " + std::to_string(i) + ".";
      auto r = (*store)->Put(Signed(text, std::to_string(i) + ".txt"), {});
      EXPECT_TRUE(r.ok());
      answers.emplace_back(r->copy_of, r->copy_similarity);
    }
    return answers;
  };
  const auto without = run(0);
  const auto with = run(1024);
  EXPECT_EQ(with, without);
  int copies = 0;
  for (const auto& [copy_of, sim] : with) copies += copy_of != 0;
  EXPECT_GT(copies, 150);  // variants copy each other, and the last 50 copy one
}

// A writer's sketches are dropped when another connection writes: here it
// deletes the last document and stores another under the same id, whose
// copy must then be found (the stale sketch would rule it out).
TEST(CopyIndexTest, AnotherWritersDocumentsAreNotJudgedByStaleSketches) {
  ScratchDir dir;
  const std::string path = dir.File("two.db");
  auto writer = Store::Open(path);
  ASSERT_TRUE(writer.ok());
  int64_t last = 0;
  for (int i = 0; i < 80; ++i) {  // past the 64 lookups that load sketches
    auto r = (*writer)->Put(
        Signed("Filler report " + std::to_string(i) + " about weather and roads number " +
                   std::to_string(i * 11) + " in the valley, said officials on duty.",
               "f" + std::to_string(i) + ".txt"),
        {});
    ASSERT_TRUE(r.ok());
    last = r->document_id;
  }
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(
        sqlite3_exec(db,
                     ("PRAGMA foreign_keys = ON; DELETE FROM documents WHERE id = " +
                      std::to_string(last))
                         .c_str(),
                     nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close_v2(db);
    auto other = Store::Open(path);
    ASSERT_TRUE(other.ok());
    auto r = (*other)->Put(Signed(kWire, "wire.txt"), {});
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->document_id, last);  // the id is reused
  }
  auto copy = (*writer)->Put(Signed(std::string(kWire) + " Updated.", "copy.txt"), {});
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(copy->copy_of, last);
}

TEST(CopyIndexTest, DocumentsWithoutSignatureAreNotIndexed) {
  ScratchDir dir;
  auto store = Store::Open(dir.File("c.db"));
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE((*store)->Put(MakeDoc("t", kWire, "a.txt"), {}).ok());
  auto again = (*store)->Put(MakeDoc("t", std::string(kWire) + " More.", "b.txt"), {});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->copy_of, 0);
}

TEST(CopyIndexTest, WrongSignatureSizeIsAnError) {
  ScratchDir dir;
  auto store = Store::Open(dir.File("c.db"));
  ASSERT_TRUE(store.ok());
  Document d = MakeDoc("t", kWire, "a.txt");
  d.minhash = {1, 2, 3};
  auto r = (*store)->Put(d, {});
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace vigil
