// Unicode normalisation for clean text (ICU).
#ifndef VIGIL_CLEAN_UNICODE_H_
#define VIGIL_CLEAN_UNICODE_H_

#include <string>
#include <string_view>

namespace vigil {

// NFC of valid UTF-8 `s`; the input is returned unchanged when already NFC
// (the common case costs one quick check). Thread-safe.
std::string ToNfc(std::string_view s);

// ToNfc in place: `*s` is replaced only when it is not NFC. Thread-safe.
void NormalizeNfc(std::string* s);

// Collapses runs of Unicode white space (including NBSP and zero-width
// spaces) into one ASCII space and trims both ends. Curly quotes and dashes
// are kept as they are.
std::string CollapseSpace(std::string_view s);

}  // namespace vigil

#endif  // VIGIL_CLEAN_UNICODE_H_
