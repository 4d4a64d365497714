#include "clean/dates.h"

#include <cstdio>

#include "common/months.h"

namespace vigil {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

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

// A cursor over `s`; every Parse* helper advances `pos` only on success.
struct Cursor {
  std::string_view s;
  size_t pos = 0;

  bool AtEnd() const { return pos >= s.size(); }
  char Peek(size_t ahead = 0) const {
    return pos + ahead < s.size() ? s[pos + ahead] : '\0';
  }
};

// Reads 1..max_digits digits; fails if more digits follow.
bool ParseNumber(Cursor* c, int min_digits, int max_digits, int* value) {
  int n = 0;
  int v = 0;
  while (n < max_digits && IsDigit(c->Peek(n))) {
    v = v * 10 + (c->Peek(n) - '0');
    ++n;
  }
  if (n < min_digits || IsDigit(c->Peek(n))) return false;
  c->pos += n;
  *value = v;
  return true;
}

bool ParseYear(Cursor* c, int* year) {
  Cursor t = *c;
  if (!ParseNumber(&t, 4, 4, year) || *year < 1900 || *year > 2100) return false;
  if (IsAlpha(t.Peek())) return false;
  *c = t;
  return true;
}

// One or more spaces, tabs or no-break spaces (U+00A0).
bool SkipSpace(Cursor* c) {
  size_t start = c->pos;
  for (;;) {
    if (c->Peek() == ' ' || c->Peek() == '\t') {
      ++c->pos;
    } else if (c->Peek() == '\xC2' && c->Peek(1) == '\xA0') {
      c->pos += 2;
    } else {
      break;
    }
  }
  return c->pos > start;
}

bool ParseMonthName(Cursor* c, int* month) {
  size_t n = 0;
  char word[10];
  while (IsAlpha(c->Peek(n))) {
    if (n == sizeof word) return false;
    word[n] = Lower(c->Peek(n));
    ++n;
  }
  if (n < 3) return false;
  const int m = MonthNumber(std::string_view(word, n));
  if (m == 0) return false;
  c->pos += n;
  if (c->Peek() == '.') ++c->pos;
  *month = m;
  return true;
}

void SkipOrdinalSuffix(Cursor* c) {
  char a = Lower(c->Peek());
  char b = Lower(c->Peek(1));
  bool suffix = (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
                (a == 'r' && b == 'd') || (a == 't' && b == 'h');
  if (suffix && !IsAlnum(c->Peek(2))) c->pos += 2;
}

// "2022-04-19", "2022/4/9", "2022.04.19".
std::string ParseIso(Cursor* c) {
  Cursor t = *c;
  int y = 0, m = 0, d = 0;
  if (!ParseNumber(&t, 4, 4, &y)) return "";
  char sep = t.Peek();
  if (sep != '-' && sep != '/' && sep != '.') return "";
  ++t.pos;
  if (!ParseNumber(&t, 1, 2, &m)) return "";
  if (t.Peek() != '-' && t.Peek() != '/' && t.Peek() != '.') return "";
  ++t.pos;
  if (!ParseNumber(&t, 1, 2, &d)) return "";
  if (m < 1 || m > 12 || d < 1 || d > 31) return "";
  std::string out = Format(y, m, d);
  if (!out.empty()) *c = t;
  return out;
}

// "April 19, 2022", "Apr. 19th 2022".
std::string ParseMonthDayYear(Cursor* c) {
  Cursor t = *c;
  int y = 0, m = 0, d = 0;
  if (!ParseMonthName(&t, &m) || !SkipSpace(&t)) return "";
  if (!ParseNumber(&t, 1, 2, &d)) return "";
  SkipOrdinalSuffix(&t);
  if (t.Peek() == ',') ++t.pos;
  if (!SkipSpace(&t) || !ParseYear(&t, &y)) return "";
  *c = t;
  return Format(y, m, d);
}

// "19 April 2022", "19th Apr., 2022".
std::string ParseDayMonthYear(Cursor* c) {
  Cursor t = *c;
  int y = 0, m = 0, d = 0;
  if (!ParseNumber(&t, 1, 2, &d)) return "";
  SkipOrdinalSuffix(&t);
  if (!SkipSpace(&t) || !ParseMonthName(&t, &m)) return "";
  if (t.Peek() == ',') ++t.pos;
  if (!SkipSpace(&t) || !ParseYear(&t, &y)) return "";
  *c = t;
  return Format(y, m, d);
}

}  // namespace

DateSpan FindDateSpan(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsAlnum(s[i]) || (i > 0 && IsAlnum(s[i - 1]))) continue;
    Cursor c{s, i};
    std::string date;
    if (IsDigit(s[i])) {
      date = ParseIso(&c);
      if (date.empty()) date = ParseDayMonthYear(&c);
    } else {
      date = ParseMonthDayYear(&c);
    }
    if (!date.empty()) return {i, c.pos, std::move(date)};
  }
  return {};
}

std::string FindDateIn(std::string_view s) { return FindDateSpan(s).date; }

std::string NormalizeDate(std::string_view s) {
  std::string found = FindDateIn(s);
  if (!found.empty()) return found;
  // A bare year-month ("2022-04") or year at the start.
  Cursor c{s, 0};
  SkipSpace(&c);
  while (c.Peek() == '\n' || c.Peek() == '\r') ++c.pos;
  int y = 0, m = 0;
  if (!ParseNumber(&c, 4, 4, &y) || IsAlpha(c.Peek())) return "";
  if (c.Peek() == '-' && IsDigit(c.Peek(1))) {
    ++c.pos;
    if (!ParseNumber(&c, 2, 2, &m) || IsAlpha(c.Peek())) m = 0;
  }
  return Format(y, m, 0);
}

}  // namespace vigil
