#include "clean/html_extractor.h"

#include <gumbo.h>

namespace vigil {

HtmlExtractor::HtmlExtractor(HtmlOptions options) : options_(options) {}

namespace {

void CollectText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT) {
    out->append(node->v.text.text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) return;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    CollectText(static_cast<const GumboNode*>(children.data[i]), out);
    out->push_back(' ');
  }
}

}  // namespace

// Placeholder: all visible text as one block. Replaced by the main-text extractor.
BodyExtraction HtmlExtractor::Extract(std::string_view html) const {
  BodyExtraction out;
  if (html.size() > options_.max_html_bytes) html = html.substr(0, options_.max_html_bytes);
  GumboOutput* doc = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  TextBlock block;
  CollectText(doc->root, &block.text);
  block.raw_end = static_cast<uint32_t>(html.size());
  out.blocks.push_back(std::move(block));
  gumbo_destroy_output(&kGumboDefaultOptions, doc);
  return out;
}

}  // namespace vigil
