#include "extract/dates.h"

#include <cstdio>

#include "common/months.h"
#include "common/word_hash.h"
#include "extract/numbers.h"

namespace vigil {
namespace {

// Month number of a month word (full or abbreviated), 0 if none. "may" and
// "march" are also verbs: the caller checks capitalisation.
int MonthOf(std::string_view w) { return MonthNumber(w); }

// Weekday names, Sunday first (WeekdayOf's numbering).
constexpr std::string_view kDays[] = {"sunday",   "monday", "tuesday", "wednesday",
                                      "thursday", "friday", "saturday"};

int WeekdayOf(std::string_view w) {
  for (int d = 0; d < 7; ++d) {
    if (w == kDays[d] || (w.size() > 2 && w.substr(w.size() - 2) == "'s" &&
                          w.substr(0, w.size() - 2) == kDays[d])) {
      return d;
    }
  }
  return -1;
}

// The lower-cased words a date reading may start with apart from numerals
// and a word before "days": every word MonthOf or WeekdayOf knows and the
// first words Relative and Period read. A filter over them, tested by a
// token's slot (EventText::slots), turns most tokens away unread.
const WordFilter& DateStartWords() {
  static const WordFilter* filter = [] {
    auto* f = new WordFilter;
    static constexpr std::string_view kMonths[] = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    for (std::string_view m : kMonths) {
      f->Add(m);
      f->Add(m.substr(0, 3));
    }
    f->Add("sept");
    for (std::string_view d : kDays) {
      f->Add(d);
      f->Add(std::string(d) + "'s");
    }
    for (std::string_view w : {"in", "since", "during", "of", "last", "this", "next",
                               "yesterday", "today", "tonight"}) {
      f->Add(w);
    }
    return f;
  }();
  return *filter;
}

std::string Format(int y, int m, int d) {
  char buf[16];
  if (m == 0) {
    std::snprintf(buf, sizeof buf, "%04d", y);
  } else if (d == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  }
  return buf;
}

class DateScanner {
 public:
  DateScanner(const EventText& et, std::string_view anchor)
      : et_(et), starts_(DateStartWords()) {
    if (auto a = ParseIsoDate(anchor)) anchor_ = *a;
  }

  // The date starting at token i, if any.
  std::optional<TextDate> At(size_t i) const {
    if (!MayStart(i)) return std::nullopt;
    return Read(i);
  }
  // False when none of the readings At tries can start at i: each needs a
  // digit, "days" next, a capitalised month or weekday, or one of the words
  // Relative and Period start with. Most tokens stop here, inline, on their
  // filter slot. The frequent "in", "of", "since" and "during" start only
  // "in 2019" (no month, weekday or other relative word is one of them), so
  // they pass only before a four-byte word that opens with a digit.
  bool MayStart(size_t i) const {
    const std::string_view w = W(i);
    if ((!w.empty() && w[0] >= '0' && w[0] <= '9') || W(i + 1) == "days") return true;
    if (i >= et_.tokens.size() || !starts_.MayContainSlot(et_.slots[i])) return false;
    if (w == "in" || w == "of" || w == "since" || w == "during") {
      const std::string_view next = W(i + 1);
      return next.size() == 4 && next[0] >= '0' && next[0] <= '9';
    }
    return Cap(i) || w == "last" || w == "this" || w == "next" || w == "yesterday" ||
           w == "today" || w == "tonight";
  }
  // At for a token MayStart accepts.
  std::optional<TextDate> Read(size_t i) const {
    if (auto d = MonthFirst(i)) return d;
    if (auto d = DayFirst(i)) return d;
    if (auto d = Relative(i)) return d;
    return std::nullopt;
  }

