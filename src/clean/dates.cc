#include "clean/dates.h"

#include <cctype>
#include <cstdio>
#include <regex>

namespace vigil {
namespace {

int MonthFromName(std::string_view name) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  std::string low;
  for (char c : name.substr(0, 3)) low.push_back(static_cast<char>(std::tolower(c)));
  for (int i = 0; i < 12; ++i) {
    if (low == kMonths[i]) return i + 1;
  }
  return 0;
}

std::string Format(int y, int m, int d) {
  if (y < 1900 || y > 2100) return "";
  char buf[16];
  if (m < 1 || m > 12) {
    std::snprintf(buf, sizeof buf, "%04d", y);
  } else if (d < 1 || d > 31) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  }
  return buf;
}

const std::regex& IsoRe() {
  static const std::regex re(R"((19\d\d|20\d\d)[-/.](\d{1,2})[-/.](\d{1,2}))");
  return re;
}
const std::regex& MonthDayYearRe() {
  static const std::regex re(
      R"(\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(19\d\d|20\d\d)\b)",
      std::regex::icase);
  return re;
}
const std::regex& DayMonthYearRe() {
  static const std::regex re(
      R"(\b(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(19\d\d|20\d\d)\b)",
      std::regex::icase);
  return re;
}

}  // namespace

std::string FindDateIn(std::string_view s) {
  // std::regex is slow; only the first few hundred bytes ever matter here.
  std::string probe(s.substr(0, 512));
  std::smatch m;
  if (std::regex_search(probe, m, IsoRe())) {
    return Format(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
  }
  if (std::regex_search(probe, m, MonthDayYearRe())) {
    return Format(std::stoi(m[3]), MonthFromName(m[1].str()), std::stoi(m[2]));
  }
  if (std::regex_search(probe, m, DayMonthYearRe())) {
    return Format(std::stoi(m[3]), MonthFromName(m[2].str()), std::stoi(m[1]));
  }
  return "";
}

std::string NormalizeDate(std::string_view s) {
  std::string found = FindDateIn(s);
  if (!found.empty()) return found;
  // A bare year-month ("2022-04") or year.
  std::string probe(s.substr(0, 64));
  static const std::regex ym(R"(^\s*(19\d\d|20\d\d)(?:-(\d\d))?\b)");
  std::smatch m;
  if (std::regex_search(probe, m, ym)) {
    return Format(std::stoi(m[1]), m[2].matched ? std::stoi(m[2]) : 0, 0);
  }
  return "";
}

}  // namespace vigil
