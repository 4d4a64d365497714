// HtmlExtractor finds the main text of an HTML page (the article body without
// navigation, ads, link lists, captions, comments) plus its title and
// publication date from meta data.
#ifndef VIGIL_CLEAN_HTML_EXTRACTOR_H_
#define VIGIL_CLEAN_HTML_EXTRACTOR_H_

#include <string_view>

#include "clean/text_block.h"

namespace vigil {

struct HtmlOptions {
  // Pages larger than this are cut at this many bytes before parsing.
  size_t max_html_bytes = 8u << 20;
};

// Immutable after construction; Extract is thread-safe.
class HtmlExtractor {
 public:
  explicit HtmlExtractor(HtmlOptions options = {});
  // `html` may be any bytes; invalid UTF-8 is tolerated.
  BodyExtraction Extract(std::string_view html) const;

 private:
  HtmlOptions options_;
};

}  // namespace vigil

#endif  // VIGIL_CLEAN_HTML_EXTRACTOR_H_
