#include "ingest/reader.h"

#include <sys/stat.h>

#include <memory>
#include <utility>

#include "common/utf8.h"
#include "ingest/feed_reader.h"
#include "ingest/file_list.h"
#include "ingest/gzip_stream.h"
#include "ingest/jsonl_reader.h"
#include "ingest/problems.h"
#include "ingest/stdin_input.h"
#include "ingest/warc_reader.h"

namespace vigil {
namespace {

constexpr size_t kReadChunk = size_t{1} << 16;

std::string UnknownTypeProblem() {
  return std::string("unknown file type (expected ") + KnownExtensions() + ")";
}

// Reads the whole (decompressed) content, stopping once it exceeds `max`.
Status ReadAtMost(ByteStream& in, size_t max, std::string* out) {
  for (;;) {
    const size_t old_size = out->size();
    out->resize(old_size + kReadChunk);
    Result<size_t> got = in.Read(out->data() + old_size, kReadChunk);
    out->resize(old_size + (got.ok() ? *got : 0));
    if (!got.ok()) return got.status();
    if (*got == 0 || out->size() > max) return Status::Ok();
  }
}

// A .txt or .html file (possibly gzipped): one article.
void ReadSingleArticle(ByteStream& in, const std::string& path, FileType type,
                       const IngestOptions& options, ArticleSink& sink) {
  RawArticle article;
  Status s = ReadAtMost(in, options.max_article_bytes, &article.bytes);
  if (!s.ok()) return sink.Reject({path, "", s.message()});
  if (article.bytes.size() > options.max_article_bytes) {
    return sink.Reject({path, "",
                        "article exceeds max_article_bytes (" +
                            std::to_string(options.max_article_bytes) +
                            ") once decompressed"});
  }
  if (article.bytes.empty()) return sink.Reject({path, "", "empty file"});
  if (LooksBinary(article.bytes)) return sink.Reject({path, "", "binary data"});
  article.meta.source = path;
  article.format = type.kind == FileKind::kHtml ? InputFormat::kHtml : InputFormat::kText;
  sink.Accept(std::move(article));
}

// Size of a regular file, or -1 when it cannot be told.
int64_t FileSize(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return -1;
  return st.st_size;
}

}  // namespace

std::vector<std::string> ListInputs(const std::vector<std::string>& paths,
                                    ArticleSink& sink) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    struct stat st;
    if (path == kStdinPath) {
      out.push_back(path);
    } else if (::stat(path.c_str(), &st) != 0) {
      sink.Reject({path, "", "no such file or directory"});
    } else if (S_ISDIR(st.st_mode)) {
      std::vector<Rejection> problems;
      WalkFolder(path, &out, &problems);
      for (Rejection& r : problems) sink.Reject(std::move(r));
    } else if (!FileTypeOf(path)) {
      sink.Reject({path, "", UnknownTypeProblem()});
    } else {
      out.push_back(path);
    }
  }
  return out;
}

void ReadTyped(ByteStream& in, const std::string& name, FileType type,
               const IngestOptions& options, ArticleSink& sink) {
  switch (type.kind) {
    case FileKind::kText:
    case FileKind::kHtml:
      return ReadSingleArticle(in, name, type, options, sink);
    case FileKind::kJsonl:
      return ReadJsonl(in, name, options, sink);
    case FileKind::kWarc:
      return ReadWarc(in, name, options, sink);
    case FileKind::kFeed:
      return ReadFeed(in, name, options, sink);
  }
}

void ReadInput(const std::string& path, const IngestOptions& options, ArticleSink& sink) {
  if (path == kStdinPath) {
    Result<std::unique_ptr<FileStream>> in = FileStream::Open("/dev/stdin");
    if (!in.ok())
      return sink.Reject({"stdin", "", "cannot open: " + in.status().message()});
    return ReadSniffed(std::move(in).value(), "stdin", options, sink);
  }
  const std::optional<FileType> type = FileTypeOf(path);
  if (!type) return sink.Reject({path, "", UnknownTypeProblem()});
  const bool single = type->kind == FileKind::kText || type->kind == FileKind::kHtml;
  const int64_t size = FileSize(path);
  if (single && !type->gzip && size > static_cast<int64_t>(options.max_article_bytes)) {
    return sink.Reject({path, "",
                        "file of " + std::to_string(size) +
                            " bytes exceeds max_article_bytes (" +
                            std::to_string(options.max_article_bytes) + ")"});
  }
  Result<std::unique_ptr<ByteStream>> in =
      OpenInputStream(path, options.max_decompressed_bytes);
  if (!in.ok()) return sink.Reject({path, "", "cannot open: " + in.status().message()});
  ReadTyped(**in, path, *type, options, sink);
}

void ReadPaths(const std::vector<std::string>& paths, const IngestOptions& options,
               ArticleSink& sink) {
  for (const std::string& path : ListInputs(paths, sink)) ReadInput(path, options, sink);
}

}  // namespace vigil
