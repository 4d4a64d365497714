// Helpers shared by the ingest tests: a sink that records what it is given,
// gzip compression of test data, and a scratch folder removed at the end.
#ifndef VIGIL_INGEST_TEST_UTIL_H_
#define VIGIL_INGEST_TEST_UTIL_H_

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/reader.h"

namespace vigil::testing {

// Keeps every article and rejection, in order.
class CollectSink : public ArticleSink {
 public:
  void Accept(RawArticle article) override { articles.push_back(std::move(article)); }
  void Reject(Rejection rejection) override {
    rejections.push_back(std::move(rejection));
  }
  std::vector<RawArticle> articles;
  std::vector<Rejection> rejections;
};

// One gzip member holding `data` (format 1 gzip, not zlib).
inline std::string Gzip(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// A folder under the system temp folder, deleted with everything in it.
class ScratchDir {
 public:
  ScratchDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("vigil_ingest_test_" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  // Writes `content` to `name` (folders created as needed); returns its path.
  std::string Write(const std::string& name, std::string_view content) const {
    const std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary).write(content.data(), content.size());
    return p.string();
  }
  std::string Path(const std::string& name = "") const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace vigil::testing

#endif  // VIGIL_INGEST_TEST_UTIL_H_
