#include "store/statement.h"

#include <algorithm>
#include <string>

namespace vigil {

Status SqliteStatus(int rc, sqlite3* db, std::string_view context) {
  if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE) return Status::Ok();
  std::string msg(context);
  msg += ": ";
  // The connection's message describes the last failure on it, which is this
  // one only when it carries the same code.
  if (db != nullptr && sqlite3_errcode(db) == rc) {
    msg += sqlite3_errmsg(db);
  } else {
    msg += sqlite3_errstr(rc);
  }
  switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return Status::Corruption(msg);
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PERM:
    case SQLITE_FULL:
      return Status::IoError(msg);
    case SQLITE_NOMEM:
      return Status::ResourceExhausted(msg);
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
      return Status::InvalidArgument(msg);
    default:
      return Status::Internal(msg);
  }
}

Result<std::unique_ptr<Statement>> Statement::Prepare(sqlite3* db, std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    Status s = SqliteStatus(rc, db, "prepare \"" + std::string(sql.substr(0, 60)) + "\"");
    sqlite3_finalize(stmt);
    return s;
  }
  if (stmt == nullptr) return Status::InvalidArgument("prepare: empty SQL");
  return std::unique_ptr<Statement>(new Statement(db, stmt));
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

void Statement::BindInt(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
}

void Statement::BindDouble(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
}

void Statement::BindText(int index, std::string_view text) {
  // A non-null pointer even for "" so SQLite stores '' rather than NULL.
  sqlite3_bind_text64(stmt_, index, text.empty() ? "" : text.data(), text.size(),
                      SQLITE_STATIC, SQLITE_UTF8);
}

void Statement::BindTextOrNull(int index, std::string_view text) {
  if (text.empty()) {
    BindNull(index);
  } else {
    BindText(index, text);
  }
}

void Statement::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob64(stmt_, index, bytes.empty() ? "" : bytes.data(), bytes.size(),
                      SQLITE_STATIC);
}

void Statement::BindNull(int index) { sqlite3_bind_null(stmt_, index); }

Result<bool> Statement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  // Name the statement by its first words ("PRAGMA application_id", ...).
  std::string_view sql = sqlite3_sql(stmt_);
  return SqliteStatus(rc, db_, sql.substr(0, std::min<size_t>(sql.size(), 40)));
}

Status Statement::Run() {
  for (;;) {
    Result<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
  }
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

int64_t Statement::ColumnInt(int index) const {
  return sqlite3_column_int64(stmt_, index);
}

double Statement::ColumnDouble(int index) const {
  return sqlite3_column_double(stmt_, index);
}

std::string Statement::ColumnText(int index) const {
  const unsigned char* p = sqlite3_column_text(stmt_, index);
  if (p == nullptr) return std::string();
  return std::string(reinterpret_cast<const char*>(p),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, index)));
}

std::string_view Statement::ColumnBlob(int index) const {
  const void* p = sqlite3_column_blob(stmt_, index);
  if (p == nullptr) return std::string_view();
  return std::string_view(static_cast<const char*>(p),
                          static_cast<size_t>(sqlite3_column_bytes(stmt_, index)));
}

bool Statement::ColumnIsNull(int index) const {
  return sqlite3_column_type(stmt_, index) == SQLITE_NULL;
}

Result<Statement*> StatementCache::Get(std::string_view sql) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) return it->second.get();
  Result<std::unique_ptr<Statement>> s = Statement::Prepare(db_, sql);
  if (!s.ok()) return s.status();
  Statement* raw = s->get();
  cache_.emplace(std::string(sql), std::move(*s));
  return raw;
}

Result<Statement*> StatementCache::GetStatic(const char* sql) {
  auto it = by_address_.find(sql);
  if (it != by_address_.end()) return it->second;
  Result<Statement*> s = Get(sql);
  if (s.ok()) by_address_.emplace(sql, *s);
  return s;
}

}  // namespace vigil
