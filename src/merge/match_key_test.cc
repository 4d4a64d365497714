#include "merge/match_key.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace vigil {
namespace {

Event Attack(std::string date, std::string location, std::string country = "") {
  Event e;
  e.type = EventType::kAttack;
  e.date = std::move(date);
  e.location = std::move(location);
  e.country = std::move(country);
  return e;
}

TEST(MatchKeyTest, EncodedKeysDecodeToThemselves) {
  EventMatcher m{MergeOptions{}};
  Event call;
  call.type = EventType::kStatement;
  call.speaker = "Abu Omar al-Rashidi";
  call.organization = "Islamic State";
  call.medium = "audio";
  Event change;
  change.type = EventType::kLeadership;
  change.person = "Bakr Hassan";
  change.change = "appointed";
  for (const MatchKey& k :
       {m.Key(Attack("2024-03-01", "Kabul airport", "Afghanistan"), ""),
        m.Key(Attack("", "Mosul"), "2024-05-02"), m.Key(Attack("", "Mosul"), ""),
        m.Key(call, "2023-12-30"), m.Key(change, "")}) {
    MatchKey back;
    ASSERT_TRUE(DecodeMatchKey(EncodeMatchKey(k), &back));
    EXPECT_TRUE(back == k);
    EXPECT_EQ(HashMatchKey(back), HashMatchKey(k));
  }
}

// Names are folded once while cached; ForgetNamesOver empties the cache only
// past its bound.
TEST(MatchKeyTest, NameCacheIsBounded) {
  int folded = 0;
  MergeOptions options;
  options.canonical = [&](std::string_view name) {
    ++folded;
    return std::string(name);
  };
  EventMatcher matcher(options);
  const NameWords first = matcher.Words("Harbour Front");
  EXPECT_EQ(matcher.Words("Harbour Front"), first);
  matcher.ForgetNamesOver(1);
  EXPECT_EQ(matcher.Words("Harbour Front"), first);
  EXPECT_EQ(folded, 1);
  matcher.ForgetNamesOver(0);
  EXPECT_EQ(matcher.Words("Harbour Front"), first);
  EXPECT_EQ(folded, 2);
}

TEST(MatchKeyTest, DamagedBytesAreRefused) {
  EventMatcher m{MergeOptions{}};
  const std::string bytes =
      EncodeMatchKey(m.Key(Attack("2024-03-01", "Kabul airport", "Afghanistan"), ""));
  MatchKey k;
  for (size_t n = 0; n < bytes.size(); ++n)
    EXPECT_FALSE(DecodeMatchKey(bytes.substr(0, n), &k)) << "cut at " << n;
  EXPECT_FALSE(DecodeMatchKey(bytes + "x", &k));
  std::string bad_type = bytes;
  bad_type[0] = 9;
  EXPECT_FALSE(DecodeMatchKey(bad_type, &k));
  // Only the shortest varints decode, so a decoded key encodes back to the
  // same bytes: an attack dated day 0 to day 0, no names, no texts.
  const std::string minimal("\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", 12);
  ASSERT_TRUE(DecodeMatchKey(minimal, &k));
  EXPECT_EQ(EncodeMatchKey(k), minimal);
  std::string padded = minimal;
  padded.replace(2, 1, std::string("\x80\x00", 2));  // zero in two bytes
  EXPECT_FALSE(DecodeMatchKey(padded, &k));
}

TEST(MatchKeyTest, UndatedReportTakesAWindowBeforePublication) {
  EventMatcher m{MergeOptions{}};
  const MatchKey dated = m.Key(Attack("2024-05-01", "Mosul"), "");
  const MatchKey undated = m.Key(Attack("", "Mosul Old City"), "2024-05-04");
  EXPECT_TRUE(m.Same(dated, undated));
  const MatchKey late = m.Key(Attack("", "Mosul"), "2024-05-20");
  EXPECT_FALSE(m.Same(dated, late));
  EXPECT_FALSE(m.Same(dated, m.Key(Attack("", "Mosul"), "")));
}

// The index is only sound if every matching pair shares a term: one of the
// stored terms of one key is among the looked-up terms of the other.
TEST(MatchKeyTest, KeysThatMatchShareAnIndexTerm) {
  const char* places[] = {"Kabul", "Kabul airport", "Mosul", ""};
  const char* countries[] = {"Afghanistan", "Iraq", ""};
  const char* groups[] = {"Islamic State", "Islamic State Khorasan Province", ""};
  std::mt19937 rng(7);
  auto pick = [&](const char* const* list, int n) {
    return std::string(list[std::uniform_int_distribution<int>(0, n - 1)(rng)]);
  };
  EventMatcher m{MergeOptions{}};
  std::vector<MatchKey> keys;
  for (int i = 0; i < 300; ++i) {
    Event e;
    e.type = static_cast<EventType>(std::uniform_int_distribution<int>(0, 2)(rng));
    const int day = std::uniform_int_distribution<int>(1, 40)(rng);
    if (day <= 28)
      e.date = "2024-02-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
    e.location = pick(places, 4);
    e.country = pick(countries, 3);
    e.organization = pick(groups, 3);
    e.speaker = pick(groups, 3);
    e.person = pick(places, 4);
    keys.push_back(m.Key(e, day % 2 ? "2024-03-01" : ""));
  }
  std::vector<uint64_t> stored, looked;
  int pairs = 0;
  for (const MatchKey& a : keys) {
    m.StoredTerms(a, &stored);
    for (const MatchKey& b : keys) {
      if (!m.Same(a, b)) continue;
      ++pairs;
      m.LookupTerms(b, &looked);
      const bool shared = std::any_of(stored.begin(), stored.end(), [&](uint64_t t) {
        return std::find(looked.begin(), looked.end(), t) != looked.end();
      });
      ASSERT_TRUE(shared);
    }
  }
  EXPECT_GT(pairs, 300);  // more than each key with itself
}

}  // namespace
}  // namespace vigil
