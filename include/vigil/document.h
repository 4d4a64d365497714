// The nouns that flow through the pipeline: a RawArticle as read from a
// source, a Rejection when input is unusable, and a Document once cleaned.
//
// Text is bytes (UTF-8) plus [begin, end) offsets. A Document's clean `text`
// keeps an OffsetMap back to the raw bytes it came from, so every fact found
// later can point at the exact place in the original input.
#ifndef VIGIL_DOCUMENT_H_
#define VIGIL_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace vigil {

// How the raw bytes of an article are to be read.
enum class InputFormat { kText = 0, kHtml = 1 };

// Metadata a source delivered with an article. Empty strings mean "not given".
struct SourceInfo {
  std::string source;     // path, path#record, or URL: names the input exactly
  std::string url;        // original URL when known (JSONL url, WARC target URI)
  std::string title;      // title given by the source (JSONL title)
  std::string published;  // publication date given by the source, any format
  std::string site;       // site or outlet name
  // Content-Type as the transport gave it (an HTTP response or WARC record
  // header), for its charset; empty when unknown.
  std::string content_type;
};

// One article as delivered by a reader, before any cleaning.
struct RawArticle {
  SourceInfo meta;
  InputFormat format = InputFormat::kText;
  std::string bytes;  // raw content; may be invalid UTF-8
};

// Why an input (or a part of it) was skipped. Readers emit one per problem;
// `location` narrows it inside the input ("line 12", "record 3"), or is empty.
struct Rejection {
  std::string input;
  std::string location;
  std::string problem;
  // "<input>[:<location>]: <problem>", the one line printed on stderr.
  std::string ToString() const {
    std::string s = input;
    if (!location.empty()) s += ":" + location;
    return s + ": " + problem;
  }
};

// [begin, end) byte offsets over some text (the Document's clean text unless
// said otherwise).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

// Maps offsets in clean text back to offsets in the raw bytes. Clean text is a
// sequence of pieces, each copied (possibly normalised) from one raw range.
// Invariant: pieces are sorted by clean_begin and do not overlap.
struct OffsetMap {
  struct Piece {
    uint32_t clean_begin = 0;
    uint32_t clean_end = 0;
    uint32_t raw_begin = 0;
    uint32_t raw_end = 0;
  };
  std::vector<Piece> pieces;

  // Raw offset of clean offset `clean`. Inside a piece whose clean and raw
  // lengths agree the mapping is exact; otherwise it is the piece's raw start
  // (normalisation changed the bytes) or, between pieces, the next piece's start.
  size_t ToRaw(size_t clean) const;
};

// A cleaned article: what every later stage reads.
struct Document {
  SourceInfo meta;
  std::string title;             // best title found (meta, og:title, first line)
  std::string published;         // YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown
  std::string language;          // ISO 639-1 code from CLD2, "un" when unknown
  std::string text;              // clean body, NFC, paragraphs separated by "\n"
  OffsetMap offsets;             // text -> raw bytes
  std::vector<Span> paragraphs;  // over text
  std::vector<Span> sentences;   // over text
  uint64_t content_hash = 0;     // of text; equal hashes mean the same article
  // MinHash signature of the text's word shingles (src/dedup/minhash.h), for
  // finding near copies; empty when the cleaner was told not to compute it.
  std::vector<uint32_t> minhash;
};

}  // namespace vigil

#endif  // VIGIL_DOCUMENT_H_
