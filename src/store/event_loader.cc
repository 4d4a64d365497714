#include "store/event_loader.h"

#include <simdjson.h>
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <map>

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

// Reads [begin, end] into *span; false when it is not such a pair.
bool ReadSpan(element value, Span* span) {
  int64_t b = 0, e = 0;
  if (value.at(0).get_int64().get(b) || value.at(1).get_int64().get(e) || b < 0 ||
      e < b || e > UINT32_MAX)
    return false;
  *span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  return true;
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
    element span;
    if (!item["evidence"].get(span)) ReadSpan(span, &d.evidence);
    if (!d.stance.empty()) out->push_back(std::move(d));
  }
}

// Rows written by EventFieldsJson: [field, value, [sentence], [match]?].
// Malformed rows are skipped.
void ReadFieldEvidence(element value, std::vector<FieldEvidence>* out) {
  simdjson::dom::array rows;
  if (value.get_array().get(rows)) return;
  for (element row : rows) {
    FieldEvidence f;
    std::string_view field, text;
    if (row.at(0).get_string().get(field) || row.at(1).get_string().get(text)) continue;
    element span;
    if (row.at(2).get(span) || !ReadSpan(span, &f.sentence)) continue;
    if (!row.at(3).get(span) && !ReadSpan(span, &f.match)) continue;
    f.field = std::string(field);
    f.value = std::string(text);
    out->push_back(std::move(f));
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

Status ParseEventFields(std::string_view json, Event* event, bool field_evidence) {
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
  if (field_evidence && !root["field_evidence"].get(v))
    ReadFieldEvidence(v, &event->field_evidence);
  return Status::Ok();
}

Status ParseSpans(std::string_view json, std::vector<Span>* spans) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::array array;
  if (parser.parse(simdjson::padded_string(json)).get(array)) {
    return Status::Corruption("event evidence is not a JSON array");
  }
  for (element pair : array) {
    Span span;
    if (!ReadSpan(pair, &span)) {
      return Status::Corruption("event evidence holds a malformed span");
    }
    spans->push_back(span);
  }
  return Status::Ok();
}

namespace {

// In id order, which is document order, then each document's ordinal order:
// the writer inserts rows so.
const std::string kSelect = std::string("SELECT ") + kSourcedEventColumns +
                            " FROM events e JOIN documents d ON d.id = e.document_id"
                            " ORDER BY e.id";

}  // namespace

Status ReadSourcedEvent(const Statement& row, int first, const EventLoadOptions& options,
                        SourcedEvent* e) {
  e->document_id = row.ColumnInt(first);
  e->event.type = static_cast<EventType>(row.ColumnInt(first + 1));
  e->event.date = row.ColumnText(first + 2);
  VIGIL_RETURN_IF_ERROR(
      ParseEventFields(row.ColumnText(first + 3), &e->event, options.field_evidence));
  e->published = row.ColumnText(first + 4);
  e->title = row.ColumnText(first + 5);
  e->source = row.ColumnText(first + 6);
  return ParseSpans(row.ColumnText(first + 7), &e->event.evidence);
}

Result<std::vector<SourcedEvent>> LoadStoredEvents(const std::string& path,
                                                   const EventLoadOptions& options) {
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
    VIGIL_RETURN_IF_ERROR(ReadSourcedEvent(**stmt, 0, options, &e));
    out.push_back(std::move(e));
  }
  return out;
}

Status LoadEvidenceQuotes(const std::string& path, std::vector<SourcedEvent>* events) {
  std::map<int64_t, std::vector<FieldEvidence*>> wanted;
  for (SourcedEvent& e : *events) {
    for (FieldEvidence& f : e.event.field_evidence) wanted[e.document_id].push_back(&f);
  }
  if (wanted.empty()) return Status::Ok();
  ReadOnlyDb conn;
  VIGIL_RETURN_IF_ERROR(conn.Open(path));
  auto stmt = Statement::Prepare(conn.get(), "SELECT text FROM documents WHERE id = ?");
  if (!stmt.ok()) return stmt.status();
  for (auto& [document, rows] : wanted) {
    Statement::Scope scope(stmt->get());
    (*stmt)->BindInt(1, document);
    Result<bool> row = (*stmt)->Step();
    if (!row.ok()) return row.status();
    if (!*row) continue;
    const std::string text = (*stmt)->ColumnText(0);
    for (FieldEvidence* f : rows) {
      if (f->sentence.end <= text.size())
        f->quote = text.substr(f->sentence.begin, f->sentence.size());
    }
  }
  return Status::Ok();
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
