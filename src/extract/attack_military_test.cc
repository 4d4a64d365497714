// Attacks on soldiers: fighting between armed forces is not reported as an
// attack, but an attack on soldiers that a group carried out or claimed is.
#include <gtest/gtest.h>

#include <memory>

#include "extract/extractor.h"

namespace vigil {
namespace {

class AttackMilitaryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto made = Extractor::Create();
    ASSERT_TRUE(made.ok()) << made.status().ToString();
    extractor_ = std::move(made.value()).release();
  }
  static void TearDownTestSuite() { delete extractor_; }

  static std::vector<Event> Attacks(const std::string& text) {
    Document d;
    d.text = text;
    d.published = "2024-06-10";
    std::vector<Event> out;
    for (Event& e : extractor_->Extract(d).events) {
      if (e.type == EventType::kAttack) out.push_back(std::move(e));
    }
    return out;
  }
  static Extractor* extractor_;
};
Extractor* AttackMilitaryTest::extractor_ = nullptr;

TEST_F(AttackMilitaryTest, ClaimedAttackOnSoldiersIsKept) {
  auto attacks = Attacks(
      "Gunmen killed 14 soldiers at an army post near Djibo on Saturday. JNIM "
      "claimed responsibility for the attack in a statement on Sunday.");
  ASSERT_EQ(attacks.size(), 1u);
  EXPECT_EQ(attacks[0].location, "Djibo");
  EXPECT_EQ(attacks[0].claimed_by, "JNIM");
  ASSERT_TRUE(attacks[0].killed.has_value());
  EXPECT_EQ(attacks[0].killed->min, 14);
}

TEST_F(AttackMilitaryTest, ClashWithoutAGroupIsNoAttack) {
  EXPECT_TRUE(
      Attacks("Two soldiers and three rebels were killed in a clash near Djibo on "
              "Saturday, the army said.")
          .empty());
}

}  // namespace
}  // namespace vigil
