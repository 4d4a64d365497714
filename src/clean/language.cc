#include "clean/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>

namespace vigil {

namespace {

// A prefix of `text` of at most `limit` bytes, not cut inside a UTF-8
// sequence.
std::string_view Prefix(std::string_view text, size_t limit) {
  size_t n = std::min(text.size(), limit);
  while (n < text.size() && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80)
    --n;
  return text.substr(0, n);
}

struct Detection {
  CLD2::Language lang = CLD2::UNKNOWN_LANGUAGE;
  int percent = 0;  // of the text's letters, in lang
  bool reliable = false;
};

Detection Detect(std::string_view text, const std::string& hint) {
  CLD2::CLDHints hints = {hint.empty() ? nullptr : hint.c_str(), nullptr,
                          CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language langs[3];
  int percents[3];
  double scores[3];
  int text_bytes = 0;
  Detection d;
  d.lang =
      CLD2::ExtDetectLanguageSummary(text.data(), static_cast<int>(text.size()),
                                     /*is_plain_text=*/true, &hints, 0, langs, percents,
                                     scores, nullptr, &text_bytes, &d.reliable);
  d.percent = percents[0];
  return d;
}

}  // namespace

std::string DetectLanguage(std::string_view text, std::string_view hint) {
  // CLD2 is reliable on a few hundred words; reading more costs time (it was
  // 15% of clean-and-store) without changing the answer for news articles.
  // A first probe of half the length settles most articles: one language,
  // reliable, nearly all of the letters; anything less reads the full probe.
  constexpr size_t kQuickProbe = 1024, kProbe = 2048;
  constexpr int kSettledPercent = 95;
  const std::string hint_str(hint);
  Detection d;
  std::string_view probe = Prefix(text, kQuickProbe);
  if (probe.size() < text.size()) {
    d = Detect(probe, hint_str);
    if (!d.reliable || d.percent < kSettledPercent) d.lang = CLD2::UNKNOWN_LANGUAGE;
  }
  if (d.lang == CLD2::UNKNOWN_LANGUAGE) {
    probe = Prefix(text, kProbe);
    d = Detect(probe, hint_str);
  }
  if (d.lang == CLD2::UNKNOWN_LANGUAGE) return "un";
  std::string code = CLD2::LanguageCode(d.lang);
  if (!d.reliable && probe.size() >= 200)
    return code;  // long text: best guess is usually right
  return d.reliable ? code : "un";
}

}  // namespace vigil
