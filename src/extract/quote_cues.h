// Attribution cues around a quoted passage, in the patterns of news writing:
//   after it:  "...," Smith said / "...," said Smith / "...," the spokesman
//              added / "...," said the spokesman, Ali Hassan / "...," according to X
//   before it: Smith said: "..." / Smith told reporters that "..." /
//              Smith called on them to "..." / According to X, ... "..." /
//              a paragraph ending "Smith continued:" before the quote.
// A cue is a speech verb (from QuoteLexicon) or "according to", and the
// token range of its subject (the words naming the speaker). Turning the
// subject into a speaker (entity, pronoun, description) is quotes.cc's job.
#ifndef VIGIL_EXTRACT_QUOTE_CUES_H_
#define VIGIL_EXTRACT_QUOTE_CUES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/quote_lexicon.h"
#include "extract/quote_marks.h"
#include "extract/quote_tokens.h"
#include "vigil/document.h"

namespace vigil {

// What the cue finders read. Borrows everything; lives for one document.
struct CueContext {
  std::string_view text;
  const std::vector<QToken>& tokens;
  const QuoteLexicon& lexicon;
  std::vector<uint8_t> quoted;  // per token: 1 inside (or a mark of) a passage

  CueContext(std::string_view t, const std::vector<QToken>& toks, const QuoteLexicon& lex,
             const std::vector<QuotePassage>& passages);

  std::string_view Text(size_t i) const {
    return text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
  }
  std::string Lower(size_t i) const { return LowerWord(Text(i)); }
  // Lower(i) == lower, without building Lower(i) for most tokens: LowerWord
  // keeps a word's first byte (lower-cased) and drops at most four bytes.
  bool LowerIs(size_t i, std::string_view lower) const {
    const std::string_view t = Text(i);
    if (t.empty() || lower.empty()) return Lower(i) == lower;
    if (t.size() < lower.size() || t.size() > lower.size() + 4) return false;
    const char first =
        t[0] >= 'A' && t[0] <= 'Z' ? static_cast<char>(t[0] - 'A' + 'a') : t[0];
    return first == lower[0] && Lower(i) == lower;
  }
  bool IsWord(size_t i) const {
    return i < tokens.size() && tokens[i].kind == QTokenKind::kWord;
  }
  bool IsPunct(size_t i, char c) const {
    return i < tokens.size() && tokens[i].kind == QTokenKind::kPunct &&
           text[tokens[i].begin] == c;
  }
  // A lower-case speech verb outside any quotation.
  bool IsSpeechVerb(size_t i) const;
  // Token i ends a sentence: . ! ? (not after an abbreviation or initial)
  // outside quotations, or a paragraph break.
  bool EndsSentence(size_t i) const;
};

// Half-open token range.
struct TokenRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return end <= begin; }
};

struct Cue {
  bool found = false;
  Span span;            // the verb, or "according to"
  uint32_t verb = 0;    // token index of the verb (or of "according")
  TokenRange subject;   // may be empty (passive: "is said to")
  bool direct = false;  // the cue touches the passage ("...," he said / said: "...")
};

// The cue in the words right after the passage (same sentence), if any.
Cue FindCueAfter(const CueContext& ctx, const QuotePassage& passage);

// The nearest cue before the passage in its sentence, or in the sentence that
// ends a preceding paragraph with ':' when the passage opens its paragraph.
Cue FindCueBefore(const CueContext& ctx, const QuotePassage& passage);

// For a passage opening its sentence: the cue of the sentence before it in
// the same paragraph, when that cue's subject is a name ("Smith said.").
Cue FindCueInPreviousSentence(const CueContext& ctx, const QuotePassage& passage);

// Subject of the speech verb at token `verb` read leftwards ("French
// President Emmanuel Macron" said; "the spokesman, Ali Hassan," said).
TokenRange SubjectBefore(const CueContext& ctx, size_t verb);

// `np` with the prepositional phrases that follow it ("a member" of the
// town council, "a spokesman" for the ministry), at most two of them and
// twelve tokens in all; `np` itself when none follows.
TokenRange WithAttachedPhrases(const CueContext& ctx, TokenRange np);

// Capitalised name words starting at `i` ("Rep. Jim Jordan", "Abu Omar
// al-Muhajir") and followed by a comma, '(' or a paragraph break; empty
// when `i` opens no such name.
TokenRange NameRunAt(const CueContext& ctx, size_t i);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_QUOTE_CUES_H_
