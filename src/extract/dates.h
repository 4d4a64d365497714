// Dates in running text for event extraction: absolute ("January 3",
// "3 January 2024", "Sept. 28, 2017", "October 2015", "in 2019") and
// relative to an anchor, the publication date ("on Wednesday", "yesterday",
// "two days ago", "last week", "in February", "last year"). Each resolves
// to "YYYY-MM-DD", "YYYY-MM" or "YYYY" as precise as the words allow, or is
// left out when it needs an anchor and there is none. A weekday ("on
// Saturday", "Monday night", "Tuesday's attack") is the latest such day on
// or before the anchor, the anchor itself when it falls on that weekday
// (reports say "on Sunday" of the day they are filed); "last Sunday" is
// then a week back, "next Sunday" and "this coming Sunday" lie ahead.
//
// (src/clean/dates.h is different: it parses the publication date itself.)
#ifndef VIGIL_EXTRACT_DATES_H_
#define VIGIL_EXTRACT_DATES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/event_text.h"
#include "vigil/document.h"

namespace vigil {

// A calendar day (proleptic Gregorian). month 1..12, day 1..31.
struct CivilDate {
  int year = 0, month = 0, day = 0;
  bool operator==(const CivilDate&) const = default;
};

// Days since 1970-01-01 and back; weekday 0 = Sunday .. 6 = Saturday.
long DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(long days);
int Weekday(const CivilDate& d);

// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY"; missing parts are 0.
std::optional<CivilDate> ParseIsoDate(std::string_view s);

enum class DatePrecision { kYear = 0, kMonth = 1, kDay = 2 };

struct TextDate {
  size_t first = 0, last = 0;  // tokens [first, last)
  std::string value;           // YYYY, YYYY-MM or YYYY-MM-DD
  DatePrecision precision = DatePrecision::kDay;
  bool relative = false;  // resolved against the anchor
};

// The date articles are anchored to: doc.published, else a wire-service
// dateline at the start of the text ("Lima, 23 Aug 88 (EFE) --"); "" if none.
std::string AnchorDate(const Document& doc, const EventText& et);

// Dates in et.tokens [first, last), left to right. `anchor` is a value from
// AnchorDate (may be empty: relative dates are then left out). Thread-safe.
std::vector<TextDate> FindDates(const EventText& et, size_t first, size_t last,
                                std::string_view anchor);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_DATES_H_
