#include "merge/dates.h"

#include <chrono>
#include <cstdlib>
#include <string>

namespace vigil {
namespace {

std::optional<int> Number(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

int DayNumber(int y, unsigned m, unsigned d) {
  using namespace std::chrono;
  return static_cast<int>(
      sys_days{year{y} / month{m} / day{d}}.time_since_epoch().count());
}

int LastDay(int y, unsigned m) {
  using namespace std::chrono;
  return static_cast<int>(
      static_cast<unsigned>(year_month_day_last{year{y} / month{m} / last}.day()));
}

}  // namespace

std::optional<DayRange> ParseDayRange(std::string_view date) {
  auto y = Number(date.substr(0, 4));
  if (!y || *y < 1 || date.size() < 4) return std::nullopt;
  if (date.size() == 4) return DayRange{DayNumber(*y, 1, 1), DayNumber(*y, 12, 31)};
  if (date.size() < 7 || date[4] != '-') return std::nullopt;
  auto m = Number(date.substr(5, 2));
  if (!m || *m < 1 || *m > 12) return std::nullopt;
  const int last = LastDay(*y, *m);
  if (date.size() == 7) return DayRange{DayNumber(*y, *m, 1), DayNumber(*y, *m, last)};
  if (date.size() != 10 || date[7] != '-') return std::nullopt;
  auto d = Number(date.substr(8, 2));
  if (!d || *d < 1 || *d > last) return std::nullopt;
  const int n = DayNumber(*y, *m, *d);
  return DayRange{n, n};
}

int DaysApart(const DayRange& a, const DayRange& b) {
  if (a.last < b.first) return b.first - a.last;
  if (b.last < a.first) return a.first - b.last;
  return 0;
}

}  // namespace vigil
