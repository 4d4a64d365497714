#include "clean/text_lines.h"

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_set>

namespace vigil {
namespace {

bool IsAsciiPunct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Length of the typographic punctuation sequence at the start of `s` (General
// Punctuation block, geometric bullets, guillemets, middle dot), or 0.
size_t PunctPrefix(std::string_view s) {
  if (s.size() >= 3 && s[0] == '\xE2') {
    unsigned char b1 = static_cast<unsigned char>(s[1]);
    if (b1 == 0x80 || (b1 == 0x81 && static_cast<unsigned char>(s[2]) < 0xB0)) return 3;
    if (b1 == 0x96 || b1 == 0x97) return 3;  // ■ ▪ ► ● ...
  }
  if (s.size() >= 2 && s[0] == '\xC2') {
    unsigned char b1 = static_cast<unsigned char>(s[1]);
    if (b1 == 0xAB || b1 == 0xBB || b1 == 0xB7 || b1 == 0xA0) return 2;
  }
  return 0;
}

// Length of the typographic punctuation sequence at the end of `s`, or 0.
size_t PunctSuffix(std::string_view s) {
  if (s.size() >= 3 && PunctPrefix(s.substr(s.size() - 3)) == 3) return 3;
  if (s.size() >= 2 && PunctPrefix(s.substr(s.size() - 2)) == 2) return 2;
  return 0;
}

bool IsSpace(std::string_view s, size_t i, size_t* len) {
  char c = s[i];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
    *len = 1;
    return true;
  }
  if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
    *len = 2;
    return true;
  }
  return false;
}

std::string_view Trim(std::string_view s, size_t* lead) {
  size_t b = 0;
  size_t len = 0;
  while (b < s.size() && IsSpace(s, b, &len)) b += len;
  size_t e = s.size();
  for (;;) {
    if (e > b && IsSpace(s, e - 1, &len)) {
      --e;
    } else if (e >= b + 2 && s[e - 2] == '\xC2' && s[e - 1] == '\xA0') {
      e -= 2;
    } else {
      break;
    }
  }
  *lead = b;
  return s.substr(b, e - b);
}

// A word of at most 7 bytes, ASCII letters folded to lower case, as one
// integer: its bytes in order and its length in the top byte.
uint64_t PackLower(std::string_view w) {
  // The bytes as one little-endian word, then every byte from 'A' to 'Z'
  // gets its 0x20 bit at once: 0x3F added to the low 7 bits reaches 0x80 from
  // 'A' on, 0x25 added from past 'Z' on; bytes >= 0x80 are left alone.
  uint64_t bytes = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    bytes |= uint64_t{static_cast<unsigned char>(w[i])} << (8 * i);
  }
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  const uint64_t low7 = bytes & (0x7F * kOnes);
  const uint64_t upper =
      (low7 + 0x3F * kOnes) & ~(low7 + 0x25 * kOnes) & ~bytes & (0x80 * kOnes);
  return (bytes | (upper >> 2)) | (uint64_t{w.size()} << 56);
}

// The short function words as packed keys in an open-addressed table: one
// multiply and usually one comparison per lookup. Function words are
// frequent, so most lookups succeed and a filter in front would not help.
class FunctionWords {
 public:
  FunctionWords() {
    for (std::string_view w :
         {"a",   "about",  "after",   "against", "an",  "and",    "are",  "as",   "at",
          "be",  "before", "between", "but",     "by",  "during", "for",  "from", "her",
          "his", "in",     "into",    "is",      "it",  "its",    "nor",  "of",   "off",
          "on",  "or",     "out",     "over",    "per", "than",   "that", "the",  "their",
          "to",  "under",  "up",      "via",     "vs",  "was",    "were", "with"}) {
      size_t slot = Slot(PackLower(w));
      while (slots_[slot] != 0) slot = (slot + 1) % kSlots;
      slots_[slot] = PackLower(w);
    }
  }
  // `w` has at most 7 bytes.
  bool Contains(std::string_view w) const {
    const uint64_t key = PackLower(w);
    for (size_t slot = Slot(key); slots_[slot] != 0; slot = (slot + 1) % kSlots) {
      if (slots_[slot] == key) return true;
    }
    return false;
  }

