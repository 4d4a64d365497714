// Numbers in running text for event extraction: digits ("143", "1,200"),
// words ("four", "twenty-five", "two hundred"), vague amounts ("dozens" =
// 24, "a dozen", "scores", "hundreds"), with their qualifier ("at least",
// "more than", "about") and ranges ("between 80 and 100", "84 to 95",
// "84-95"), as a Count (min, optional max) over a run of tokens.
#ifndef VIGIL_EXTRACT_NUMBERS_H_
#define VIGIL_EXTRACT_NUMBERS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/event_text.h"
#include "vigil/extraction.h"

namespace vigil {

struct NumberMention {
  size_t first = 0;       // first token (the qualifier's when there is one)
  size_t last = 0;        // one past the last token of the number
  Count count;            // min; max only for ranges and "up to"
  std::string qualifier;  // "at least", "more than", "about", "up to", "between", or ""
  bool vague = false;     // "dozens", "hundreds", "scores"
};

// Value of one number word or numeral token ("84", "1,200", "four",
// "twenty-five", "dozen"); nullopt when it is none.
std::optional<long> NumberWordValue(std::string_view lower);

// The number starting at token `i` (its qualifier included), or nullopt.
// Four-digit numbers 1900..2100 that follow a month name or "in"/"since" are
// years, not counts; so are tokens right after "$" or before "%"/"percent".
std::optional<NumberMention> ParseNumberAt(const EventText& et, size_t i);

// Every number in [first, last) of et.tokens, left to right, not overlapping.
std::vector<NumberMention> FindNumbers(const EventText& et, size_t first, size_t last);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_NUMBERS_H_
