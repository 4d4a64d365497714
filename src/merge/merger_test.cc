#include "merge/merger.h"

#include <gtest/gtest.h>

#include "merge/dates.h"

namespace vigil {
namespace {

SourcedEvent Attack(std::string source, std::string date, std::string location,
                    std::optional<Count> killed = std::nullopt,
                    std::string claimed_by = "") {
  SourcedEvent r;
  r.source = std::move(source);
  r.event.type = EventType::kAttack;
  r.event.date = std::move(date);
  r.event.location = std::move(location);
  r.event.country = "Iran";
  r.event.killed = killed;
  r.event.claimed_by = std::move(claimed_by);
  return r;
}

SourcedEvent Statement(std::string source, std::string date, std::string org) {
  SourcedEvent r;
  r.source = std::move(source);
  r.event.type = EventType::kStatement;
  r.event.date = std::move(date);
  r.event.organization = std::move(org);
  r.event.medium = "audio";
  return r;
}

const Disagreement* Find(const MergedEvent& m, const std::string& field) {
  for (const Disagreement& d : m.disagreements) {
    if (d.field == field) return &d;
  }
  return nullptr;
}

TEST(DatesTest, PartialDatesCoverTheirDays) {
  auto y = ParseDayRange("2024");
  auto m = ParseDayRange("2024-02");
  auto d = ParseDayRange("2024-02-29");
  ASSERT_TRUE(y && m && d);
  EXPECT_EQ(y->last - y->first, 365);  // leap year
  EXPECT_EQ(m->last - m->first, 28);
  EXPECT_EQ(d->first, d->last);
  EXPECT_FALSE(ParseDayRange("2023-02-29"));
  EXPECT_FALSE(ParseDayRange("yesterday"));
  EXPECT_EQ(DaysApart(*d, *ParseDayRange("2024-03-02")), 2);
  EXPECT_EQ(DaysApart(*m, *d), 0);
}

TEST(FoldNameTest, ArticleCaseAndPunctuation) {
  EXPECT_EQ(FoldName("Al-Shabaab"), "shabaab");
  EXPECT_EQ(FoldName("the al Shabaab"), "shabaab");
  EXPECT_EQ(FoldName("Abu Hafs al-Hashimi al-Qurashi"), "abu hafs hashimi qurashi");
  EXPECT_TRUE(NamesOverlap("Islamic State", "Islamic State Khorasan Province"));
  EXPECT_FALSE(NamesOverlap("Islamic State", "Islamic Jihad"));
}

TEST(MergeTest, TwoReportsOfOneAttackKeepTheirFiguresSideBySide) {
  auto merged = MergeEvents(
      {Attack("a.txt", "2024-01-03", "Kerman", Count{84, std::nullopt}, "Islamic State"),
       Attack("b.txt", "2024-01-03", "Kerman", Count{100, std::nullopt}),
       Attack("c.txt", "2024-01-03", "Tehran")});
  ASSERT_EQ(merged.size(), 2u);
  const MergedEvent& kerman = merged[0].reports.size() == 2 ? merged[0] : merged[1];
  ASSERT_EQ(kerman.reports.size(), 2u);
  ASSERT_TRUE(kerman.killed.has_value());
  EXPECT_EQ(kerman.killed->min, 84);
  EXPECT_EQ(kerman.killed->max, 100);
  const Disagreement* killed = Find(kerman, "killed");
  ASSERT_NE(killed, nullptr);
  EXPECT_EQ(killed->values.size(), 2u);
  EXPECT_EQ(Find(kerman, "location"), nullptr);
  EXPECT_EQ(kerman.claimed_by, "Islamic State");
}

TEST(MergeTest, SamePlaceWeeksApartIsTwoAttacks) {
  auto merged = MergeEvents(
      {Attack("a.txt", "2024-01-03", "Kerman"), Attack("b.txt", "2024-02-20", "Kerman")});
  EXPECT_EQ(merged.size(), 2u);
  EXPECT_EQ(merged[0].date, "2024-01-03");  // time order
  EXPECT_EQ(merged[0].id, 1);
}

TEST(MergeTest, UndatedReportJoinsByItsArticleDate) {
  SourcedEvent late = Attack("b.txt", "", "Kerman");
  late.published = "2024-01-05";
  auto merged = MergeEvents({late, Attack("a.txt", "2024-01-03", "Kerman")});
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0].date, "2024-01-03");
}

TEST(MergeTest, StatementIsLinkedToLaterAttacksByTheSameGroupOnly) {
  auto merged = MergeEvents(
      {Statement("s.txt", "2024-01-01", "Islamic State"),
       Attack("a.txt", "2024-01-03", "Kerman", std::nullopt,
              "Islamic State Khorasan Province"),
       Attack("b.txt", "2023-12-20", "Tehran", std::nullopt, "Islamic State"),
       Attack("c.txt", "2024-01-10", "Zahedan", std::nullopt, "Jaish al-Adl")});
  const MergedEvent* s = nullptr;
  for (const MergedEvent& m : merged) {
    if (m.type == EventType::kStatement) s = &m;
  }
  ASSERT_NE(s, nullptr);
  ASSERT_EQ(s->followed_by.size(), 1u);
  const MergedEvent& kerman = merged[s->followed_by[0] - 1];
  EXPECT_EQ(kerman.location, "Kerman");
  EXPECT_EQ(kerman.preceded_by, std::vector<int64_t>{s->id});
}

