// Tokens of a Document's clean text for entity recognition: words, numbers
// and single punctuation marks, each with its span and the shape facts the
// recogniser reads (capitalised, all caps, first word of a sentence).
//
// Hyphens and apostrophe-s are tokens of their own ("al-Muhajir" is "al",
// "-", "Muhajir" with no space between; "Russia's" is "Russia", "'s"), so a
// name's parts can be looked up one by one. Abbreviations keep their dots
// ("U.S.", "Mr.", "R.").
#ifndef VIGIL_EXTRACT_TOKENS_H_
#define VIGIL_EXTRACT_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/document.h"

namespace vigil {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct EntityToken {
  uint32_t begin = 0;  // [begin, end) over the tokenised text
  uint32_t end = 0;
  TokenKind kind = TokenKind::kPunct;
  bool cap = false;           // first letter upper case
  bool all_caps = false;      // two or more letters, none lower case
  bool sent_start = false;    // first word of its sentence
  bool space_before = false;  // whitespace (or text start) right before it
  std::string folded;         // Fold() of the token's text
};

// Tokens of `text`. `sentences` (may be empty) marks sentence starts; a
// line break or . ! ? also starts one. Thread-safe; linear in text size.
std::vector<EntityToken> Tokenize(std::string_view text,
                                  const std::vector<Span>& sentences);

// True when the token's folded text is the apostrophe-s of a possessive.
inline bool IsPossessive(const EntityToken& t) {
  return t.folded == "'s" || t.folded == "'";
}

}  // namespace vigil

#endif  // VIGIL_EXTRACT_TOKENS_H_
