// Statement is one prepared SQLite statement, owned for its whole life (the
// store caches them); StatementCache prepares each SQL text once per
// connection. SqliteStatus turns an SQLite result code into a vigil Status.
//
// Binding text or blobs does not copy them: the bytes must stay alive until
// the statement is reset. Use Statement::Scope, which resets the statement
// and clears its bindings when it leaves scope.
#ifndef VIGIL_STORE_STATEMENT_H_
#define VIGIL_STORE_STATEMENT_H_

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "vigil/status.h"

namespace vigil {

// Status for result code `rc` of an operation on `db` (may be null), with the
// SQLite message and `context` ("insert document", ...). kOk for SQLITE_OK,
// SQLITE_ROW and SQLITE_DONE.
Status SqliteStatus(int rc, sqlite3* db, std::string_view context);

// Not thread-safe (neither is the connection it belongs to).
class Statement {
 public:
  // Prepares `sql` (one statement) on `db`, which must outlive the result.
  static Result<std::unique_ptr<Statement>> Prepare(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Resets the statement and clears its bindings on destruction, so borrowed
  // text is never read after the caller's strings die.
  class Scope {
   public:
    explicit Scope(Statement* s) : s_(s) {}
    ~Scope() { s_->Reset(); }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    Statement* s_;
  };

  // Parameters are 1-based, as in SQLite. Text/blob bytes are borrowed.
  void BindInt(int index, int64_t value);
  void BindDouble(int index, double value);
  void BindText(int index, std::string_view text);
  // Binds NULL when `text` is empty.
  void BindTextOrNull(int index, std::string_view text);
  void BindBlob(int index, std::string_view bytes);
  void BindNull(int index);

  // Advances: true when a row is ready, false when done; a failure otherwise.
  Result<bool> Step();
  // Steps to completion, ignoring rows (INSERT, UPDATE without RETURNING).
  Status Run();
  void Reset();

  // Columns of the current row, 0-based. Text of NULL is "".
  int64_t ColumnInt(int index) const;
  double ColumnDouble(int index) const;
  std::string ColumnText(int index) const;
  std::string_view ColumnBlob(int index) const;
  bool ColumnIsNull(int index) const;

  const char* sql() const { return sqlite3_sql(stmt_); }

 private:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

// Prepared statements of one connection, keyed by their SQL text and kept
// until the cache dies (which must happen before the connection closes).
// Not thread-safe.
class StatementCache {
 public:
  explicit StatementCache(sqlite3* db) : db_(db) {}
  // The statement for `sql`, prepared on first use. The pointer stays valid
  // for the life of the cache.
  Result<Statement*> Get(std::string_view sql);
  // As Get, for SQL text that lives as long as the cache and never changes
  // (a literal, a constexpr array, a function-local static string): found
  // again by its address, without hashing the text. Statements run per row
  // of every document use it.
  Result<Statement*> GetStatic(const char* sql);
  void Clear() {
    by_address_.clear();
    cache_.clear();
  }

 private:
  // Transparent hashing: lookups by string_view do not allocate.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  sqlite3* db_;
  std::unordered_map<std::string, std::unique_ptr<Statement>, Hash, std::equal_to<>>
      cache_;
  std::unordered_map<const char*, Statement*> by_address_;
};

}  // namespace vigil

#endif  // VIGIL_STORE_STATEMENT_H_