 private:
  std::string_view W(size_t i) const { return i < et_.tokens.size() ? et_.words[i] : ""; }
  bool Cap(size_t i) const { return i < et_.tokens.size() && et_.tokens[i].capitalised; }
  // Month word at i (capitalised: "may" and "march" are verbs too); sets
  // *next past an abbreviation's dot.
  int Month(size_t i, size_t* next) const {
    if (!Cap(i)) return 0;
    const int m = MonthOf(W(i));
    if (m == 0) return 0;
    *next = i + 1;
    if (W(i).size() <= 4 && W(i + 1) == ".") ++*next;
    return m;
  }
  int Day(size_t i) const {
    std::string_view w = W(i);
    if (w.empty() || w.size() > 4 || !(w[0] >= '0' && w[0] <= '9')) return 0;
    int d = 0;
    size_t k = 0;
    for (; k < w.size() && w[k] >= '0' && w[k] <= '9'; ++k) d = d * 10 + (w[k] - '0');
    std::string_view suffix = w.substr(k);
    if (!(suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" ||
          suffix == "th"))
      return 0;
    return d >= 1 && d <= 31 ? d : 0;
  }
  int Year(size_t i) const {
    std::string_view w = W(i);
    if (w.size() != 4) return 0;
    int y = 0;
    for (char c : w) {
      if (c < '0' || c > '9') return 0;
      y = y * 10 + (c - '0');
    }
    return y >= 1900 && y <= 2100 ? y : 0;
  }
  // The year of a month (and day) given without one: the latest one not
  // after the anchor.
  int YearFor(int month, int day) const {
    if (anchor_.year == 0) return 0;
    if (anchor_.month == 0) return anchor_.year;
    bool later = month > anchor_.month ||
                 (month == anchor_.month && anchor_.day != 0 && day > anchor_.day + 1);
    return later ? anchor_.year - 1 : anchor_.year;
  }
  TextDate Make(size_t first, size_t last, int y, int m, int d, bool relative) const {
    TextDate t;
    t.first = first;
    t.last = last;
    t.value = Format(y, m, d);
    t.precision = m == 0   ? DatePrecision::kYear
                  : d == 0 ? DatePrecision::kMonth
                           : DatePrecision::kDay;
    t.relative = relative;
    return t;
  }
  TextDate FromDays(size_t first, size_t last, long days) const {
    CivilDate c = CivilFromDays(days);
    return Make(first, last, c.year, c.month, c.day, true);
  }

  // "March 10", "Sept. 28, 2017", "October 2015", "in February".
  std::optional<TextDate> MonthFirst(size_t i) const {
    size_t k;
    int m = Month(i, &k);
    if (m == 0) return std::nullopt;
    if (int d = Day(k)) {
      size_t after = k + 1;
      if (W(after) == ",") ++after;
      if (int y = Year(after)) return Make(i, after + 1, y, m, d, false);
      if (int y = YearFor(m, d)) return Make(i, k + 1, y, m, d, true);
      return std::nullopt;
    }
    if (int y = Year(k)) return Make(i, k + 1, y, m, 0, false);
    std::string_view prev = i > 0 ? W(i - 1) : "";
    bool lone_ok = prev == "in" || prev == "last" || prev == "early" || prev == "late" ||
                   prev == "since" || prev == "until" || prev == "mid" || prev == "of" ||
                   prev == "this" || prev == "during" || prev == "by";
    if (!lone_ok || (m == 5 && prev == "of")) return std::nullopt;
    if (int y = YearFor(m, 0)) return Make(i, k, y, m, 0, true);
    return std::nullopt;
  }
  // "3 January 2024", "23 Aug 88" (two-digit years only right after a day
  // and month, as in datelines).
  std::optional<TextDate> DayFirst(size_t i) const {
    int d = Day(i);
    if (d == 0) return std::nullopt;
    size_t k;
    int m = Month(i + 1, &k);
    if (m == 0) return std::nullopt;
    if (int y = Year(k)) return Make(i, k + 1, y, m, d, false);
    std::string_view w = W(k);
    if (w.size() == 2 && w[0] >= '0' && w[0] <= '9' && w[1] >= '0' && w[1] <= '9') {
      int yy = (w[0] - '0') * 10 + (w[1] - '0');
      return Make(i, k + 1, yy >= 30 ? 1900 + yy : 2000 + yy, m, d, false);
    }
    if (int y = YearFor(m, d)) return Make(i, k, y, m, d, true);
    return std::nullopt;
  }
  std::optional<TextDate> Relative(size_t i) const {
    std::string_view w = W(i);
    if ((w == "in" || w == "since" || w == "during" || w == "of") && Year(i + 1) &&
        W(i + 2) != "-") {
      return Make(i + 1, i + 2, Year(i + 1), 0, 0, false);
    }
    if (anchor_.year == 0) return std::nullopt;
    if (w == "last" || w == "this" || w == "next") return Period(i);
    if (anchor_.day == 0) return std::nullopt;
    long today = DaysFromCivil(anchor_);
    if (w == "yesterday") return FromDays(i, i + 1, today - 1);
    if (w == "today" || w == "tonight") return FromDays(i, i + 1, today);
    if (int wd = Cap(i) ? WeekdayOf(w) : -1; wd >= 0) return OnWeekday(i, wd, today);
    if (W(i + 1) == "days" && W(i + 2) == "ago") {
      if (auto n = NumberWordValue(w); n && *n < 60)
        return FromDays(i, i + 3, today - *n);
    }
    return std::nullopt;
  }
  // "on Saturday", "Saturday's attack", "last Tuesday", "next Monday": a
  // weekday named alone is the latest such day on or before the anchor
  // (the anchor's own weekday is the anchor: wire copy says "on Sunday" of
  // the day it is filed); "last" goes back a full week on that weekday;
  // "next" and "this coming" go forward to the first such day after it.
  TextDate OnWeekday(size_t i, int wd, long today) const {
    std::string_view prev = i > 0 ? W(i - 1) : "";
    bool coming = prev == "next" || (prev == "coming" && i > 1 && W(i - 2) == "this");
    if (coming) {
      int ahead = (wd - Weekday(anchor_) + 7) % 7;
      size_t first = prev == "coming" ? i - 2 : i - 1;
      return FromDays(first, i + 1, today + (ahead == 0 ? 7 : ahead));
    }
    int back = (Weekday(anchor_) - wd + 7) % 7;
    if (prev == "last" && back == 0) back = 7;
    return FromDays(prev == "last" ? i - 1 : i, i + 1, today - back);
  }

