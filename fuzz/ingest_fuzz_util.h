// Shared by the ingest fuzzers: small budgets, a stream over the fuzz input
// (gunzipped when it starts with the gzip magic bytes, so the decompressor is
// fuzzed too), and a sink that traps when a reader breaks its contract.
#ifndef VIGIL_FUZZ_INGEST_FUZZ_UTIL_H_
#define VIGIL_FUZZ_INGEST_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "ingest/gzip_stream.h"
#include "ingest/reader.h"

namespace vigil::fuzz {

inline IngestOptions SmallOptions() {
  IngestOptions options;
  options.max_article_bytes = size_t{1} << 16;
  options.max_line_bytes = size_t{1} << 16;
  options.max_decompressed_bytes = size_t{1} << 22;
  return options;
}

inline std::unique_ptr<ByteStream> OpenFuzzInput(std::string_view data,
                                                 const IngestOptions& options) {
  std::unique_ptr<ByteStream> in = std::make_unique<StringStream>(data);
  if (data.size() >= 2 && data[0] == '\x1f' && data[1] == '\x8b') {
    in = std::make_unique<GzipStream>(std::move(in), options.max_decompressed_bytes);
  }
  return in;
}

// Checks what readers promise: articles are named, non-empty and within the
// size budget; every rejection names its input and says what is wrong.
class CheckingSink : public ArticleSink {
 public:
  explicit CheckingSink(const IngestOptions& options) : options_(options) {}
  void Accept(RawArticle article) override {
    if (article.meta.source.empty() || article.bytes.empty() ||
        article.bytes.size() > options_.max_article_bytes) {
      __builtin_trap();
    }
    ++count_;
  }
  void Reject(Rejection rejection) override {
    if (rejection.input.empty() || rejection.problem.empty()) __builtin_trap();
    ++count_;
  }
  // Each article or rejection consumes at least one input byte, bar the one
  // "empty file" rejection.
  void CheckCount(size_t input_bytes, size_t expand = 1) const {
    if (count_ > input_bytes * expand + 1) __builtin_trap();
  }

 private:
  const IngestOptions& options_;
  size_t count_ = 0;
};

}  // namespace vigil::fuzz

#endif  // VIGIL_FUZZ_INGEST_FUZZ_UTIL_H_
