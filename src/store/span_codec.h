// Compact byte encodings of span lists and offset maps for BLOB columns.
//
// A document has hundreds of sentence spans and offset-map pieces; storing
// them as rows or JSON would cost more than the text. Each blob is a format
// byte (kSpanCodecVersion), a varint count, then per span the gap from the
// previous span's end (zigzag varint: overlaps make it negative) and the
// length (varint), so sentence spans take 2-3 bytes each instead of 8. An
// offset-map piece is two such spans, clean then raw.
// The format reaches disk: never change it, add a new version byte instead.
// Functions are pure and thread-safe.
#ifndef VIGIL_STORE_SPAN_CODEC_H_
#define VIGIL_STORE_SPAN_CODEC_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/document.h"
#include "vigil/status.h"

namespace vigil {

inline constexpr uint8_t kSpanCodecVersion = 1;

// Any spans (sorted or not) round-trip exactly.
std::string EncodeSpans(const std::vector<Span>& spans);
// Corruption on truncated or malformed input, never a crash.
Result<std::vector<Span>> DecodeSpans(std::string_view blob);

std::string EncodeOffsetMap(const OffsetMap& map);
Result<OffsetMap> DecodeOffsetMap(std::string_view blob);

}  // namespace vigil

#endif  // VIGIL_STORE_SPAN_CODEC_H_
