// Helpers shared by the store tests: a scratch directory removed at the end
// of each test, and small documents built from a title and a text.
#ifndef VIGIL_STORE_TEST_UTIL_H_
#define VIGIL_STORE_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <filesystem>
#include <string>

#include "common/hash.h"
#include "vigil/document.h"

namespace vigil::testing {

// A fresh directory under $TMPDIR (or /tmp) for one test.
class ScratchDir {
 public:
  ScratchDir() {
    const char* tmp = getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/vigil-store-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed";
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// A document whose content hash is the hash of its text, with one paragraph
// and one sentence spanning the whole text.
inline Document MakeDoc(const std::string& title, const std::string& text,
                        const std::string& source, const std::string& language = "en") {
  Document d;
  d.meta.source = source;
  d.meta.url = "https://example.org/" + source;
  d.title = title;
  d.text = text;
  d.language = language;
  d.published = "2024-01-05";
  const uint32_t n = static_cast<uint32_t>(text.size());
  d.paragraphs = {{0, n}};
  d.sentences = {{0, n}};
  d.offsets.pieces = {{0, n, 10, 10 + n}};
  d.content_hash = Hash64(text);
  return d;
}

// Runs `sql` on the file at `path` through a connection of its own and
// returns the first column of the first row as text ("" when no row).
inline std::string QueryText(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
    } else if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != nullptr) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    }
    sqlite3_finalize(st);
  }
  sqlite3_close_v2(db);
  return out;
}

}  // namespace vigil::testing

#endif  // VIGIL_STORE_TEST_UTIL_H_
