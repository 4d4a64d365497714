#include "ingest/http_payload.h"

#include <charconv>

#include "ingest/gzip_stream.h"
#include "ingest/problems.h"

namespace vigil {
namespace {

struct HttpHead {
  int status = 0;
  std::string content_type;
  std::string transfer_encoding;  // lower-cased
  std::string content_encoding;   // lower-cased
  size_t body_start = 0;
};

Status Invalid(std::string problem) { return Status::InvalidArgument(problem); }

// Offset of the body: just past the first empty line (CRLF or bare LF).
std::optional<size_t> BodyStart(std::string_view m) {
  const size_t crlf = m.find("\r\n\r\n");
  const size_t lf = m.find("\n\n");
  if (crlf == std::string_view::npos && lf == std::string_view::npos) return std::nullopt;
  if (lf == std::string_view::npos || (crlf != std::string_view::npos && crlf < lf)) {
    return crlf + 4;
  }
  return lf + 2;
}

// "HTTP/1.1 200 OK" -> 200; 0 when malformed.
int StatusCode(std::string_view line) {
  const size_t space = line.find(' ');
  if (space == std::string_view::npos) return 0;
  std::string_view rest = TrimSpace(line.substr(space + 1));
  int code = 0;
  auto [end, ec] =
      std::from_chars(rest.data(), rest.data() + std::min<size_t>(3, rest.size()), code);
  if (ec != std::errc() || end != rest.data() + 3) return 0;
  return code;
}

Result<HttpHead> ParseHead(std::string_view m) {
  if (!m.starts_with("HTTP/")) return Invalid("HTTP response has no status line");
  std::optional<size_t> body = BodyStart(m);
  if (!body) return Invalid("HTTP headers do not end");
  HttpHead head;
  head.body_start = *body;
  std::string_view rest = m.substr(0, *body);
  bool first = true;
  while (!rest.empty()) {
    const size_t eol = rest.find('\n');
    std::string_view line = TrimSpace(rest.substr(0, eol));
    rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
    if (first) {
      head.status = StatusCode(line);
      first = false;
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string name = AsciiLower(TrimSpace(line.substr(0, colon)));
    std::string_view value = TrimSpace(line.substr(colon + 1));
    if (name == "content-type") head.content_type = std::string(value);
    if (name == "transfer-encoding") head.transfer_encoding = AsciiLower(value);
    if (name == "content-encoding") head.content_encoding = AsciiLower(value);
  }
  if (head.status == 0) return Invalid("malformed HTTP status line");
  return head;
}

// Undoes Content-Encoding; identity and empty leave the body as it is.
Result<std::string> Decompress(std::string body, std::string_view encoding, size_t max) {
  if (encoding.empty() || encoding == "identity") return body;
  if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
    Result<std::string> out = InflateBuffer(body, max);
    if (!out.ok()) return Invalid(out.status().message());
    return out;
  }
  return Invalid("unsupported Content-Encoding " + std::string(encoding));
}

// Parses a chunk-size line's hex number, ignoring any ";extension".
bool ParseChunkSize(std::string_view line, size_t* size) {
  line = TrimSpace(line.substr(0, line.find(';')));
  if (line.empty()) return false;
  auto [end, ec] = std::from_chars(line.data(), line.data() + line.size(), *size, 16);
  return ec == std::errc() && end == line.data() + line.size();
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view TrimSpace(std::string_view s) {
  const size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

std::optional<InputFormat> FormatForContentType(std::string_view content_type,
                                                std::string_view body) {
  const std::string type =
      AsciiLower(TrimSpace(content_type.substr(0, content_type.find(';'))));
  if (type == "text/html" || type == "application/xhtml+xml") return InputFormat::kHtml;
  if (type == "text/plain") return InputFormat::kText;
  if (!type.empty()) return std::nullopt;
  const size_t first = body.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && body[first] == '<') return InputFormat::kHtml;
  return InputFormat::kText;
}

Result<std::string> DecodeChunked(std::string_view body, size_t max_bytes) {
  std::string out;
  while (!body.empty()) {
    const size_t eol = body.find('\n');
    if (eol == std::string_view::npos)
      return Invalid("malformed chunked body: no chunk size line");
    size_t size = 0;
    if (!ParseChunkSize(body.substr(0, eol), &size)) {
      return Invalid("malformed chunked body: bad chunk size");
    }
    body.remove_prefix(eol + 1);
    if (size == 0) return out;  // trailers, if any, are ignored
    if (size > body.size())
      return Invalid("malformed chunked body: chunk runs past the end");
    if (out.size() + size > max_bytes)
      return Invalid(TooLargeProblem(out.size() + size, max_bytes));
    out.append(body.substr(0, size));
    body.remove_prefix(size);
    if (body.starts_with("\r\n")) {
      body.remove_prefix(2);
    } else if (body.starts_with("\n")) {
      body.remove_prefix(1);
    } else if (!body.empty()) {
      return Invalid("malformed chunked body: chunk not followed by a line end");
    }
  }
  return out;
}

Result<Payload> DecodeHttpResponse(std::string_view message, size_t max_bytes) {
  Result<HttpHead> head = ParseHead(message);
  if (!head.ok()) return head.status();
  if (head->status < 200 || head->status > 299) {
    return Invalid("HTTP status " + std::to_string(head->status));
  }
  if (!head->content_type.empty() && !FormatForContentType(head->content_type, {})) {
    return Invalid("content type " + head->content_type + " is not text or HTML");
  }
  std::string_view raw_body = message.substr(head->body_start);
  std::string body;
  if (head->transfer_encoding.find("chunked") != std::string::npos) {
    Result<std::string> joined = DecodeChunked(raw_body, max_bytes);
    if (!joined.ok()) return joined.status();
    body = std::move(joined).value();
  } else {
    body = std::string(raw_body);
  }
  Result<std::string> decoded =
      Decompress(std::move(body), head->content_encoding, max_bytes);
  if (!decoded.ok()) return decoded.status();
  if (TrimSpace(*decoded).empty()) return Invalid("empty HTTP body");
  if (decoded->size() > max_bytes)
    return Invalid(TooLargeProblem(decoded->size(), max_bytes));
  const InputFormat format = *FormatForContentType(head->content_type, *decoded);
  return Payload{format, std::move(decoded).value(), head->content_type};
}

}  // namespace vigil
