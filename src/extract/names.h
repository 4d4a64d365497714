// Name variants: whether two names of people or organisations denote the
// same entity. A name is parsed into parts with their role in an Arabic name
// (kunya "Abu X", nisba "al-Y", nasab "bin Z") or as a plain part or initial;
// parts are compared by folded spelling, by a transliteration-aware
// consonant skeleton (Hudayfa / Hudhayfah / Hazifa; Qurashi / Qurayshi) and
// by an edit distance where vowel changes cost less than consonant changes.
// Precision first: a kunya clash, an unmatched part or a swapped two-part
// name makes two names different.
#ifndef VIGIL_EXTRACT_NAMES_H_
#define VIGIL_EXTRACT_NAMES_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/name_spelling.h"  // Skeleton
#include "vigil/extraction.h"

namespace vigil {

enum class PartRole { kPlain, kKunya, kNisba, kNasab, kInitial };

struct NamePart {
  std::string text;  // folded, no article or hyphen ("qurashi", "abu hasan" -> "hasan")
  std::string skeleton;  // consonant skeleton of text
  PartRole role = PartRole::kPlain;
};

struct NameParts {
  std::vector<NamePart> parts;  // in name order (after "SURNAME, Given" reordering)
  bool arabic = false;          // has Abu/Umm, al-/el-, bin/ibn or Abd
};

// Parses `name`: titles and honorifics dropped, legal forms dropped for ORG,
// non-Latin scripts transliterated with ICU. Thread-safe.
NameParts ParseName(std::string_view name, EntityType type);

// Similarity of two parts' spellings in [0, 1]. Thread-safe.
double PartSimilarity(const NamePart& a, const NamePart& b);

// PartSimilarity(a, b) when that is at least `min`, else a number below
// `min`; faster than PartSimilarity for parts spelled far apart. Thread-safe.
double BoundedPartSimilarity(const NamePart& a, const NamePart& b, double min);

enum class NameDecision { kSame, kDifferent, kUnsure };
const char* NameDecisionName(NameDecision d);

struct NameMatch {
  NameDecision decision = NameDecision::kDifferent;
  double score = 0;    // 0..1; kSame needs score >= NameMatcherOptions::same_threshold
  std::string reason;  // which parts aligned, which clashed
};

struct NameMatcherOptions {
  // Lowest part similarity for two parts to align (0.75).
  double part_threshold = 0.75;
  // Lowest overall score for "same" (0.82); between unsure_threshold and it: "unsure".
  double same_threshold = 0.82;
  double unsure_threshold = 0.7;
};

// A name with what NameMatcher::Compare reads of it computed once, for a
// name compared with many others.
struct PreparedName {
  std::u32string syllabic;                 // Han, kana and Hangul characters
  std::string parenthesised;               // folded text in round brackets (not PERSON)
  std::vector<std::string> company_forms;  // AG, GmbH, ... (not PERSON)
  NameParts parts;                         // ParseName(name, type)
  std::string joined;                      // the parts' texts run together
};

// `name` prepared for comparisons as an entity of `type`. Thread-safe.
PreparedName PrepareName(std::string_view name, EntityType type);

// Stateless apart from its options; thread-safe.
class NameMatcher {
 public:
  explicit NameMatcher(NameMatcherOptions options = {}) : options_(options) {}
  NameMatch Compare(std::string_view a, std::string_view b, EntityType type) const;
  NameMatch Compare(const NameParts& a, const NameParts& b, EntityType type) const;
  // Same as Compare(a, b, type) for the strings `a` and `b` were prepared
  // from with `type`.
  NameMatch Compare(const PreparedName& a, const PreparedName& b, EntityType type) const;
  // Whether Compare(a, b, type) decides kSame; organisation names of
  // different word counts are told apart without aligning their words.
  bool Same(const PreparedName& a, const PreparedName& b, EntityType type) const;
  // Whether Compare(a, b, type) decides kSame; people are told apart without
  // the full comparison when a part of the shorter name aligns with none.
  bool Same(const NameParts& a, const NameParts& b, EntityType type) const;

 private:
  NameMatch ComparePeople(const NameParts& a, const NameParts& b) const;
  NameMatch CompareOrgs(const NameParts& a, const NameParts& b) const;
  // Whether a part of the shorter of two people's names aligns with no part
  // of the other: ComparePeople then finds them different.
  bool PeopleApart(const NameParts& a, const NameParts& b) const;
  // Lowest part similarity for two words of organisation names to align.
  double OrgPartThreshold() const { return std::max(options_.part_threshold, 0.8); }
  NameMatcherOptions options_;
};

// True when the name has Arabic name structure (Abu, al-, bin/ibn, Abd).
bool IsArabicName(std::string_view name);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_NAMES_H_
