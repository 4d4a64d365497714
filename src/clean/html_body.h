// HtmlBody picks the article body out of a page's element table: it scores
// containers by the paragraphs they hold (text length, commas, link density,
// class/id hints, depth), takes the best container with the siblings that
// belong to it, and emits its paragraphs in reading order while dropping
// furniture inside it (share bars, captions, link lists, bylines).
#ifndef VIGIL_CLEAN_HTML_BODY_H_
#define VIGIL_CLEAN_HTML_BODY_H_

#include <vector>

#include "clean/html_dom.h"
#include "clean/text_block.h"

namespace vigil {

struct HtmlBodyOptions {
  // Paragraphs shorter than this (visible characters) do not score containers.
  uint32_t min_paragraph_chars = 25;
  // Elements inside the body whose link text exceeds this share are dropped.
  double max_link_density = 0.5;
  // Siblings of the best container join it when they score this share of it.
  double sibling_share = 0.2;
};

// Body blocks of the page in reading order. Offsets are positions in the
// text gumbo parsed. Pure function of its inputs.
std::vector<TextBlock> ExtractBodyBlocks(const HtmlDom& dom,
                                         const HtmlBodyOptions& options = {});

}  // namespace vigil

#endif  // VIGIL_CLEAN_HTML_BODY_H_
