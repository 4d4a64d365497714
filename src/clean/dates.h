// Publication-date parsing for metadata and datelines: a hand-written scanner
// (no regular expressions) that finds dates written in ISO form or with an
// English month name.
#ifndef VIGIL_CLEAN_DATES_H_
#define VIGIL_CLEAN_DATES_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace vigil {

// Normalises a date as written in metadata or a dateline to "YYYY-MM-DD"
// (or "YYYY-MM" / "YYYY" when that is all it gives). Understands ISO 8601
// ("2022-04-19T10:00:00Z"), "April 19, 2022", "19 April 2022", "Apr. 19,
// 2022", "2022/04/19", optionally preceded by a weekday. Returns "" when `s`
// holds no plausible date (years 1900..2100).
std::string NormalizeDate(std::string_view s);

// Finds the first (leftmost) date written in English month-name form or ISO
// form inside `s` and returns it normalised, or "". Used for datelines in
// text. Linear in the length of `s`.
std::string FindDateIn(std::string_view s);

// Where FindDateIn found its date: bytes [begin, end) of `s`, and the date
// normalised. `date` is empty (and begin == end == 0) when none was found.
struct DateSpan {
  size_t begin = 0;
  size_t end = 0;
  std::string date;
};
DateSpan FindDateSpan(std::string_view s);

}  // namespace vigil

#endif  // VIGIL_CLEAN_DATES_H_
