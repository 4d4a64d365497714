// UTF-8 checks and repairs on byte strings.
#ifndef VIGIL_COMMON_UTF8_H_
#define VIGIL_COMMON_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace vigil {

// Number of bytes at the start of `s` that form valid UTF-8 (== s.size() when
// the whole string is valid). Overlong forms and surrogates are invalid.
size_t ValidUtf8Prefix(std::string_view s);

inline bool IsValidUtf8(std::string_view s) { return ValidUtf8Prefix(s) == s.size(); }

// True when every byte of `s` is ASCII. No early exit, so the compiler
// vectorises the scan.
inline bool IsAscii(std::string_view s) {
  unsigned char any = 0;
  for (char c : s) any |= static_cast<unsigned char>(c);
  return any < 0x80;
}

// Copy of `s` with every invalid byte sequence replaced by U+FFFD; counts
// replacements in *replaced when given. Valid input is returned unchanged.
std::string RepairUtf8(std::string_view s, size_t* replaced = nullptr);

// Length in bytes of the UTF-8 sequence starting at s[i], or 0 if invalid.
size_t Utf8SequenceLength(std::string_view s, size_t i);

// CodePointAt for a sequence that does not start with an ASCII byte.
char32_t MultiByteCodePointAt(std::string_view s, size_t i, size_t* len);

// Code point of the UTF-8 sequence at s[i] (i < s.size()), its length in
// *len; an invalid sequence reads as U+FFFD of length 1. ASCII is read
// inline: tokenisers call this for every character.
inline char32_t CodePointAt(std::string_view s, size_t i, size_t* len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  return MultiByteCodePointAt(s, i, len);
}

// Heuristic: true when `s` looks like binary data rather than text (NUL bytes
// or a high share of control bytes in its first `probe` bytes).
bool LooksBinary(std::string_view s, size_t probe = 4096);

}  // namespace vigil

#endif  // VIGIL_COMMON_UTF8_H_
