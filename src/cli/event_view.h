// Loading merged events from a store and printing them for the event
// commands (events, event, timeline, report).
#ifndef VIGIL_CLI_EVENT_VIEW_H_
#define VIGIL_CLI_EVENT_VIEW_H_

#include <string>
#include <vector>

#include "merge/merged_event.h"
#include "merge/stories.h"
#include "vigil/status.h"

namespace vigil::cli {

// Events of the store at `db`, merged across articles; each report's
// per-field evidence only when `field_evidence`.
Result<std::vector<MergedEvent>> LoadMergedEvents(const std::string& db,
                                                  bool field_evidence = true);

// Which merged events a listing shows. Empty fields do not filter.
struct EventFilter {
  std::string type;   // "attack", "statement", "leadership"
  std::string since;  // YYYY[-MM[-DD]]: events on or after
  std::string group;  // organisation, perpetrator, claimant, speaker or person
  std::string place;  // location or country
};

bool Matches(const MergedEvent& e, const EventFilter& filter);

// "Kerman, Iran — suicide bombing; killed 84-103; claimed by Islamic State"
std::string OneLine(const MergedEvent& e);

// The event with every report, the fields they disagree on, and its links.
std::string Detail(const MergedEvent& e, const std::vector<MergedEvent>& all);

// One JSON object per event (no trailing newline).
std::string EventJson(const MergedEvent& e);

// One JSON object per story: id, dates, event ids, articles.
std::string StoryJson(const Story& s);

}  // namespace vigil::cli

#endif  // VIGIL_CLI_EVENT_VIEW_H_
