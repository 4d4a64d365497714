#include "ingest/warc_reader.h"

#include <charconv>
#include <optional>
#include <string_view>

#include "ingest/buffered_reader.h"
#include "ingest/http_payload.h"
#include "ingest/problems.h"

namespace vigil {
namespace {

// Bounds one record's header block, and the HTTP status line and headers a
// response block may hold on top of max_article_bytes of body.
constexpr size_t kMaxHeaderBytes = size_t{64} << 10;
constexpr std::string_view kVersionPrefix = "WARC/";

struct WarcHeader {
  std::string type;  // WARC-Type, lower-cased
  std::string target_uri;
  std::string content_type;
  std::optional<uint64_t> content_length;
};

std::optional<uint64_t> ParseLength(std::string_view s) {
  uint64_t n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return n;
}

// Length of the blank line closing a block at the start of `tail` (CRLF CRLF,
// or LF LF from hand-edited files), or nullopt. At the end of the data a
// truncated closing line is forgiven.
std::optional<size_t> ClosingLength(std::string_view tail, bool at_end) {
  if (tail.starts_with("\r\n\r\n")) return 4;
  if (tail.starts_with("\n\n")) return 2;
  const bool prefix = std::string_view("\r\n\r\n").starts_with(tail) ||
                      std::string_view("\n\n").starts_with(tail);
  if (at_end && prefix) return tail.size();
  return std::nullopt;
}

// A short printable excerpt of stray data for a message.
std::string Excerpt(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, 32)) {
    if (c == '\n' || c == '\r') break;
    out.push_back(c >= 0x20 && c < 0x7f ? c : '?');
  }
  return out;
}

void SetField(std::string_view name, std::string_view value, WarcHeader* h) {
  const std::string key = AsciiLower(name);
  if (key == "warc-type") {
    h->type = AsciiLower(value);
  } else if (key == "warc-target-uri") {
    // WARC/1.0 examples wrap the URI in angle brackets; 1.1 does not.
    if (value.size() >= 2 && value.front() == '<' && value.back() == '>') {
      value = value.substr(1, value.size() - 2);
    }
    h->target_uri = std::string(value);
  } else if (key == "content-type") {
    h->content_type = std::string(value);
  } else if (key == "content-length") {
    h->content_length = ParseLength(value);
  }
}

class WarcReader {
 public:
  WarcReader(ByteStream& in, const std::string& path, const IngestOptions& options,
             ArticleSink& sink)
      : reader_(&in), path_(path), options_(options), sink_(sink) {}

  void Run() {
    while (reader_.status().ok() && NextRecordStart()) {
      ++record_;
      in_record_ = true;
      ReadRecord();
      if (!reader_.status().ok()) break;
      in_record_ = false;
    }
    if (!reader_.status().ok()) {
      const std::string where =
          in_record_ ? Location("record", record_) : Location("byte", reader_.offset());
      sink_.Reject({path_, where, reader_.status().message()});
    } else if (reader_.offset() == 0) {
      sink_.Reject({path_, "", "empty file"});
    }
  }

 private:
  // Skips blank lines before a record; reports stray data and resyncs past
  // it. False at the end of the data.
  bool NextRecordStart() {
    for (;;) {
      std::string_view head = reader_.Peek(kVersionPrefix.size());
      if (head.empty()) return false;
      if (head.starts_with("\n") || head.starts_with("\r\n")) {
        reader_.Consume(head[0] == '\n' ? 1 : 2);
        continue;
      }
      if (head.starts_with(kVersionPrefix)) return true;
      sink_.Reject({path_, Location("byte", reader_.offset()),
                    "not a WARC record (expected a WARC/1.x line, found \"" +
                        Excerpt(reader_.Peek(32)) + "\")"});
      if (!Resync()) return false;
    }
  }

  // Moves to the next line that starts a record; false when there is none.
  bool Resync() {
    if (reader_.Peek(kVersionPrefix.size()).starts_with(kVersionPrefix)) return true;
    if (!reader_.SkipTo("\nWARC/")) return false;
    reader_.Consume(1);
    return true;
  }

  void RejectRecord(std::string problem) {
    sink_.Reject({path_, Location("record", record_), std::move(problem)});
  }

