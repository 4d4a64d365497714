#include "extract/numbers.h"

#include <algorithm>
#include <unordered_map>

#include "common/word_hash.h"

namespace vigil {
namespace {

const std::unordered_map<std::string_view, long>& Words() {
  static const auto* words = new std::unordered_map<std::string_view, long>{
      {"one", 1},        {"two", 2},       {"three", 3},     {"four", 4},
      {"five", 5},       {"six", 6},       {"seven", 7},     {"eight", 8},
      {"nine", 9},       {"ten", 10},      {"eleven", 11},   {"twelve", 12},
      {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},
      {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
      {"thirty", 30},    {"forty", 40},    {"fifty", 50},    {"sixty", 60},
      {"seventy", 70},   {"eighty", 80},   {"ninety", 90},   {"dozen", 12},
  };
  return *words;
}

// Vague plurals: the lowest amount they support.
const std::unordered_map<std::string_view, long>& VagueWords() {
  static const auto* words = new std::unordered_map<std::string_view, long>{
      {"dozens", 24},
      {"scores", 40},
      {"hundreds", 200},
      {"thousands", 2000},
  };
  return *words;
}

long Multiplier(std::string_view w) {
  if (w == "hundred") return 100;
  if (w == "thousand") return 1000;
  if (w == "million" || w == "millions") return 1000000;
  return 0;
}

bool IsMonthWord(std::string_view w) {
  static const auto* months = new WordList{
      "january",   "february", "march",    "april",    "may", "june", "july", "august",
      "september", "october",  "november", "december", "jan", "jan.", "feb",  "feb.",
      "aug",       "aug.",     "sept",     "sept.",    "oct", "nov",  "dec"};
  return months->Contains(w);
}

std::optional<long> Numeral(std::string_view w) {
  long v = 0;
  bool any = false;
  for (size_t k = 0; k < w.size(); ++k) {
    char c = w[k];
    if (c >= '0' && c <= '9') {
      if (v > 100000000) return std::nullopt;
      v = v * 10 + (c - '0');
      any = true;
    } else if (c == ',' && any) {
      continue;
    } else if (c == '.') {
      return std::nullopt;  // decimals ("1.5") are not counts of people
    } else {
      return std::nullopt;
    }
  }
  if (!any) return std::nullopt;
  return v;
}

size_t MatchWords(const EventText& et, size_t i,
                  std::initializer_list<std::string_view> ws) {
  size_t k = 0;
  for (auto w : ws) {
    if (i + k >= et.tokens.size() || et.words[i + k] != w) return 0;
    ++k;
  }
  return k;
}

struct Qualifier {
  std::initializer_list<std::string_view> words;
  const char* name;
};

const Qualifier kQualifiers[] = {
    {{"at", "least"}, "at least"},
    {{"more", "than"}, "more than"},
    {{"over"}, "more than"},
    {{"upwards", "of"}, "more than"},
    {{"in", "excess", "of"}, "more than"},
    {{"nearly"}, "about"},
    {{"almost"}, "about"},
    {{"about"}, "about"},
    {{"around"}, "about"},
    {{"approximately"}, "about"},
    {{"roughly"}, "about"},
    {{"some"}, "about"},
    {{"an", "estimated"}, "about"},
    {{"up", "to"}, "up to"},
    {{"as", "many", "as"}, "up to"},
    {{"at", "most"}, "up to"},
    {{"fewer", "than"}, "up to"},
    {{"less", "than"}, "up to"},
    {{"between"}, "between"},
    {{"all"}, ""},
};

// Words that may start a qualifier, and words (not numerals) that may start
// a bare number: checked before the lists and tables are searched.
struct NumberStarts {
  WordFilter qualifiers;
  WordFilter words;
  size_t longest_qualifier = 0;  // in words
};

const NumberStarts& Starts() {
  static const NumberStarts* starts = [] {
    auto* s = new NumberStarts;
    for (const Qualifier& q : kQualifiers) {
      s->qualifiers.Add(*q.words.begin());
      s->longest_qualifier = std::max(s->longest_qualifier, q.words.size());
    }
    s->words.Add("a");
    for (const auto& [w, v] : VagueWords()) s->words.Add(w);
    for (const auto& [tens, t] : Words()) {
      s->words.Add(tens);
      if (t < 20 || t % 10 != 0) continue;
      for (const auto& [ones, o] : Words()) {
        if (o < 10) s->words.Add(std::string(tens) + "-" + std::string(ones));
      }
    }
    return s;
  }();
  return *starts;
}

// Qualifier at token i: its length and normalised name.
size_t QualifierAt(const EventText& et, size_t i, std::string* name) {
  if (i >= et.tokens.size() || !Starts().qualifiers.MayContain(et.words[i])) return 0;
  for (const Qualifier& q : kQualifiers) {
    if (size_t n = MatchWords(et, i, q.words)) {
      *name = q.name;
      return n;
    }
  }
  return 0;
}

// A bare number (no qualifier) at i: value, length, vagueness.
bool BareNumber(const EventText& et, size_t i, long* value, size_t* len, bool* vague) {
  if (i >= et.tokens.size() || !et.tokens[i].word) return false;
  std::string_view w = et.words[i];
  *vague = false;
  if (auto it = VagueWords().find(w); it != VagueWords().end()) {
    *value = it->second;
    *len = 1;
    *vague = true;
    return true;
  }
  size_t k = i;
  if (w == "a" && i + 1 < et.tokens.size() &&
      (et.words[i + 1] == "dozen" || Multiplier(et.words[i + 1]) > 0)) {
    ++k;
    w = et.words[k];
  }
  auto v = NumberWordValue(w);
  if (!v) return false;
  long total = *v;
  ++k;
  while (k < et.tokens.size()) {
    if (long m = Multiplier(et.words[k])) {
      total *= m;
      ++k;
    } else {
      break;
    }
  }
  *value = total;
  *len = k - i;
  return true;
}

bool LooksLikeYear(const EventText& et, size_t i, long v) {
  if (v < 1900 || v > 2100 || et.words[i].size() != 4) return false;
  if (i == 0) return true;
  std::string_view prev = et.words[i - 1];
  return IsMonthWord(prev) || prev == "in" || prev == "since" || prev == "," ||
         prev == "of" || prev == "until" || prev == "by" || prev == "from" ||
         i + 1 >= et.tokens.size() || !et.tokens[i + 1].word;
}

bool NotACount(const EventText& et, size_t i, size_t len, long v) {
  if (i > 0 && (et.words[i - 1] == "$" || et.words[i - 1] == "no" ||
                IsMonthWord(et.words[i - 1]))) {
    return true;
  }
  size_t next = i + len;
  if (next < et.tokens.size() && (et.words[next] == "%" || et.words[next] == "percent" ||
                                  IsMonthWord(et.words[next]) || et.words[next] == ":")) {
    return true;
  }
  return et.tokens[i].digits && LooksLikeYear(et, i, v);
}

// "84-95" in one token.
bool HyphenRange(std::string_view w, long* lo, long* hi) {
  size_t dash = w.find('-');
  if (dash == std::string_view::npos) return false;
  auto a = Numeral(w.substr(0, dash));
  auto b = Numeral(w.substr(dash + 1));
  if (!a || !b || *b < *a) return false;
  *lo = *a;
  *hi = *b;
  return true;
}

// Whether token k can begin the number itself (ParseNumberAt's test after
// the qualifier), read from its filter slot.
bool NumberWordAt(const EventText& et, const NumberStarts& starts, size_t k) {
  if (k >= et.tokens.size()) return false;
  const Token& t = et.tokens[k];
  return t.word && (t.digits || starts.words.MayContainSlot(et.slots[k]));
}

// Whether the article "a" at token k begins a number: only before "dozen" or
// a multiplier, as BareNumber reads it ("a dozen"); a frequent word that most
// often does not.
bool ArticleBeginsNumber(const EventText& et, size_t k) {
  return k + 1 < et.tokens.size() &&
         (et.words[k + 1] == "dozen" || Multiplier(et.words[k + 1]) > 0);
}

// False when ParseNumberAt(et, i) finds nothing for the reasons it checks
// first: the number after any qualifier at i (one word or more) cannot
// begin there.
// `starts` is Starts(), fetched once by the caller.
bool MayStartNumber(const EventText& et, const NumberStarts& starts, size_t i) {
  if (NumberWordAt(et, starts, i)) return true;
  if (!starts.qualifiers.MayContainSlot(et.slots[i])) return false;
  for (size_t q = 1; q <= starts.longest_qualifier; ++q) {
    if (NumberWordAt(et, starts, i + q)) return true;
  }
  return false;
}

}  // namespace

std::optional<long> NumberWordValue(std::string_view w) {
  if (auto n = Numeral(w)) return n;
  if (auto it = Words().find(w); it != Words().end()) return it->second;
  size_t dash = w.find('-');
  if (dash != std::string_view::npos) {
    auto tens = Words().find(w.substr(0, dash));
    auto ones = Words().find(w.substr(dash + 1));
    if (tens != Words().end() && ones != Words().end() && tens->second >= 20 &&
        tens->second % 10 == 0 && ones->second < 10) {
      return tens->second + ones->second;
    }
  }
  return std::nullopt;
}

std::optional<NumberMention> ParseNumberAt(const EventText& et, size_t i) {
  NumberMention m;
  m.first = i;
  size_t q = QualifierAt(et, i, &m.qualifier);
  size_t k = i + q;
  // Every number starts with a word token: a numeral, or a word the
  // tables hold.
  if (k >= et.tokens.size() || !et.tokens[k].word) return std::nullopt;
  if (!et.tokens[k].digits && !Starts().words.MayContain(et.words[k]))
    return std::nullopt;
  if (et.words[k] == "a" && !ArticleBeginsNumber(et, k)) return std::nullopt;
  if (k < et.tokens.size() && et.tokens[k].word) {
    long lo, hi;
    if (HyphenRange(et.words[k], &lo, &hi)) {
      m.count = Count{lo, hi};
      m.last = k + 1;
      if (m.qualifier.empty()) m.qualifier = "between";
      return m;
    }
  }
  long value;
  size_t len;
  if (!BareNumber(et, k, &value, &len, &m.vague)) return std::nullopt;
  if (NotACount(et, k, len, value)) return std::nullopt;
  m.count.min = value;
  m.last = k + len;
  if (m.qualifier == "up to") m.count.max = value;
  // Ranges: "between 80 and 100", "80 to 100".
  size_t j = m.last;
  if (j < et.tokens.size() && (et.words[j] == "and" || et.words[j] == "to" ||
                               et.words[j] == "-" || et.words[j] == "or")) {
    long hi;
    size_t hi_len;
    bool hi_vague;
    if ((m.qualifier == "between" || et.words[j] != "and") &&
        BareNumber(et, j + 1, &hi, &hi_len, &hi_vague) && hi > value &&
        !NotACount(et, j + 1, hi_len, hi)) {
      m.count.max = hi;
      m.last = j + 1 + hi_len;
      if (m.qualifier.empty()) m.qualifier = "between";
    }
  }
  if (m.qualifier == "between" && !m.count.max) m.qualifier.clear();
  return m;
}

std::vector<NumberMention> FindNumbers(const EventText& et, size_t first, size_t last) {
  std::vector<NumberMention> out;
  const NumberStarts& starts = Starts();
  for (size_t i = first; i < last && i < et.tokens.size();) {
    if (!MayStartNumber(et, starts, i)) {
      ++i;
      continue;
    }
    if (auto m = ParseNumberAt(et, i); m && m->last <= last) {
      out.push_back(*m);
      i = m->last;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace vigil
