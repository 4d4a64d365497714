// Language identification (CLD2).
#ifndef VIGIL_CLEAN_LANGUAGE_H_
#define VIGIL_CLEAN_LANGUAGE_H_

#include <string>
#include <string_view>

namespace vigil {

// ISO 639-1 code (e.g. "en", "ar") of the main language of valid UTF-8 `text`,
// or "un" when CLD2 is not reliable. `hint` is an optional content-language
// code. Thread-safe.
std::string DetectLanguage(std::string_view text, std::string_view hint = {});

}  // namespace vigil

#endif  // VIGIL_CLEAN_LANGUAGE_H_
