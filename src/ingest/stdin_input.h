// Standard input as an input ("vigil ingest -", "curl ... | vigil extract
// -"): its format is told from its first bytes, since there is no name to
// go by. gzip data is decompressed first. Articles are named like files
// whose path is "stdin": "stdin", "stdin#L3", "stdin#R2", "stdin#I4".
#ifndef VIGIL_INGEST_STDIN_INPUT_H_
#define VIGIL_INGEST_STDIN_INPUT_H_

#include <memory>
#include <string>
#include <string_view>

#include "ingest/file_list.h"
#include "ingest/gzip_stream.h"
#include "ingest/reader.h"

namespace vigil {

// The path that stands for standard input in a list of inputs.
inline constexpr std::string_view kStdinPath = "-";

// The format of data starting with `head` (after a UTF-8 byte-order mark and
// white space): JSON Lines when it opens with '{', WARC with "WARC/", a feed
// when an <rss, <feed or <rdf:RDF element opens within it, HTML when it
// opens with '<', plain text otherwise.
FileKind SniffKind(std::string_view head);

// Reads `in` (standard input, or any stream in tests) as one input named
// `name`, telling its format from its first bytes.
void ReadSniffed(std::unique_ptr<ByteStream> in, const std::string& name,
                 const IngestOptions& options, ArticleSink& sink);

}  // namespace vigil

#endif  // VIGIL_INGEST_STDIN_INPUT_H_
