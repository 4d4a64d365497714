#include "store/event_loader.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "store/store.h"
#include "store/test_util.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;

Event KermanAttack() {
  Event e;
  e.type = EventType::kAttack;
  e.date = "2024-01-03";
  e.location = "Kerman";
  e.country = "Iran";
  e.claimed_by = "Islamic State";
  e.attack_type = "suicide bombing";
  e.killed = Count{84, 95};
  e.injured = Count{284, std::nullopt};
  e.weapons = {"explosive belts"};
  e.evidence = {{0, 38}};
  e.disputed = {{"state television", "blamed", "foreign agents", {0, 38}},
                {"the group", "denied", "", {0, 38}}};
  return e;
}

TEST(EventLoaderTest, EventsRoundTripThroughTheStore) {
  testing::ScratchDir dir;
  const fs::path path = dir.File("events.db");
  {
    auto store = Store::Open(path.string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    Document doc;
    doc.meta.source = "wire/kerman.txt";
    doc.published = "2024-01-04";
    doc.title = "Blasts in Kerman";
    doc.text = "Two blasts hit a procession in Kerman.";
    doc.content_hash = 42;
    Extraction x;
    x.events.push_back(KermanAttack());
    Event s;
    s.type = EventType::kStatement;
    s.organization = "Islamic State";
    s.methods = {"knives", "vehicles"};
    s.duration = "more than half an hour";
    s.duration_minutes = 30;
    s.occasion = "Eid al-Fitr";
    s.motive = "the killing of a commander";
    x.events.push_back(s);
    ASSERT_TRUE((*store)->Put(doc, x).ok());
  }
  auto events = LoadStoredEvents(path.string());
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 2u);
  const SourcedEvent& a = (*events)[0];
  EXPECT_EQ(a.source, "wire/kerman.txt");
  EXPECT_EQ(a.published, "2024-01-04");
  EXPECT_EQ(a.event.type, EventType::kAttack);
  EXPECT_EQ(a.event.date, "2024-01-03");
  EXPECT_EQ(a.event.location, "Kerman");
  EXPECT_EQ(a.event.attack_type, "suicide bombing");
  ASSERT_TRUE(a.event.killed.has_value());
  EXPECT_EQ(a.event.killed->min, 84);
  EXPECT_EQ(a.event.killed->max, 95);
  ASSERT_TRUE(a.event.injured.has_value());
  EXPECT_FALSE(a.event.injured->max.has_value());
  EXPECT_EQ(a.event.weapons, std::vector<std::string>{"explosive belts"});
  EXPECT_EQ(a.event.evidence, (std::vector<Span>{{0, 38}}));
  EXPECT_EQ(a.event.disputed, KermanAttack().disputed);
  const SourcedEvent& st = (*events)[1];
  EXPECT_EQ(st.event.type, EventType::kStatement);
  EXPECT_EQ(st.event.methods, (std::vector<std::string>{"knives", "vehicles"}));
  EXPECT_EQ(st.event.duration, "more than half an hour");
  EXPECT_EQ(st.event.duration_minutes, 30);
  EXPECT_EQ(st.event.occasion, "Eid al-Fitr");
  EXPECT_EQ(st.event.motive, "the killing of a commander");
  EXPECT_TRUE(a.event.motive.empty());
  EXPECT_FALSE(a.event.duration_minutes.has_value());
}

TEST(EventLoaderTest, FieldEvidenceRoundTripsAndQuotesComeFromTheText) {
  testing::ScratchDir dir;
  const fs::path path = dir.File("evidence.db");
  Document doc;
  doc.meta.source = "wire/raid.txt";
  doc.text = "Gunmen raided a farm near Lodwar.\nSix people died, police said.";
  doc.content_hash = 7;
  Event e;
  e.type = EventType::kAttack;
  e.location = "Lodwar";
  e.killed = Count{6, std::nullopt};
  e.evidence = {{0, 33}, {34, 63}};
  e.field_evidence = {{"location", "Lodwar", {0, 33}, {26, 32}, ""},
                      {"killed", "6", {34, 63}, {34, 37}, ""},
                      {"attack_type", "raid", {0, 33}, {}, ""},
                      {"date", "2020", {60, 900}, {}, ""}};  // past the text's end
  {
    auto store = Store::Open(path.string());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    Extraction x;
    x.events.push_back(e);
    ASSERT_TRUE((*store)->Put(doc, x).ok());
  }
  auto events = LoadStoredEvents(path.string());
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].event.field_evidence, e.field_evidence);

  ASSERT_TRUE(LoadEvidenceQuotes(path.string(), &*events).ok());
  const auto& rows = (*events)[0].event.field_evidence;
  EXPECT_EQ(rows[0].quote, "Gunmen raided a farm near Lodwar.");
  EXPECT_EQ(rows[1].quote, "Six people died, police said.");
  EXPECT_EQ(rows[3].quote, "");

  // Listings load without the rows; the rest of the event is the same.
  EventLoadOptions lean;
  lean.field_evidence = false;
  auto without = LoadStoredEvents(path.string(), lean);
  ASSERT_TRUE(without.ok());
  ASSERT_EQ(without->size(), 1u);
  EXPECT_TRUE((*without)[0].event.field_evidence.empty());
  EXPECT_EQ((*without)[0].event.location, (*events)[0].event.location);
}

TEST(EventLoaderTest, MalformedFieldEvidenceRowsAreSkipped) {
  Event e;
  ASSERT_TRUE(ParseEventFields(R"({"field_evidence":[["killed","6",[4,9]],)"
                               R"(["killed"],["x","y",[9,4]],["a","b",[1,2],"z"],)"
                               R"(["date","2020",[1,8],[2,5]]]})",
                               &e)
                  .ok());
  ASSERT_EQ(e.field_evidence.size(), 2u);
  EXPECT_EQ(e.field_evidence[0].sentence, (Span{4, 9}));
  EXPECT_EQ(e.field_evidence[0].match, (Span{}));
  EXPECT_EQ(e.field_evidence[1].match, (Span{2, 5}));
}

TEST(EventLoaderTest, SpansParseAndMalformedSpansAreCorruption) {
  std::vector<Span> spans;
  EXPECT_TRUE(ParseSpans("[[1,5],[7,9]]", &spans).ok());
  EXPECT_EQ(spans, (std::vector<Span>{{1, 5}, {7, 9}}));
  EXPECT_EQ(ParseSpans("[[5,1]]", &spans).code(), StatusCode::kCorruption);
  EXPECT_EQ(ParseSpans("{}", &spans).code(), StatusCode::kCorruption);
}

TEST(EventLoaderTest, MissingStoreIsNotFound) {
  auto events = LoadStoredEvents("/nonexistent/vigil.db");
  ASSERT_FALSE(events.ok());
  EXPECT_EQ(events.status().code(), StatusCode::kNotFound);
}

TEST(EventLoaderTest, BadFieldsJsonIsCorruption) {
  Event e;
  EXPECT_EQ(ParseEventFields("not json", &e).code(), StatusCode::kCorruption);
  EXPECT_TRUE(ParseEventFields(R"({"location":"Mosul","unknown":1})", &e).ok());
  EXPECT_EQ(e.location, "Mosul");
}

}  // namespace
}  // namespace vigil
