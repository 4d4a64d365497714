// English month names, shared by the publication-date parser (clean) and
// the date finder in running text (extract).
#ifndef VIGIL_COMMON_MONTHS_H_
#define VIGIL_COMMON_MONTHS_H_

#include <string_view>

namespace vigil {

// 1..12 for a lower-case month word: the full name, its first three
// letters, or "sept"; 0 otherwise. Callers decide about "may" and "march",
// which are also verbs.
inline int MonthNumber(std::string_view lower) {
  static constexpr std::string_view kNames[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (lower == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    if (lower == kNames[m] || lower == kNames[m].substr(0, 3)) return m + 1;
  }
  return 0;
}

}  // namespace vigil

#endif  // VIGIL_COMMON_MONTHS_H_
