// TextCleaner finds the article body in scraped plain text: it drops
// navigation, share/subscribe lines, ad markers, captions and credits,
// "Read more" link lists, "Source link", comment sections and machine-
// translation notices by general rules on line shape, position and
// repetition, and picks out a title and a dateline.
//
// How it decides: the paragraphs of a hard-wrapped text are first joined
// (text_lines.h); each line is classified on its own (text_rules.h), then by
// position. Lines before the first prose line form the head zone (title,
// deck, navigation, dateline), lines after the last prose line the tail zone
// (source links, tags, comment headers); headline-like lines there are
// dropped, while between them they are kept as section headings. A "Read
// more" header swallows the link titles under it, a comment header the rest
// of the text, and short lines repeated several times are dropped.
#ifndef VIGIL_CLEAN_TEXT_CLEANER_H_
#define VIGIL_CLEAN_TEXT_CLEANER_H_

#include <cstdint>
#include <string_view>

#include "clean/text_block.h"
#include "clean/text_rules.h"

namespace vigil {

struct TextCleanOptions {
  // Per-line classification thresholds.
  TextRuleOptions rules;
  // A title has at most this many words.
  uint32_t max_title_words = 30;
  // A first line ending like a sentence is still a title when at least this
  // share of its content words is capitalised ("Stealth Over Health: ...").
  double title_capitalised_share = 0.75;
  // Under a "Read more" header, at most this many link-title lines (of at
  // most link_title_max_words words each) are dropped.
  uint32_t max_link_titles = 15;
  uint32_t link_title_max_words = 20;
  // A headline-like line between the title and the first prose line is kept
  // as body (a deck) when it has at least this many words.
  uint32_t min_deck_words = 6;
  // A comment header drops the rest only after this many prose lines.
  uint32_t min_prose_before_comments = 2;
  // A short non-sentence line seen this many times is boilerplate.
  uint32_t repeated_line_count = 3;
};

// Immutable after construction; Clean is thread-safe.
class TextCleaner {
 public:
  explicit TextCleaner(TextCleanOptions options = {});
  // `text` must be valid UTF-8. Linear in the size of `text`. Blocks are the
  // kept lines in order (whitespace collapsed), with their raw byte ranges.
  BodyExtraction Clean(std::string_view text) const;

 private:
  TextCleanOptions options_;
};

}  // namespace vigil

#endif  // VIGIL_CLEAN_TEXT_CLEANER_H_
