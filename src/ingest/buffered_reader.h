// A look-ahead buffer over a ByteStream: the JSONL and WARC readers use it to
// take lines, peek at a record's bytes before committing to them, skip what
// they do not want without holding it, and scan forward to resync. Only what
// has been asked for is held, so memory is bounded by the largest look-ahead.
#ifndef VIGIL_INGEST_BUFFERED_READER_H_
#define VIGIL_INGEST_BUFFERED_READER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/gzip_stream.h"
#include "vigil/status.h"

namespace vigil {

// Not thread-safe. Borrows `in`, which must outlive the reader. A read error
// ends the data early; status() then holds it.
class BufferedReader {
 public:
  explicit BufferedReader(ByteStream* in) : in_(in) {}

  // Buffers until at least `n` unconsumed bytes are held or the stream ends;
  // returns the unconsumed bytes (fewer than `n` only at the end). The view is
  // valid until the next non-const call.
  std::string_view Peek(size_t n);
  // Drops the first `n` held bytes (n <= held bytes).
  void Consume(size_t n);
  // Drops the next `n` bytes of the stream, holding at most one chunk at a
  // time. Returns how many were dropped (fewer only at the end).
  uint64_t Skip(uint64_t n);

  enum class LineStatus { kLine, kUnterminated, kTooLong, kEnd };
  // Takes the next line without its "\n"; a final line without one is
  // kUnterminated (after a read error it may be cut short).
  // A line longer than `max_bytes` is dropped whole and reported kTooLong.
  // `*line` is valid until the next non-const call.
  LineStatus ReadLine(size_t max_bytes, std::string_view* line);

  // Drops bytes up to the next occurrence of `pattern`, leaving it first in
  // the buffer. Returns false (everything dropped) when it never occurs.
  bool SkipTo(std::string_view pattern);

  // Offset in the decompressed stream of the next unconsumed byte.
  uint64_t offset() const { return offset_; }
  // True when nothing is held and the stream has ended.
  bool AtEnd() { return Peek(1).empty(); }
  // OK, or the error that ended the stream early.
  const Status& status() const { return status_; }
  // Where in the underlying file the stream stopped (for error messages).
  uint64_t SourceOffset() const { return in_->SourceOffset(); }

 private:
  // Reads one more chunk; false at the end of the stream or on error.
  bool FillOnce();
  std::string_view Held() const { return std::string_view(buf_).substr(pos_); }

  ByteStream* in_;
  std::string buf_;
  size_t pos_ = 0;
  uint64_t offset_ = 0;
  bool eof_ = false;
  Status status_;
};

}  // namespace vigil

#endif  // VIGIL_INGEST_BUFFERED_READER_H_
