#include "clean/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "common/utf8.h"

namespace vigil {
namespace {

icu::BreakIterator* ThreadIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createSentenceInstance(
        icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) bi.reset();
    return bi;
  }();
  return it.get();
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

void PushTrimmed(std::string_view text, uint32_t b, uint32_t e, std::vector<Span>* out) {
  while (b < e && IsSpace(text[b])) ++b;
  while (e > b && IsSpace(text[e - 1])) --e;
  if (b < e) out->push_back({b, e});
}

// True when `s` is ASCII without a sentence terminal (. ! ?) or a line break:
// ICU's sentence rules put no boundary inside such text, so it is one
// sentence (headings, datelines, captions). Vectorises like IsAscii.
bool OneAsciiSentence(std::string_view s) {
  uint8_t any = 0;
  uint8_t stops = 0;
  for (char ch : s) {
    const auto c = static_cast<uint8_t>(ch);
    any |= c;
    // Byte arithmetic throughout (no bool), or GCC does not vectorise the loop.
    stops |= (c == '.' ? 1 : 0) | (c == '!' ? 1 : 0) | (c == '?' ? 1 : 0) |
             (c == '\r' ? 1 : 0) | (c == '\n' ? 1 : 0);
  }
  return any < 0x80 && stops == 0;
}

// A paragraph as the break iterator reads it: UTF-16 in a per-thread buffer
// when it is well-formed UTF-8 (ICU reads UTF-16 in one chunk; through a
// UTF-8 UText it converts small chunks again and again, which cost more than
// the rules), else the UTF-8 bytes themselves. ByteOffset() turns the
// iterator's offsets (increasing) into byte offsets.
class ParagraphText {
 public:
  explicit ParagraphText(std::string_view part) : part_(part) {}
  ParagraphText(const ParagraphText&) = delete;
  ParagraphText& operator=(const ParagraphText&) = delete;
  ~ParagraphText() { utext_close(ut_); }

  // False when ICU cannot read the text. Well-formed text is then read as
  // units(), ill-formed text through Utf8Text().
  bool Open() {
    units_ = ToUtf16(&length_);
    walk_ = units_ != nullptr && !ascii_;
    if (units_ != nullptr) return true;
    UErrorCode status = U_ZERO_ERROR;
    ut_ = utext_openUTF8(nullptr, part_.data(), static_cast<int64_t>(part_.size()),
                         &status);
    return U_SUCCESS(status);
  }

  // The UTF-16 units of well-formed text, else null.
  const UChar* units() const { return units_; }
  int32_t length() const { return length_; }
  // The UTF-8 bytes of ill-formed text, else null.
  UText* Utf8Text() const { return ut_; }

  uint32_t ByteOffset(int32_t offset) {
    if (!walk_) return static_cast<uint32_t>(offset);
    while (utf16_ < offset && byte_ < part_.size()) {
      const auto lead = static_cast<unsigned char>(part_[byte_]);
      const uint32_t bytes = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      byte_ += bytes;
      utf16_ += bytes == 4 ? 2 : 1;  // a surrogate pair
    }
    return byte_;
  }

 private:
  // The UTF-16 form of part_, or null when it is not well-formed UTF-8 (or
  // too long for ICU's 32-bit lengths).
  const UChar* ToUtf16(int32_t* length) {
    thread_local std::vector<UChar> buffer;
    if (part_.size() >= INT32_MAX / 2) return nullptr;
    buffer.resize(part_.size() + 1);  // never more UTF-16 units than UTF-8 bytes
    ascii_ = IsAscii(part_);
    if (ascii_) {
      std::copy(part_.begin(), part_.end(), buffer.begin());
      *length = static_cast<int32_t>(part_.size());
      return buffer.data();
    }
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(buffer.data(), static_cast<int32_t>(buffer.size()), length,
                  part_.data(), static_cast<int32_t>(part_.size()), &status);
    return U_FAILURE(status) ? nullptr : buffer.data();
  }

