#include "ingest/file_list.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

#include "ingest/gzip_stream.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;

// Deeper trees are almost surely a mistake; stop instead of recursing on.
constexpr int kMaxDepth = 128;

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  s = s.substr(s.size() - suffix.size());
  return std::equal(s.begin(), s.end(), suffix.begin(), [](char a, char b) {
    return (a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a) == b;
  });
}

// A folder's identity, so each is visited once even through links.
using FolderId = std::pair<dev_t, ino_t>;

class Walker {
 public:
  Walker(std::vector<std::string>* out, std::vector<Rejection>* rejections)
      : out_(out), rejections_(rejections) {}

  void Walk(const fs::path& dir, int depth) {
    struct stat st;
    if (::stat(dir.c_str(), &st) != 0) return Report(dir, "cannot read folder");
    if (!seen_.insert({st.st_dev, st.st_ino}).second) return;
    if (depth > kMaxDepth) return Report(dir, "folders nested too deeply");
    for (const fs::path& entry : SortedEntries(dir)) {
      const std::string name = entry.filename().string();
      if (name.empty() || name[0] == '.') continue;
      std::error_code ec;
      const fs::file_status status = fs::status(entry, ec);  // follows links
      if (ec) continue;  // dangling link or vanished entry
      if (fs::is_directory(status)) {
        Walk(entry, depth + 1);
      } else if (fs::is_regular_file(status) && FileTypeOf(name)) {
        out_->push_back(entry.string());
      }
    }
  }

 private:
  std::vector<fs::path> SortedEntries(const fs::path& dir) {
    std::vector<fs::path> entries;
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      entries.push_back(it->path());
    }
    if (ec) Report(dir, "cannot read folder: " + ec.message());
    std::sort(entries.begin(), entries.end(), [](const fs::path& a, const fs::path& b) {
      return a.filename().string() < b.filename().string();
    });
    return entries;
  }

  void Report(const fs::path& dir, std::string problem) {
    rejections_->push_back(Rejection{dir.string(), "", std::move(problem)});
  }

  std::vector<std::string>* out_;
  std::vector<Rejection>* rejections_;
  std::set<FolderId> seen_;
};

}  // namespace

std::optional<FileType> FileTypeOf(std::string_view path) {
  FileType type;
  if (IsGzipPath(path)) {
    type.gzip = true;
    path.remove_suffix(3);
  }
  if (EndsWithNoCase(path, ".txt")) {
    type.kind = FileKind::kText;
  } else if (EndsWithNoCase(path, ".html") || EndsWithNoCase(path, ".htm")) {
    type.kind = FileKind::kHtml;
  } else if (EndsWithNoCase(path, ".jsonl")) {
    type.kind = FileKind::kJsonl;
  } else if (EndsWithNoCase(path, ".warc") || EndsWithNoCase(path, ".wet")) {
    type.kind = FileKind::kWarc;
  } else if (EndsWithNoCase(path, ".rss") || EndsWithNoCase(path, ".atom") ||
             EndsWithNoCase(path, ".xml")) {
    type.kind = FileKind::kFeed;
  } else {
    return std::nullopt;
  }
  return type;
}

const char* KnownExtensions() {
  return ".txt, .html, .htm, .jsonl, .warc, .wet, .rss, .atom, .xml, each optionally .gz";
}

void WalkFolder(const std::string& dir, std::vector<std::string>* out,
                std::vector<Rejection>* rejections) {
  Walker(out, rejections).Walk(fs::path(dir), 0);
}

}  // namespace vigil
