#include "merge/merger.h"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>

#include "merge/dates.h"

namespace vigil {
namespace {

// Space-separated words of `folded`.
std::vector<std::string> Words(std::string_view folded) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < folded.size()) {
    const size_t end = std::min(folded.find(' ', i), folded.size());
    if (end > i) out.emplace_back(folded.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

// Every word of `small` occurs in `big` (words as strings or interned ids).
template <typename Word>
bool Subset(const std::vector<Word>& small, const std::vector<Word>& big) {
  return std::all_of(small.begin(), small.end(), [&](const Word& w) {
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

// A report's names folded into words once (Canon applied), and the days it
// may describe.
// Words are interned: WordIds are indexes into Merger's word table.
using WordIds = std::vector<uint32_t>;

// What decides whether two reports are one event: a report's dates, its
// names folded into interned words (Canon applied), and the fields that must
// not contradict. Reports with equal keys match the same reports.
struct ReportKey {
  EventType type = EventType::kAttack;
  std::optional<DayRange> when;
  WordIds location, country, speaker, organization, person;
  bool has_location = false, has_organization = false;
  std::string attack_type, medium, change;

  bool operator==(const ReportKey& o) const {
    auto days = [](const std::optional<DayRange>& d) {
      return d ? std::pair{d->first, d->last} : std::pair{1, 0};
    };
    return type == o.type && days(when) == days(o.when) && location == o.location &&
           country == o.country && speaker == o.speaker &&
           organization == o.organization && person == o.person &&
           has_location == o.has_location && has_organization == o.has_organization &&
           attack_type == o.attack_type && medium == o.medium && change == o.change;
  }
};

uint64_t HashKey(const ReportKey& k) {
  uint64_t h = static_cast<uint64_t>(k.type) * 0x9E3779B97F4A7C15ULL;
  auto mix = [&](uint64_t v) { h = (h ^ v) * 0x100000001B3ULL + (h >> 29); };
  if (k.when) {
    mix(static_cast<uint32_t>(k.when->first));
    mix(static_cast<uint32_t>(k.when->last));
  }
  for (const WordIds* w :
       {&k.location, &k.country, &k.speaker, &k.organization, &k.person}) {
    mix(w->size());
    for (uint32_t id : *w) mix(id);
  }
  mix(k.has_location * 2 + k.has_organization);
  for (const std::string* s : {&k.attack_type, &k.medium, &k.change})
    mix(std::hash<std::string>{}(*s));
  return h;
}

// Working state: reports grouped into clusters while merging.
struct Cluster {
  EventType type;
  std::vector<SourcedEvent> reports;
  std::vector<ReportKey> keys;                  // distinct keys of the reports
  std::unordered_map<uint64_t, uint32_t> seen;  // HashKey -> index in keys
};

bool WordsOverlap(const WordIds& a, const WordIds& b) {
  if (a.empty() || b.empty()) return false;
  return a.size() <= b.size() ? Subset(a, b) : Subset(b, a);
}

// Days are blocked into weeks for the candidate index.
constexpr int kBlockDays = 7;

int Block(int day) {
  return day >= 0 ? day / kBlockDays : (day - kBlockDays + 1) / kBlockDays;
}

// Clusters reports greedily: a report joins the earliest-created cluster
// holding a report it matches (Same), else starts one. An index from
// (name word, week) to clusters limits the comparisons to clusters that can
// match: every match shares a name word and, for attacks and statements, a
// date window. Cost grows with the distinct reports that share a word and a
// week, not with the store.
class Merger {
 public:
  explicit Merger(const MergeOptions& options) : options_(options) {}

  std::string Canon(std::string_view name) const {
    return options_.canonical ? options_.canonical(name) : std::string(name);
  }

  void Add(SourcedEvent r) {
    ReportKey key = Key(r);
    const size_t index = Find(key);
    if (index == clusters_.size()) clusters_.push_back({r.event.type, {}, {}, {}});
    Cluster& cluster = clusters_[index];
    cluster.reports.push_back(std::move(r));
    auto [it, fresh] = cluster.seen.try_emplace(HashKey(key), cluster.keys.size());
    if (!fresh && cluster.keys[it->second] == key) return;
    Index(key, index);
    cluster.keys.push_back(std::move(key));
  }

  std::vector<Cluster>& clusters() { return clusters_; }

  // Interned folded words of the canonical form of `name`; cached per name.
  const WordIds& NameWords(const std::string& name) const {
    auto [it, fresh] = names_.try_emplace(name);
    if (!fresh || name.empty()) return it->second;
    for (std::string& w : Words(FoldName(Canon(name)))) {
      auto [id, added] = word_ids_.try_emplace(std::move(w), word_ids_.size());
      it->second.push_back(id->second);
    }
    return it->second;
  }

 private:
  // The event's own date, else a window ending at its article's date.
  std::optional<DayRange> When(const SourcedEvent& r) const {
    if (auto d = ParseDayRange(r.event.date)) return d;
    if (auto p = ParseDayRange(r.published)) {
      return DayRange{p->first - options_.undated_lookback_days, p->last};
    }
    return std::nullopt;
  }

  ReportKey Key(const SourcedEvent& r) const {
    const Event& e = r.event;
    ReportKey k;
    k.type = e.type;
    switch (e.type) {
      case EventType::kAttack:
        k.when = When(r);
        k.location = NameWords(e.location);
        k.country = NameWords(e.country);
        k.has_location = !e.location.empty();
        k.attack_type = e.attack_type;
        break;
      case EventType::kStatement:
        k.when = When(r);
        k.speaker = NameWords(e.speaker);
        k.organization = NameWords(e.organization);
        k.medium = e.medium;
        break;
      case EventType::kLeadership:
        k.person = NameWords(e.person);
        k.organization = NameWords(e.organization);
        k.has_organization = !e.organization.empty();
        k.change = e.change;
        break;
    }
    return k;
  }

  static bool DatesFit(const ReportKey& a, const ReportKey& b, int window) {
    return a.when && b.when && DaysApart(*a.when, *b.when) <= window;
  }

  bool SameAttack(const ReportKey& x, const ReportKey& y) const {
    if (!DatesFit(x, y, options_.attack_window_days)) return false;
    if (x.has_location && y.has_location) return WordsOverlap(x.location, y.location);
    // Without both places, the country must agree and the attack types must
    // not contradict each other.
    if (!WordsOverlap(x.country, y.country)) return false;
    return x.attack_type.empty() || y.attack_type.empty() ||
           x.attack_type == y.attack_type;
  }

  bool SameStatement(const ReportKey& x, const ReportKey& y) const {
    if (!DatesFit(x, y, options_.statement_window_days)) return false;
    const bool who = WordsOverlap(x.speaker, y.speaker) ||
                     WordsOverlap(x.organization, y.organization);
    const bool medium = x.medium.empty() || y.medium.empty() || x.medium == y.medium;
    return who && medium;
  }

  static bool SameLeadership(const ReportKey& x, const ReportKey& y) {
    const bool org = !x.has_organization || !y.has_organization ||
                     WordsOverlap(x.organization, y.organization);
    return x.change == y.change && WordsOverlap(x.person, y.person) && org;
  }

  bool Same(const ReportKey& x, const ReportKey& y) const {
    if (x.type != y.type) return false;
    switch (x.type) {
      case EventType::kAttack:
        return SameAttack(x, y);
      case EventType::kStatement:
        return SameStatement(x, y);
      case EventType::kLeadership:
        return SameLeadership(x, y);
    }
    return false;
  }

  int Window(EventType type) const {
    return type == EventType::kAttack ? options_.attack_window_days
                                      : options_.statement_window_days;
  }

  // Calls `f(tag, words)` for each name field that can make two reports
  // match: a match always shares a word of one of these fields.
  template <typename F>
  static void ForEachName(const ReportKey& k, F&& f) {
    switch (k.type) {
      case EventType::kAttack:
        f('L', k.location);
        f('C', k.country);
        return;
      case EventType::kStatement:
        f('S', k.speaker);
        f('O', k.organization);
        return;
      case EventType::kLeadership:
        f('P', k.person);
        return;
    }
  }

  // Calls `f(block)` for each week a report matching `k` may fall in (`pad`
  // days around its dates); leadership changes ignore dates.
  template <typename F>
  static void ForEachBlock(const ReportKey& k, int pad, F&& f) {
    if (k.type == EventType::kLeadership) return f(0);
    if (!k.when) return;  // an undated report matches no attack or statement
    for (int b = Block(k.when->first - pad); b <= Block(k.when->last + pad); ++b) f(b);
  }

  // Tag (8 bits), word id (32 bits) and week (24 bits) in one key.
  static uint64_t IndexKey(char tag, uint32_t word, int block) {
    return (uint64_t{static_cast<unsigned char>(tag)} << 56) | (uint64_t{word} << 24) |
           (static_cast<uint64_t>(block) & 0xFFFFFF);
  }

  void Index(const ReportKey& k, size_t cluster) {
    ForEachName(k, [&](char tag, const WordIds& words) {
      for (uint32_t w : words) {
        ForEachBlock(k, 0, [&](int block) {
          std::vector<uint32_t>& list = index_[IndexKey(tag, w, block)];
          if (list.empty() || list.back() != cluster)
            list.push_back(static_cast<uint32_t>(cluster));
        });
      }
    });
  }

  // The earliest-created cluster a report with key `k` joins, or
  // clusters_.size() for none.
  size_t Find(const ReportKey& k) {
    candidates_.clear();
    ++epoch_;
    stamp_.resize(clusters_.size(), 0);
    ForEachName(k, [&](char tag, const WordIds& words) {
      for (uint32_t w : words) {
        ForEachBlock(k, Window(k.type), [&](int block) {
          auto it = index_.find(IndexKey(tag, w, block));
          if (it == index_.end()) return;
          for (uint32_t c : it->second) {
            if (stamp_[c] == epoch_) continue;
            stamp_[c] = epoch_;
            candidates_.push_back(c);
          }
        });
      }
    });
    std::sort(candidates_.begin(), candidates_.end());
    for (uint32_t c : candidates_) {
      for (const ReportKey& member : clusters_[c].keys) {
        if (Same(member, k)) return c;
      }
    }
    return clusters_.size();
  }

  const MergeOptions& options_;
  std::vector<Cluster> clusters_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> index_;
  mutable std::unordered_map<std::string, WordIds> names_;
  mutable std::unordered_map<std::string, uint32_t> word_ids_;
  std::vector<uint32_t> candidates_, stamp_;  // scratch for Find
  uint32_t epoch_ = 0;
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
  // Attacks by first day (ties: id order, as `events` is sorted by day).
  std::vector<std::pair<int, size_t>> attacks;
  for (size_t i = 0; i < events.size(); ++i) {
    if (events[i].type != EventType::kAttack) continue;
    if (auto d = ParseDayRange(events[i].date)) attacks.push_back({d->first, i});
  }
  std::sort(attacks.begin(), attacks.end());
  for (MergedEvent& s : events) {
    if (s.type != EventType::kStatement || s.organization.empty()) continue;
    auto sd = ParseDayRange(s.date);
    if (!sd) continue;
    const WordIds& org = merger.NameWords(s.organization);
    // The attacker is the calling group or one of its branches (its name
    // holds the group's words), never the parent of a calling branch.
    auto by_group = [&](const std::string& who) {
      return !who.empty() && !org.empty() && Subset(org, merger.NameWords(who));
    };
    auto it = std::upper_bound(attacks.begin(), attacks.end(),
                               std::pair{sd->last, std::numeric_limits<size_t>::max()});
    for (; it != attacks.end() && it->first - sd->last <= options.link_window_days;
         ++it) {
      MergedEvent& a = events[it->second];
      if (!by_group(a.perpetrator) && !by_group(a.claimed_by)) continue;
      s.followed_by.push_back(a.id);
      a.preceded_by.push_back(s.id);
      if (OnNamedTarget(s, a)) {
        s.on_named_target.push_back(a.id);
        a.on_named_target.push_back(s.id);
      }
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

bool OnNamedTarget(const MergedEvent& call, const MergedEvent& attack) {
  return std::any_of(call.targets.begin(), call.targets.end(), [&](const std::string& t) {
    return (!attack.location.empty() && NamesOverlap(t, attack.location)) ||
           (!attack.country.empty() && NamesOverlap(t, attack.country));
  });
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
