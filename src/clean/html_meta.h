// HTML page metadata: the article's title, publication date, site name and
// language as the page declares them in <meta> tags, JSON-LD, <time>, <h1>
// and <title>, in that order of trust.
#ifndef VIGIL_CLEAN_HTML_META_H_
#define VIGIL_CLEAN_HTML_META_H_

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

#include "clean/text_block.h"

namespace vigil {

// Fills title, published, site and language_hint of `out` from the parsed
// page under `root` and the bodies of its JSON-LD scripts. Fields with
// nothing found stay empty. Pure function; iterative, any depth.
void ReadHtmlMeta(const GumboNode* root, const std::vector<std::string>& json_ld,
                  BodyExtraction* out);

// Drops a trailing or leading " | Site Name" style part from a page title:
// a part after the last separator (|, -, –, —, :, ·, /) is dropped when it
// names `site` or is much shorter than the rest. Pure function.
std::string StripTitleSiteSuffix(std::string_view title, std::string_view site);

// The string value of the first `"key": "..."` pair in a JSON text, with
// escapes decoded; "" when absent. Tolerant of broken JSON around the pair.
std::string FindJsonString(std::string_view json, std::string_view key);

// Concatenated text of a node's subtree, whitespace collapsed.
std::string NodeText(const GumboNode* node);

}  // namespace vigil

#endif  // VIGIL_CLEAN_HTML_META_H_
