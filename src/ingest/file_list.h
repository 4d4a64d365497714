// Which files the readers understand, and how folders expand into them.
// The kind of a file comes from its extension alone (case-insensitive):
// .txt, .html/.htm, .jsonl, .warc/.wet, .rss/.atom/.xml (news feeds), each
// optionally followed by .gz.
#ifndef VIGIL_INGEST_FILE_LIST_H_
#define VIGIL_INGEST_FILE_LIST_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/document.h"

namespace vigil {

enum class FileKind { kText, kHtml, kJsonl, kWarc, kFeed };

// What a path's extension says about its content.
struct FileType {
  FileKind kind = FileKind::kText;
  bool gzip = false;  // ends in .gz: the content is gzip-compressed
};

// The type named by `path`'s extension, or nullopt for an unknown one.
std::optional<FileType> FileTypeOf(std::string_view path);

// The list of extensions understood, for messages (".txt, .html, ...").
const char* KnownExtensions();

// Appends to `out` every file of a known type under the folder `dir`,
// recursively, in byte order of names within each folder. Follows symbolic
// links but visits each folder once, so link loops end. Hidden entries (names
// starting with '.') and files of unknown type are skipped silently; folders
// that cannot be read are reported through `rejections`.
void WalkFolder(const std::string& dir, std::vector<std::string>* out,
                std::vector<Rejection>* rejections);

}  // namespace vigil

#endif  // VIGIL_INGEST_FILE_LIST_H_
