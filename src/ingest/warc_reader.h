// The WARC reader (ISO 28500; WARC/1.0 and WARC/1.1 records).
//
// A record is a version line, header fields, a blank line, Content-Length
// bytes of block, then CRLF CRLF. Articles come from `response` records
// holding an HTTP response (status line and headers stripped, chunked
// transfer coding and gzip/deflate content coding undone; 2xx text/html,
// application/xhtml+xml or text/plain only) and from `resource` and
// `conversion` records (the text of Common Crawl WET files) whose
// Content-Type is HTML or plain text. warcinfo, request, metadata, revisit
// and continuation records are skipped silently. WARC-Target-URI
// becomes meta.url; meta.source is "<path>#R<n>", n counting every record in
// the file from 1.
//
// A Content-Length that does not land on the record's closing blank line is
// reported ("does not match the record", or "runs past end of file"), and
// reading resyncs at the next line starting with "WARC/".
#ifndef VIGIL_INGEST_WARC_READER_H_
#define VIGIL_INGEST_WARC_READER_H_

#include <string>

#include "ingest/gzip_stream.h"
#include "ingest/reader.h"

namespace vigil {

// Reads every record of `in` (the content of the file `path`), emitting one
// Accept per article and one Reject per unusable record (location "record N")
// or stray data (location "byte N", decompressed offset). A stream error such
// as a truncated gzip file ends the file with one Reject. Memory is bounded
// by options.max_article_bytes plus 64 KiB; larger records are skipped
// without being held. Not thread-safe.
void ReadWarc(ByteStream& in, const std::string& path, const IngestOptions& options,
              ArticleSink& sink);

}  // namespace vigil

#endif  // VIGIL_INGEST_WARC_READER_H_
