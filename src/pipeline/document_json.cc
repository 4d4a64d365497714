#include "pipeline/document_json.h"

#include "common/json_writer.h"

namespace vigil {
namespace {

void WriteStrings(JsonWriter& w, const char* key, const std::vector<std::string>& v) {
  w.Key(key);
  w.BeginArray();
  for (const std::string& s : v) w.String(s);
  w.EndArray();
}

void WriteCount(JsonWriter& w, const char* key, const std::optional<Count>& c) {
  w.Key(key);
  if (!c) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("min");
  w.Int(c->min);
  w.Key("max");
  if (c->max) {
    w.Int(*c->max);
  } else {
    w.Null();
  }
  w.EndObject();
}

void WriteSpan(JsonWriter& w, const Span& span) {
  w.BeginArray();
  w.Int(span.begin);
  w.Int(span.end);
  w.EndArray();
}

void WriteDisputes(JsonWriter& w, const std::vector<Dispute>& disputes) {
  w.Key("disputed");
  w.BeginArray();
  for (const Dispute& d : disputes) {
    w.BeginObject();
    WriteDisputeKeys(w, d);
    w.Key("evidence");
    WriteSpan(w, d.evidence);
    w.EndObject();
  }
  w.EndArray();
}

void WriteEntity(JsonWriter& w, const Entity& e) {
  w.BeginObject();
  w.Key("name");
  w.String(e.name);
  w.Key("type");
  w.String(EntityTypeName(e.type));
  if (!e.kb_id.empty()) {
    w.Key("kb_id");
    w.String(e.kb_id);
  }
  w.Key("mentions");
  w.BeginArray();
  for (const std::string& a : e.aliases) w.String(a);
  w.EndArray();
  w.EndObject();
}

void WriteQuote(JsonWriter& w, const Quote& q) {
  w.BeginObject();
  w.Key("text");
  w.String(q.text);
  w.Key("speaker");
  if (q.speaker) {
    w.String(*q.speaker);
  } else {
    w.Null();
  }
  w.Key("span");
  WriteSpan(w, q.span);
  w.EndObject();
}

void WriteEvent(JsonWriter& w, const Event& e) {
  w.BeginObject();
  w.Key("type");
  w.String(EventTypeName(e.type));
  w.Key("date");
  w.StringOrNull(e.date);
  switch (e.type) {
    case EventType::kStatement:
      w.Key("speaker");
      w.StringOrNull(e.speaker);
      w.Key("organization");
      w.StringOrNull(e.organization);
      w.Key("medium");
      w.StringOrNull(e.medium);
      WriteStrings(w, "targets", e.targets);
      WriteStrings(w, "target_groups", e.target_groups);
      WriteStrings(w, "methods", e.methods);
      w.Key("duration");
      w.StringOrNull(e.duration);
      w.Key("duration_minutes");
      if (e.duration_minutes) {
        w.Int(*e.duration_minutes);
      } else {
        w.Null();
      }
      w.Key("occasion");
      w.StringOrNull(e.occasion);
      w.Key("motive");
      w.StringOrNull(e.motive);
      break;
    case EventType::kAttack:
      w.Key("location");
      w.StringOrNull(e.location);
      w.Key("country");
      w.StringOrNull(e.country);
      WriteCount(w, "killed", e.killed);
      WriteCount(w, "injured", e.injured);
      w.Key("perpetrator");
      w.StringOrNull(e.perpetrator);
      w.Key("claimed_by");
      w.StringOrNull(e.claimed_by);
      w.Key("attack_type");
      w.StringOrNull(e.attack_type);
      WriteStrings(w, "perpetrator_individuals", e.perpetrator_individuals);
      WriteStrings(w, "victims", e.victims);
      WriteStrings(w, "physical_targets", e.physical_targets);
      WriteStrings(w, "weapons", e.weapons);
      WriteDisputes(w, e.disputed);
      break;
    case EventType::kLeadership:
      w.Key("person");
      w.StringOrNull(e.person);
      w.Key("organization");
      w.StringOrNull(e.organization);
      w.Key("change");
      w.StringOrNull(e.change);
      w.Key("role");
      w.StringOrNull(e.role);
      break;
  }
  w.Key("evidence");
  w.BeginArray();
  for (const Span& s : e.evidence) WriteSpan(w, s);
  w.EndArray();
  WriteFieldEvidence(w, e.field_evidence);
  w.EndObject();
}

}  // namespace

void WriteDisputeKeys(JsonWriter& w, const Dispute& d) {
  w.Key("source");
  w.String(d.source);
  w.Key("stance");
  w.String(d.stance);
  w.Key("party");
  w.StringOrNull(d.party);
}

void WriteFieldEvidence(JsonWriter& w, const std::vector<FieldEvidence>& rows) {
  w.Key("field_evidence");
  w.BeginArray();
  for (const FieldEvidence& f : rows) {
    w.BeginObject();
    w.Key("field");
    w.String(f.field);
    w.Key("value");
    w.String(f.value);
    w.Key("sentence");
    WriteSpan(w, f.sentence);
    w.Key("match");
    if (f.match.end > f.match.begin) {
      WriteSpan(w, f.match);
    } else {
      w.Null();
    }
    if (!f.quote.empty()) {
      w.Key("quote");
      w.String(f.quote);
    }
    w.EndObject();
  }
  w.EndArray();
}

void AppendDocumentJson(const Document& doc, const Extraction& x, std::string* out,
                        const DocumentContext& context) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("source");
  w.String(doc.meta.source);
  w.Key("url");
  w.StringOrNull(doc.meta.url);
  w.Key("site");
  w.StringOrNull(doc.meta.site);
  w.Key("title");
  w.StringOrNull(doc.title);
  w.Key("published");
  w.StringOrNull(doc.published);
  w.Key("language");
  w.String(doc.language);
  w.Key("copy_of");
  if (context.copy_of.empty()) {
    w.Null();
  } else {
    w.BeginObject();
    w.Key("source");
    w.String(context.copy_of);
    w.Key("similarity");
    w.Double(context.copy_similarity);
    w.EndObject();
  }
  w.Key("text");
  w.String(doc.text);
  w.Key("entities");
  w.BeginArray();
  for (const Entity& e : x.entities) WriteEntity(w, e);
  w.EndArray();
  w.Key("quotes");
  w.BeginArray();
  for (const Quote& q : x.quotes) WriteQuote(w, q);
  w.EndArray();
  w.Key("events");
  w.BeginArray();
  for (const Event& e : x.events) WriteEvent(w, e);
  w.EndArray();
  w.EndObject();
}

}  // namespace vigil
