#include "clean/html_extractor.h"

#include <gumbo.h>

#include "clean/html_body.h"
#include "clean/html_dom.h"
#include "clean/html_meta.h"
#include "clean/html_prescan.h"

namespace vigil {

HtmlExtractor::HtmlExtractor(HtmlOptions options) : options_(options) {}

BodyExtraction HtmlExtractor::Extract(std::string_view html) const {
  BodyExtraction out;
  if (html.size() > options_.max_html_bytes)
    html = html.substr(0, options_.max_html_bytes);
  const PrescanResult pre = Prescan(html);
  GumboOptions gumbo_options = kGumboDefaultOptions;
  gumbo_options.max_errors = 0;
  GumboOutput* doc =
      gumbo_parse_with_options(&gumbo_options, pre.compact.data(), pre.compact.size());
  ReadHtmlMeta(doc->root, pre.json_ld, &out);
  const HtmlDom dom(doc->root);
  out.blocks = ExtractBodyBlocks(dom);
  for (TextBlock& block : out.blocks) {
    block.raw_begin = pre.ToRaw(block.raw_begin);
    block.raw_end = pre.ToRaw(block.raw_end);
  }
  gumbo_destroy_output(&gumbo_options, doc);
  return out;
}

}  // namespace vigil
