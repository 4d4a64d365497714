// Line classes for plain-text articles: what a single line is by its own
// shape and vocabulary (a marker, a boilerplate label, a caption, a dateline,
// a sentence, ...), before the text cleaner looks at its position. The rules
// are general: line shape (length, terminal punctuation, capitalisation,
// brackets, credit parentheses) and classes of boilerplate vocabulary (share,
// subscribe, follow us, read more, related, advertisement, comments, photo,
// credit, source), never the exact strings of particular sites.
#ifndef VIGIL_CLEAN_TEXT_RULES_H_
#define VIGIL_CLEAN_TEXT_RULES_H_

#include <cstdint>

#include "clean/text_lines.h"

namespace vigil {

enum class LineKind {
  kBlank,
  kMarker,       // no words, a bracketed tag ("[ad_1]"), a short code, a number
  kBoilerplate,  // navigation/share/subscribe/follow/source/translation labels
  kCaption,      // image caption or credit ("... (Photo/Agency)", "FILE - ...")
  kReadMore,     // a "Read more" / "Related" header announcing a link list
  kComments,     // a comment-section header ("COMMENTS", "12 Comments")
  kDateline,     // a short line that is mostly a date ("Published April 19, 2022")
  kByline,       // "By Jane Doe", "Reporting by ..."
  kLeadIn,       // a location dateline ending in a dash ("PARIS —")
  kShort,        // a headline-like line without terminal punctuation
  kSentence,     // a short line ending like a sentence
  kProse,        // a long line ending like a sentence: article body
};

struct TextRuleOptions {
  // A line ending like a sentence with at least this many words is prose.
  uint32_t prose_min_words = 8;
  // Lines longer than this (bytes) are only classified by shape: boilerplate
  // never runs that long.
  uint32_t max_boilerplate_bytes = 400;
  // Labels (navigation, share, comments, ...) have at most this many words.
  uint32_t max_label_words = 8;
  // Calls to action ("Join our channel ...") have at most this many words.
  uint32_t max_call_words = 30;
};

// Classifies one line on its own. Thread-safe (no state).
LineKind ClassifyLine(const TextLine& line, const TextRuleOptions& options);

// True for kinds that are never article body wherever they stand.
bool IsBoilerplateKind(LineKind kind);

// Same text up to case, whitespace and punctuation (used to find a repeated
// title). Bounded work: compares at most the first 1024 bytes.
bool SameWords(std::string_view a, std::string_view b);

}  // namespace vigil

#endif  // VIGIL_CLEAN_TEXT_RULES_H_
