// A light tokenisation of Document::text for the quotation extractor: words,
// punctuation, paragraph breaks and quotation marks, each with its byte span.
// Apostrophes inside words (don't, group’s, Qur’an) stay part of the word;
// a mark that could open or close a quotation becomes a kMark token that
// says which it can be, judged from its shape and its neighbours.
#ifndef VIGIL_EXTRACT_QUOTE_TOKENS_H_
#define VIGIL_EXTRACT_QUOTE_TOKENS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace vigil {

enum class QTokenKind : uint8_t { kWord, kPunct, kMark, kBreak };

// Double marks: " “ ” „ « » `` '' ’’ ‘‘. Single marks: ‘ ’ '.
enum class MarkShape : uint8_t { kDouble, kSingle };

// What a mark can do. kEither: a straight mark whose neighbours do not tell.
enum class MarkRole : uint8_t { kOpen, kClose, kEither };

struct QToken {
  uint32_t begin = 0;
  uint32_t end = 0;
  QTokenKind kind = QTokenKind::kWord;
  MarkShape shape = MarkShape::kDouble;  // kMark only
  MarkRole role = MarkRole::kEither;     // kMark only
  bool capitalised = false;              // kWord: first letter upper case
  bool all_caps = false;                 // kWord: two or more letters, none lower
};

// Tokens of `text` (valid UTF-8) in order, in one pass. A kBreak token stands
// for each run of newlines (a paragraph break). Whitespace yields no token.
std::vector<QToken> TokenizeForQuotes(std::string_view text);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_QUOTE_TOKENS_H_
