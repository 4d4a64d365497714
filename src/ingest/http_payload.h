// The document inside an HTTP response as a WARC response record stores it:
// status line, headers, then the body, possibly chunked (Transfer-Encoding)
// and compressed (Content-Encoding). Also the mapping from a media type to
// the format the cleaner reads.
#ifndef VIGIL_INGEST_HTTP_PAYLOAD_H_
#define VIGIL_INGEST_HTTP_PAYLOAD_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "vigil/document.h"
#include "vigil/status.h"

namespace vigil {

// A decoded document: its bytes and how to read them.
struct Payload {
  InputFormat format = InputFormat::kText;
  std::string bytes;
  std::string content_type;  // the Content-Type header as given, for its charset
};

// Format for a Content-Type value ("text/html; charset=utf-8" is kHtml,
// text/plain kText). An empty type is sniffed from `body` (markup if it opens
// with '<'); other types give nullopt.
std::optional<InputFormat> FormatForContentType(std::string_view content_type,
                                                std::string_view body);

// Decodes an HTTP/1.x response message into its document. Fails with
// kInvalidArgument naming the problem: no status line, unterminated headers,
// a status outside 2xx, an unsupported content type or encoding, a malformed
// chunked body, an empty body, or a body over `max_bytes` once decoded.
Result<Payload> DecodeHttpResponse(std::string_view message, size_t max_bytes);

// Joins the chunks of a chunked transfer-coded body (RFC 9112 section 7.1),
// ignoring chunk extensions and trailers; a body that ends cleanly after a
// chunk without the final zero-size chunk is accepted. At most `max_bytes`.
Result<std::string> DecodeChunked(std::string_view body, size_t max_bytes);

// Lower-cased copy of an ASCII string.
std::string AsciiLower(std::string_view s);

// `s` without leading and trailing spaces, tabs, CR and LF.
std::string_view TrimSpace(std::string_view s);

}  // namespace vigil

#endif  // VIGIL_INGEST_HTTP_PAYLOAD_H_
