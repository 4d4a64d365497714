// An EventSummary builds a merged event's summary one report at a time:
// the value most reports give for each field (ties: the earliest), every
// field on which they disagree, counts as ranges, targets and methods of
// all reports, every competing account. Reports need not be kept, so a
// merged event with tens of thousands of reports takes little memory.
#ifndef VIGIL_MERGE_SUMMARY_H_
#define VIGIL_MERGE_SUMMARY_H_

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "merge/merged_event.h"

namespace vigil {

// Not thread-safe; one per merged event being summarised.
class EventSummary {
 public:
  // `keep_reports`: whether Finish returns the reports in MergedEvent::reports.
  EventSummary(EventType type, bool keep_reports);

  // Adds the next report (reports are numbered in the order added).
  void Add(SourcedEvent report);

  // The merged event (id and links left empty). Call once.
  MergedEvent Finish();

 private:
  struct Field {
    std::vector<FieldValue> values;   // first seen first
    std::vector<std::string> folded;  // FoldName of each value
  };
  void AddValue(size_t field, std::string value);
  static void AddAll(const std::vector<std::string>& from, std::vector<std::string>* into,
                     std::unordered_set<std::string>* seen);

  MergedEvent m_;
  bool keep_;
  size_t added_ = 0;
  std::vector<Field> fields_;
  std::vector<std::pair<std::string, std::optional<int>>> minutes_;  // duration -> first
  std::unordered_set<std::string> targets_, groups_, methods_;       // folded, seen
};

}  // namespace vigil

#endif  // VIGIL_MERGE_SUMMARY_H_
