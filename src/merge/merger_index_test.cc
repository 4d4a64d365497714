// MergeEvents finds candidate clusters through a (name word, week) index.
// These tests check that the index never changes the result: a plain
// all-pairs greedy merge, written here from the rules in merger.h, must give
// the same clusters on many random report sets.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>

#include "merge/dates.h"
#include "merge/merger.h"

namespace vigil {
namespace {

const char* const kPlaces[] = {"Kabul", "Kabul airport", "Mosul", "Mosul Old City",
                               "Raqqa", "Paris",         "Lagos", ""};
const char* const kCountries[] = {"Afghanistan", "Iraq", "Syria", "France", ""};
const char* const kGroups[] = {"Islamic State", "Islamic State Khorasan Province",
                               "al-Shabaab",    "Boko Haram",
                               "Islamic Jihad", ""};
const char* const kPeople[] = {"Abu Omar", "Omar al-Rashid", "Abu Bakr", "Bakr Hassan",
                               ""};
const char* const kMedia[] = {"audio", "video", ""};
const char* const kTypes[] = {"bombing", "armed assault", ""};
const char* const kChanges[] = {"killed", "appointed"};

template <size_t N>
std::string Pick(std::mt19937& rng, const char* const (&list)[N]) {
  return list[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

// A date in early 2024 at day, month or year precision, or none.
std::string RandomDate(std::mt19937& rng) {
  const int kind = std::uniform_int_distribution<int>(0, 9)(rng);
  if (kind == 0) return "";
  if (kind == 1) return "2024";
  const int month = std::uniform_int_distribution<int>(1, 3)(rng);
  char buf[16];
  if (kind == 2) {
    std::snprintf(buf, sizeof buf, "2024-%02d", month);
  } else {
    std::snprintf(buf, sizeof buf, "2024-%02d-%02d", month,
                  std::uniform_int_distribution<int>(1, 28)(rng));
  }
  return buf;
}

std::vector<SourcedEvent> RandomReports(std::mt19937& rng, int n) {
  std::vector<SourcedEvent> out;
  for (int i = 0; i < n; ++i) {
    SourcedEvent r;
    r.document_id = i + 1;
    r.source = "doc" + std::to_string(i);
    r.published = std::uniform_int_distribution<int>(0, 1)(rng) ? "2024-02-15" : "";
    Event& e = r.event;
    e.type = static_cast<EventType>(std::uniform_int_distribution<int>(0, 2)(rng));
    e.date = RandomDate(rng);
    e.location = Pick(rng, kPlaces);
    e.country = Pick(rng, kCountries);
    e.attack_type = Pick(rng, kTypes);
    e.organization = Pick(rng, kGroups);
    e.speaker = Pick(rng, kPeople);
    e.medium = Pick(rng, kMedia);
    e.person = Pick(rng, kPeople);
    e.change = Pick(rng, kChanges);
    out.push_back(std::move(r));
  }
  return out;
}

// The merge rules of merger.h, pair by pair, with default options.
std::optional<DayRange> When(const SourcedEvent& r) {
  if (auto d = ParseDayRange(r.event.date)) return d;
  if (auto p = ParseDayRange(r.published)) return DayRange{p->first - 7, p->last};
  return std::nullopt;
}

bool Agree(const std::string& a, const std::string& b) {
  return !a.empty() && !b.empty() && NamesOverlap(a, b);
}

bool SameEvent(const SourcedEvent& a, const SourcedEvent& b) {
  const Event &x = a.event, &y = b.event;
  if (x.type != y.type) return false;
  const auto wa = When(a), wb = When(b);
  const bool dated = wa && wb;
  switch (x.type) {
    case EventType::kAttack:
      if (!dated || DaysApart(*wa, *wb) > 2) return false;
      if (!x.location.empty() && !y.location.empty())
        return Agree(x.location, y.location);
      return Agree(x.country, y.country) &&
             (x.attack_type.empty() || y.attack_type.empty() ||
              x.attack_type == y.attack_type);
    case EventType::kStatement:
      if (!dated || DaysApart(*wa, *wb) > 3) return false;
      return (Agree(x.speaker, y.speaker) || Agree(x.organization, y.organization)) &&
             (x.medium.empty() || y.medium.empty() || x.medium == y.medium);
    case EventType::kLeadership:
      return x.change == y.change && Agree(x.person, y.person) &&
             (x.organization.empty() || y.organization.empty() ||
              Agree(x.organization, y.organization));
  }
  return false;
}

// Clusters as sets of document ids, from the all-pairs greedy merge: dated
// reports first, each joins the earliest cluster with a matching member.
std::vector<std::vector<int64_t>> Oracle(std::vector<SourcedEvent> reports) {
  std::stable_sort(reports.begin(), reports.end(), [](const auto& a, const auto& b) {
    return a.event.date.empty() < b.event.date.empty();
  });
  std::vector<std::vector<const SourcedEvent*>> clusters;
  for (const SourcedEvent& r : reports) {
    auto it = std::find_if(clusters.begin(), clusters.end(), [&](const auto& c) {
      return std::any_of(c.begin(), c.end(),
                         [&](const SourcedEvent* m) { return SameEvent(*m, r); });
    });
    if (it == clusters.end()) {
      clusters.push_back({&r});
    } else {
      it->push_back(&r);
    }
  }
  std::vector<std::vector<int64_t>> out;
  for (const auto& c : clusters) {
    std::vector<int64_t> ids;
    for (const SourcedEvent* r : c) ids.push_back(r->document_id);
    std::sort(ids.begin(), ids.end());
    out.push_back(std::move(ids));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::vector<int64_t>> Clusters(const std::vector<MergedEvent>& merged) {
  std::vector<std::vector<int64_t>> out;
  for (const MergedEvent& m : merged) {
    std::vector<int64_t> ids;
    for (const SourcedEvent& r : m.reports) ids.push_back(r.document_id);
    std::sort(ids.begin(), ids.end());
    out.push_back(std::move(ids));
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(MergerIndexTest, SameClustersAsAllPairs) {
  std::mt19937 rng(20241130);
  int multi = 0;
  for (int round = 0; round < 40; ++round) {
    const std::vector<SourcedEvent> reports = RandomReports(rng, 120);
    const auto want = Oracle(reports);
    const auto got = Clusters(MergeEvents(reports));
    ASSERT_EQ(got, want) << "round " << round;
    for (const auto& c : want) multi += c.size() > 1;
  }
  // The random sets must exercise merging, not only singletons.
  EXPECT_GT(multi, 200);
}

TEST(MergerIndexTest, LinksFollowAcrossWeeks) {
  // A call and an attack by a branch 20 days later, three weeks apart.
  SourcedEvent call;
  call.document_id = 1;
  call.event.type = EventType::kStatement;
  call.event.date = "2024-03-01";
  call.event.organization = "Islamic State";
  SourcedEvent attack;
  attack.document_id = 2;
  attack.event.type = EventType::kAttack;
  attack.event.date = "2024-03-21";
  attack.event.location = "Kabul";
  attack.event.claimed_by = "Islamic State Khorasan Province";
  SourcedEvent late = attack;
  late.document_id = 3;
  late.event.date = "2024-04-15";  // outside the 30-day window
  late.event.location = "Herat";
  const auto merged = MergeEvents({call, attack, late});
  ASSERT_EQ(merged.size(), 3u);
  const MergedEvent& s = merged[0];
  ASSERT_EQ(s.type, EventType::kStatement);
  ASSERT_EQ(s.followed_by.size(), 1u);
  EXPECT_EQ(merged[s.followed_by[0] - 1].location, "Kabul");
  EXPECT_EQ(merged[s.followed_by[0] - 1].preceded_by, std::vector<int64_t>{s.id});
  EXPECT_TRUE(merged[2].preceded_by.empty());
  EXPECT_TRUE(s.on_named_target.empty());  // the call named no place
}

TEST(MergerIndexTest, LinksSayWhenTheAttackHitANamedTarget) {
  SourcedEvent call;
  call.event.type = EventType::kStatement;
  call.event.date = "2024-03-01";
  call.event.organization = "Islamic State";
  call.event.targets = {"Europe", "Belgium"};
  SourcedEvent named;
  named.document_id = 2;
  named.event.type = EventType::kAttack;
  named.event.date = "2024-03-10";
  named.event.location = "Liege";
  named.event.country = "Belgium";
  named.event.claimed_by = "Islamic State";
  SourcedEvent elsewhere = named;
  elsewhere.document_id = 3;
  elsewhere.event.location = "Jalalabad";
  elsewhere.event.country = "Afghanistan";
  const auto merged = MergeEvents({call, named, elsewhere});
  ASSERT_EQ(merged.size(), 3u);
  const MergedEvent& s = merged[0];
  EXPECT_EQ(s.followed_by.size(), 2u);
  ASSERT_EQ(s.on_named_target.size(), 1u);
  const MergedEvent& hit = merged[static_cast<size_t>(s.on_named_target[0] - 1)];
  EXPECT_EQ(hit.location, "Liege");
  EXPECT_EQ(hit.on_named_target, std::vector<int64_t>{s.id});
}

}  // namespace
}  // namespace vigil
