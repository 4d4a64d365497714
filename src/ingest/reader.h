// Readers turn input files into RawArticles: plain text, HTML, JSON Lines,
// WARC, and gzip-compressed versions of each. A reader never stops a batch
// for bad input: each unusable file, line or record becomes one Rejection
// and reading goes on.
//
// Naming (RawArticle::meta.source), so that an article can be found again:
//   .txt .html .htm (and .gz)  the path as listed, so it ends with the file's
//                              name: "in/000_ab12.txt"
//   .jsonl (and .gz)           "<path>#L<line>", line counted from 1
//   .warc (and .gz)            "<path>#R<record>", every record counted from 1
//   .rss .atom .xml (and .gz)  "<path>#I<item>", items/entries counted from 1
// Rejection::input is always the path; Rejection::location is "line N",
// "record N", "byte N" (offset in the decompressed data) or empty for a whole
// file. Problems are short lower-case phrases: "empty file", "binary data",
// "not JSON: ...", "no text or html field", "record length N runs past end of
// file", "truncated gzip stream (...)", "article of N bytes exceeds
// max_article_bytes (M)". Invalid UTF-8 is not a problem here: articles
// carry it through and the cleaner repairs it (JSONL lines are repaired
// before parsing, since JSON must be UTF-8).
//
// Memory: files are streamed; what is held at once is bounded by
// max_line_bytes (JSONL) or max_article_bytes plus 64 KiB (WARC, single
// files), whatever the size of the file. Formats: see jsonl_reader.h and
// warc_reader.h.
#ifndef VIGIL_INGEST_READER_H_
#define VIGIL_INGEST_READER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "ingest/file_list.h"
#include "ingest/gzip_stream.h"
#include "vigil/document.h"

namespace vigil {

struct IngestOptions {
  // Largest single article (text, HTML, JSONL record, WARC payload) accepted;
  // larger ones are rejected, not truncated.
  size_t max_article_bytes = 16u << 20;
  // Largest decompressed size read from one .gz file before it is rejected.
  size_t max_decompressed_bytes = size_t{4} << 30;
  // Longest JSON line accepted (a record is one line).
  size_t max_line_bytes = 32u << 20;
};

// Receives what readers produce, in input order. Implementations may block in
// Accept (a bounded queue) to apply back-pressure. Called from the reading
// thread only.
class ArticleSink {
 public:
  virtual ~ArticleSink() = default;
  virtual void Accept(RawArticle article) = 0;
  virtual void Reject(Rejection rejection) = 0;
};

// Expands `paths` (files and folders, recursively; folders in sorted order)
// into the files readers understand, by extension: .txt .html .htm .jsonl
// .warc .rss .atom .xml, each optionally .gz. Other files inside folders, and hidden ones
// (".name"), are skipped silently; symbolic links are followed, each folder
// visited once. A path given explicitly that does not exist or has an
// unknown extension is rejected through `sink`. "-" (standard input) is
// passed through.
std::vector<std::string> ListInputs(const std::vector<std::string>& paths,
                                    ArticleSink& sink);

// Reads one file, dispatching on its extension, and feeds `sink`. A .txt or
// .html file larger than max_article_bytes is rejected from its size alone,
// without being read. "-" reads standard input (ingest/stdin_input.h). Not
// thread-safe with respect to `sink`.
void ReadInput(const std::string& path, const IngestOptions& options, ArticleSink& sink);

// Reads the content `in` of an input named `name` as the format `type` says
// (type.gzip is ignored: `in` is already decompressed).
void ReadTyped(ByteStream& in, const std::string& name, FileType type,
               const IngestOptions& options, ArticleSink& sink);

// Reads every input under `paths`; equivalent to ListInputs then ReadInput.
void ReadPaths(const std::vector<std::string>& paths, const IngestOptions& options,
               ArticleSink& sink);

}  // namespace vigil

#endif  // VIGIL_INGEST_READER_H_
