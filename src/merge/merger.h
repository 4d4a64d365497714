// Merging turns per-article event reports into real events: reports of one
// attack (same place, dates within a window), one statement (same group or
// speaker, close dates) or one leadership change (same person, same change)
// become one MergedEvent; statements are linked to the attacks by the same
// group that followed them. Links say "followed", never "caused".
#ifndef VIGIL_MERGE_MERGER_H_
#define VIGIL_MERGE_MERGER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/name_fold.h"  // FoldName, NamesOverlap, BranchOf
#include "merge/merged_event.h"

namespace vigil {

struct MergeOptions {
  // Reports of one attack may give dates this many days apart.
  int attack_window_days = 2;
  // Reports of one statement may give dates this many days apart.
  int statement_window_days = 3;
  // A report without a date may describe an event up to this many days
  // before its article was published.
  int undated_lookback_days = 7;
  // An attack "followed" a statement when it came within this many days after.
  int link_window_days = 30;
  // Maps a group or person name to its canonical form (the knowledge base's
  // alias resolution: "ISIL" -> "Islamic State"); identity when unset.
  std::function<std::string(std::string_view)> canonical;
  // True when `place` (a city, a country) lies within `region` ("Liège"
  // within "Europe"): the knowledge base's geography, for calls that name a
  // region. Unset: a place is within a name only when their words overlap.
  std::function<bool(std::string_view place, std::string_view region)> within;
};

// Merges `reports` (any order). Output is in time order, ids 1..N; events
// without a date come last. Deterministic for a given input order.
std::vector<MergedEvent> MergeEvents(std::vector<SourcedEvent> reports,
                                     const MergeOptions& options = {});

// One merged event of `type` from its reports, in the order given: summary
// fields (the value most reports give, ties to the earliest), every field
// on which they disagree, counts as ranges, disputes. id and links empty.
MergedEvent SummariseReports(EventType type, std::vector<SourcedEvent> reports);

class EventMatcher;  // merge/match_key.h

// True when `attack` followed the statement `call` within the matcher's
// link_window_days (its first day after the call's last), carried out or
// claimed by the calling group or one of its branches. Both summarised.
bool Followed(const MergedEvent& call, const MergedEvent& attack, EventMatcher& matcher);

// Records that `attack` followed `call`: each lists the other's id, and
// on_named_target too when the attack hit a place the call named.
void AddLink(MergedEvent& call, MergedEvent& attack, const MergeOptions& options);

// True when `attack` happened at a place `call` named as a target: its
// location or country overlaps one of the call's targets or lies within it
// (options.within: "Liège" within a call's "Europe"). The link then reads
// "followed, at a place the call named", still never "caused".
bool OnNamedTarget(const MergedEvent& call, const MergedEvent& attack,
                   const MergeOptions& options = {});

// "84", or "84-100" when the count gives a different maximum; "" for none.
std::string CountText(const std::optional<Count>& count);

// "Russian officials blamed Ukraine", "the group denied", "the prosecutor said
// it was not terrorism": one dispute as a short phrase.
std::string DisputeText(const Dispute& dispute);

}  // namespace vigil

#endif  // VIGIL_MERGE_MERGER_H_
