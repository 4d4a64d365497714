// TextCleaner finds the article body in scraped plain text: it drops
// navigation, share/subscribe lines, ad markers, captions and credits,
// "Read more" link lists, "Source link", comment sections and machine-
// translation notices by general rules on line shape, position and
// repetition, and picks out a title and a dateline.
#ifndef VIGIL_CLEAN_TEXT_CLEANER_H_
#define VIGIL_CLEAN_TEXT_CLEANER_H_

#include <string_view>

#include "clean/text_block.h"

namespace vigil {

struct TextCleanOptions {};

// Immutable after construction; Clean is thread-safe.
class TextCleaner {
 public:
  explicit TextCleaner(TextCleanOptions options = {});
  // `text` must be valid UTF-8.
  BodyExtraction Clean(std::string_view text) const;

 private:
  TextCleanOptions options_;
};

}  // namespace vigil

#endif  // VIGIL_CLEAN_TEXT_CLEANER_H_
