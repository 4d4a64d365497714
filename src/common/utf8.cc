#include "common/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace vigil {
namespace {

// True when the 8 bytes at p are all ASCII.
bool AllAscii8(const char* p) {
  uint64_t eight;
  std::memcpy(&eight, p, sizeof eight);
  return (eight & 0x8080808080808080ULL) == 0;
}

}  // namespace

size_t Utf8SequenceLength(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;  // overlong
    if (c == 0xED) hi = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (size_t k = 2; k < n; ++k) {
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  }
  return n;
}

char32_t MultiByteCodePointAt(std::string_view s, size_t i, size_t* len) {
  const size_t n = Utf8SequenceLength(s, i);
  if (n == 0) {
    *len = 1;
    return 0xFFFD;
  }
  *len = n;
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (n == 1) return b(0);
  char32_t cp = b(0) & (0xFF >> (n + 1));
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (b(k) & 0x3F);
  return cp;
}

size_t ValidUtf8Prefix(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    // Fast path over ASCII runs, 8 bytes at a time where they fit.
    if (i + 8 <= s.size() && AllAscii8(s.data() + i)) {
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t n = Utf8SequenceLength(s, i);
    if (n == 0) return i;
    i += n;
  }
  return i;
}

std::string RepairUtf8(std::string_view s, size_t* replaced) {
  size_t count = 0;
  std::string out;
  size_t valid = ValidUtf8Prefix(s);
  if (valid == s.size()) {
    if (replaced) *replaced = 0;
    return std::string(s);
  }
  out.reserve(s.size() + 16);
  size_t i = 0;
  while (i < s.size()) {
    const size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++count;
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  if (replaced) *replaced = count;
  return out;
}

bool LooksBinary(std::string_view s, size_t probe) {
  const size_t n = std::min(probe, s.size());
  if (n == 0) return false;
  // No early exit at a NUL byte, and counts rather than flags: the loop
  // vectorises.
  size_t control = 0;
  size_t nul = 0;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t c = static_cast<unsigned char>(s[i]);
    nul += c == 0;
    control += (c < 0x20) & (c != '\n') & (c != '\r') & (c != '\t') & (c != '\f');
  }
  return nul > 0 || control * 10 > n;  // or more than 10% control bytes
}

}  // namespace vigil
