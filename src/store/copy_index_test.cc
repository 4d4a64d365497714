#include "store/copy_index.h"

#include <gtest/gtest.h>

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
  EXPECT_EQ(QueryText(path, "SELECT count(*) FROM minhash_bands"),
            std::to_string(3 * MinHashOptions().bands));
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
