// Boilerplate vocabulary for plain-text cleaning: classes of words that make
// up navigation, share/subscribe calls, "read more" headers, comment headers,
// photo credits and datelines on news sites. Words are lower-case ASCII.
#ifndef VIGIL_CLEAN_TEXT_VOCAB_H_
#define VIGIL_CLEAN_TEXT_VOCAB_H_

#include <string_view>

namespace vigil {

enum class VocabClass {
  kLabel,         // words that alone make a navigation/share/source label
  kFiller,        // words allowed in a label but not enough alone ("the", "us")
  kReadMore,      // words that make a label a link-list header ("read", "related")
  kComment,       // words that make a label a comment-section header
  kCallVerb,      // verbs opening a call to action ("join", "subscribe")
  kCallObject,    // what a call to action points at ("channel", "newsletter")
  kCredit,        // words of a photo credit ("via", "file", "courtesy")
  kCaptionLead,   // an upper-case word opening a caption ("FILE - ...")
  kDatelineLead,  // words opening a dateline ("published", "updated")
  kCreditLead,    // words opening a byline-like credit ("reporting", "editing")
};

// True when lower-case `word` belongs to `cls`. Thread-safe.
bool InVocab(VocabClass cls, std::string_view word);

}  // namespace vigil

#endif  // VIGIL_CLEAN_TEXT_VOCAB_H_
