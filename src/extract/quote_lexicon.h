// The word lists the quotation extractor reads: speech verbs (say, tell,
// warn, ...) in every inflected form, speaker role nouns and titles
// (spokesman, President, Gov.), and organisation head nouns (Agency,
// Ministry). They live as data under data/lexicon/ (speech_verbs.txt,
// speaker_roles.txt, org_heads.txt; formats in each file's header) and are
// read once, at first use, from the folder named by the environment variable
// VIGIL_DATA_DIR, else the VIGIL_DATA_DIR compile definition. A file that
// cannot be read falls back to a short built-in list, so extraction still
// works (less well) from an installed binary without its data folder.
#ifndef VIGIL_EXTRACT_QUOTE_LEXICON_H_
#define VIGIL_EXTRACT_QUOTE_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_set>

namespace vigil {

class QuoteLexicon {
 public:
  // Lists parsed from the files' contents (format as in data/lexicon/).
  static QuoteLexicon FromText(std::string_view speech_verbs, std::string_view roles,
                               std::string_view org_heads);

  // The process-wide lexicon, loaded at first call. Thread-safe; the result
  // lives until exit.
  static const QuoteLexicon& Default();

  // All lookups take a lower-case word and are thread-safe (const).
  bool IsSpeechVerb(std::string_view lower) const { return Has(verbs_, lower); }
  bool IsRole(std::string_view lower) const { return Has(roles_, lower); }
  bool IsOrgHead(std::string_view lower) const { return Has(org_heads_, lower); }

  size_t verb_forms() const { return verbs_.size(); }

 private:
  static bool Has(const std::unordered_set<std::string>& set, std::string_view w) {
    return set.count(std::string(w)) > 0;
  }
  std::unordered_set<std::string> verbs_;
  std::unordered_set<std::string> roles_;
  std::unordered_set<std::string> org_heads_;
};

// Lower-cased ASCII letters of `word` (other bytes kept), without a trailing
// possessive ('s, ’s, ' or ’) or period.
std::string LowerWord(std::string_view word);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_QUOTE_LEXICON_H_
