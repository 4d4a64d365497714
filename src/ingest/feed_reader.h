// The news-feed reader: RSS 2.0 (and RSS 0.9x/1.0) and Atom 1.0 files, one
// article per item or entry. XML is parsed by expat as a stream, so memory
// holds one item at a time whatever the size of the feed.
//
// Per item, the article is the fullest body the feed carries: RSS
// content:encoded, else description; Atom content, else summary. Bodies are
// read as HTML (feeds escape or CDATA-wrap markup), except Atom content or
// summary of type "text". meta.title is the item's title, meta.url its link
// (Atom: the alternate link's href), meta.published its pubDate, dc:date,
// published or updated, as written (the cleaner normalises it), meta.site the
// feed's own title. Articles are named "<path>#I<n>", n counting items and
// entries from 1. Elements are matched by local name, whatever their prefix.
//
// Encodings: those expat reads itself (UTF-8, UTF-16, ISO-8859-1, ASCII)
// and any single-byte one ICU knows (windows-1252, windows-1256, KOI8-R...).
//
// Problems: an item without a body ("item N", "no content or description"),
// an item over max_article_bytes, a file that is not a feed ("not an RSS or
// Atom feed"), and malformed XML ("line L", "XML error: ..."), which ends
// the file; items completed before the error are kept.
#ifndef VIGIL_INGEST_FEED_READER_H_
#define VIGIL_INGEST_FEED_READER_H_

#include <string>

#include "ingest/gzip_stream.h"
#include "ingest/reader.h"

namespace vigil {

// Reads every item of the feed `in` (the content of the file `path`),
// emitting one Accept per usable item and one Reject per problem. Not
// thread-safe; one expat parser per call.
void ReadFeed(ByteStream& in, const std::string& path, const IngestOptions& options,
              ArticleSink& sink);

}  // namespace vigil

#endif  // VIGIL_INGEST_FEED_READER_H_
