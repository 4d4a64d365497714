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
  // Transparent hashing: lookups by string_view allocate nothing.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  using WordSet = std::unordered_set<std::string, Hash, std::equal_to<>>;
  static bool Has(const WordSet& set, std::string_view w) {
    return set.find(w) != set.end();
  }
  WordSet verbs_;
  WordSet roles_;
  WordSet org_heads_;
};

// Lower-cased ASCII letters of `word` (other bytes kept), without a trailing
// possessive ('s, ’s, ' or ’) or period.
std::string LowerWord(std::string_view word);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_QUOTE_LEXICON_H_