 private:
  static constexpr size_t kSlots = 128;  // a power of two, under half full
  static size_t Slot(uint64_t key) { return (key * 0x9E3779B97F4A7C15ULL) >> 57; }
  std::array<uint64_t, kSlots> slots_{};
};

bool IsFunctionWord(std::string_view w) {
  static const FunctionWords kFunctionWords;
  return w.size() <= 7 && kFunctionWords.Contains(w);
}

bool StartsUpper(std::string_view w) {
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 capitals À..Þ (except ×).
  return c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) >= 0x80 &&
         static_cast<unsigned char>(w[1]) <= 0x9E &&
         static_cast<unsigned char>(w[1]) != 0x97;
}

bool HasLetter(std::string_view w) {
  for (char c : w) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80)) return true;
  }
  return false;
}

// Drops a trailing bracketed note such as a citation mark "[4]" or an
// editor's "[passage omitted]" from `s`; true if one was found.
bool DropBracketNote(std::string_view* s) {
  if (s->size() < 3 || s->back() != ']') return false;
  size_t open = s->rfind('[');
  if (open == std::string_view::npos || open == 0 || s->size() - open > 48) return false;
  s->remove_suffix(s->size() - open);
  while (!s->empty() && (s->back() == ' ' || s->back() == '\t')) s->remove_suffix(1);
  return true;
}

// A sentence end (. ! ? …) or a colon introducing what follows, possibly
// followed by closing quotes, brackets or citation marks.
bool EndsTerminal(std::string_view s) {
  for (;;) {
    if (DropBracketNote(&s)) continue;
    if (s.empty()) return false;
    char c = s.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      s.remove_suffix(1);
      continue;
    }
    size_t n = PunctSuffix(s);
    if (n == 0) return c == '.' || c == '!' || c == '?' || c == ':';
    std::string_view p = s.substr(s.size() - n);
    if (p == "\xE2\x80\xA6") return true;  // …
    // Closing quotes and guillemets: look before them.
    if (p == "\xE2\x80\x9D" || p == "\xE2\x80\x99" || p == "\xC2\xBB") {
      s.remove_suffix(n);
      continue;
    }
    return false;
  }
}

bool StartsWithBullet(std::string_view s) {
  size_t n = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '*')) {
    n = 1;
  } else if (s.starts_with("\xE2\x80\xA2") || s.starts_with("\xE2\x80\x93") ||
             s.starts_with("\xE2\x96\xAA") || s.starts_with("\xE2\x96\xBA")) {
    n = 3;
  } else if (s.starts_with("\xC2\xB7")) {
    n = 2;
  }
  return n > 0 && s.size() > n + 1 && (s[n] == ' ' || s[n] == '\t');
}

bool EndsWithDash(std::string_view s) {
  return s.ends_with(" -") || s.ends_with("--") || s.ends_with("\xE2\x80\x93") ||
         s.ends_with("\xE2\x80\x94");
}

void ComputeFeatures(TextLine* line) {
  ForEachWord(line->text, [line](std::string_view w) {
    ++line->words;
    if (HasLetter(w) && !IsFunctionWord(w)) {
      ++line->content_words;
      if (StartsUpper(w)) ++line->capitalised;
    }
    return true;
  });
  line->terminal = EndsTerminal(line->text);
  line->bullet = StartsWithBullet(line->text);
  line->ends_with_dash = line->words > 0 && EndsWithDash(line->text);
}

}  // namespace

