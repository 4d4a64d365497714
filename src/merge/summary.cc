#include "merge/summary.h"

#include <algorithm>
#include <utility>

#include "common/name_fold.h"
#include "merge/merger.h"

namespace vigil {
namespace {

// A report's disputes as one comparable value: "" when it gives none.
std::string DisputesText(const std::vector<Dispute>& disputes) {
  std::vector<std::string> parts;
  for (const Dispute& d : disputes) parts.push_back(DisputeText(d));
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out;
}

struct FieldSpec {
  const char* name;
  std::string (*get)(const Event&);
  std::string MergedEvent::*summary;
};

const FieldSpec kFields[] = {
    {"date", [](const Event& e) { return e.date; }, &MergedEvent::date},
    {"location", [](const Event& e) { return e.location; }, &MergedEvent::location},
    {"country", [](const Event& e) { return e.country; }, &MergedEvent::country},
    {"attack_type", [](const Event& e) { return e.attack_type; },
     &MergedEvent::attack_type},
    {"perpetrator", [](const Event& e) { return e.perpetrator; },
     &MergedEvent::perpetrator},
    {"claimed_by", [](const Event& e) { return e.claimed_by; }, &MergedEvent::claimed_by},
    {"speaker", [](const Event& e) { return e.speaker; }, &MergedEvent::speaker},
    {"organization", [](const Event& e) { return e.organization; },
     &MergedEvent::organization},
    {"medium", [](const Event& e) { return e.medium; }, &MergedEvent::medium},
    {"person", [](const Event& e) { return e.person; }, &MergedEvent::person},
    {"change", [](const Event& e) { return e.change; }, &MergedEvent::change},
    {"role", [](const Event& e) { return e.role; }, &MergedEvent::role},
    {"duration", [](const Event& e) { return e.duration; }, &MergedEvent::duration},
    {"occasion", [](const Event& e) { return e.occasion; }, &MergedEvent::occasion},
    {"motive", [](const Event& e) { return e.motive; }, &MergedEvent::motive},
    {"disputed", [](const Event& e) { return DisputesText(e.disputed); }, nullptr},
    {"killed", [](const Event& e) { return CountText(e.killed); }, nullptr},
    {"injured", [](const Event& e) { return CountText(e.injured); }, nullptr},
};
constexpr size_t kFieldCount = sizeof(kFields) / sizeof(kFields[0]);

void AddDisputes(const std::vector<Dispute>& from, size_t report,
                 std::vector<MergedDispute>* into) {
  for (const Dispute& d : from) {
    auto it = std::find_if(into->begin(), into->end(), [&](const MergedDispute& m) {
      return m.stance == d.stance && FoldName(m.source) == FoldName(d.source) &&
             FoldName(m.party) == FoldName(d.party);
    });
    if (it == into->end()) {
      into->push_back({d.source, d.stance, d.party, {report}});
    } else if (it->reports.back() != report) {
      it->reports.push_back(report);
    }
  }
}

// Widens *range to cover `c`: lowest min and highest max given.
void Widen(const std::optional<Count>& c, std::optional<Count>* range) {
  if (!c) return;
  const long hi = c->max.value_or(c->min);
  if (!*range) {
    *range = Count{c->min, hi};
    return;
  }
  (*range)->min = std::min((*range)->min, c->min);
  (*range)->max = std::max(*(*range)->max, hi);
}

void Narrow(std::optional<Count>* range) {
  if (*range && (*range)->max == (*range)->min) (*range)->max.reset();
}

}  // namespace

EventSummary::EventSummary(EventType type, bool keep_reports)
    : keep_(keep_reports), fields_(kFieldCount) {
  m_.type = type;
}

void EventSummary::AddValue(size_t field, std::string value) {
  if (value.empty()) return;
  Field& f = fields_[field];
  std::string folded = FoldName(value);
  auto it = std::find(f.folded.begin(), f.folded.end(), folded);
  if (it == f.folded.end()) {
    f.values.push_back({std::move(value), {added_}});
    f.folded.push_back(std::move(folded));
  } else {
    f.values[it - f.folded.begin()].reports.push_back(added_);
  }
}

void EventSummary::AddAll(const std::vector<std::string>& from,
                          std::vector<std::string>* into,
                          std::unordered_set<std::string>* seen) {
  for (const std::string& s : from) {
    if (seen->insert(FoldName(s)).second) into->push_back(s);
  }
}

void EventSummary::Add(SourcedEvent report) {
  const Event& e = report.event;
  for (size_t f = 0; f < kFieldCount; ++f) AddValue(f, kFields[f].get(e));
  Widen(e.killed, &m_.killed);
  Widen(e.injured, &m_.injured);
  if (!e.duration.empty()) {
    std::string folded = FoldName(e.duration);
    auto seen = std::find_if(minutes_.begin(), minutes_.end(),
                             [&](const auto& d) { return d.first == folded; });
    if (seen == minutes_.end())
      minutes_.emplace_back(std::move(folded), e.duration_minutes);
  }
  AddAll(e.targets, &m_.targets, &targets_);
  AddAll(e.target_groups, &m_.target_groups, &groups_);
  AddAll(e.methods, &m_.methods, &methods_);
  AddDisputes(e.disputed, added_, &m_.disputed);
  ++added_;
  if (keep_) m_.reports.push_back(std::move(report));
}

MergedEvent EventSummary::Finish() {
  for (size_t f = 0; f < kFieldCount; ++f) {
    std::vector<FieldValue>& values = fields_[f].values;
    if (values.empty()) continue;
    std::stable_sort(values.begin(), values.end(),
                     [](const FieldValue& a, const FieldValue& b) {
                       return a.reports.size() > b.reports.size();
                     });
    if (kFields[f].summary) m_.*(kFields[f].summary) = values.front().value;
    if (values.size() > 1)
      m_.disagreements.push_back({kFields[f].name, std::move(values)});
  }
  Narrow(&m_.killed);
  Narrow(&m_.injured);
  if (!m_.duration.empty()) {
    const std::string folded = FoldName(m_.duration);
    for (const auto& [d, minutes] : minutes_) {
      if (d == folded) m_.duration_minutes = minutes;
    }
  }
  m_.report_count = added_;
  return std::move(m_);
}

}  // namespace vigil
