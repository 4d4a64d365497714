#include "clean/text_cleaner.h"

namespace vigil {

TextCleaner::TextCleaner(TextCleanOptions options) : options_(options) {}

// Placeholder: keeps every non-empty line. Replaced by the rule-based cleaner.
BodyExtraction TextCleaner::Clean(std::string_view text) const {
  BodyExtraction out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
      out.blocks.push_back({std::string(line), static_cast<uint32_t>(pos),
                            static_cast<uint32_t>(nl), false});
    }
    pos = nl + 1;
  }
  return out;
}

}  // namespace vigil
