#include "merge/merger.h"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <sstream>

#include "merge/dates.h"

namespace vigil {
namespace {

std::vector<std::string> Words(std::string_view folded) {
  std::vector<std::string> out;
  std::istringstream in{std::string(folded)};
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

bool Subset(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  return std::all_of(small.begin(), small.end(), [&](const std::string& w) {
    return std::find(big.begin(), big.end(), w) != big.end();
  });
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string s;
  for (unsigned char c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    s.push_back(word ? static_cast<char>(c) : ' ');
  }
  std::string out;
  bool first = true;
  for (const std::string& w : Words(s)) {
    if (w == "al" || w == "el" || (first && w == "the")) {
      first = false;
      continue;
    }
    first = false;
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

bool BranchOf(std::string_view group, std::string_view parent) {
  const auto wg = Words(FoldName(group)), wp = Words(FoldName(parent));
  return !wp.empty() && Subset(wp, wg);
}

bool NamesOverlap(std::string_view a, std::string_view b) {
  const auto wa = Words(FoldName(a)), wb = Words(FoldName(b));
  if (wa.empty() || wb.empty()) return false;
  return wa.size() <= wb.size() ? Subset(wa, wb) : Subset(wb, wa);
}

namespace {

// Working state: reports grouped into clusters while merging.
struct Cluster {
  EventType type;
  std::vector<SourcedEvent> reports;
};

class Merger {
 public:
  explicit Merger(const MergeOptions& options) : options_(options) {}

  std::string Canon(std::string_view name) const {
    return options_.canonical ? options_.canonical(name) : std::string(name);
  }

  // The event's own date, else a window ending at its article's date.
  std::optional<DayRange> When(const SourcedEvent& r) const {
    if (auto d = ParseDayRange(r.event.date)) return d;
    if (auto p = ParseDayRange(r.published)) {
      return DayRange{p->first - options_.undated_lookback_days, p->last};
    }
    return std::nullopt;
  }

  bool DatesFit(const SourcedEvent& a, const SourcedEvent& b, int window) const {
    auto da = When(a), db = When(b);
    if (!da || !db) return false;
    return DaysApart(*da, *db) <= window;
  }

  // Two names agree when both are given and overlap; `absent_ok` lets a
  // missing name agree with anything.
  bool Agree(const std::string& a, const std::string& b, bool absent_ok) const {
    if (a.empty() || b.empty()) return absent_ok;
    return NamesOverlap(Canon(a), Canon(b));
  }

  bool SameAttack(const SourcedEvent& a, const SourcedEvent& b) const {
    const Event &x = a.event, &y = b.event;
    if (!DatesFit(a, b, options_.attack_window_days)) return false;
    if (!x.location.empty() && !y.location.empty())
      return Agree(x.location, y.location, false);
    // Without both places, the country must agree and the attack types must
    // not contradict each other.
    if (x.country.empty() || y.country.empty() || !Agree(x.country, y.country, false))
      return false;
    return x.attack_type.empty() || y.attack_type.empty() ||
           x.attack_type == y.attack_type;
  }

  bool SameStatement(const SourcedEvent& a, const SourcedEvent& b) const {
    const Event &x = a.event, &y = b.event;
    if (!DatesFit(a, b, options_.statement_window_days)) return false;
    const bool who =
        (!x.speaker.empty() && Agree(x.speaker, y.speaker, false)) ||
        (!x.organization.empty() && Agree(x.organization, y.organization, false));
    const bool medium = x.medium.empty() || y.medium.empty() || x.medium == y.medium;
    return who && medium;
  }

  bool SameLeadership(const SourcedEvent& a, const SourcedEvent& b) const {
    const Event &x = a.event, &y = b.event;
    return x.change == y.change && Agree(x.person, y.person, false) &&
           Agree(x.organization, y.organization, true);
  }

  bool Same(const SourcedEvent& a, const SourcedEvent& b) const {
    if (a.event.type != b.event.type) return false;
    switch (a.event.type) {
      case EventType::kAttack:
        return SameAttack(a, b);
      case EventType::kStatement:
        return SameStatement(a, b);
      case EventType::kLeadership:
        return SameLeadership(a, b);
    }
    return false;
  }

  void Add(SourcedEvent r) {
    for (Cluster& c : clusters_) {
      if (c.type != r.event.type) continue;
      if (std::any_of(c.reports.begin(), c.reports.end(),
                      [&](const SourcedEvent& m) { return Same(m, r); })) {
        c.reports.push_back(std::move(r));
        return;
      }
    }
    clusters_.push_back({r.event.type, {std::move(r)}});
  }

  std::vector<Cluster>& clusters() { return clusters_; }

 private:
  const MergeOptions& options_;
  std::vector<Cluster> clusters_;
};

// Values of one field over the reports, most common first (ties: first seen).
std::vector<FieldValue> Values(const std::vector<SourcedEvent>& reports,
                               std::string (*get)(const Event&)) {
  std::vector<FieldValue> out;
  for (size_t i = 0; i < reports.size(); ++i) {
    const std::string v = get(reports[i].event);
    if (v.empty()) continue;
    auto it = std::find_if(out.begin(), out.end(), [&](const FieldValue& f) {
      return FoldName(f.value) == FoldName(v);
    });
    if (it == out.end()) {
      out.push_back({v, {i}});
    } else {
      it->reports.push_back(i);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const FieldValue& a, const FieldValue& b) {
    return a.reports.size() > b.reports.size();
  });
  return out;
}

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

// Minutes of the first report whose duration reads as the summary's.
std::optional<int> SummaryMinutes(const MergedEvent& m) {
  for (const SourcedEvent& r : m.reports) {
    if (!m.duration.empty() && FoldName(r.event.duration) == FoldName(m.duration))
      return r.event.duration_minutes;
  }
  return std::nullopt;
}

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

std::optional<Count> CountRange(const std::vector<SourcedEvent>& reports,
                                std::optional<Count> Event::*field) {
  std::optional<Count> out;
  for (const SourcedEvent& r : reports) {
    const auto& c = r.event.*field;
    if (!c) continue;
    const long hi = c->max.value_or(c->min);
    if (!out) {
      out = Count{c->min, hi};
      continue;
    }
    out->min = std::min(out->min, c->min);
    out->max = std::max(*out->max, hi);
  }
  if (out && out->max == out->min) out->max.reset();
  return out;
}

void AddAll(std::vector<std::string>& into, const std::vector<std::string>& from) {
  for (const std::string& s : from) {
    if (std::none_of(into.begin(), into.end(),
                     [&](const std::string& t) { return FoldName(t) == FoldName(s); }))
      into.push_back(s);
  }
}

MergedEvent Summarise(Cluster& c) {
  MergedEvent m;
  m.type = c.type;
  m.reports = std::move(c.reports);
  for (const FieldSpec& f : kFields) {
    std::vector<FieldValue> values = Values(m.reports, f.get);
    if (values.empty()) continue;
    if (f.summary) m.*(f.summary) = values.front().value;
    if (values.size() > 1) m.disagreements.push_back({f.name, std::move(values)});
  }
  m.killed = CountRange(m.reports, &Event::killed);
  m.injured = CountRange(m.reports, &Event::injured);
  m.duration_minutes = SummaryMinutes(m);
  for (size_t i = 0; i < m.reports.size(); ++i) {
    const Event& e = m.reports[i].event;
    AddAll(m.targets, e.targets);
    AddAll(m.target_groups, e.target_groups);
    AddAll(m.methods, e.methods);
    AddDisputes(e.disputed, i, &m.disputed);
  }
  return m;
}

// Sort key: first day of the summary date; undated events last.
int SortDay(const MergedEvent& m) {
  auto d = ParseDayRange(m.date);
  return d ? d->first : std::numeric_limits<int>::max();
}

void Link(std::vector<MergedEvent>& events, const MergeOptions& options,
          const Merger& merger) {
  for (MergedEvent& s : events) {
    if (s.type != EventType::kStatement || s.organization.empty()) continue;
    auto sd = ParseDayRange(s.date);
    if (!sd) continue;
    for (MergedEvent& a : events) {
      if (a.type != EventType::kAttack) continue;
      auto ad = ParseDayRange(a.date);
      if (!ad || ad->first <= sd->last || ad->first - sd->last > options.link_window_days)
        continue;
      // The attacker is the calling group or one of its branches (its name
      // holds the group's words), never the parent of a calling branch.
      const std::string org = merger.Canon(s.organization);
      auto by_group = [&](const std::string& who) {
        return !who.empty() && BranchOf(merger.Canon(who), org);
      };
      const bool same_group = by_group(a.perpetrator) || by_group(a.claimed_by);
      if (!same_group) continue;
      s.followed_by.push_back(a.id);
      a.preceded_by.push_back(s.id);
    }
  }
}

}  // namespace

std::vector<MergedEvent> MergeEvents(std::vector<SourcedEvent> reports,
                                     const MergeOptions& options) {
  Merger merger(options);
  // Dated reports first, so undated ones join the cluster their date fits.
  std::stable_sort(reports.begin(), reports.end(),
                   [](const SourcedEvent& a, const SourcedEvent& b) {
                     return a.event.date.empty() < b.event.date.empty();
                   });
  for (SourcedEvent& r : reports) merger.Add(std::move(r));
  std::vector<MergedEvent> out;
  for (Cluster& c : merger.clusters()) out.push_back(Summarise(c));
  std::stable_sort(
      out.begin(), out.end(),
      [](const MergedEvent& a, const MergedEvent& b) { return SortDay(a) < SortDay(b); });
  for (size_t i = 0; i < out.size(); ++i) out[i].id = static_cast<int64_t>(i + 1);
  Link(out, options, merger);
  return out;
}

std::string DisputeText(const Dispute& d) {
  const std::string who = d.source.empty() ? "a source" : d.source;
  if (d.stance == "blamed")
    return who + " blamed " + (d.party.empty() ? "others" : d.party);
  if (d.stance == "denied")
    return who + " denied " + (d.party.empty() ? "involvement" : d.party);
  if (d.stance == "not_terrorism") return who + " said it was not terrorism";
  if (d.stance == "rejected_claim")
    return who + " rejected " + (d.party.empty() ? "the claim" : d.party);
  return who + " " + d.stance + (d.party.empty() ? "" : " " + d.party);
}

std::string CountText(const std::optional<Count>& c) {
  if (!c) return "";
  std::string s = std::to_string(c->min);
  if (c->max && *c->max != c->min) {
    s.push_back('-');
    s += std::to_string(*c->max);
  }
  return s;
}

}  // namespace vigil