std::string_view StripPunctuation(std::string_view t) {
  // Most tokens start and end with an ASCII letter or digit: nothing to strip
  // (unless an ill-formed typographic sequence runs into the last byte).
  if (!t.empty() && IsAsciiAlnum(t.front()) && IsAsciiAlnum(t.back()) &&
      (t.size() < 3 || t[t.size() - 3] != '\xE2')) {
    return t;
  }
  for (;;) {
    if (!t.empty() && IsAsciiPunct(t.front())) {
      t.remove_prefix(1);
    } else if (size_t n = PunctPrefix(t); n > 0) {
      t.remove_prefix(n);
    } else {
      break;
    }
  }
  for (;;) {
    if (!t.empty() && IsAsciiPunct(t.back())) {
      t.remove_suffix(1);
    } else if (size_t n = PunctSuffix(t); n > 0) {
      t.remove_suffix(n);
    } else {
      break;
    }
  }
  return t;
}

bool HasWordChar(std::string_view token) {
  for (char c : token) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        (c & 0x80)) {
      return true;
    }
  }
  return false;
}

std::vector<TextLine> SplitLines(std::string_view text) {
  if (text.size() > std::numeric_limits<uint32_t>::max()) {
    text = text.substr(0, std::numeric_limits<uint32_t>::max());
  }
  std::vector<TextLine> lines;
  bool blank_before = false;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t lead = 0;
    TextLine line;
    line.text = Trim(text.substr(pos, nl - pos), &lead);
    line.begin = static_cast<uint32_t>(pos + lead);
    line.end = static_cast<uint32_t>(pos + lead + line.text.size());
    if (line.text.empty()) {
      blank_before = true;
    } else {
      line.blank_before = blank_before;
      blank_before = false;
      ComputeFeatures(&line);
      lines.push_back(line);
    }
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  return lines;
}

namespace {

// Code points in `s` (UTF-8 continuation bytes not counted).
size_t Chars(std::string_view s) {
  // 32-bit count (lines are under 4 GiB): the loop vectorises 4 lanes wider.
  uint32_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The width a hard-wrapped text was broken at, or 0 when it was not: most
// lines end close to one width and none runs much past it.
size_t WrapWidth(const std::vector<TextLine>& lines) {
  constexpr size_t kMinLines = 6;
  constexpr size_t kMaxWidth = 100;
  if (lines.size() < kMinLines) return 0;
  std::vector<size_t> widths;
  widths.reserve(lines.size());
  for (const TextLine& line : lines) widths.push_back(Chars(line.text));
  std::vector<size_t> sorted = widths;
  size_t p95 = sorted.size() * 95 / 100;
  std::nth_element(sorted.begin(), sorted.begin() + p95, sorted.end());
  size_t width = sorted[p95];
  if (width < 40 || width > kMaxWidth) return 0;
  size_t near_width = 0;
  size_t open_ended = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (widths[i] > width + 10) return 0;
    if (widths[i] * 4 >= width * 3) ++near_width;
    if (!lines[i].terminal && widths[i] * 4 >= width * 3) ++open_ended;
  }
  // Most lines reach the width and many of those stop mid-sentence.
  bool wrapped = near_width * 2 >= lines.size() && open_ended * 3 >= lines.size();
  return wrapped ? width : 0;
}

}  // namespace

std::vector<TextLine> JoinWrappedLines(std::vector<TextLine> lines,
                                       std::deque<std::string>* storage) {
  size_t width = WrapWidth(lines);
  if (width == 0) return lines;
  std::vector<TextLine> out;
  size_t i = 0;
  while (i < lines.size()) {
    size_t j = i;
    // A line that reaches 60% of the width continues into the next one unless
    // a blank line or a bullet starts a new paragraph.
    while (j + 1 < lines.size() && !lines[j + 1].blank_before && !lines[j + 1].bullet &&
           Chars(lines[j].text) * 5 >= width * 3) {
      ++j;
    }
    if (j == i) {
      out.push_back(lines[i]);
    } else {
      std::string& joined = storage->emplace_back(lines[i].text);
      for (size_t k = i + 1; k <= j; ++k) (joined += ' ') += lines[k].text;
      TextLine unit;
      unit.text = joined;
      unit.begin = lines[i].begin;
      unit.end = lines[j].end;
      unit.blank_before = lines[i].blank_before;
      ComputeFeatures(&unit);
      out.push_back(unit);
    }
    i = j + 1;
  }
  return out;
}

}  // namespace vigil
