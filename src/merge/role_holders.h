// Who held a role in a group at a given date ("who led the Islamic State in
// March 2022? who was its spokesman?"), from two kinds of evidence kept
// apart: tenures a knowledge base records, and role changes that stored
// articles report (appointed, killed, died, captured, arrested, removed).
#ifndef VIGIL_MERGE_ROLE_HOLDERS_H_
#define VIGIL_MERGE_ROLE_HOLDERS_H_

#include <string>
#include <string_view>
#include <vector>

namespace vigil {

// One reported change in a person's role, with every article reporting it.
struct RoleChange {
  std::string date;  // YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown
  std::string person, change, role, organization;
  std::vector<std::string> sources;
};

// A tenure as a knowledge base records it; empty `to` means still held.
struct Tenure {
  std::string person, role, from, to;
};

// A person holding a role on the asked date, and why vigil says so.
struct RoleHolder {
  std::string role, person;
  std::string since, until;  // the evidence's dates; empty when unknown or open
  bool from_kb = false;      // a KB tenure; else stored reports
  // For stored reports: the change that started it ("appointed") and the one
  // that ended it when that falls within the asked date; their sources.
  std::string started_by, ended_by;
  std::vector<std::string> sources;
};

// The holders on `date` (YYYY[-MM[-DD]], read as the days it covers), KB
// tenures first, then holders from `changes` (any order; undated ones are
// ignored): a person appointed on or before the date, whose tenure no later
// change (killed, died, captured, arrested, removed; for a leader or
// spokesman, a successor's appointment) ended before it. A
// partial date matches every tenure that overlaps it. Empty for a malformed
// date.
std::vector<RoleHolder> HoldersAt(std::string_view date, const std::vector<Tenure>& kb,
                                  const std::vector<RoleChange>& changes);

}  // namespace vigil

#endif  // VIGIL_MERGE_ROLE_HOLDERS_H_
