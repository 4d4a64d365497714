#include "merge/summary.h"

#include <gtest/gtest.h>

#include "merge/merger.h"

namespace vigil {
namespace {

SourcedEvent Attack(const std::string& source, const std::string& location, long killed,
                    const std::string& claimed_by, const std::string& duration = "") {
  SourcedEvent r;
  r.source = source;
  r.event.type = EventType::kAttack;
  r.event.date = "2024-05-02";
  r.event.location = location;
  r.event.killed = Count{killed, std::nullopt};
  r.event.claimed_by = claimed_by;
  r.event.duration = duration;
  r.event.duration_minutes = duration.empty() ? std::nullopt : std::optional<int>(10);
  r.event.targets = {"Market", location};
  return r;
}

std::vector<SourcedEvent> Reports() {
  return {Attack("a", "Mosul", 12, "Islamic State"), Attack("b", "mosul", 14, ""),
          Attack("c", "Mosul Old City", 12, "al-Qaeda", "ten minutes"),
          Attack("d", "Mosul Old City", 20, "al-Qaeda")};
}

TEST(EventSummaryTest, SummaryWithoutReportsEqualsTheOneWithThem) {
  EventSummary kept(EventType::kAttack, true), light(EventType::kAttack, false);
  for (const SourcedEvent& r : Reports()) {
    kept.Add(r);
    light.Add(r);
  }
  MergedEvent a = kept.Finish(), b = light.Finish();
  EXPECT_EQ(a.reports.size(), 4u);
  EXPECT_TRUE(b.reports.empty());
  EXPECT_EQ(a.report_count, 4u);
  EXPECT_EQ(b.report_count, 4u);
  EXPECT_EQ(b.location, "Mosul");  // two of four, first seen ("mosul" folds to it)
  EXPECT_EQ(b.claimed_by, "al-Qaeda");
  EXPECT_EQ(CountText(b.killed), "12-20");
  EXPECT_EQ(b.duration_minutes, std::optional<int>(10));
  EXPECT_EQ(b.targets, (std::vector<std::string>{"Market", "Mosul", "Mosul Old City"}));
  ASSERT_EQ(a.disagreements.size(), b.disagreements.size());
  for (size_t i = 0; i < a.disagreements.size(); ++i) {
    EXPECT_EQ(a.disagreements[i].field, b.disagreements[i].field);
    ASSERT_EQ(a.disagreements[i].values.size(), b.disagreements[i].values.size());
    for (size_t k = 0; k < a.disagreements[i].values.size(); ++k) {
      EXPECT_EQ(a.disagreements[i].values[k].value, b.disagreements[i].values[k].value);
      EXPECT_EQ(a.disagreements[i].values[k].reports,
                b.disagreements[i].values[k].reports);
    }
  }
  EXPECT_EQ(SummariseReports(EventType::kAttack, Reports()).location, "Mosul");
}

}  // namespace
}  // namespace vigil
