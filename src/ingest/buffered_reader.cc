#include "ingest/buffered_reader.h"

#include <algorithm>

namespace vigil {
namespace {
constexpr size_t kChunk = size_t{1} << 16;
}  // namespace

bool BufferedReader::FillOnce() {
  if (eof_) return false;
  // Drop consumed bytes once they are at least half the buffer, so moves stay
  // amortised O(1) per byte.
  if (pos_ > 0 && pos_ * 2 >= buf_.size()) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  const size_t old_size = buf_.size();
  buf_.resize(old_size + kChunk);
  Result<size_t> got = in_->Read(buf_.data() + old_size, kChunk);
  const size_t n = got.ok() ? *got : 0;
  buf_.resize(old_size + n);
  if (!got.ok()) status_ = got.status();
  if (n == 0) eof_ = true;
  return n > 0;
}

std::string_view BufferedReader::Peek(size_t n) {
  while (Held().size() < n && FillOnce()) {
  }
  return Held();
}

void BufferedReader::Consume(size_t n) {
  n = std::min(n, buf_.size() - pos_);
  pos_ += n;
  offset_ += n;
}

uint64_t BufferedReader::Skip(uint64_t n) {
  uint64_t dropped = 0;
  while (dropped < n) {
    if (Held().empty() && !FillOnce()) break;
    const size_t take =
        static_cast<size_t>(std::min<uint64_t>(n - dropped, Held().size()));
    Consume(take);
    dropped += take;
  }
  return dropped;
}

BufferedReader::LineStatus BufferedReader::ReadLine(size_t max_bytes,
                                                    std::string_view* line) {
  size_t scanned = 0;
  for (;;) {
    std::string_view held = Held();
    const size_t nl = held.find('\n', scanned);
    if (nl != std::string_view::npos && nl <= max_bytes) {
      *line = held.substr(0, nl);
      Consume(nl + 1);
      return LineStatus::kLine;
    }
    if (nl != std::string_view::npos || held.size() > max_bytes) break;
    scanned = held.size();
    if (!FillOnce()) {
      if (held.empty()) return LineStatus::kEnd;
      *line = Held();
      Consume(line->size());
      return LineStatus::kUnterminated;
    }
  }
  // Too long: drop through the end of the line without holding it.
  for (;;) {
    const size_t nl = Held().find('\n');
    if (nl != std::string_view::npos) {
      Consume(nl + 1);
      return LineStatus::kTooLong;
    }
    Consume(Held().size());
    if (!FillOnce()) return LineStatus::kTooLong;
  }
}

bool BufferedReader::SkipTo(std::string_view pattern) {
  for (;;) {
    std::string_view held = Held();
    const size_t at = held.find(pattern);
    if (at != std::string_view::npos) {
      Consume(at);
      return true;
    }
    // Keep a tail that could be the start of a match split across chunks.
    const size_t keep = std::min(held.size(), pattern.size() - 1);
    Consume(held.size() - keep);
    if (!FillOnce()) {
      Consume(Held().size());
      return false;
    }
  }
}

}  // namespace vigil
