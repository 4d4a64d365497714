#include "clean/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>

namespace vigil {
namespace {

icu::BreakIterator* ThreadIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createSentenceInstance(
        icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status)) bi.reset();
    return bi;
  }();
  return it.get();
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

void PushTrimmed(std::string_view text, uint32_t b, uint32_t e, std::vector<Span>* out) {
  while (b < e && IsSpace(text[b])) ++b;
  while (e > b && IsSpace(text[e - 1])) --e;
  if (b < e) out->push_back({b, e});
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, uint32_t begin, uint32_t end) {
  std::vector<Span> out;
  icu::BreakIterator* bi = ThreadIterator();
  std::string_view part = text.substr(begin, end - begin);
  if (bi == nullptr) {
    PushTrimmed(text, begin, end, &out);
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut =
      utext_openUTF8(nullptr, part.data(), static_cast<int64_t>(part.size()), &status);
  if (U_FAILURE(status)) {
    PushTrimmed(text, begin, end, &out);
    return out;
  }
  bi->setText(ut, status);
  int32_t prev = bi->first();
  for (int32_t pos = bi->next(); pos != icu::BreakIterator::DONE; pos = bi->next()) {
    PushTrimmed(text, begin + prev, begin + pos, &out);
    prev = pos;
  }
  utext_close(ut);
  return out;
}

}  // namespace vigil
