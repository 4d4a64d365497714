// Byte streams the readers pull from: a file, an in-memory string, and a
// gzip decompressor over another stream. Decompression is incremental, so
// memory stays flat whatever the size of the input; concatenated gzip members
// (one per record, as in .warc.gz) and zlib streams are read as one stream.
#ifndef VIGIL_INGEST_GZIP_STREAM_H_
#define VIGIL_INGEST_GZIP_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "vigil/status.h"

namespace vigil {

// A source of bytes read front to back. Not thread-safe; one reader at a time.
class ByteStream {
 public:
  virtual ~ByteStream() = default;
  // Reads up to `n` bytes into `buf`. Returns the count read; 0 means the end
  // of the stream. After an error, later calls return the same error.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
  // Where an error or the current read position lies, for messages: the byte
  // offset in the underlying file (compressed bytes for gzip).
  virtual uint64_t SourceOffset() const = 0;
};

// Reads a file through stdio. Owns the FILE handle.
class FileStream : public ByteStream {
 public:
  // Opens `path` for reading; fails with kNotFound or kIoError.
  static Result<std::unique_ptr<FileStream>> Open(const std::string& path);
  ~FileStream() override;
  FileStream(const FileStream&) = delete;
  FileStream& operator=(const FileStream&) = delete;

  Result<size_t> Read(char* buf, size_t n) override;
  uint64_t SourceOffset() const override { return offset_; }

 private:
  explicit FileStream(std::FILE* file) : file_(file) {}
  std::FILE* file_;
  uint64_t offset_ = 0;
};

// Reads from a string the caller keeps alive for the stream's lifetime.
class StringStream : public ByteStream {
 public:
  explicit StringStream(std::string_view data) : data_(data) {}
  Result<size_t> Read(char* buf, size_t n) override;
  uint64_t SourceOffset() const override { return pos_; }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

// Decompresses gzip (any number of concatenated members) or zlib data from
// `in`, which it owns. Errors: "truncated gzip stream" when the input ends
// inside a member, "corrupt gzip data" for bad bytes, and kResourceExhausted
// once more than `max_output` bytes would be produced.
class GzipStream : public ByteStream {
 public:
  GzipStream(std::unique_ptr<ByteStream> in, uint64_t max_output);
  ~GzipStream() override;
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  Result<size_t> Read(char* buf, size_t n) override;
  uint64_t SourceOffset() const override;

 private:
  struct State;
  Result<size_t> Fail(Status status);
  Status Refill();
  std::unique_ptr<ByteStream> in_;
  std::unique_ptr<State> state_;
  uint64_t max_output_;
  uint64_t produced_ = 0;
  Status error_;
  bool in_eof_ = false;
  bool member_done_ = false;  // last inflate() call ended a member
  bool started_ = false;      // some compressed input was seen
};

// True when `path` names a gzip file (ends in ".gz", any case).
bool IsGzipPath(std::string_view path);

// Opens `path` as a stream of its bytes, decompressed when the name ends in
// .gz or the content starts with the gzip magic bytes (a compressed file
// missing its suffix); at most `max_decompressed` bytes are then produced.
Result<std::unique_ptr<ByteStream>> OpenInputStream(const std::string& path,
                                                    uint64_t max_decompressed);

// Decompresses a whole gzip, zlib or raw-deflate buffer held in memory (an
// HTTP body with Content-Encoding), producing at most `max_output` bytes.
Result<std::string> InflateBuffer(std::string_view data, size_t max_output);

}  // namespace vigil

#endif  // VIGIL_INGEST_GZIP_STREAM_H_
