// A MergedEvent is one real event as reported by one or more articles: the
// member reports stay side by side, and every field on which they disagree
// is listed with each source's value. Nothing is averaged away.
#ifndef VIGIL_MERGE_MERGED_EVENT_H_
#define VIGIL_MERGE_MERGED_EVENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "vigil/extraction.h"

namespace vigil {

// One value of a field and the reports (indexes into MergedEvent::reports)
// that give it.
struct FieldValue {
  std::string value;
  std::vector<size_t> reports;
};

// A field on which the reports give more than one value.
struct Disagreement {
  std::string field;  // "killed", "claimed_by", "date", ...
  std::vector<FieldValue> values;
};

// One competing account of an attack (see Dispute) and the reports that
// give it; the same source, stance and party from several articles is one.
// Each report's own evidence span stays in reports[k].event.disputed.
struct MergedDispute {
  std::string source, stance, party;
  std::vector<size_t> reports;
};

struct MergedEvent {
  int64_t id = 0;  // stable within one merge run: 1-based in time order
  EventType type = EventType::kAttack;
  std::vector<SourcedEvent> reports;  // may be left out (EventSummary)
  size_t report_count = 0;            // reports summarised, kept or not
  // Summary fields: the value most reports give (ties: the earliest report).
  std::string date, location, country, organization, person, change, role, medium;
  std::string attack_type, perpetrator, claimed_by, speaker;
  std::string duration, occasion, motive;
  std::optional<int> duration_minutes;  // of the report whose duration is shown
  // killed/injured over all reports: lowest min and highest max given.
  std::optional<Count> killed, injured;
  std::vector<std::string> targets, target_groups, methods;
  // Every report's disputes, first seen first.
  std::vector<MergedDispute> disputed;
  std::vector<Disagreement> disagreements;
  // Statement -> attacks by the same group that followed within the window;
  // attack -> statements that preceded it. Ids of other MergedEvents.
  std::vector<int64_t> followed_by, preceded_by;
  // The ids among followed_by/preceded_by where the attack happened at a
  // place the call named as a target (OnNamedTarget in merger.h).
  std::vector<int64_t> on_named_target;
};

}  // namespace vigil

#endif  // VIGIL_MERGE_MERGED_EVENT_H_
