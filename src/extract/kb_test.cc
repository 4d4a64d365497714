#include "extract/kb.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace vigil {
namespace {

KnowledgeBase SmallKb() {
  KnowledgeBase kb;
  const Status s = kb.AddEntityTsv(
      "#id\ttype\tname\taliases\n"
      "g1\tORG\tEastern Harbour Brigade\tEHB|Liwa al-Mina\n"
      "p1\tPERSON\tAbu Salim al-Tarabulusi\t\n",
      "test.tsv");
  EXPECT_TRUE(s.ok()) << s.ToString();
  kb.Finish();
  return kb;
}

TEST(KnowledgeBaseTest, PreparedNamesAreTheNameThenTheAliases) {
  const KnowledgeBase kb = SmallKb();
  const KbEntry* g = kb.Find("g1");
  ASSERT_NE(g, nullptr);
  const uint32_t gi = static_cast<uint32_t>(g - kb.entries().data());
  const std::vector<PreparedName>& names = kb.PreparedNames(gi);
  ASSERT_EQ(names.size(), 3u);
  const std::vector<std::string> texts = {"Eastern Harbour Brigade", "EHB",
                                          "Liwa al-Mina"};
  for (size_t i = 0; i < names.size(); ++i) {
    EXPECT_EQ(names[i].joined, PrepareName(texts[i], EntityType::kOrg).joined) << i;
  }
  const KbEntry* p = kb.Find("p1");
  const uint32_t pi = static_cast<uint32_t>(p - kb.entries().data());
  ASSERT_EQ(kb.PreparedNames(pi).size(), 1u);
  EXPECT_EQ(kb.PreparedNames(pi)[0].parts.parts.size(), 2u);  // kunya, nisba
  EXPECT_TRUE(kb.PreparedNames(pi)[0].parts.arabic);
}

TEST(KnowledgeBaseTest, PreparedNamesOncePerEntryAcrossThreads) {
  const KnowledgeBase kb = SmallKb();
  std::vector<const std::vector<PreparedName>*> seen(4, nullptr);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&, t] { seen[t] = &kb.PreparedNames(0); });
  }
  for (std::thread& t : threads) t.join();
  for (const auto* s : seen) EXPECT_EQ(s, seen[0]);
  EXPECT_EQ(seen[0]->size(), 3u);
}

}  // namespace
}  // namespace vigil
