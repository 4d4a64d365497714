#include "clean/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>

#include "clean/kept_run.h"
#include "common/utf8.h"

namespace vigil {

namespace {

// True when well-formed UTF-8 `s` is NFC, checked in place (no UTF-16 copy).
bool IsNfcUtf8(const icu::Normalizer2& nfc, std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const bool nfc_already = nfc.isNormalizedUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), status);
  return nfc_already && U_SUCCESS(status);
}

}  // namespace

void NormalizeNfc(std::string* s) {
  if (IsAscii(*s)) return;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;
  if (IsValidUtf8(*s) && IsNfcUtf8(*nfc, *s)) return;
  // Not NFC, or ill-formed: ICU reads ill-formed sequences as U+FFFD in UTF-16.
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s->data(), static_cast<int32_t>(s->size())));
  if (nfc->isNormalized(u, status) && U_SUCCESS(status)) return;
  status = U_ZERO_ERROR;
  icu::UnicodeString n = nfc->normalize(u, status);
  if (U_FAILURE(status)) return;
  s->clear();
  n.toUTF8String(*s);
}

std::string ToNfc(std::string_view s) {
  std::string out(s);
  NormalizeNfc(&out);
  return out;
}

namespace {

// Length of a white-space code point at s[i], 0 if none.
size_t SpaceLength(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0)
    return 2;
  if (c == 0xE2 && i + 2 < s.size()) {
    const unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    const unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
    // U+2000..U+200B spaces, U+2028/2029 separators, U+202F, U+205F
    if (c1 == 0x80 && (c2 <= 0x8B || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF)) return 3;
    if (c1 == 0x81 && c2 == 0x9F) return 3;
  }
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80)
    return 3;  // U+3000
  if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
      static_cast<unsigned char>(s[i + 2]) == 0xBF)
    return 3;  // BOM / ZWNBSP
  return 0;
}

// Bytes that may start a white-space code point (see SpaceLength); every
// other byte is copied as it is.
constexpr std::array<bool, 256> MakeSpaceLeads() {
  std::array<bool, 256> t{};
  for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = true;
  for (unsigned char c : {0xC2, 0xE2, 0xE3, 0xEF}) t[c] = true;
  return t;
}
constexpr std::array<bool, 256> kSpaceLeads = MakeSpaceLeads();

}  // namespace

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (size_t i = 0; i < s.size();) {
    const size_t n = SpaceLength(s, i);
    if (n) {
      pending = !out.empty();
      i += n;
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    const size_t run =
        KeptRun(s, i, [](char c) { return kSpaceLeads[static_cast<unsigned char>(c)]; });
    out.append(s.data() + i, run);
    i += run;
  }
  return out;
}

}  // namespace vigil
