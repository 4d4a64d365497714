#include "ingest/gzip_stream.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

namespace vigil {
namespace {

constexpr size_t kInputChunk = size_t{1} << 16;
// Window bits: 15 plus 32 lets zlib detect gzip or zlib headers by itself.
constexpr int kAutoDetectWindow = 15 + 32;
constexpr int kRawDeflateWindow = -15;

std::string ZlibMessage(const z_stream& z, int rc) {
  if (z.msg != nullptr) return z.msg;
  return "zlib error " + std::to_string(rc);
}

}  // namespace

Result<std::unique_ptr<FileStream>> FileStream::Open(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    const int err = errno;
    std::string msg = std::strerror(err);
    if (err == ENOENT) return Status::NotFound(msg);
    return Status::IoError(msg);
  }
  return std::unique_ptr<FileStream>(new FileStream(file));
}

FileStream::~FileStream() { std::fclose(file_); }

Result<size_t> FileStream::Read(char* buf, size_t n) {
  const size_t got = std::fread(buf, 1, n, file_);
  offset_ += got;
  if (got == 0 && std::ferror(file_)) {
    return Status::IoError(std::string("read failed: ") + std::strerror(errno));
  }
  return got;
}

Result<size_t> StringStream::Read(char* buf, size_t n) {
  const size_t got = std::min(n, data_.size() - pos_);
  if (got > 0) std::memcpy(buf, data_.data() + pos_, got);
  pos_ += got;
  return got;
}

struct GzipStream::State {
  z_stream z{};
  bool initialised = false;
  char input[kInputChunk];
};

GzipStream::GzipStream(std::unique_ptr<ByteStream> in, uint64_t max_output)
    : in_(std::move(in)), state_(std::make_unique<State>()), max_output_(max_output) {
  if (inflateInit2(&state_->z, kAutoDetectWindow) != Z_OK) {
    error_ = Status::Internal("cannot initialise zlib");
    return;
  }
  state_->initialised = true;
}

GzipStream::~GzipStream() {
  if (state_->initialised) inflateEnd(&state_->z);
}

uint64_t GzipStream::SourceOffset() const {
  return in_->SourceOffset() - state_->z.avail_in;
}

Result<size_t> GzipStream::Fail(Status status) {
  error_ = std::move(status);
  return error_;
}

Status GzipStream::Refill() {
  Result<size_t> got = in_->Read(state_->input, kInputChunk);
  if (!got.ok()) return got.status();
  if (*got == 0) in_eof_ = true;
  if (*got > 0) started_ = true;
  state_->z.next_in = reinterpret_cast<Bytef*>(state_->input);
  state_->z.avail_in = static_cast<uInt>(*got);
  return Status::Ok();
}

Result<size_t> GzipStream::Read(char* buf, size_t n) {
  if (!error_.ok()) return error_;
  z_stream& z = state_->z;
  const uInt want = static_cast<uInt>(std::min<size_t>(n, UINT_MAX));
  if (want == 0) return size_t{0};
  z.next_out = reinterpret_cast<Bytef*>(buf);
  z.avail_out = want;
  while (z.avail_out == want) {
    if (z.avail_in == 0 && !in_eof_) {
      Status s = Refill();
      if (!s.ok()) return Fail(std::move(s));
      continue;
    }
    if (z.avail_in == 0) {
      if (member_done_ || !started_) return size_t{0};
      return Fail(Status::Corruption("truncated gzip stream (input ends at byte " +
                                     std::to_string(SourceOffset()) + ")"));
    }
    if (member_done_) {
      inflateReset(&z);
      member_done_ = false;
    }
    const int rc = inflate(&z, Z_NO_FLUSH);
    if (rc == Z_STREAM_END) {
      member_done_ = true;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      return Fail(Status::Corruption("corrupt gzip data at byte " +
                                     std::to_string(SourceOffset()) + ": " +
                                     ZlibMessage(z, rc)));
    }
  }
  const size_t got = want - z.avail_out;
  produced_ += got;
  if (produced_ > max_output_) {
    return Fail(Status::ResourceExhausted("decompressed size exceeds " +
                                          std::to_string(max_output_) + " bytes"));
  }
  return got;
}

bool IsGzipPath(std::string_view path) {
  if (path.size() < 3) return false;
  std::string_view ext = path.substr(path.size() - 3);
  return ext[0] == '.' && (ext[1] | 0x20) == 'g' && (ext[2] | 0x20) == 'z';
}

namespace {

// True when the file starts with the gzip magic bytes 1f 8b.
bool HasGzipMagic(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  unsigned char magic[2] = {0, 0};
  const size_t got = std::fread(magic, 1, 2, file);
  std::fclose(file);
  return got == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
}

}  // namespace

Result<std::unique_ptr<ByteStream>> OpenInputStream(const std::string& path,
                                                    uint64_t max_decompressed) {
  Result<std::unique_ptr<FileStream>> file = FileStream::Open(path);
  if (!file.ok()) return file.status();
  std::unique_ptr<ByteStream> stream = std::move(file).value();
  if (IsGzipPath(path) || HasGzipMagic(path)) {
    stream = std::make_unique<GzipStream>(std::move(stream), max_decompressed);
  }
  return stream;
}

namespace {

// One-shot inflate with the given window bits; `*bad_header` tells a caller
// that the data did not even start like this format.
Result<std::string> InflateWith(std::string_view data, size_t max_output, int window,
                                bool* bad_header) {
  z_stream z{};
  if (inflateInit2(&z, window) != Z_OK) return Status::Internal("cannot initialise zlib");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(std::min<size_t>(data.size(), UINT_MAX));
  std::string out;
  char chunk[kInputChunk];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(chunk);
    z.avail_out = sizeof(chunk);
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(chunk, sizeof(chunk) - z.avail_out);
    if (out.size() > max_output) rc = Z_MEM_ERROR;
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;
  }
  *bad_header = rc == Z_DATA_ERROR && z.total_out == 0;
  std::string msg = rc == Z_MEM_ERROR ? "decompressed body exceeds " +
                                            std::to_string(max_output) + " bytes"
                                      : ZlibMessage(z, rc);
  inflateEnd(&z);
  if (rc == Z_STREAM_END) return out;
  if (rc == Z_BUF_ERROR) return Status::Corruption("truncated compressed body");
  return Status::Corruption("corrupt compressed body: " + msg);
}

}  // namespace

Result<std::string> InflateBuffer(std::string_view data, size_t max_output) {
  bool bad_header = false;
  Result<std::string> out = InflateWith(data, max_output, kAutoDetectWindow, &bad_header);
  // Some servers send raw deflate under "Content-Encoding: deflate".
  if (!out.ok() && bad_header) {
    return InflateWith(data, max_output, kRawDeflateWindow, &bad_header);
  }
  return out;
}

}  // namespace vigil