  // "last week", "this month", "last year", "last night".
  std::optional<TextDate> Period(size_t i) const {
    std::string_view w = W(i), unit = W(i + 1);
    int step = w == "last" ? -1 : w == "next" ? 1 : 0;
    if (unit == "year") return Make(i, i + 2, anchor_.year + step, 0, 0, true);
    if (anchor_.month == 0) return std::nullopt;
    if (unit == "month") {
      int m = anchor_.month + step, y = anchor_.year;
      if (m == 0) m = 12, --y;
      if (m == 13) m = 1, ++y;
      return Make(i, i + 2, y, m, 0, true);
    }
    if (anchor_.day == 0) return std::nullopt;
    long today = DaysFromCivil(anchor_);
    if (unit == "week") return FromDays(i, i + 2, today + 7 * step);
    if (unit == "night" && step <= 0) return FromDays(i, i + 2, today + step);
    return std::nullopt;
  }

  const EventText& et_;
  const WordFilter& starts_;  // DateStartWords()
  CivilDate anchor_;
};

}  // namespace

long DaysFromCivil(const CivilDate& c) {
  int y = c.year - (c.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  int mp = (c.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + c.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  CivilDate c;
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = static_cast<int>(yoe + era * 400 + (c.month <= 2 ? 1 : 0));
  return c;
}

int Weekday(const CivilDate& d) {
  long r = (DaysFromCivil(d) + 4) % 7;  // 1970-01-01 was a Thursday
  return static_cast<int>(r < 0 ? r + 7 : r);
}

std::optional<CivilDate> ParseIsoDate(std::string_view s) {
  CivilDate c;
  auto digits = [&](size_t pos, size_t n, int* out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (size_t k = pos; k < pos + n; ++k) {
      if (s[k] < '0' || s[k] > '9') return false;
      v = v * 10 + (s[k] - '0');
    }
    *out = v;
    return true;
  };
  if (!digits(0, 4, &c.year)) return std::nullopt;
  if (s.size() >= 7 && s[4] == '-' && digits(5, 2, &c.month)) {
    if (c.month < 1 || c.month > 12) return std::nullopt;
    if (s.size() >= 10 && s[7] == '-' && digits(8, 2, &c.day) &&
        (c.day < 1 || c.day > 31)) {
      return std::nullopt;
    }
  }
  return c;
}

std::string AnchorDate(const Document& doc, const EventText& et) {
  if (!doc.published.empty()) return doc.published;
  DateScanner scan(et, "");
  size_t limit = std::min<size_t>(et.tokens.size(), 16);
  for (size_t i = 0; i < limit; ++i) {
    if (et.tokens[i].span.begin > 120) break;
    if (auto d = scan.At(i); d && d->precision == DatePrecision::kDay) return d->value;
  }
  return "";
}

std::vector<TextDate> FindDates(const EventText& et, size_t first, size_t last,
                                std::string_view anchor) {
  DateScanner scan(et, anchor);
  std::vector<TextDate> out;
  for (size_t i = first; i < last && i < et.tokens.size();) {
    if (!scan.MayStart(i)) {
      ++i;
      continue;
    }
    if (auto d = scan.Read(i); d && d->last <= last) {
      out.push_back(*d);
      i = std::max(d->last, i + 1);
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace vigil