  // Reads the version line and header fields through the blank line.
  Result<WarcHeader> ReadHeader() {
    WarcHeader header;
    size_t total = 0;
    bool first = true;
    for (;;) {
      if (!first && reader_.Peek(kVersionPrefix.size()).starts_with(kVersionPrefix)) {
        return Status::InvalidArgument(
            "header block has no blank line before the next record");
      }
      std::string_view line;
      const BufferedReader::LineStatus got = reader_.ReadLine(kMaxHeaderBytes, &line);
      if (got == BufferedReader::LineStatus::kTooLong) {
        return Status::InvalidArgument("header line longer than " +
                                       std::to_string(kMaxHeaderBytes) + " bytes");
      }
      if (got != BufferedReader::LineStatus::kLine) {
        return Status::InvalidArgument("header block ends before its blank line");
      }
      total += line.size() + 1;
      if (total > kMaxHeaderBytes) {
        return Status::InvalidArgument("header block longer than " +
                                       std::to_string(kMaxHeaderBytes) + " bytes");
      }
      if (line.ends_with('\r')) line.remove_suffix(1);
      if (first) {
        first = false;
        continue;
      }
      if (line.empty()) return header;
      if (line[0] == ' ' || line[0] == '\t')
        continue;  // folded value: not a field we use
      const size_t colon = line.find(':');
      if (colon == std::string_view::npos) {
        return Status::InvalidArgument("malformed header line \"" + Excerpt(line) + "\"");
      }
      SetField(TrimSpace(line.substr(0, colon)), TrimSpace(line.substr(colon + 1)),
               &header);
    }
  }

  void ReadRecord() {
    Result<WarcHeader> header = ReadHeader();
    if (!reader_.status().ok()) return;  // reported once by Run
    if (!header.ok()) {
      RejectRecord(header.status().message());
      Resync();
      return;
    }
    if (!header->content_length) {
      RejectRecord("no valid Content-Length");
      Resync();
      return;
    }
    const uint64_t length = *header->content_length;
    if (length > options_.max_article_bytes + kMaxHeaderBytes)
      return SkipLargeBlock(*header);
    const std::string_view data = reader_.Peek(length + 4);
    if (data.size() < length) {
      if (!reader_.status().ok()) return;
      RejectRecord("record length " + std::to_string(length) +
                   " runs past end of file (" + std::to_string(data.size()) +
                   " bytes left)");
      Resync();
      return;
    }
    const std::optional<size_t> closing =
        ClosingLength(data.substr(length), data.size() < length + 4);
    if (!closing) {
      RejectRecord(MismatchProblem(length));
      Resync();
      return;
    }
    Emit(*header, data.substr(0, length));
    reader_.Consume(length + *closing);
  }

  static std::string MismatchProblem(uint64_t length) {
    return "Content-Length " + std::to_string(length) +
           " does not match the record (no blank line after the block)";
  }

  static bool HoldsArticle(const WarcHeader& h) {
    return h.type == "response" || h.type == "resource" || h.type == "conversion";
  }

  // A block too large to be an article: dropped without being held.
  void SkipLargeBlock(const WarcHeader& header) {
    const uint64_t length = *header.content_length;
    if (reader_.Skip(length) < length) {
      if (reader_.status().ok()) {
        RejectRecord("record length " + std::to_string(length) +
                     " runs past end of file");
      }
      return;
    }
    const std::string_view tail = reader_.Peek(4);
    const std::optional<size_t> closing = ClosingLength(tail, tail.size() < 4);
    if (!closing) {
      RejectRecord(MismatchProblem(length));
      Resync();
      return;
    }
    reader_.Consume(*closing);
    if (HoldsArticle(header))
      RejectRecord(TooLargeProblem(length, options_.max_article_bytes));
  }

  void Emit(const WarcHeader& header, std::string_view block) {
    if (header.type.empty()) return RejectRecord("no WARC-Type field");
    if (!HoldsArticle(header)) return;
    Result<Payload> payload = DecodeBlock(header, block);
    if (!payload.ok()) return RejectRecord(payload.status().message());
    RawArticle article;
    article.meta.source = path_ + "#R" + std::to_string(record_);
    article.meta.url = header.target_uri;
    article.format = payload->format;
    article.meta.content_type = std::move(payload->content_type);
    article.bytes = std::move(payload->bytes);
    sink_.Accept(std::move(article));
  }

  Result<Payload> DecodeBlock(const WarcHeader& header, std::string_view block) {
    const bool http = AsciiLower(header.content_type).starts_with("application/http");
    if (header.type == "response" && http) {
      return DecodeHttpResponse(block, options_.max_article_bytes);
    }
    std::optional<InputFormat> format = FormatForContentType(header.content_type, block);
    if (!format) {
      return Status::InvalidArgument("content type " + header.content_type +
                                     " is not text or HTML");
    }
    if (TrimSpace(block).empty()) return Status::InvalidArgument("empty record block");
    if (block.size() > options_.max_article_bytes) {
      return Status::InvalidArgument(
          TooLargeProblem(block.size(), options_.max_article_bytes));
    }
    return Payload{*format, std::string(block), header.content_type};
  }

  BufferedReader reader_;
  const std::string& path_;
  const IngestOptions& options_;
  ArticleSink& sink_;
  uint64_t record_ = 0;
  bool in_record_ = false;
};

}  // namespace

void ReadWarc(ByteStream& in, const std::string& path, const IngestOptions& options,
              ArticleSink& sink) {
  WarcReader(in, path, options, sink).Run();
}

}  // namespace vigil
