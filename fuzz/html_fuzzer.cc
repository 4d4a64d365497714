// libFuzzer target: HtmlExtractor::Extract on arbitrary bytes. Inputs are
// capped so that one run stays fast; the extractor itself must never crash,
// hang, or report block offsets outside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "clean/html_extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr size_t kMaxInput = 1 << 20;
  if (size > kMaxInput) return 0;
  static const vigil::HtmlExtractor extractor;
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  const vigil::BodyExtraction out = extractor.Extract(html);
  for (const vigil::TextBlock& block : out.blocks) {
    if (block.raw_begin > block.raw_end || block.raw_end > size) std::abort();
  }
  return 0;
}
