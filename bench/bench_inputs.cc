#include "bench_inputs.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace vigil::bench {

namespace fs = std::filesystem;

std::vector<std::string> LoadFiles(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> paths;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return {};
  for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
    const std::string p = e.path().string();
    if (e.is_regular_file() && p.ends_with(suffix)) paths.push_back(p);
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  return out;
}

const std::vector<std::string>& TextArticles(size_t bytes) {
  static const std::vector<std::string> articles = [bytes] {
    std::vector<std::string> samples = LoadFiles(VIGIL_SOURCE_DIR "/samples", ".txt");
    if (samples.empty()) samples.push_back("A short article about an attack.\n");
    std::vector<std::string> out;
    for (size_t i = 0; i < 64; ++i) {
      std::string a;
      for (size_t k = i; a.size() < bytes; ++k) a += samples[k % samples.size()] + "\n";
      a.resize(bytes);
      out.push_back(a);
    }
    return out;
  }();
  return articles;
}

const std::vector<std::string>& HtmlPages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> p =
        LoadFiles(VIGIL_SOURCE_DIR "/../shared/eval/dev/aeb/inputs", ".html");
    if (p.empty()) p = LoadFiles(VIGIL_SOURCE_DIR "/samples", ".html");
    return p;
  }();
  return pages;
}

}  // namespace vigil::bench
