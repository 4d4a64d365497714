// ReadOnlyDb is one read-only SQLite connection to an existing store file,
// for the readers that query a store outside the Store interface
// (event_loader, entity_reader). Closed on destruction; not thread-safe.
#ifndef VIGIL_STORE_READ_ONLY_DB_H_
#define VIGIL_STORE_READ_ONLY_DB_H_

#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "store/statement.h"
#include "vigil/status.h"

namespace vigil {

class ReadOnlyDb {
 public:
  ReadOnlyDb() = default;
  ~ReadOnlyDb() { sqlite3_close(db_); }
  ReadOnlyDb(const ReadOnlyDb&) = delete;
  ReadOnlyDb& operator=(const ReadOnlyDb&) = delete;

  // NotFound when `path` does not exist (nothing is created), else the
  // SQLite error of opening it.
  Status Open(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
      return Status::NotFound(path + ": no such store");
    const int rc = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr);
    return SqliteStatus(rc, db_, "open " + path);
  }
  sqlite3* get() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace vigil

#endif  // VIGIL_STORE_READ_ONLY_DB_H_
