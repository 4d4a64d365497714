#include "merge/merger.h"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>

#include "common/name_fold.h"
#include "merge/dates.h"
#include "merge/match_key.h"
#include "merge/summary.h"

namespace vigil {
namespace {

// Working state: reports grouped into clusters while merging.
struct Cluster {
  EventType type;
  std::vector<SourcedEvent> reports;
  std::vector<MatchKey> keys;                   // distinct keys of the reports
  std::unordered_map<uint64_t, uint32_t> seen;  // HashMatchKey -> index in keys
};

// Clusters reports greedily: a report joins the earliest-created cluster
// holding a report it matches (EventMatcher::Same), else starts one. An index
// from match terms (name word, week) to clusters limits the comparisons to
// clusters that can match, so the cost grows with the distinct reports that
// share a word and a week, not with the store.
class Merger {
 public:
  explicit Merger(const MergeOptions& options) : matcher_(options) {}

  void Add(SourcedEvent r) {
    MatchKey key = matcher_.Key(r.event, r.published);
    const size_t index = Find(key);
    if (index == clusters_.size()) clusters_.push_back({r.event.type, {}, {}, {}});
    Cluster& cluster = clusters_[index];
    cluster.reports.push_back(std::move(r));
    auto [it, fresh] = cluster.seen.try_emplace(HashMatchKey(key), cluster.keys.size());
    if (!fresh && cluster.keys[it->second] == key) return;
    matcher_.StoredTerms(key, &terms_);
    for (uint64_t t : terms_) {
      std::vector<uint32_t>& list = index_[t];
      if (list.empty() || list.back() != index)
        list.push_back(static_cast<uint32_t>(index));
    }
    cluster.keys.push_back(std::move(key));
  }

  std::vector<Cluster>& clusters() { return clusters_; }
  EventMatcher& matcher() { return matcher_; }

 private:
  // The earliest-created cluster a report with key `k` joins, or
  // clusters_.size() for none.
  size_t Find(const MatchKey& k) {
    candidates_.clear();
    ++epoch_;
    stamp_.resize(clusters_.size(), 0);
    matcher_.LookupTerms(k, &terms_);
    for (uint64_t t : terms_) {
      auto it = index_.find(t);
      if (it == index_.end()) continue;
      for (uint32_t c : it->second) {
        if (stamp_[c] == epoch_) continue;
        stamp_[c] = epoch_;
        candidates_.push_back(c);
      }
    }
    std::sort(candidates_.begin(), candidates_.end());
    for (uint32_t c : candidates_) {
      for (const MatchKey& member : clusters_[c].keys) {
        if (matcher_.Same(member, k)) return c;
      }
    }
    return clusters_.size();
  }

  EventMatcher matcher_;
  std::vector<Cluster> clusters_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> index_;
  std::vector<uint64_t> terms_;               // scratch
  std::vector<uint32_t> candidates_, stamp_;  // scratch for Find
  uint32_t epoch_ = 0;
};

}  // namespace

MergedEvent SummariseReports(EventType type, std::vector<SourcedEvent> reports) {
  EventSummary summary(type, true);
  for (SourcedEvent& r : reports) summary.Add(std::move(r));
  return summary.Finish();
}

bool Followed(const MergedEvent& s, const MergedEvent& a, EventMatcher& matcher) {
  if (s.type != EventType::kStatement || a.type != EventType::kAttack ||
      s.organization.empty())
    return false;
  auto sd = ParseDayRange(s.date), ad = ParseDayRange(a.date);
  if (!sd || !ad || ad->first <= sd->last ||
      ad->first - sd->last > matcher.options().link_window_days)
    return false;
  // The attacker is the calling group or one of its branches (its name
  // holds the group's words), never the parent of a calling branch.
  const NameWords& org = matcher.Words(s.organization);
  auto by_group = [&](const std::string& who) {
    return !who.empty() && !org.empty() && WordsWithin(org, matcher.Words(who));
  };
  return by_group(a.perpetrator) || by_group(a.claimed_by);
}

void AddLink(MergedEvent& s, MergedEvent& a, const MergeOptions& options) {
  s.followed_by.push_back(a.id);
  a.preceded_by.push_back(s.id);
  if (OnNamedTarget(s, a, options)) {
    s.on_named_target.push_back(a.id);
    a.on_named_target.push_back(s.id);
  }
}

namespace {

// Sort key: first day of the summary date; undated events last.
int SortDay(const MergedEvent& m) {
  auto d = ParseDayRange(m.date);
  return d ? d->first : std::numeric_limits<int>::max();
}

void Link(std::vector<MergedEvent>& events, EventMatcher& matcher) {
  // Attacks by first day (ties: id order, as `events` is sorted by day).
  std::vector<std::pair<int, size_t>> attacks;
  for (size_t i = 0; i < events.size(); ++i) {
    if (events[i].type != EventType::kAttack) continue;
    if (auto d = ParseDayRange(events[i].date)) attacks.push_back({d->first, i});
  }
  std::sort(attacks.begin(), attacks.end());
  const int window = matcher.options().link_window_days;
  for (MergedEvent& s : events) {
    if (s.type != EventType::kStatement || s.organization.empty()) continue;
    auto sd = ParseDayRange(s.date);
    if (!sd) continue;
    auto it = std::upper_bound(attacks.begin(), attacks.end(),
                               std::pair{sd->last, std::numeric_limits<size_t>::max()});
    for (; it != attacks.end() && it->first - sd->last <= window; ++it) {
      MergedEvent& a = events[it->second];
      if (Followed(s, a, matcher)) AddLink(s, a, matcher.options());
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
  for (Cluster& c : merger.clusters())
    out.push_back(SummariseReports(c.type, std::move(c.reports)));
  std::stable_sort(
      out.begin(), out.end(),
      [](const MergedEvent& a, const MergedEvent& b) { return SortDay(a) < SortDay(b); });
  for (size_t i = 0; i < out.size(); ++i) out[i].id = static_cast<int64_t>(i + 1);
  Link(out, merger.matcher());
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

bool OnNamedTarget(const MergedEvent& call, const MergedEvent& attack,
                   const MergeOptions& options) {
  auto at = [&](const std::string& place, const std::string& target) {
    if (place.empty()) return false;
    return NamesOverlap(target, place) ||
           (options.within && options.within(place, target));
  };
  return std::any_of(call.targets.begin(), call.targets.end(), [&](const std::string& t) {
    return at(attack.location, t) || at(attack.country, t);
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
