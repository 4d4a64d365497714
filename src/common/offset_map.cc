#include <algorithm>

#include "vigil/document.h"

namespace vigil {

size_t OffsetMap::ToRaw(size_t clean) const {
  if (pieces.empty()) return clean;
  auto it = std::upper_bound(pieces.begin(), pieces.end(), clean,
                             [](size_t c, const Piece& p) { return c < p.clean_end; });
  if (it == pieces.end()) return pieces.back().raw_end;
  if (clean < it->clean_begin) return it->raw_begin;
  const size_t clean_len = it->clean_end - it->clean_begin;
  const size_t raw_len = it->raw_end - it->raw_begin;
  if (clean_len == raw_len) return it->raw_begin + (clean - it->clean_begin);
  return it->raw_begin;
}

}  // namespace vigil
