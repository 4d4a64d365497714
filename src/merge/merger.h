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
};

// Merges `reports` (any order). Output is in time order, ids 1..N; events
// without a date come last. Deterministic for a given input order.
std::vector<MergedEvent> MergeEvents(std::vector<SourcedEvent> reports,
                                     const MergeOptions& options = {});

// True when `attack` happened at a place `call` named as a target (its
// location or country overlaps one of the call's targets): the link then
// reads "followed, at a place the call named", still never "caused".
bool OnNamedTarget(const MergedEvent& call, const MergedEvent& attack);

// "84", or "84-100" when the count gives a different maximum; "" for none.
std::string CountText(const std::optional<Count>& count);

// "Russian officials blamed Ukraine", "the group denied", "the prosecutor said
// it was not terrorism": one dispute as a short phrase.
std::string DisputeText(const Dispute& dispute);

// Folds a name for comparison: lower case, no punctuation, no Arabic article
// (al-, el-), no leading "the". "Al-Shabaab" and "the al Shabaab" agree.
std::string FoldName(std::string_view name);

// True when one folded name's words all occur in the other's ("Islamic State"
// and "Islamic State Khorasan Province"): a group and its branch, a place
// and the site in it.
bool NamesOverlap(std::string_view a, std::string_view b);

// True when `group` is `parent` or a branch of it: every word of the folded
// parent name occurs in the group's ("Islamic State Khorasan Province" is a
// branch of "Islamic State"; not the other way round).
bool BranchOf(std::string_view group, std::string_view parent);

}  // namespace vigil

#endif  // VIGIL_MERGE_MERGER_H_
