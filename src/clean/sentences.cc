#include "clean/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

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

// True when every byte of `s` is ASCII. No early exit, so the compiler
// vectorises the scan.
bool IsAscii(std::string_view s) {
  unsigned char any = 0;
  for (char c : s) any |= static_cast<unsigned char>(c);
  return any < 0x80;
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
// the rules), else the UTF-8 bytes themselves. Offsets() turns the
// iterator's offsets (increasing) into byte offsets.
class ParagraphText {
 public:
  explicit ParagraphText(std::string_view part) : part_(part) {}
  ParagraphText(const ParagraphText&) = delete;
  ParagraphText& operator=(const ParagraphText&) = delete;
  ~ParagraphText() { utext_close(ut_); }

  // Null when ICU cannot open the text.
  UText* Open() {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    const UChar* units = ToUtf16(&length);
    ut_ = units != nullptr ? utext_openUChars(nullptr, units, length, &status)
                           : utext_openUTF8(nullptr, part_.data(),
                                            static_cast<int64_t>(part_.size()), &status);
    walk_ = units != nullptr && !ascii_;
    return U_FAILURE(status) ? nullptr : ut_;
  }

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
  bool ascii_ = false;
  bool walk_ = false;  // offsets are UTF-16 units over non-ASCII text
  uint32_t byte_ = 0;
  int32_t utf16_ = 0;
};

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, uint32_t begin, uint32_t end) {
  std::vector<Span> out;
  icu::BreakIterator* bi = ThreadIterator();
  const std::string_view paragraph = text.substr(begin, end - begin);
  ParagraphText part(paragraph);
  UText* ut = bi == nullptr || OneAsciiSentence(paragraph) ? nullptr : part.Open();
  if (ut == nullptr) {
    PushTrimmed(text, begin, end, &out);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  bi->setText(ut, status);
  uint32_t prev = part.ByteOffset(bi->first());
  for (int32_t pos = bi->next(); pos != icu::BreakIterator::DONE; pos = bi->next()) {
    const uint32_t at = part.ByteOffset(pos);
    PushTrimmed(text, begin + prev, begin + at, &out);
    prev = at;
  }
  return out;
}

}  // namespace vigil