  std::string_view part_;
  UText* ut_ = nullptr;
  const UChar* units_ = nullptr;
  int32_t length_ = 0;
  bool ascii_ = false;
  bool walk_ = false;  // offsets are UTF-16 units over non-ASCII text
  uint32_t byte_ = 0;
  int32_t utf16_ = 0;
};

// The code point at units[i] (i < n), with its length in units.
UChar32 CodePointAt(const UChar* units, int32_t n, int32_t i, int32_t* length) {
  UChar32 c = 0;
  int32_t next = i;
  U16_NEXT(units, next, n, c);
  *length = next - i;
  return c;
}

// The ASCII characters a sentence boundary can follow, one load each.
constexpr std::array<bool, 0x80> MakeAsciiStops() {
  std::array<bool, 0x80> stops{};
  for (char c : {'.', '!', '?', '\n', '\r'}) stops[static_cast<unsigned char>(c)] = true;
  return stops;
}
constexpr std::array<bool, 0x80> kAsciiStops = MakeAsciiStops();

// ATerm, STerm or a paragraph separator: the only characters a sentence
// boundary can follow (UAX #29 SB4, SB11; every other position is SB998).
bool MayEndSentence(UChar32 c) {
  if (c < 0x80) return kAsciiStops[c];
  const int sb = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
  return sb == U_SB_ATERM || sb == U_SB_STERM || sb == U_SB_SEP || sb == U_SB_CR ||
         sb == U_SB_LF;
}

// True when one of the 16 units from p is not ASCII or may end a sentence.
// Byte arithmetic without early exit, so the compiler vectorises it.
bool BlockMayStop(const UChar* p) {
  uint8_t hit = 0;
  for (int k = 0; k < 16; ++k) {
    const UChar c = p[k];
    hit |= (c >= 0x80 ? 1 : 0) | (c == '.' ? 1 : 0) | (c == '!' ? 1 : 0) |
           (c == '?' ? 1 : 0) | (c == '\n' ? 1 : 0) | (c == '\r' ? 1 : 0);
  }
  return hit != 0;
}

// The first index at or after i (< n) where a character that may end a
// sentence starts, or n.
int32_t NextStop(const UChar* units, int32_t n, int32_t i) {
  while (i + 16 <= n && !BlockMayStop(units + i)) i += 16;
  while (i < n) {
    if (units[i] < 0x80) {
      if (kAsciiStops[units[i]]) return i;
      ++i;
      continue;
    }
    int32_t length = 0;
    if (MayEndSentence(CodePointAt(units, n, i, &length))) return i;
    i += length;
  }
  return n;
}

// Upper, Lower or OLetter: the look-ahead after a terminator (SB8) ends at
// the first letter.
bool IsLetter(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  const int sb = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
  return sb == U_SB_UPPER || sb == U_SB_LOWER || sb == U_SB_OLETTER;
}

// ICU's sentence boundaries in units[0, n), found by asking the iterator only
// about a short window around each terminator instead of reading every
// character. Whether a boundary follows a terminator is decided by the text
// from a few characters before it (SB7 reads one back, the abbreviation
// suppressions one word) to the first letter after it (SB8), so a window
// from kBack units before the terminator to kAhead units past that letter
// gives ICU's answer for the stretch up to the letter; the window's own first
// and last boundaries are not taken. sentences_test.cc checks the result
// against ICU reading whole texts (random and written ones). Calls
// fn(boundary) in increasing order, ending with n.
template <typename Fn>
void ForEachBoundary(icu::BreakIterator* bi, const UChar* units, int32_t n, Fn fn) {
  // Twice the longest abbreviation ICU's English suppressions hold (8
  // characters, read back from the stop and forward again).
  constexpr int32_t kBack = 16, kAhead = 8;
  UText* window = nullptr;
  int32_t pos = 0;
  int32_t last = 0;
  while (pos < n) {
    const int32_t stop = NextStop(units, n, pos);
    if (stop == n) break;
    int32_t length = 0;
    CodePointAt(units, n, stop, &length);
    int32_t letter = stop + length;
    while (letter < n && !IsLetter(CodePointAt(units, n, letter, &length)))
      letter += length;
    int32_t begin = std::max(0, stop - kBack);
    if (begin > 0 && U16_IS_TRAIL(units[begin])) --begin;
    int32_t end = std::min(n, letter + kAhead);
    if (end < n && U16_IS_TRAIL(units[end])) ++end;
    UErrorCode status = U_ZERO_ERROR;
    window = utext_openUChars(window, units + begin, end - begin, &status);
    bi->setText(window, status);
    int32_t at = U_SUCCESS(status) ? bi->first() : icu::BreakIterator::DONE;
    while (at != icu::BreakIterator::DONE && begin + at <= stop) at = bi->next();
    if (at != icu::BreakIterator::DONE && begin + at <= letter) {
      pos = last = begin + at;
      fn(last);
    } else {
      pos = letter;  // no boundary up to the letter
    }
  }
  utext_close(window);
  if (last < n) fn(n);
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, uint32_t begin, uint32_t end) {
  std::vector<Span> out;
  icu::BreakIterator* bi = ThreadIterator();
  const std::string_view paragraph = text.substr(begin, end - begin);
  ParagraphText part(paragraph);
  if (bi == nullptr || OneAsciiSentence(paragraph) || !part.Open()) {
    PushTrimmed(text, begin, end, &out);
    return out;
  }
  uint32_t prev = 0;
  auto push = [&](int32_t boundary) {
    const uint32_t at = part.ByteOffset(boundary);
    PushTrimmed(text, begin + prev, begin + at, &out);
    prev = at;
  };
  if (part.units() != nullptr) {
    ForEachBoundary(bi, part.units(), part.length(), push);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;  // ill-formed UTF-8: ICU reads it all
  bi->setText(part.Utf8Text(), status);
  bi->first();
  for (int32_t pos = bi->next(); pos != icu::BreakIterator::DONE; pos = bi->next()) {
    push(pos);
  }
  return out;
}

}  // namespace vigil
