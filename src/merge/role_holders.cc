#include "merge/role_holders.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "merge/dates.h"
#include "merge/merger.h"

namespace vigil {
namespace {

bool EndsTenure(const std::string& change) {
  return change == "killed" || change == "died" || change == "captured" ||
         change == "arrested" || change == "removed";
}

void AddKb(const DayRange& when, const std::vector<Tenure>& kb,
           std::vector<RoleHolder>& out) {
  for (const Tenure& t : kb) {
    const auto from = ParseDayRange(t.from);
    const auto to = ParseDayRange(t.to);
    if (from && from->first > when.last) continue;
    if (to && to->last < when.first) continue;
    RoleHolder h;
    h.role = t.role;
    h.person = t.person;
    h.since = t.from;
    h.until = t.to;
    h.from_kb = true;
    out.push_back(std::move(h));
  }
}

// A group has one leader and one (chief) spokesman at a time.
bool SingleHolder(const std::string& role) {
  return role == "leader" || role == "spokesman";
}

// `c` appoints a successor: earlier holders' tenures end on its date.
void Succeed(const RoleChange& c, const DayRange& d, const DayRange& when,
             std::vector<RoleHolder>& holding) {
  if (d.last < when.first) {
    holding.clear();
    return;
  }
  for (RoleHolder& h : holding) {
    h.until = c.date;
    h.ended_by = "succeeded by " + c.person;
  }
}

// Replays the dated changes of one role up to the end of `when`.
void AddStoredRole(const DayRange& when, std::vector<const RoleChange*> changes,
                   std::vector<RoleHolder>& out) {
  // Each change with its days, parsed once; in date order.
  std::vector<std::pair<DayRange, const RoleChange*>> dated;
  for (const RoleChange* c : changes) dated.push_back({*ParseDayRange(c->date), c});
  std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) {
    return a.first.first < b.first.first;
  });
  std::vector<RoleHolder> holding;
  for (const auto& entry : dated) {
    const DayRange& d = entry.first;
    const RoleChange* c = entry.second;  // a plain pointer: lambdas capture it
    if (d.first > when.last) break;
    auto same = std::find_if(holding.begin(), holding.end(), [&](const RoleHolder& h) {
      return NamesOverlap(h.person, c->person);
    });
    if (c->change == "appointed") {
      if (same != holding.end()) continue;  // already holds it
      if (SingleHolder(c->role)) Succeed(*c, d, when, holding);
      RoleHolder h;
      h.role = c->role;
      h.person = c->person;
      h.since = c->date;
      h.started_by = c->change;
      h.sources = c->sources;
      holding.push_back(std::move(h));
    } else if (EndsTenure(c->change) && same != holding.end()) {
      if (d.last < when.first) {
        holding.erase(same);  // ended before the asked date
        continue;
      }
      same->until = c->date;
      same->ended_by = c->change;
      for (const std::string& s : c->sources) same->sources.push_back(s);
    }
  }
  for (RoleHolder& h : holding) out.push_back(std::move(h));
}

}  // namespace

std::vector<RoleHolder> HoldersAt(std::string_view date, const std::vector<Tenure>& kb,
                                  const std::vector<RoleChange>& changes) {
  const std::optional<DayRange> when = ParseDayRange(date);
  if (!when) return {};
  std::vector<RoleHolder> out;
  AddKb(*when, kb, out);
  std::map<std::string, std::vector<const RoleChange*>> by_role;
  for (const RoleChange& c : changes) {
    if (ParseDayRange(c.date)) by_role[c.role].push_back(&c);
  }
  for (auto& [role, list] : by_role) AddStoredRole(*when, std::move(list), out);
  return out;
}

}  // namespace vigil