TEST(MergeTest, ParentGroupAttackDoesNotFollowABranchCall) {
  auto merged = MergeEvents(
      {Statement("s.txt", "2024-01-01", "Islamic State Khorasan Province"),
       Attack("a.txt", "2024-01-03", "Kerman", std::nullopt, "Islamic State")});
  for (const MergedEvent& m : merged)
    EXPECT_TRUE(m.followed_by.empty() && m.preceded_by.empty());
  EXPECT_TRUE(BranchOf("Islamic State Khorasan Province", "Islamic State"));
  EXPECT_FALSE(BranchOf("Islamic State", "Islamic State Khorasan Province"));
}

TEST(MergeTest, StatementDetailsDisagreeSideBySide) {
  SourcedEvent a = Statement("a.txt", "2024-01-01", "Islamic State");
  a.event.duration = "31 minutes";
  a.event.duration_minutes = 31;
  a.event.occasion = "Ramadan";
  SourcedEvent b = Statement("b.txt", "2024-01-01", "Islamic State");
  b.event.duration = "more than half an hour";
  b.event.duration_minutes = 30;
  SourcedEvent c = b;
  c.source = "c.txt";
  auto merged = MergeEvents({a, b, c});
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0].duration, "more than half an hour");  // two reports to one
  EXPECT_EQ(merged[0].duration_minutes, 30);
  EXPECT_EQ(merged[0].occasion, "Ramadan");
  const Disagreement* d = Find(merged[0], "duration");
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->values.size(), 2u);
  EXPECT_EQ(d->values[1].value, "31 minutes");
  EXPECT_EQ(d->values[1].reports, std::vector<size_t>{0});
  EXPECT_EQ(Find(merged[0], "occasion"), nullptr);  // one value only
}

TEST(MergeTest, DisputesFromEveryReportAreKeptWithTheirReports) {
  const Dispute blame{"the ministry", "blamed", "Ruritania", {0, 10}};
  const Dispute denial{"Ruritania", "denied", "", {11, 30}};
  SourcedEvent a = Attack("a.txt", "2024-01-03", "Kerman");
  a.event.disputed = {blame};
  SourcedEvent b = Attack("b.txt", "2024-01-03", "Kerman");
  b.event.disputed = {{"The Ministry", "blamed", "Ruritania", {4, 9}}, denial};
  auto merged = MergeEvents({a, b});
  ASSERT_EQ(merged.size(), 1u);
  const auto& disputed = merged[0].disputed;
  ASSERT_EQ(disputed.size(), 2u);
  EXPECT_EQ(disputed[0].source, "the ministry");
  EXPECT_EQ(disputed[0].reports, (std::vector<size_t>{0, 1}));
  EXPECT_EQ(disputed[1].stance, "denied");
  EXPECT_EQ(disputed[1].reports, std::vector<size_t>{1});
  ASSERT_NE(Find(merged[0], "disputed"), nullptr);  // the reports differ
  EXPECT_EQ(DisputeText(denial), "Ruritania denied involvement");
  EXPECT_EQ(DisputeText(blame), "the ministry blamed Ruritania");
}

TEST(MergeTest, CanonicalNamesLetAliasesMerge) {
  MergeOptions options;
  options.canonical = [](std::string_view n) {
    return n == "ISIS" ? std::string("Islamic State") : std::string(n);
  };
  auto merged = MergeEvents({Statement("a.txt", "2024-01-01", "ISIS"),
                             Statement("b.txt", "2024-01-02", "Islamic State")},
                            options);
  EXPECT_EQ(merged.size(), 1u);
  EXPECT_EQ(MergeEvents({Statement("a.txt", "2024-01-01", "ISIS"),
                         Statement("b.txt", "2024-01-02", "Islamic State")})
                .size(),
            2u);
}

TEST(MergeTest, AttackWithinANamedRegionIsOnANamedTarget) {
  MergedEvent call, attack;
  call.type = EventType::kStatement;
  call.targets = {"Europe"};
  attack.type = EventType::kAttack;
  attack.location = "Ghent";
  attack.country = "Belgium";
  EXPECT_FALSE(OnNamedTarget(call, attack));  // no geography: words only
  MergeOptions options;
  options.within = [](std::string_view place, std::string_view region) {
    return place == "Belgium" && region == "Europe";
  };
  EXPECT_TRUE(OnNamedTarget(call, attack, options));
  call.targets = {"Asia"};
  EXPECT_FALSE(OnNamedTarget(call, attack, options));
}

}  // namespace
}  // namespace vigil
