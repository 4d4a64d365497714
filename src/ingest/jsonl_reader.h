// The JSON Lines reader: one article per line, each line one JSON object.
//
// Fields read (all others ignored): "html" or "text" (the article; when both
// hold more than whitespace "html" wins and the article is read as HTML,
// since the markup still holds the title, date and paragraph structure the
// cleaner uses), and optional "url", "title", "published" (string or
// number), "site"; null counts as absent.
// Blank lines, and a byte-order mark opening the file, are skipped silently. Invalid
// UTF-8 inside a line is repaired (each bad sequence becomes U+FFFD) rather than
// rejected. Articles are named "<path>#L<line>" (1-based line number) in meta.source.
#ifndef VIGIL_INGEST_JSONL_READER_H_
#define VIGIL_INGEST_JSONL_READER_H_

#include <string>

#include "ingest/gzip_stream.h"
#include "ingest/reader.h"

namespace vigil {

// Reads every line of `in` (the content of the file `path`), emitting one
// Accept per usable line and one Reject (location "line N") per unusable one:
// "not JSON: ...", "not a JSON object", "no text or html field", a wrong
// field type, an empty article, or a size limit. A stream error (such as a
// truncated gzip file) ends the file with one Reject; an empty file is one
// Reject too. Not thread-safe; allocates one JSON parser per call.
void ReadJsonl(ByteStream& in, const std::string& path, const IngestOptions& options,
               ArticleSink& sink);

}  // namespace vigil

#endif  // VIGIL_INGEST_JSONL_READER_H_
