#include "ingest/stdin_input.h"

#include <algorithm>
#include <cstring>

namespace vigil {
namespace {

// Bytes of the sniffed head first, then the rest of the stream.
class PrefixStream : public ByteStream {
 public:
  PrefixStream(std::string head, std::unique_ptr<ByteStream> rest)
      : head_(std::move(head)), rest_(std::move(rest)) {}
  Result<size_t> Read(char* buf, size_t n) override {
    if (pos_ < head_.size()) {
      const size_t k = std::min(n, head_.size() - pos_);
      std::memcpy(buf, head_.data() + pos_, k);
      pos_ += k;
      return k;
    }
    return rest_->Read(buf, n);
  }
  uint64_t SourceOffset() const override {
    return pos_ < head_.size() ? pos_ : rest_->SourceOffset();
  }

 private:
  std::string head_;
  size_t pos_ = 0;
  std::unique_ptr<ByteStream> rest_;
};

constexpr size_t kSniffBytes = 4096;

// Reads up to kSniffBytes from `in` (fewer only at the end of the stream).
Result<std::string> Head(ByteStream& in) {
  std::string head(kSniffBytes, '\0');
  size_t have = 0;
  while (have < head.size()) {
    Result<size_t> got = in.Read(head.data() + have, head.size() - have);
    if (!got.ok()) return got.status();
    if (*got == 0) break;
    have += *got;
  }
  head.resize(have);
  return head;
}

bool IsGzip(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

}  // namespace

FileKind SniffKind(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  const size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return FileKind::kText;
  head.remove_prefix(start);
  if (head[0] == '{') return FileKind::kJsonl;
  if (head.substr(0, 5) == "WARC/") return FileKind::kWarc;
  if (head[0] != '<') return FileKind::kText;
  for (std::string_view root : {"<rss", "<feed", "<rdf:RDF"}) {
    if (head.find(root) != std::string_view::npos) return FileKind::kFeed;
  }
  return FileKind::kHtml;
}

void ReadSniffed(std::unique_ptr<ByteStream> in, const std::string& name,
                 const IngestOptions& options, ArticleSink& sink) {
  Result<std::string> head = Head(*in);
  if (!head.ok()) return sink.Reject({name, "", head.status().message()});
  if (IsGzip(*head)) {
    auto raw = std::make_unique<PrefixStream>(std::move(head).value(), std::move(in));
    in = std::make_unique<GzipStream>(std::move(raw), options.max_decompressed_bytes);
    head = Head(*in);
    if (!head.ok()) return sink.Reject({name, "", head.status().message()});
  }
  FileType type;
  type.kind = SniffKind(*head);
  PrefixStream stream(std::move(head).value(), std::move(in));
  ReadTyped(stream, name, type, options, sink);
}

}  // namespace vigil
