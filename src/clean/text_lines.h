// TextLine is one physical line of a plain-text article together with the
// shape features (length, words, capitalisation, terminal punctuation,
// bullets) that the text cleaner's rules read. SplitLines cuts a text into
// lines in one pass.
#ifndef VIGIL_CLEAN_TEXT_LINES_H_
#define VIGIL_CLEAN_TEXT_LINES_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

struct TextLine {
  // The line without surrounding whitespace (spaces, tabs, CR, U+00A0).
  std::string_view text;
  // Raw byte range [begin, end) of `text` in the input.
  uint32_t begin = 0;
  uint32_t end = 0;
  // Tokens (whitespace-separated) that hold at least one letter or digit.
  uint32_t words = 0;
  // Words that are not short function words ("the", "of", ...), and how many
  // of them start with an upper-case letter.
  uint32_t content_words = 0;
  uint32_t capitalised = 0;
  // Ends with . ! ? : or an ellipsis, possibly followed by closing quotes,
  // brackets or bracketed notes ("[4]", "[passage omitted]").
  bool terminal = false;
  // Starts with a bullet ("- ", "• ", "* ", "· ") followed by text.
  bool bullet = false;
  // Ends with a dash (-, --, –, —), as a lead-in dateline ("PARIS —") does.
  bool ends_with_dash = false;
  // One or more blank lines came before this line.
  bool blank_before = false;

  bool blank() const { return text.empty(); }
  // Share of content words that are capitalised; 0 when there are none.
  double CapitalisedShare() const {
    return content_words == 0 ? 0.0 : static_cast<double>(capitalised) / content_words;
  }
};

// Splits `text` at '\n' (a preceding '\r' is dropped) and computes each
// non-blank line's features; blank lines are not returned (a text of a
// million newlines costs no memory) but noted in `blank_before`. Inputs longer than 4 GiB
// are cut at 4 GiB (offsets are 32 bits). Linear time; `text` must outlive the result.
std::vector<TextLine> SplitLines(std::string_view text);

// Joins the lines of each paragraph of a hard-wrapped text (every line broken
// near one width, as in e-mail and old wire copy) into one TextLine whose
// text is owned by `storage` (words joined by one space) and whose [begin,
// end) spans the raw lines. Returns `lines` unchanged when the text does not
// look hard-wrapped. Linear time.
std::vector<TextLine> JoinWrappedLines(std::vector<TextLine> lines,
                                       std::deque<std::string>* storage);

// Calls fn(word) for each whitespace-separated token of `line` that holds a
// letter or digit, with surrounding punctuation (ASCII and typographic
// quotes, brackets, dashes) stripped. Stops early when fn returns false.
template <typename Fn>
void ForEachWord(std::string_view line, Fn fn);

// The next word of `line` (as ForEachWord gives them) from byte *pos on,
// moving *pos past it; empty when there is none. Start with *pos = 0.
inline std::string_view NextWord(std::string_view line, size_t* pos);

// Strips leading and trailing ASCII punctuation and UTF-8 typographic quotes,
// dashes and ellipses from `token`.
std::string_view StripPunctuation(std::string_view token);

// True when `token` holds an ASCII letter or digit or a non-ASCII byte.
bool HasWordChar(std::string_view token);

// --- inline implementations ---

inline std::string_view NextWord(std::string_view line, size_t* pos) {
  size_t i = *pos;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i == start) break;
    std::string_view token = StripPunctuation(line.substr(start, i - start));
    if (!token.empty() && HasWordChar(token)) {
      *pos = i;
      return token;
    }
  }
  *pos = i;
  return {};
}

template <typename Fn>
void ForEachWord(std::string_view line, Fn fn) {
  size_t pos = 0;
  for (std::string_view w = NextWord(line, &pos); !w.empty(); w = NextWord(line, &pos)) {
    if (!fn(w)) return;
  }
}

}  // namespace vigil

#endif  // VIGIL_CLEAN_TEXT_LINES_H_
