// KnowledgeBase: the curated facts vigil knows before reading an article —
// groups, people (with roles and dates), places (with coordinates) and their
// aliases — plus the word lexicons the recogniser uses (titles, org and place
// keywords, demonyms, given names). Loaded from TSV files (format in
// data/README.md); immutable after loading and safe to share across threads.
#ifndef VIGIL_EXTRACT_KB_H_
#define VIGIL_EXTRACT_KB_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "common/word_hash.h"
#include "extract/gazetteer.h"
#include "extract/names.h"
#include "vigil/extraction.h"
#include "vigil/status.h"

namespace vigil {

// A role held by a person: "spokesman" of org id "isis" from..to (YYYY[-MM[-DD]],
// either may be empty for open).
struct KbRole {
  std::string role;
  std::string org;
  std::string from;
  std::string to;
};

struct KbEntry {
  std::string id;
  EntityType type = EntityType::kPerson;
  std::string name;
  std::vector<std::string> aliases;  // without `name`
  std::string kind;                  // group, branch, country, city, region, ...
  std::string parent;                // id of the parent group, if any
  std::string country;               // ISO 3166 alpha-2 for places
  std::string lat, lon;              // decimal degrees as written, may be empty
  std::vector<KbRole> roles;
  std::string source_file;
};

// Word classes of data/lexicon.tsv (a word may be in several).
enum LexClass : uint32_t {
  kLexTitle = 1u << 0,
  kLexHonorific = 1u << 1,
  kLexOrgLast = 1u << 2,
  kLexOrgFirst = 1u << 3,
  kLexLocLast = 1u << 4,
  kLexDirection = 1u << 5,
  kLexLocPrep = 1u << 6,
  kLexSpeech = 1u << 7,
  kLexConnector = 1u << 8,
  kLexNonEntity = 1u << 9,
  kLexDemonym = 1u << 10,
  kLexGiven = 1u << 11,
  kLexAbbrev = 1u << 12,    // capitalised abbreviations of things (IED, UAV, TV)
  kLexLocFirst = 1u << 13,  // first word of place names (Mount, Lake, Wadi)
};

// A named group of countries (data/regions.tsv): a continent, one of its
// subregions, or a region named in reporting ("the Middle East", "the West").
struct KbRegion {
  std::string name;
  std::vector<std::string> countries;  // ISO 3166 alpha-2 codes, sorted
};

struct KbOptions {
  // Folder holding the built-in TSV files. Empty: $VIGIL_DATA_DIR, then the
  // compiled-in source data/ folder, then data/ next to (or above) the
  // executable.
  std::string data_dir;
  // Extra entity files in the same format, loaded after the built-in ones.
  std::vector<std::string> extra_files;
};

class KnowledgeBase {
 public:
  // One token of an alias with what the recogniser's case test reads of it,
  // worked out once when the alias is indexed.
  struct AliasToken {
    std::string text;          // surface (original case)
    bool hyphen = false;       // text is "-"
    bool all_caps = false;     // two or more letters, folding changes it, no
                               // ASCII lower-case letter ("ISIS", "UK")
    bool connector = false;    // folded text is in the lexicon's connectors
    bool capitalised = false;  // starts with an ASCII capital
  };

  // One alias as the gazetteer stores it.
  struct Alias {
    uint32_t entry = 0;
    std::vector<AliasToken> tokens;
  };

  // Loads every entity file and the lexicon. NotFound when the data folder
  // or an extra file is missing; Corruption on a malformed row (file:line).
  static Result<std::unique_ptr<KnowledgeBase>> Load(const KbOptions& options);

  // Loads entity rows from TSV `text` (for tests and --kb files).
  Status AddEntityTsv(std::string_view text, std::string_view file_name);
  // Adds lexicon rows ("class<TAB>word").
  Status AddLexiconTsv(std::string_view text, std::string_view file_name);
  // Adds region rows (columns by the '#' header: name, aliases and
  // countries, the last two '|'-separated; countries as ISO alpha-2 codes).
  // Corruption on a row without a name or countries.
  Status AddRegionTsv(std::string_view text, std::string_view file_name);
  // Rebuilds the alias indexes; call after the last Add*.
  void Finish();

