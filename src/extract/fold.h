// Folding of words for lookup: lower case, Latin diacritics removed, curly
// apostrophes made straight ("Öcalan" -> "ocalan", "Qa’ida" -> "qa'ida").
// Letters outside Latin are lower-cased by ICU and kept.
#ifndef VIGIL_EXTRACT_FOLD_H_
#define VIGIL_EXTRACT_FOLD_H_

#include <string>
#include <string_view>

#include "common/utf8.h"

namespace vigil {

// Appends the folded form of UTF-8 `s` to *out. Invalid bytes are dropped.
// Thread-safe.
void AppendFolded(std::string_view s, std::string* out);

// The folded form of `s`.
std::string Fold(std::string_view s);

// Decodes one code point of UTF-8 at s[*i] (*i < s.size()) and advances *i
// (by one byte on invalid input, returning U+FFFD).
inline char32_t DecodeUtf8(std::string_view s, size_t* i) {
  size_t len = 0;
  const char32_t cp = CodePointAt(s, *i, &len);
  *i += len;
  return cp;
}

// Appends `cp` to *out as UTF-8.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_FOLD_H_
