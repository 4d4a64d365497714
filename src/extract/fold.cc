#include "extract/fold.h"

#include <unicode/uchar.h>

namespace vigil {
namespace {

// Base letter of a Latin letter with a diacritic, or 0 if `cp` has none.
char BaseLatin(char32_t cp) {
  static const char kLatin1[] =  // U+00C0 .. U+00FF
      "aaaaaaaceeeeiiiidnooooo/ouuuuyts"
      "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
  if (cp >= 0xC0 && cp <= 0xFF) {
    char c = kLatin1[cp - 0xC0];
    return c == '/' ? 0 : c;
  }
  static const char kExtA[] =  // U+0100 .. U+017F
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
      "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  if (cp >= 0x100 && cp <= 0x17F) return kExtA[cp - 0x100];
  switch (cp) {  // transliteration marks in Latin Extended Additional
    case 0x1E0C:
    case 0x1E0D:
      return 'd';
    case 0x1E24:
    case 0x1E25:
      return 'h';
    case 0x1E62:
    case 0x1E63:
      return 's';
    case 0x1E6C:
    case 0x1E6D:
      return 't';
    case 0x1E92:
    case 0x1E93:
      return 'z';
    case 0x1EF3:
      return 'y';
    default:
      return 0;
  }
}

}  // namespace

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

void AppendFolded(std::string_view s, std::string* out) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32)
                                          : static_cast<char>(c));
      ++i;
      continue;
    }
    const char32_t cp = DecodeUtf8(s, &i);
    if (cp == 0xFFFD) continue;
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BF || cp == 0x02BE ||
        cp == 0x02BB || cp == 0x2032 || cp == 0x0060 || cp == 0x00B4) {
      out->push_back('\'');
      continue;
    }
    if (cp == 0x2010 || cp == 0x2011) {
      out->push_back('-');
      continue;
    }
    if (cp == 0xDF) {
      out->append("ss");
      continue;
    }
    if (u_getCombiningClass(cp) != 0) continue;  // a combining mark
    if (const char b = BaseLatin(cp)) {
      out->push_back(b);
      continue;
    }
    AppendUtf8(u_tolower(cp), out);
  }
}

std::string Fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  AppendFolded(s, &out);
  return out;
}

}  // namespace vigil
