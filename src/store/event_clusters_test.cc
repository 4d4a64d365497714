// The store assigns event reports to merged events as it takes them
// (store/event_clusters.h). These tests check the assignment against the
// in-memory MergeEvents over the same reports in the same order, across
// batches and reopenings, and that rolled-back and pre-migration reports
// end up assigned exactly once.
#include "store/event_clusters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <random>
#include <set>

#include "merge/merger.h"
#include "store/merged_reader.h"
#include "store/migrations.h"
#include "store/sqlite_store.h"
#include "store/test_util.h"

namespace vigil {
namespace {

using testing::MakeDoc;
using testing::QueryText;
using testing::ScratchDir;

const char* const kPlaces[] = {"Kabul", "Kabul airport", "Mosul", "Raqqa", "Lagos", ""};
const char* const kCountries[] = {"Afghanistan", "Iraq", "Syria", ""};
const char* const kGroups[] = {"Islamic State", "Islamic State Khorasan Province",
                               "al-Shabaab", ""};
const char* const kPeople[] = {"Abu Omar", "Omar al-Rashid", "Bakr Hassan", ""};
const char* const kMedia[] = {"audio", "video", ""};

template <size_t N>
std::string Pick(std::mt19937& rng, const char* const (&list)[N]) {
  return list[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

// Reports of invented events in January and February 2024, dated ones first
// (the order MergeEvents takes them in), each the only event of its article.
std::vector<SourcedEvent> RandomReports(std::mt19937& rng, int n) {
  std::vector<SourcedEvent> out;
  for (int i = 0; i < n; ++i) {
    SourcedEvent r;
    r.published = std::uniform_int_distribution<int>(0, 3)(rng) ? "2024-02-10" : "";
    Event& e = r.event;
    e.type = static_cast<EventType>(std::uniform_int_distribution<int>(0, 2)(rng));
    const int day = std::uniform_int_distribution<int>(0, 40)(rng);
    if (day < 32)
      e.date = "2024-01-" + std::string(day < 9 ? "0" : "") + std::to_string(day + 1);
    if (day == 32) e.date = "2024-02";
    e.location = Pick(rng, kPlaces);
    e.country = Pick(rng, kCountries);
    e.organization = Pick(rng, kGroups);
    e.speaker = Pick(rng, kPeople);
    e.person = Pick(rng, kPeople);
    e.medium = Pick(rng, kMedia);
    e.change = std::uniform_int_distribution<int>(0, 1)(rng) ? "killed" : "appointed";
    e.evidence = {{0, 4}};
    out.push_back(std::move(r));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const SourcedEvent& a, const SourcedEvent& b) {
                     return a.event.date.empty() < b.event.date.empty();
                   });
  for (size_t i = 0; i < out.size(); ++i)
    out[i].document_id = static_cast<int64_t>(i + 1);
  return out;
}

Document DocFor(const SourcedEvent& r) {
  Document d = MakeDoc("Report " + std::to_string(r.document_id),
                       "Invented report number " + std::to_string(r.document_id) + ".",
                       "r" + std::to_string(r.document_id) + ".txt");
  d.published = r.published;
  return d;
}

using Partition = std::set<std::set<int64_t>>;

Partition Expected(const std::vector<SourcedEvent>& reports) {
  Partition out;
  for (const MergedEvent& m : MergeEvents(reports)) {
    std::set<int64_t> docs;
    for (const SourcedEvent& r : m.reports) docs.insert(r.document_id);
    out.insert(docs);
  }
  return out;
}

// Documents grouped by the merged event their report was assigned to.
Partition Stored(const std::string& path) {
  std::map<int64_t, std::set<int64_t>> by_merged;
  auto reader = MergedEventReader::Open(path);
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  if (!reader.ok()) return {};
  EXPECT_TRUE((*reader)
                  ->ForEachPosition([&](const ReportPosition& p) {
                    by_merged[p.merged_id].insert(p.document_id);
                  })
                  .ok());
  Partition out;
  for (auto& [id, docs] : by_merged) out.insert(docs);
  return out;
}

// For seeds 1..`seeds`: `store_all` stores 70 random reports in the file at
// the path it is given; the stored assignment must be MergeEvents'.
void ExpectAssignedLikeMergeEvents(
    unsigned seeds,
    const std::function<void(const std::vector<SourcedEvent>&, const std::string&)>&
        store_all) {
  for (unsigned seed = 1; seed <= seeds; ++seed) {
    std::mt19937 rng(seed);
    const std::vector<SourcedEvent> reports = RandomReports(rng, 70);
    ScratchDir dir;
    const std::string path = dir.File("v.db");
    store_all(reports, path);
    EXPECT_EQ(Stored(path), Expected(reports)) << "seed " << seed;
  }
}

Status PutReport(Store& store, const SourcedEvent& r) {
  Extraction x;
  x.events = {r.event};
  Result<PutResult> put = store.Put(DocFor(r), x);
  return put.ok() ? Status::Ok() : put.status();
}

TEST(EventClustersTest, AssignmentMatchesMergeEventsAcrossBatchesAndReopening) {
  ExpectAssignedLikeMergeEvents(
      12, [](const std::vector<SourcedEvent>& reports, const std::string& path) {
        for (size_t begin = 0; begin < reports.size(); begin += 35) {  // reopened once
          auto store = Store::Open(path);
          ASSERT_TRUE(store.ok()) << store.status().ToString();
          for (size_t i = begin; i < std::min(reports.size(), begin + 35); ++i) {
            if ((i - begin) % 9 == 0) ASSERT_TRUE((*store)->Begin().ok());
            ASSERT_TRUE(PutReport(**store, reports[i]).ok());
            if ((i - begin) % 9 == 8) ASSERT_TRUE((*store)->Commit().ok());
          }
          auto* sqlite = static_cast<SqliteStore*>(store->get());
          if (sqlite->in_batch()) ASSERT_TRUE((*store)->Commit().ok());
        }
      });
}

// Two writers on one file taking turns: each one's cached keys and terms
// are dropped when the other has committed (PRAGMA data_version), so the
// assignment is the one a single writer makes.
TEST(EventClustersTest, TwoWritersTakingTurnsAssignLikeOne) {
  ExpectAssignedLikeMergeEvents(
      8, [](const std::vector<SourcedEvent>& reports, const std::string& path) {
        auto first = Store::Open(path);
        auto second = Store::Open(path);
        ASSERT_TRUE(first.ok() && second.ok());
        for (size_t begin = 0; begin < reports.size(); begin += 5) {
          Store& writer = (begin / 5) % 2 ? **second : **first;
          ASSERT_TRUE(writer.Begin().ok());
          for (size_t i = begin; i < std::min(reports.size(), begin + 5); ++i)
            ASSERT_TRUE(PutReport(writer, reports[i]).ok());
          ASSERT_TRUE(writer.Commit().ok());
        }
      });
}

TEST(EventClustersTest, RolledBackReportsAreNotAssigned) {
  ScratchDir dir;
  const std::string path = dir.File("v.db");
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok());
  SourcedEvent r;
  r.document_id = 1;
  r.published = "2024-03-02";
  r.event.type = EventType::kAttack;
  r.event.date = "2024-03-01";
  r.event.location = "Mosul";
  Extraction x;
  x.events = {r.event};
  ASSERT_TRUE((*store)->Begin().ok());
  ASSERT_TRUE((*store)->Put(DocFor(r), x).ok());
  ASSERT_TRUE((*store)->Rollback().ok());
  EXPECT_EQ(QueryText(path, "SELECT count(*) FROM merged_events"), "0");
  ASSERT_TRUE((*store)->Put(DocFor(r), x).ok());
  r.document_id = 2;  // a second article on the same attack joins it
  ASSERT_TRUE((*store)->Put(DocFor(r), x).ok());
  EXPECT_EQ(QueryText(path, "SELECT count(*) || ':' || sum(reports) FROM merged_events"),
            "1:2");
  EXPECT_EQ(QueryText(path, "SELECT count(*) FROM events WHERE merged_id IS NULL"), "0");
}

TEST(EventClustersTest, ReportsStoredBeforeMigrationSevenAreAssignedOnOpen) {
  ScratchDir dir;
  const std::string path = dir.File("v.db");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(Migrate(db, 6).ok());
    const char* sql =
        "INSERT INTO documents(id, content_hash, published, language, text) VALUES "
        "(1, 11, '2024-03-02', 'en', 'one'), (2, 12, '2024-03-03', 'en', 'two');"
        "INSERT INTO events(document_id, ordinal, type, date, fields) VALUES "
        "(1, 0, 1, '2024-03-01', '{\"location\":\"Mosul\"}'),"
        "(2, 0, 1, '2024-03-01', '{\"location\":\"Mosul\",\"country\":\"Iraq\"}'),"
        "(2, 1, 1, '2024-03-01', '{\"location\":\"Lagos\"}');";
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  // Read-only readers say what to do instead of showing half the events.
  auto early = MergedEventReader::Open(path);
  EXPECT_EQ(early.status().code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(Store::Open(path).ok());
  const Partition expected = {{1, 2}, {2}};
  EXPECT_EQ(QueryText(path, "SELECT group_concat(merged_id) FROM events ORDER BY id"),
            "1,1,2");
  EXPECT_EQ(Stored(path), expected);
}

// Rows come in the order of the dates their summaries show: the date most
// reports give, not the earliest any report gives.
TEST(EventClustersTest, RowsAreInTheOrderOfTheirSummaryDates) {
  ScratchDir dir;
  const std::string path = dir.File("v.db");
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok());
  int doc = 0;
  auto put = [&](const std::string& person, const std::string& date) {
    Event e;
    e.type = EventType::kLeadership;
    e.person = person;
    e.organization = "Islamic State";
    e.change = "killed";
    e.date = date;
    SourcedEvent r;
    r.document_id = ++doc;
    r.event = e;
    Extraction x;
    x.events = {e};
    ASSERT_TRUE((*store)->Put(DocFor(r), x).ok());
  };
  put("Abu Omar", "2024-05-01");  // one report misdates the death
  put("Abu Omar", "2021-01-01");
  put("Abu Omar", "2024-05-01");
  put("Bakr Hassan", "2024-02-10");
  auto reader = MergedEventReader::Open(path);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  auto rows = (*reader)->Rows();
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].id, 2);  // Bakr Hassan, February
  EXPECT_EQ((*rows)[1].id, 1);  // Abu Omar: May, though one report says 2021
  EXPECT_EQ((*rows)[1].reports, 3);
  ASSERT_TRUE((*rows)[1].first_day.has_value() && (*rows)[1].day.has_value());
  EXPECT_LT(*(*rows)[1].first_day, *(*rows)[1].day);
}

}  // namespace
}  // namespace vigil
