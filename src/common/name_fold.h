// Folding names and short texts for comparison: "Al-Shabaab", "al Shabaab"
// and "the al-Shabaab" fold to the same words, so articles that write a name
// differently still compare equal. Shared by merging, quotation reuse and
// the commands that group what they show.
#ifndef VIGIL_COMMON_NAME_FOLD_H_
#define VIGIL_COMMON_NAME_FOLD_H_

#include <string>
#include <string_view>
#include <vector>

namespace vigil {

// Lower-case ASCII letters and digits; every other ASCII byte separates
// words; bytes >= 0x80 (UTF-8) are kept as they are. Words are joined by
// one space, with none at either end: "Hello, World!" -> "hello world".
std::string FoldWords(std::string_view text);

// FoldWords without the Arabic article ("al", "el") anywhere and without a
// leading "the": "Al-Shabaab" and "the al Shabaab" fold to "shabaab".
std::string FoldName(std::string_view name);

// The words of FoldName(name), without joining them: SplitFolded(FoldName(name)).
std::vector<std::string> FoldNameWords(std::string_view name);

// The space-separated words of a folded string.
std::vector<std::string> SplitFolded(std::string_view folded);

// True when every word of `small` occurs in `big` (both from SplitFolded).
bool WordsWithin(const std::vector<std::string>& small,
                 const std::vector<std::string>& big);

// True when one folded name's words all occur in the other's ("Islamic State"
// and "Islamic State Khorasan Province"): a group and its branch, a place
// and the site in it. False when either name has no words.
bool NamesOverlap(std::string_view a, std::string_view b);

// True when `group` is `parent` or a branch of it: every word of the folded
// parent name occurs in the group's ("Islamic State Khorasan Province" is a
// branch of "Islamic State"; not the other way round).
bool BranchOf(std::string_view group, std::string_view parent);

}  // namespace vigil

#endif  // VIGIL_COMMON_NAME_FOLD_H_
