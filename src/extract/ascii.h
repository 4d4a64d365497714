// ASCII byte classes for the scanners' fast paths: one table load per byte,
// no decoding. Bytes from 0x80 on (parts of multi-byte UTF-8) are in none.
#ifndef VIGIL_EXTRACT_ASCII_H_
#define VIGIL_EXTRACT_ASCII_H_

#include <array>

namespace vigil {

// Whether each byte value is an ASCII letter or digit.
inline constexpr std::array<bool, 256> kAsciiAlnumByte = [] {
  std::array<bool, 256> table{};
  for (int b = 0; b < 256; ++b)
    table[b] = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
  return table;
}();

// Whether byte `b` is an ASCII letter or digit (std::isalnum's answer in the
// "C" locale).
inline bool IsAsciiAlnumByte(char b) {
  return kAsciiAlnumByte[static_cast<unsigned char>(b)];
}

}  // namespace vigil

#endif  // VIGIL_EXTRACT_ASCII_H_
