// Loading merged events from a store and printing them for the event
// commands (events, event, timeline, report).
#ifndef VIGIL_CLI_EVENT_VIEW_H_
#define VIGIL_CLI_EVENT_VIEW_H_

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "merge/merged_event.h"
#include "merge/stories.h"
#include "vigil/status.h"

namespace vigil::cli {

// The knowledge base's name for a group or person known by exactly one
// entry ("ISIL" -> "Islamic State"), else the name as written: what merging
// compares (StoreOptions::canonical_name). The knowledge base is loaded on
// the first call; without it names stay as written. Thread-safe.
std::function<std::string(std::string_view)> CanonicalNames();

// KnowledgeBase::PlaceWithin of the built-in knowledge base (MergeOptions::
// within): "Liège" lies within "Europe". False for every pair when the
// knowledge base cannot be loaded. Thread-safe.
std::function<bool(std::string_view, std::string_view)> PlaceWithin();

// Replaces the group and person names of `e` (organisation, perpetrator,
// claimant, speaker, person) by their CanonicalNames form.
void CanonicaliseNames(Event* e);

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

// The event with every report, the fields they disagree on, and its links;
// `linked` holds the summaries of the events its links name.
std::string Detail(const MergedEvent& e, const std::map<int64_t, MergedEvent>& linked);

// One JSON object per event (no trailing newline).
std::string EventJson(const MergedEvent& e);

// One JSON object per story: id, dates, event ids, articles.
std::string StoryJson(const Story& s);

}  // namespace vigil::cli

#endif  // VIGIL_CLI_EVENT_VIEW_H_
