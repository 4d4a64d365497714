#include "clean/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>

namespace vigil {

std::string DetectLanguage(std::string_view text, std::string_view hint) {
  // CLD2 is reliable on a few hundred words; reading more costs time (it was
  // 15% of clean-and-store) without changing the answer for news articles.
  constexpr size_t kProbe = 2048;
  size_t n = std::min(text.size(), kProbe);
  // Do not cut inside a UTF-8 sequence.
  while (n < text.size() && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80)
    --n;
  bool reliable = false;
  std::string hint_str(hint);
  CLD2::CLDHints hints = {hint_str.empty() ? nullptr : hint_str.c_str(), nullptr,
                          CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language langs[3];
  int percents[3];
  double scores[3];
  int text_bytes = 0;
  CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      text.data(), static_cast<int>(n), /*is_plain_text=*/true, &hints, 0, langs,
      percents, scores, nullptr, &text_bytes, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE) return "un";
  std::string code = CLD2::LanguageCode(lang);
  if (!reliable && n >= 200) return code;  // long text: best guess is usually right
  return reliable ? code : "un";
}

}  // namespace vigil
