#include "store/event_loader.h"

#include <simdjson.h>
#include <sqlite3.h>

#include <filesystem>

#include "store/read_only_db.h"
#include "store/statement.h"

namespace vigil {
namespace {

using simdjson::dom::element;

void ReadStrings(element value, std::vector<std::string>* out) {
  simdjson::dom::array array;
  if (value.get_array().get(array)) return;
  for (element item : array) {
    std::string_view s;
    if (!item.get_string().get(s)) out->emplace_back(s);
  }
}

void ReadCount(element value, std::optional<Count>* out) {
  int64_t min = 0, max = 0;
  if (value["min"].get_int64().get(min)) return;
  Count c;
  c.min = static_cast<long>(min);
  if (!value["max"].get_int64().get(max)) c.max = static_cast<long>(max);
  *out = c;
}

void ReadDisputes(element value, std::vector<Dispute>* out) {
  simdjson::dom::array array;
  if (value.get_array().get(array)) return;
  for (element item : array) {
    Dispute d;
    std::string_view s;
    if (!item["source"].get_string().get(s)) d.source = std::string(s);
    if (!item["stance"].get_string().get(s)) d.stance = std::string(s);
    if (!item["party"].get_string().get(s)) d.party = std::string(s);
    int64_t b = 0, e = 0;
    if (!item["evidence"].at(0).get_int64().get(b) &&
        !item["evidence"].at(1).get_int64().get(e) && b >= 0 && e >= b) {
      d.evidence = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    }
    if (!d.stance.empty()) out->push_back(std::move(d));
  }
}

struct StringField {
  const char* key;
  std::string Event::*member;
};

const StringField kStrings[] = {
    {"speaker", &Event::speaker},         {"organization", &Event::organization},
    {"medium", &Event::medium},           {"duration", &Event::duration},
    {"occasion", &Event::occasion},       {"motive", &Event::motive},
    {"location", &Event::location},       {"country", &Event::country},
    {"perpetrator", &Event::perpetrator}, {"claimed_by", &Event::claimed_by},
    {"attack_type", &Event::attack_type}, {"person", &Event::person},
    {"change", &Event::change},           {"role", &Event::role},
};

struct ListField {
  const char* key;
  std::vector<std::string> Event::*member;
};

const ListField kLists[] = {
    {"targets", &Event::targets},
    {"target_groups", &Event::target_groups},
    {"methods", &Event::methods},
    {"perpetrator_individuals", &Event::perpetrator_individuals},
    {"victims", &Event::victims},
    {"physical_targets", &Event::physical_targets},
    {"weapons", &Event::weapons},
};

}  // namespace

Status ParseEventFields(std::string_view json, Event* event) {
  thread_local simdjson::dom::parser parser;
  element root;
  if (parser.parse(simdjson::padded_string(json)).get(root) || !root.is_object()) {
    return Status::Corruption("event fields are not a JSON object");
  }
  for (const StringField& f : kStrings) {
    std::string_view s;
    if (!root[f.key].get_string().get(s)) event->*(f.member) = std::string(s);
  }
  for (const ListField& f : kLists) {
    element v;
    if (!root[f.key].get(v)) ReadStrings(v, &(event->*(f.member)));
  }
  element v;
  if (!root["killed"].get(v)) ReadCount(v, &event->killed);
  if (!root["injured"].get(v)) ReadCount(v, &event->injured);
  if (int64_t minutes = 0; !root["duration_minutes"].get_int64().get(minutes))
    event->duration_minutes = static_cast<int>(minutes);
  if (!root["disputed"].get(v)) ReadDisputes(v, &event->disputed);
  return Status::Ok();
}

Status ParseSpans(std::string_view json, std::vector<Span>* spans) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::array array;
  if (parser.parse(simdjson::padded_string(json)).get(array)) {
    return Status::Corruption("event evidence is not a JSON array");
  }
  for (element pair : array) {
    int64_t b = 0, e = 0;
    if (pair.at(0).get_int64().get(b) || pair.at(1).get_int64().get(e) || b < 0 ||
        e < b) {
      return Status::Corruption("event evidence holds a malformed span");
    }
    spans->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  }
  return Status::Ok();
}

namespace {

constexpr const char* kSelect = R"sql(
SELECT e.document_id, e.type, e.date, e.fields, d.published, d.title,
       (SELECT s.source FROM sources s WHERE s.document_id = d.id ORDER BY s.id LIMIT 1),
       e.evidence
FROM events e JOIN documents d ON d.id = e.document_id
ORDER BY e.document_id, e.ordinal)sql";

}  // namespace

Result<std::vector<SourcedEvent>> LoadStoredEvents(const std::string& path) {
  ReadOnlyDb conn;
  VIGIL_RETURN_IF_ERROR(conn.Open(path));
  auto stmt = Statement::Prepare(conn.get(), kSelect);
  if (!stmt.ok()) return stmt.status();
  std::vector<SourcedEvent> out;
  while (true) {
    Result<bool> row = (*stmt)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    SourcedEvent e;
    e.document_id = (*stmt)->ColumnInt(0);
    e.event.type = static_cast<EventType>((*stmt)->ColumnInt(1));
    e.event.date = (*stmt)->ColumnText(2);
    VIGIL_RETURN_IF_ERROR(ParseEventFields((*stmt)->ColumnText(3), &e.event));
    e.published = (*stmt)->ColumnText(4);
    e.title = (*stmt)->ColumnText(5);
    e.source = (*stmt)->ColumnText(6);
    VIGIL_RETURN_IF_ERROR(ParseSpans((*stmt)->ColumnText(7), &e.event.evidence));
    out.push_back(std::move(e));
  }
  return out;
}

Result<std::vector<std::pair<int64_t, int64_t>>> LoadCopies(const std::string& path) {
  ReadOnlyDb conn;
  VIGIL_RETURN_IF_ERROR(conn.Open(path));
  auto stmt = Statement::Prepare(conn.get(),
                                 "SELECT document_id, copy_of FROM copies ORDER BY 1");
  if (!stmt.ok()) return stmt.status();
  std::vector<std::pair<int64_t, int64_t>> out;
  while (true) {
    Result<bool> row = (*stmt)->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.emplace_back((*stmt)->ColumnInt(0), (*stmt)->ColumnInt(1));
  }
  return out;
}

}  // namespace vigil
