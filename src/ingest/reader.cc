#include "ingest/reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace vigil {

// Placeholder: plain files only. Replaced by the full readers.
std::vector<std::string> ListInputs(const std::vector<std::string>& paths,
                                    ArticleSink& sink) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      for (auto& e : std::filesystem::recursive_directory_iterator(p, ec)) {
        if (e.is_regular_file()) out.push_back(e.path().string());
      }
    } else if (std::filesystem::exists(p, ec)) {
      out.push_back(p);
    } else {
      sink.Reject({p, "", "no such file or directory"});
    }
  }
  return out;
}

void ReadInput(const std::string& path, const IngestOptions&, ArticleSink& sink) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  RawArticle a;
  a.meta.source = path;
  a.bytes = ss.str();
  const bool html = path.ends_with(".html") || path.ends_with(".htm");
  a.format = html ? InputFormat::kHtml : InputFormat::kText;
  sink.Accept(std::move(a));
}

void ReadPaths(const std::vector<std::string>& paths, const IngestOptions& options,
               ArticleSink& sink) {
  for (const std::string& p : ListInputs(paths, sink)) ReadInput(p, options, sink);
}

}  // namespace vigil
