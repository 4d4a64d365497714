// A TextBlock is one paragraph-like unit of body text kept by a cleaner,
// with the raw byte range it came from.
#ifndef VIGIL_CLEAN_TEXT_BLOCK_H_
#define VIGIL_CLEAN_TEXT_BLOCK_H_

#include <cstdint>
#include <string>
#include <vector>

namespace vigil {

struct TextBlock {
  std::string text;        // UTF-8, whitespace collapsed, no newline inside
  uint32_t raw_begin = 0;  // [raw_begin, raw_end) in the raw input bytes
  uint32_t raw_end = 0;
  bool heading = false;  // a heading inside the body (h2..h6, short title-case line)
};

// What a format-specific cleaner found in one article.
struct BodyExtraction {
  std::string title;              // empty when none found
  std::string published;          // as found (any format); normalised by the Cleaner
  std::string site;               // og:site_name or similar; empty when none
  std::string language_hint;      // <html lang>, content-language; empty when none
  std::vector<TextBlock> blocks;  // body in reading order
};

}  // namespace vigil

#endif  // VIGIL_CLEAN_TEXT_BLOCK_H_
