#include "store/extraction_json.h"

#include <optional>
#include <string_view>

#include "common/json_writer.h"

namespace vigil {
namespace {

void Field(JsonWriter& w, std::string_view key, const std::string& value) {
  if (value.empty()) return;
  w.Key(key);
  w.String(value);
}

void Field(JsonWriter& w, std::string_view key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  w.Key(key);
  w.BeginArray();
  for (const std::string& v : values) w.String(v);
  w.EndArray();
}

void Field(JsonWriter& w, std::string_view key, const std::optional<Count>& count) {
  if (!count) return;
  w.Key(key);
  w.BeginObject();
  w.Key("min");
  w.Int(count->min);
  if (count->max) {
    w.Key("max");
    w.Int(*count->max);
  }
  w.EndObject();
}

void Field(JsonWriter& w, std::string_view key, const std::optional<int>& value) {
  if (!value) return;
  w.Key(key);
  w.Int(*value);
}

void SpanArray(JsonWriter& w, const Span& span) {
  w.BeginArray();
  w.Int(span.begin);
  w.Int(span.end);
  w.EndArray();
}

void Field(JsonWriter& w, std::string_view key, const std::vector<Dispute>& disputes) {
  if (disputes.empty()) return;
  w.Key(key);
  w.BeginArray();
  for (const Dispute& d : disputes) {
    w.BeginObject();
    Field(w, "source", d.source);
    Field(w, "stance", d.stance);
    Field(w, "party", d.party);
    w.Key("evidence");
    SpanArray(w, d.evidence);
    w.EndObject();
  }
  w.EndArray();
}

// Compact rows: [field, value, [sentence], [match]]; the match is left out
// when it was not pinned down.
void Field(JsonWriter& w, std::string_view key, const std::vector<FieldEvidence>& rows) {
  if (rows.empty()) return;
  w.Key(key);
  w.BeginArray();
  for (const FieldEvidence& f : rows) {
    w.BeginArray();
    w.String(f.field);
    w.String(f.value);
    SpanArray(w, f.sentence);
    if (f.match.end > f.match.begin) SpanArray(w, f.match);
    w.EndArray();
  }
  w.EndArray();
}

}  // namespace

std::string StringsJson(const std::vector<std::string>& strings) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  for (const std::string& s : strings) w.String(s);
  w.EndArray();
  return out;
}

std::string SpansJson(const std::vector<Span>& spans) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  for (const Span& s : spans) SpanArray(w, s);
  w.EndArray();
  return out;
}

std::string EventFieldsJson(const Event& e) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  // statement
  Field(w, "speaker", e.speaker);
  Field(w, "organization", e.organization);
  Field(w, "medium", e.medium);
  Field(w, "targets", e.targets);
  Field(w, "target_groups", e.target_groups);
  Field(w, "methods", e.methods);
  Field(w, "duration", e.duration);
  Field(w, "duration_minutes", e.duration_minutes);
  Field(w, "occasion", e.occasion);
  Field(w, "motive", e.motive);
  // attack
  Field(w, "location", e.location);
  Field(w, "country", e.country);
  Field(w, "perpetrator", e.perpetrator);
  Field(w, "claimed_by", e.claimed_by);
  Field(w, "attack_type", e.attack_type);
  Field(w, "killed", e.killed);
  Field(w, "injured", e.injured);
  Field(w, "perpetrator_individuals", e.perpetrator_individuals);
  Field(w, "victims", e.victims);
  Field(w, "physical_targets", e.physical_targets);
  Field(w, "weapons", e.weapons);
  Field(w, "disputed", e.disputed);
  // leadership
  Field(w, "person", e.person);
  Field(w, "change", e.change);
  Field(w, "role", e.role);
  Field(w, "field_evidence", e.field_evidence);
  w.EndObject();
  return out;
}

}  // namespace vigil
