#include "merge/role_holders.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

RoleChange Change(std::string date, std::string person, std::string change,
                  std::string role = "leader") {
  return {std::move(date), std::move(person), std::move(change),
          std::move(role), "Harbour Front",   {"a.txt"}};
}

std::vector<std::string> People(const std::vector<RoleHolder>& holders) {
  std::vector<std::string> out;
  for (const RoleHolder& h : holders) out.push_back(h.role + ":" + h.person);
  return out;
}

TEST(RoleHoldersTest, KnowledgeBaseTenuresOverlappingTheDate) {
  const std::vector<Tenure> kb = {{"Omar Vale", "leader", "2019-10-31", "2022-02-03"},
                                  {"Sami Rook", "leader", "2022-03-10", "2022-10"},
                                  {"Ilyas Marr", "spokesman", "2021", ""}};
  EXPECT_EQ(People(HoldersAt("2022-03", kb, {})),
            (std::vector<std::string>{"leader:Sami Rook", "spokesman:Ilyas Marr"}));
  EXPECT_EQ(People(HoldersAt("2022-02-15", kb, {})),
            (std::vector<std::string>{"spokesman:Ilyas Marr"}));
  // A year overlaps both leaders.
  EXPECT_EQ(HoldersAt("2022", kb, {}).size(), 3u);
  EXPECT_TRUE(HoldersAt("March 2022", kb, {}).empty());
  EXPECT_TRUE(HoldersAt("2022-03", kb, {})[0].from_kb);
}

TEST(RoleHoldersTest, StoredChangesReplayedUpToTheDate) {
  const std::vector<RoleChange> changes = {
      Change("2023-06-01", "Sami Rook", "killed"),
      Change("2022-03-10", "Sami Rook", "appointed"),
      Change("2023-08", "Abu Talha", "appointed"),
      Change("2022-05-02", "Ilyas Marr", "appointed", "spokesman"),
      Change("", "Nobody Dated", "appointed"),
  };
  auto mid = HoldersAt("2022-12-01", {}, changes);
  EXPECT_EQ(People(mid),
            (std::vector<std::string>{"leader:Sami Rook", "spokesman:Ilyas Marr"}));
  EXPECT_EQ(mid[0].since, "2022-03-10");
  EXPECT_EQ(mid[0].started_by, "appointed");
  EXPECT_FALSE(mid[0].from_kb);
  // After the killing and the next appointment.
  EXPECT_EQ(People(HoldersAt("2023-09", {}, changes)),
            (std::vector<std::string>{"leader:Abu Talha", "spokesman:Ilyas Marr"}));
  // The month of the killing: still the holder, with the end recorded.
  auto june = HoldersAt("2023-06", {}, changes);
  ASSERT_EQ(People(june)[0], "leader:Sami Rook");
  EXPECT_EQ(june[0].until, "2023-06-01");
  EXPECT_EQ(june[0].ended_by, "killed");
  // Before any appointment.
  EXPECT_TRUE(HoldersAt("2021", {}, changes).empty());
}

TEST(RoleHoldersTest, ASuccessorEndsTheLeadersTenure) {
  const std::vector<RoleChange> changes = {
      Change("2024-01-01", "Sami Rook", "appointed"),
      Change("2024-05-20", "Abu Talha", "appointed"),
      Change("2024-01-01", "Ilyas Marr", "appointed", "commander"),
      Change("2024-03-01", "Dan Ode", "appointed", "commander"),
  };
  EXPECT_EQ(People(HoldersAt("2024-07", {}, changes)),
            (std::vector<std::string>{"commander:Ilyas Marr", "commander:Dan Ode",
                                      "leader:Abu Talha"}));
  auto may = HoldersAt("2024-05", {}, changes);
  ASSERT_EQ(may.size(), 4u);
  EXPECT_EQ(may[2].person, "Sami Rook");
  EXPECT_EQ(may[2].ended_by, "succeeded by Abu Talha");
}

TEST(RoleHoldersTest, AnEndingOfSomeoneElseChangesNothing) {
  const std::vector<RoleChange> changes = {
      Change("2024-01-01", "Sami Rook", "appointed"),
      Change("2024-02-01", "Omar Vale", "captured"),
      Change("2024-02-10", "al-Rook", "appointed"),  // the same man again
  };
  auto h = HoldersAt("2024-03", {}, changes);
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].person, "Sami Rook");
  EXPECT_TRUE(h[0].until.empty());
}

}  // namespace
}  // namespace vigil
