#include "cli/event_view.h"

#include <fmt/format.h>

#include <algorithm>

#include "common/json_writer.h"
#include "extract/kb.h"
#include "merge/dates.h"
#include "merge/merger.h"
#include "pipeline/document_json.h"
#include "store/event_loader.h"

namespace vigil::cli {

namespace {

// The knowledge base's name for `name` when exactly one group or person is
// known by it ("ISIL" -> "Islamic State"), else `name` as written.
std::string Canonical(const KnowledgeBase& kb, const std::string& name) {
  if (name.empty()) return name;
  const std::vector<uint32_t> ids = kb.FindByName(name);
  if (ids.size() != 1) return name;
  const KbEntry& e = kb.entries()[ids[0]];
  return e.type == EntityType::kLoc ? name : e.name;
}

}  // namespace

namespace {

// The built-in knowledge base, loaded once; null when it cannot be.
const KnowledgeBase* SharedKb() {
  static const std::unique_ptr<const KnowledgeBase> kb = [] {
    auto loaded = KnowledgeBase::Load(KbOptions{});
    return loaded.ok() ? std::unique_ptr<const KnowledgeBase>(std::move(loaded).value())
                       : nullptr;
  }();
  return kb.get();
}

}  // namespace

std::function<std::string(std::string_view)> CanonicalNames() {
  return [kb = SharedKb()](std::string_view name) {
    return kb ? Canonical(*kb, std::string(name)) : std::string(name);
  };
}

std::function<bool(std::string_view, std::string_view)> PlaceWithin() {
  return [kb = SharedKb()](std::string_view place, std::string_view region) {
    return kb && kb->PlaceWithin(place, region);
  };
}

void CanonicaliseNames(Event* e) {
  static const auto canonical = CanonicalNames();
  for (std::string* field :
       {&e->organization, &e->perpetrator, &e->claimed_by, &e->speaker, &e->person}) {
    if (!field->empty()) *field = canonical(*field);
  }
}

namespace {

bool AnyOverlap(const std::string& want,
                std::initializer_list<const std::string*> names) {
  for (const std::string* n : names) {
    if (!n->empty() && NamesOverlap(want, *n)) return true;
  }
  return false;
}

std::string Join(const std::vector<std::string>& v, const char* sep = ", ") {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

// "killed 84; claimed by IS" for one report or a summary.
std::string Facts(const Event& e) {
  std::vector<std::string> parts;
  if (!e.killed && !e.injured && e.type == EventType::kAttack)
    parts.push_back("no toll given");
  if (e.killed) parts.push_back("killed " + CountText(e.killed));
  if (e.injured) parts.push_back("injured " + CountText(e.injured));
  if (!e.perpetrator.empty()) parts.push_back("blamed on " + e.perpetrator);
  if (!e.claimed_by.empty()) parts.push_back("claimed by " + e.claimed_by);
  if (!e.duration.empty()) parts.push_back(e.duration + " long");
  if (!e.occasion.empty()) parts.push_back("for " + e.occasion);
  if (!e.motive.empty()) parts.push_back("motive: " + e.motive);
  for (const Dispute& d : e.disputed) parts.push_back(DisputeText(d));
  if (!e.date.empty()) parts.push_back("date " + e.date);
  return Join(parts, "; ");
}

// "(per [1],[3])" for report indexes.
std::string Refs(const std::vector<size_t>& reports, const char* sep = ",") {
  std::vector<std::string> refs;
  for (size_t k : reports) refs.push_back(fmt::format("[{}]", k + 1));
  return Join(refs, sep);
}

// Article text shown as quoted data: control characters (C0, DEL, C1)
// become spaces so no escape sequence reaches the terminal, and the text is
// cut after about kQuoteBytes bytes, at a character boundary, with "...".
constexpr size_t kQuoteBytes = 200;

std::string QuotedText(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool c1 = c == 0xC2 && i + 1 < text.size() &&
                    static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (out.size() >= kQuoteBytes && (c & 0xC0) != 0x80) {
      out += "...";
      break;
    }
    if (c1) {
      out += ' ';
      ++i;
    } else {
      out += c < 0x20 || c == 0x7F ? ' ' : static_cast<char>(c);
    }
  }
  return "\"" + out + "\"";
}

// "      killed 84, location Kerman:\n        \"<sentence>\"\n" for each
// sentence that supports fields of `e`, in the order first cited.
std::string EvidenceLines(const Event& e) {
  std::vector<std::pair<Span, std::vector<const FieldEvidence*>>> by_sentence;
  for (const FieldEvidence& f : e.field_evidence) {
    auto it = std::find_if(by_sentence.begin(), by_sentence.end(),
                           [&](const auto& g) { return g.first == f.sentence; });
    if (it == by_sentence.end()) it = by_sentence.insert(it, {f.sentence, {}});
    it->second.push_back(&f);
  }
  std::string out;
  for (const auto& [sentence, rows] : by_sentence) {
    std::vector<std::string> fields;
    for (const FieldEvidence* f : rows) fields.push_back(f->field + " " + f->value);
    const std::string& quote = rows.front()->quote;
    out += fmt::format("      {}:\n        {}\n", Join(fields),
                       quote.empty()
                           ? fmt::format("(bytes {}-{})", sentence.begin, sentence.end)
                           : QuotedText(quote));
  }
  return out;
}

}  // namespace

bool Matches(const MergedEvent& e, const EventFilter& f) {
  if (!f.type.empty() && f.type != EventTypeName(e.type)) return false;
  if (!f.since.empty()) {
    auto since = ParseDayRange(f.since);
    auto when = ParseDayRange(e.date);
    if (!since || !when || when->last < since->first) return false;
  }
  if (!f.group.empty() && !AnyOverlap(f.group, {&e.organization, &e.perpetrator,
                                                &e.claimed_by, &e.speaker, &e.person}))
    return false;
  if (!f.place.empty() && !AnyOverlap(f.place, {&e.location, &e.country})) return false;
  return true;
}

std::string OneLine(const MergedEvent& e) {
  std::vector<std::string> parts;
  switch (e.type) {
    case EventType::kAttack: {
      std::string where = e.location.empty() ? e.country : e.location;
      if (!e.location.empty() && !e.country.empty() &&
          FoldName(e.location) != FoldName(e.country))
        where += ", " + e.country;
      parts.push_back(where.empty() ? "place unknown" : where);
      if (!e.attack_type.empty()) parts.push_back(e.attack_type);
      if (e.killed) parts.push_back("killed " + CountText(e.killed));
      if (e.injured) parts.push_back("injured " + CountText(e.injured));
      if (!e.claimed_by.empty())
        parts.push_back("claimed by " + e.claimed_by);
      else if (!e.perpetrator.empty())
        parts.push_back("blamed on " + e.perpetrator);
      if (!e.disputed.empty())
        parts.push_back(fmt::format("disputed ({})", e.disputed.size()));
      break;
    }
    case EventType::kStatement:
      parts.push_back(
          e.speaker.empty()
              ? e.organization
              : e.speaker + (e.organization.empty() ? "" : " (" + e.organization + ")"));
      if (!e.medium.empty())
        parts.push_back(e.duration.empty() ? e.medium : e.medium + ", " + e.duration);
      if (!e.occasion.empty()) parts.push_back("for " + e.occasion);
      if (!e.methods.empty()) parts.push_back("urging " + Join(e.methods));
      if (!e.targets.empty() || !e.target_groups.empty()) {
        std::vector<std::string> t = e.targets;
        t.insert(t.end(), e.target_groups.begin(), e.target_groups.end());
        parts.push_back("naming " + Join(t));
      }
      break;
    case EventType::kLeadership:
      parts.push_back(e.person + " " + (e.change.empty() ? "changed" : e.change));
      if (!e.role.empty())
        parts.push_back(e.role + (e.organization.empty() ? "" : " of " + e.organization));
      break;
  }
  std::string line = Join(parts, "; ");
  if (!e.disagreements.empty()) {
    std::vector<std::string> fields;
    for (const Disagreement& d : e.disagreements) fields.push_back(d.field);
    line += " [sources disagree: " + Join(fields) + "]";
  }
  return line;
}

std::string Detail(const MergedEvent& e, const std::map<int64_t, MergedEvent>& linked) {
  std::string out = fmt::format("event #{}: {} {}\n  {}\n", e.id, EventTypeName(e.type),
                                e.date.empty() ? "(date unknown)" : e.date, OneLine(e));
  out += fmt::format("reported by {} article(s):\n", e.reports.size());
  for (size_t i = 0; i < e.reports.size(); ++i) {
    const SourcedEvent& r = e.reports[i];
    out += fmt::format("  [{}] {}  {}\n      {}\n      {}\n", i + 1,
                       r.published.empty() ? "----------" : r.published, r.source,
                       r.title.empty() ? "(untitled)" : r.title, Facts(r.event));
    if (!r.event.field_evidence.empty()) out += "    why:\n" + EvidenceLines(r.event);
  }
  if (!e.motive.empty()) out += fmt::format("motive: {}\n", e.motive);
  if (!e.disputed.empty()) out += "competing accounts:\n";
  for (const MergedDispute& d : e.disputed) {
    Dispute one{d.source, d.stance, d.party, {}};
    out += fmt::format("  {} per {}\n", DisputeText(one), Refs(d.reports));
  }
  if (!e.disagreements.empty()) out += "where the sources disagree:\n";
  for (const Disagreement& d : e.disagreements) {
    std::vector<std::string> values;
    for (const FieldValue& v : d.values)
      values.push_back(fmt::format("{} per {}", v.value, Refs(v.reports)));
    out += fmt::format("  {}: {}\n", d.field, Join(values, " | "));
  }
  auto links = [&](const char* label, const std::vector<int64_t>& ids) {
    if (ids.empty()) return;
    out += std::string(label) + "\n";
    for (int64_t id : ids) {
      auto it = linked.find(id);
      if (it == linked.end()) continue;
      const MergedEvent& o = it->second;
      const bool named =
          std::count(e.on_named_target.begin(), e.on_named_target.end(), id);
      out += fmt::format("  #{} {} {}: {}{}\n", o.id, o.date, EventTypeName(o.type),
                         OneLine(o), named ? "  [at a place the call named]" : "");
    }
  };
  links("followed (within 30 days) by attacks of the same group:", e.followed_by);
  links("preceded (within 30 days) by calls of the same group:", e.preceded_by);
  return out;
}

namespace {

// The statement details and the attack's competing accounts, when given.
void WriteDetails(JsonWriter& w, const MergedEvent& e) {
  for (const auto& [key, value] :
       {std::pair<const char*, const std::string*>{"duration", &e.duration},
        {"occasion", &e.occasion},
        {"motive", &e.motive}}) {
    if (value->empty()) continue;
    w.Key(key);
    w.String(*value);
  }
  if (e.duration_minutes) {
    w.Key("duration_minutes");
    w.Int(*e.duration_minutes);
  }
  if (e.disputed.empty()) return;
  w.Key("disputed");
  w.BeginArray();
  for (const MergedDispute& d : e.disputed) {
    w.BeginObject();
    WriteDisputeKeys(w, Dispute{d.source, d.stance, d.party, {}});
    w.Key("sources");
    w.BeginArray();
    for (size_t k : d.reports) w.String(e.reports[k].source);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

std::string EventJson(const MergedEvent& e) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id");
  w.Int(e.id);
  w.Key("type");
  w.String(EventTypeName(e.type));
  w.Key("date");
  w.StringOrNull(e.date);
  w.Key("summary");
  w.String(OneLine(e));
  WriteDetails(w, e);
  w.Key("sources");
  w.BeginArray();
  for (const SourcedEvent& r : e.reports) {
    w.BeginObject();
    w.Key("source");
    w.String(r.source);
    w.Key("published");
    w.StringOrNull(r.published);
    w.Key("title");
    w.StringOrNull(r.title);
    w.Key("facts");
    w.String(Facts(r.event));
    WriteFieldEvidence(w, r.event.field_evidence);
    w.EndObject();
  }
  w.EndArray();
  w.Key("disagreements");
  w.BeginObject();
  for (const Disagreement& d : e.disagreements) {
    w.Key(d.field);
    w.BeginArray();
    for (const FieldValue& v : d.values) {
      w.BeginObject();
      w.Key("value");
      w.String(v.value);
      w.Key("sources");
      w.BeginArray();
      for (size_t k : v.reports) w.String(e.reports[k].source);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  w.Key("followed_by");
  w.BeginArray();
  for (int64_t id : e.followed_by) w.Int(id);
  w.EndArray();
  w.Key("preceded_by");
  w.BeginArray();
  for (int64_t id : e.preceded_by) w.Int(id);
  w.EndArray();
  w.Key("on_named_target");
  w.BeginArray();
  for (int64_t id : e.on_named_target) w.Int(id);
  w.EndArray();
  w.EndObject();
  return out;
}

std::string StoryJson(const Story& s) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id");
  w.Int(s.id);
  w.Key("first");
  w.StringOrNull(s.first);
  w.Key("last");
  w.StringOrNull(s.last);
  w.Key("events");
  w.BeginArray();
  for (int64_t id : s.events) w.Int(id);
  w.EndArray();
  w.Key("articles");
  w.BeginArray();
  for (const StoryArticle& a : s.articles) {
    w.BeginObject();
    w.Key("source");
    w.String(a.source);
    w.Key("title");
    w.StringOrNull(a.title);
    w.Key("published");
    w.StringOrNull(a.published);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return out;
}

}  // namespace vigil::cli
