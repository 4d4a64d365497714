// HtmlPrescan is a fast pass over raw HTML before the DOM parse: it cuts out
// the bodies of raw-text elements (script, style, template, noscript, svg)
// and comments, which make up most bytes of a modern page and never hold
// article text, and keeps the JSON-LD script bodies for the metadata reader.
// It records where bytes were cut so that positions in the compacted text map
// back to the raw input.
#ifndef VIGIL_CLEAN_HTML_PRESCAN_H_
#define VIGIL_CLEAN_HTML_PRESCAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

// Result of Prescan. Plain value; no shared state.
struct PrescanResult {
  std::string compact;               // HTML with raw-text element bodies removed
  std::vector<std::string> json_ld;  // bodies of <script type="application/ld+json">
  // Map from compact to raw positions: cut i starts at compact position
  // cuts[i].compact and everything from there on sits cuts[i].shift bytes
  // further in the raw input.
  struct Cut {
    uint32_t compact;
    uint32_t shift;
  };
  std::vector<Cut> cuts;

  // Raw byte position of compact position `pos`.
  uint32_t ToRaw(uint32_t pos) const;
};

// Scans `html` once (linear time). Tags are recognised the way the HTML
// tokenizer does (quoted attribute values may hold '>'), so a cut never
// starts inside an attribute. An unclosed element keeps its body.
// Start tags nested deeper than `max_depth` (and their end tags) are cut too:
// the parser's work grows with the square of the nesting depth, and no
// article needs hundreds of levels.
PrescanResult Prescan(std::string_view html, int max_depth = 400);

}  // namespace vigil

#endif  // VIGIL_CLEAN_HTML_PRESCAN_H_
