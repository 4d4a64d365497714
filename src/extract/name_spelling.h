// Spelling closeness of two folded name words: a weighted edit distance in
// which vowels, h and w are cheap to add or drop, letters of one sound in two
// romanisations (w/v, s/z, ph/f, ...) are cheap to swap, and two neighbouring
// letters written in swapped order cost one change; and the consonant
// skeleton that makes transliteration variants (Hudayfa / Hudhayfah) equal.
#ifndef VIGIL_EXTRACT_NAME_SPELLING_H_
#define VIGIL_EXTRACT_NAME_SPELLING_H_

#include <string>
#include <string_view>

namespace vigil {

// Consonant skeleton of a folded word: vowels and semi-vowels dropped,
// Arabic transliteration variants merged (dh/z/d, th/t, q/k, ...), doubled
// letters collapsed, a final -h dropped. Thread-safe.
std::string Skeleton(std::string_view folded);

// True for the letters the edit distance treats as vowels (a e i o u y).
inline bool IsNameVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// 1 - weighted edit distance / longer length, in (-inf, 1]; the longer word
// must not be empty. Thread-safe.
double SpellingSimilarity(std::string_view a, std::string_view b);

// SpellingSimilarity(a, b) in *sim and true when it is at least `min`; false
// (and *sim untouched) when it is certainly below, found without finishing
// the distance when the words are far apart. Thread-safe.
bool SpellingSimilarityAtLeast(std::string_view a, std::string_view b, double min,
                               double* sim);

// `w` with letter groups of one sound in several romanisations written
// alike: ph -> f, ks -> x, dj -> j, ou -> u, ck -> k. Thread-safe.
std::string RomanisationForm(std::string_view w);

// Whether RomanisationForm(w) differs from `w`. Thread-safe.
bool HasRomanisationGroup(std::string_view w);

}  // namespace vigil

#endif  // VIGIL_EXTRACT_NAME_SPELLING_H_
