#include "store/span_codec.h"

#include <limits>

namespace vigil {
namespace {

void PutVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

// Deltas may be negative (unsorted or overlapping input): zigzag keeps small
// magnitudes small either way.
void PutSigned(int64_t v, std::string* out) {
  PutVarint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63), out);
}

// Lengths are end - begin modulo 2^32: never negative for a valid span, so
// unsigned (a 100-byte sentence takes one byte, not two).
void PutLength(uint32_t begin, uint32_t end, std::string* out) {
  PutVarint(static_cast<uint32_t>(end - begin), out);
}

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  bool Varint(uint64_t* v) {
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) return false;
      uint8_t b = static_cast<uint8_t>(in_[pos_++]);
      *v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return true;
    }
    return false;
  }
  bool Signed(int64_t* v) {
    uint64_t u;
    if (!Varint(&u)) return false;
    *v = static_cast<int64_t>(u >> 1) ^ -static_cast<int64_t>(u & 1);
    return true;
  }
  // Reads `base + delta` and checks it is a valid uint32 offset.
  bool Offset(int64_t base, uint32_t* out) {
    int64_t delta;
    if (!Signed(&delta)) return false;
    if (delta > std::numeric_limits<int64_t>::max() / 2 ||
        delta < std::numeric_limits<int64_t>::min() / 2) {
      return false;
    }
    int64_t v = base + delta;
    if (v < 0 || v > std::numeric_limits<uint32_t>::max()) return false;
    *out = static_cast<uint32_t>(v);
    return true;
  }
  // Reads a length and adds it to `begin` modulo 2^32, the inverse of
  // PutLength: any (begin, end) pair round-trips, even end < begin.
  bool End(uint32_t begin, uint32_t* end) {
    uint64_t len;
    if (!Varint(&len) || len > std::numeric_limits<uint32_t>::max()) return false;
    *end = begin + static_cast<uint32_t>(len);
    return true;
  }
  size_t remaining() const { return in_.size() - pos_; }
  bool done() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

// Reads the version byte and the item count; every item takes at least
// `min_item_bytes`, which bounds the count before anything is allocated.
Status ReadHeader(Reader* r, std::string_view blob, size_t min_item_bytes,
                  uint64_t* count) {
  if (blob.empty()) {
    *count = 0;
    return Status::Ok();
  }
  if (static_cast<uint8_t>(blob[0]) != kSpanCodecVersion) {
    return Status::Corruption("span blob: unknown format version " +
                              std::to_string(static_cast<uint8_t>(blob[0])));
  }
  uint64_t skip;
  r->Varint(&skip);  // the version byte is a one-byte varint
  if (!r->Varint(count) || *count > r->remaining() / min_item_bytes) {
    return Status::Corruption("span blob: bad item count");
  }
  return Status::Ok();
}

}  // namespace

std::string EncodeSpans(const std::vector<Span>& spans) {
  std::string out;
  out.reserve(2 + spans.size() * 3);
  out.push_back(static_cast<char>(kSpanCodecVersion));
  PutVarint(spans.size(), &out);
  int64_t prev_end = 0;
  for (const Span& s : spans) {
    PutSigned(int64_t{s.begin} - prev_end, &out);
    PutLength(s.begin, s.end, &out);
    prev_end = s.end;
  }
  return out;
}

Result<std::vector<Span>> DecodeSpans(std::string_view blob) {
  Reader r(blob);
  uint64_t count = 0;
  VIGIL_RETURN_IF_ERROR(ReadHeader(&r, blob, 2, &count));
  std::vector<Span> spans(count);
  int64_t prev_end = 0;
  for (Span& s : spans) {
    if (!r.Offset(prev_end, &s.begin) || !r.End(s.begin, &s.end)) {
      return Status::Corruption("span blob: truncated or out of range");
    }
    prev_end = s.end;
  }
  if (!r.done()) return Status::Corruption("span blob: trailing bytes");
  return spans;
}

std::string EncodeOffsetMap(const OffsetMap& map) {
  std::string out;
  out.reserve(2 + map.pieces.size() * 6);
  out.push_back(static_cast<char>(kSpanCodecVersion));
  PutVarint(map.pieces.size(), &out);
  int64_t prev_clean = 0, prev_raw = 0;
  for (const OffsetMap::Piece& p : map.pieces) {
    PutSigned(int64_t{p.clean_begin} - prev_clean, &out);
    PutLength(p.clean_begin, p.clean_end, &out);
    PutSigned(int64_t{p.raw_begin} - prev_raw, &out);
    PutLength(p.raw_begin, p.raw_end, &out);
    prev_clean = p.clean_end;
    prev_raw = p.raw_end;
  }
  return out;
}

Result<OffsetMap> DecodeOffsetMap(std::string_view blob) {
  Reader r(blob);
  uint64_t count = 0;
  VIGIL_RETURN_IF_ERROR(ReadHeader(&r, blob, 4, &count));
  OffsetMap map;
  map.pieces.resize(count);
  int64_t prev_clean = 0, prev_raw = 0;
  for (OffsetMap::Piece& p : map.pieces) {
    if (!r.Offset(prev_clean, &p.clean_begin) || !r.End(p.clean_begin, &p.clean_end) ||
        !r.Offset(prev_raw, &p.raw_begin) || !r.End(p.raw_begin, &p.raw_end)) {
      return Status::Corruption("offset map blob: truncated or out of range");
    }
    prev_clean = p.clean_end;
    prev_raw = p.raw_end;
  }
  if (!r.done()) return Status::Corruption("offset map blob: trailing bytes");
  return map;
}

}  // namespace vigil