  const std::vector<KbEntry>& entries() const { return entries_; }
  const KbEntry* Find(std::string_view id) const;
  uint32_t Lexicon(std::string_view folded) const;
  uint32_t Lexicon(const HashedWord& folded) const {
    // Most words of running text are in no class: no table lookup for them.
    return lexicon_filter_.MayContain(folded) ? ListedLexicon(folded) : 0;
  }
  bool Is(std::string_view folded, LexClass c) const {
    return (Lexicon(folded) & c) != 0;
  }

  const TokenTrie& trie() const { return trie_; }
  // False when no alias keyed in trie() by the first word `folded` has a
  // first token that may stand in uncapitalised text: every alias starting
  // with `folded` then begins with an ASCII capital letter. `folded` must
  // carry its HashWord() hash.
  bool MayStartUncapitalised(const HashedWord& folded) const {
    if (!uncapitalised_filter_.MayContain(folded)) return false;
    return uncapitalised_first_.find(folded) != uncapitalised_first_.end();
  }
  const Alias& alias(uint32_t i) const { return aliases_[i]; }

  // Entries whose name or alias folds to `name` (whole-string lookup).
  std::vector<uint32_t> FindByName(std::string_view name) const;
  // People whose name or alias ends in the folded part `part` (article
  // dropped: "muhajir", "putin").
  const std::vector<uint32_t>& PeopleByLastPart(std::string_view part) const;
  // People whose consonant skeleton of the last part is `skeleton`.
  const std::vector<uint32_t>& PeopleBySkeleton(std::string_view skeleton) const;
  // The name and then the aliases of entries()[entry], prepared for the name
  // matcher as the entry's type; prepared on first use, after Finish.
  // Thread-safe.
  const std::vector<PreparedName>& PreparedNames(uint32_t entry) const;

  // True when `place` lies within `region`: it is the region (by any of
  // its names), a smaller region all of whose countries are in it ("Western
  // Europe" within "Europe"), a country in it, or a KB place whose country is
  // in it (a city, a province). `region` is a region of AddRegionTsv (also
  // through a KB place entry of that name, "Bilad al-Sham") or a KB country
  // ("Lyon" within "France"). Names are compared folded, a leading "the"
  // ignored; false for names the KB does not know. Thread-safe.
  bool PlaceWithin(std::string_view place, std::string_view region) const;

  std::string data_dir() const { return data_dir_; }

 private:
  Status AddRow(const std::vector<std::string_view>& cols,
                const std::vector<std::string>& names, std::string_view file_name,
                int line);
  void IndexAlias(uint32_t entry, std::string_view surface);
  // `surface` with its Fold() `folded`. Reads the lexicon: call once it is
  // complete (from Finish).
  AliasToken MakeAliasToken(std::string_view surface, std::string_view folded) const;
  // The region named `name`, or one a KB entry of that name names; null if
  // none.
  const KbRegion* FindRegion(std::string_view name) const;
  // Sorted codes of the countries `name` covers: a region's, or the code of
  // a KB country; empty if neither.
  std::vector<std::string> CountriesOf(std::string_view name) const;
  void NoteUncapitalised(const std::vector<std::string>& folded);
  void AddLexiconWord(std::string folded, LexClass c);
  uint32_t ListedLexicon(const HashedWord& folded) const;

  std::vector<KbEntry> entries_;
  WordMap<uint32_t> by_id_;
  WordMap<uint32_t> lexicon_;
  HashFilter<65536> lexicon_filter_;  // in front of lexicon_ (8 KB)
  std::vector<Alias> aliases_;
  TokenTrie trie_;
  // First trie words of aliases not starting with an ASCII capital, with a
  // filter in front (MayStartUncapitalised).
  WordSet uncapitalised_first_;
  HashFilter<4096> uncapitalised_filter_;
  WordMap<std::vector<uint32_t>> by_last_part_;
  WordMap<std::vector<uint32_t>> by_skeleton_;
  struct Prepared {
    std::once_flag once;
    std::vector<PreparedName> names;
  };
  mutable std::unique_ptr<Prepared[]> prepared_;  // one per entry, filled lazily
  std::string data_dir_;
  std::vector<KbRegion> regions_;
  WordMap<uint32_t> region_by_name_;  // RegionKey of a name or alias -> regions_
};

// Folded tokens of a name as the trie keys them ("Abu-Omar al-Muhajir" ->
// abu - omar al - muhajir).
std::vector<std::string> FoldedTokens(std::string_view name);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_KB_H_
