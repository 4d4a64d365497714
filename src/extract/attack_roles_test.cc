#include "extract/attack_roles.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace vigil {
namespace {

// Individual attackers FindAttackRoles reads in the first sentence of `text`.
std::vector<std::string> Attackers(const std::string& text) {
  Document d;
  d.text = text;
  Extraction none;
  EventContext ctx(d, none, EventLexicon::Default());
  return FindAttackRoles(ctx, 0).perpetrator_individuals;
}

bool Has(const std::vector<std::string>& v, std::string_view x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

TEST(AttackRolesTest, VagueAgentOfAPassiveIsAnAttacker) {
  EXPECT_TRUE(Has(
      Attackers("Nine farmers were killed by a gang on Monday in Villa Rosa."), "gang"));
  EXPECT_TRUE(Has(Attackers("Nine farmers were killed on Monday in Villa Rosa, Meta "
                            "Department, by a gang."),
                  "gang"));
  // Not after a plain noun, nor without "by".
  EXPECT_FALSE(
      Has(Attackers("It led to bombings by individuals in Villa Rosa."), "individuals"));
  EXPECT_FALSE(Has(Attackers("A gang burned a bus in Villa Rosa."), "gang"));
}

TEST(AttackRolesTest, RebelsNamedAsWhatOthersMistookThemForAreNoAttackers) {
  EXPECT_FALSE(Has(Attackers("Troops who mistook the farmers for FRX rebels opened fire "
                             "on a bus in Cali, killing six."),
                   "rebels"));
  EXPECT_TRUE(
      Has(Attackers("FRX rebels opened fire on a bus in Cali, killing six."), "rebels"));
}

TEST(AttackRolesTest, PersonImplicatedInTheAttackIsAnAttacker) {
  EXPECT_TRUE(Has(Attackers("A court freed Ramon Ortiz, who is implicated in the murder "
                            "of a judge in Cali."),
                  "Ramon Ortiz"));
  EXPECT_FALSE(Has(Attackers("A court freed Ramon Ortiz, who is implicated in a tax "
                             "fraud case in Cali."),
                   "Ramon Ortiz"));
}

}  // namespace
}  // namespace vigil
