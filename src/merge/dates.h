// Day arithmetic on the partial dates events carry ("2024", "2024-01",
// "2024-01-03"): each is read as the interval of days it covers.
#ifndef VIGIL_MERGE_DATES_H_
#define VIGIL_MERGE_DATES_H_

#include <optional>
#include <string_view>

namespace vigil {

// Inclusive range of day numbers (days since 1970-01-01).
struct DayRange {
  int first = 0;
  int last = 0;
};

// Days covered by a YYYY, YYYY-MM or YYYY-MM-DD date; nullopt when `date`
// is empty or malformed.
std::optional<DayRange> ParseDayRange(std::string_view date);

// Days between the two ranges (0 when they overlap).
int DaysApart(const DayRange& a, const DayRange& b);

}  // namespace vigil

#endif  // VIGIL_MERGE_DATES_H_
