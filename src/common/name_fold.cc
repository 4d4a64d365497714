#include "common/name_fold.h"

#include <algorithm>

namespace vigil {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace

bool WordsWithin(const std::vector<std::string>& small,
                 const std::vector<std::string>& big) {
  return std::all_of(small.begin(), small.end(), [&](const std::string& w) {
    return std::find(big.begin(), big.end(), w) != big.end();
  });
}

std::string FoldWords(std::string_view text) {
  std::string out;
  bool gap = false;
  for (unsigned char c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    if (!IsWordByte(c)) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out.push_back(' ');
    gap = false;
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::vector<std::string> SplitFolded(std::string_view folded) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < folded.size()) {
    const size_t end = std::min(folded.find(' ', i), folded.size());
    if (end > i) out.emplace_back(folded.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

std::vector<std::string> FoldNameWords(std::string_view name) {
  std::vector<std::string> words = SplitFolded(FoldWords(name));
  if (!words.empty() && words.front() == "the") words.erase(words.begin());
  std::erase_if(words, [](const std::string& w) { return w == "al" || w == "el"; });
  return words;
}

std::string FoldName(std::string_view name) {
  std::string out;
  for (const std::string& w : FoldNameWords(name)) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

bool BranchOf(std::string_view group, std::string_view parent) {
  const auto wg = FoldNameWords(group), wp = FoldNameWords(parent);
  return !wp.empty() && WordsWithin(wp, wg);
}

bool NamesOverlap(std::string_view a, std::string_view b) {
  const auto wa = FoldNameWords(a), wb = FoldNameWords(b);
  if (wa.empty() || wb.empty()) return false;
  return wa.size() <= wb.size() ? WordsWithin(wa, wb) : WordsWithin(wb, wa);
}

}  // namespace vigil
