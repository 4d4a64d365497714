// The stretch a white-space collapser copies as it is, shared by
// CollapseSpace (clean/unicode.h) and TextCleaner's CollapseWhitespace.
#ifndef VIGIL_CLEAN_KEPT_RUN_H_
#define VIGIL_CLEAN_KEPT_RUN_H_

#include <cstddef>
#include <string_view>

namespace vigil {

// Length of the stretch from s[i] (a byte the collapser keeps) that it copies
// unchanged: bytes for which may_be_space(byte) is false, and single ASCII
// spaces between them. may_be_space must be true for ' ' and for every byte
// that may start white space the collapser folds.
template <typename MayBeSpace>
size_t KeptRun(std::string_view s, size_t i, MayBeSpace may_be_space) {
  size_t j = i + 1;
  for (;;) {
    while (j < s.size() && !may_be_space(s[j])) ++j;
    if (j + 1 < s.size() && s[j] == ' ' && !may_be_space(s[j + 1])) {
      j += 2;
      continue;
    }
    return j - i;
  }
}

}  // namespace vigil

#endif  // VIGIL_CLEAN_KEPT_RUN_H_
