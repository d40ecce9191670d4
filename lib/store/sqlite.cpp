// store/sqlite.cpp - thin RAII wrappers over the SQLite C API: connection, statement, transaction
// SPDX-License-Identifier: MIT
#include "store/sqlite.h"

#include "support/error.h"

#include <sqlite3.h>

namespace {

// What a user can do something about, in words; SQLite's own message follows it.
std::string explain(int code) {
  switch (code & 0xFF) {
    case SQLITE_FULL:
      return "the disk is full (or the size limit was reached)";
    case SQLITE_IOERR:
      return "a read or write error";
    case SQLITE_READONLY:
      return "the file is read-only";
    case SQLITE_NOTADB:
      return "not an irkg knowledge base (not an SQLite database)";
    case SQLITE_CORRUPT:
      return "the file is damaged or truncated";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return "the knowledge base is locked by another writer";
    case SQLITE_CANTOPEN:
      return "cannot open the file";
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return "permission denied";
    default:
      return {};
  }
}

}  // namespace

void irkg::store::Database::Close::operator()(sqlite3* db) const {
  sqlite3_close_v2(db);
}

irkg::store::Database::Database(const std::filesystem::path& path, bool writable)
    : name_(path.string()) {
  sqlite3* db = nullptr;
  const int flags = writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  const int code = sqlite3_open_v2(name_.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  db_.reset(db);  // a failed open still allocates a handle that must be closed
  if (code != SQLITE_OK)
    fail(code, "cannot open");
  sqlite3_extended_result_codes(db, 1);
  // A concurrent reader or writer waits a little instead of failing at once.
  sqlite3_busy_timeout(db, 5000);
}

bool irkg::store::Database::read_only() const {
  return sqlite3_db_readonly(db_.get(), "main") == 1;
}

void irkg::store::Database::exec(const char* sql) {
  const int code = sqlite3_exec(db_.get(), sql, nullptr, nullptr, nullptr);
  if (code != SQLITE_OK)
    fail(code, "cannot update");
}

void irkg::store::Database::fail(int code, std::string_view doing) const {
  std::string message(doing);
  const std::string reason = explain(code);
  if (!reason.empty())
    message += ": " + reason;
  const char* detail = db_ ? sqlite3_errmsg(db_.get()) : sqlite3_errstr(code);
  if (detail && reason.find(detail) == std::string::npos)
    message += std::string(" (sqlite: ") + detail + ")";
  throw Error(ErrorKind::Store, message, name_);
}

void irkg::store::Statement::Finalize::operator()(sqlite3_stmt* statement) const {
  sqlite3_finalize(statement);
}

irkg::store::Statement::Statement(Database& db, const char* sql) : db_(&db) {
  sqlite3_stmt* statement = nullptr;
  const int code = sqlite3_prepare_v2(db.handle(), sql, -1, &statement, nullptr);
  statement_.reset(statement);
  if (code != SQLITE_OK)
    db.fail(code, "cannot read");
}

irkg::store::Statement& irkg::store::Statement::bind(int index, std::string_view text) {
  const int code = sqlite3_bind_text64(statement_.get(), index, text.data(), text.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
  if (code != SQLITE_OK)
    db_->fail(code, "cannot bind a value");
  return *this;
}

irkg::store::Statement& irkg::store::Statement::bind(int index, std::int64_t value) {
  const int code = sqlite3_bind_int64(statement_.get(), index, value);
  if (code != SQLITE_OK)
    db_->fail(code, "cannot bind a value");
  return *this;
}

irkg::store::Statement& irkg::store::Statement::bind(int index, double value) {
  const int code = sqlite3_bind_double(statement_.get(), index, value);
  if (code != SQLITE_OK)
    db_->fail(code, "cannot bind a value");
  return *this;
}

bool irkg::store::Statement::step() {
  const int code = sqlite3_step(statement_.get());
  if (code == SQLITE_ROW)
    return true;
  if (code == SQLITE_DONE)
    return false;
  sqlite3_reset(statement_.get());
  const bool writing = sqlite3_stmt_readonly(statement_.get()) == 0;
  db_->fail(code, writing ? "cannot write" : "cannot read");
}

void irkg::store::Statement::run() {
  while (step()) {
  }
  reset();
}

void irkg::store::Statement::reset() {
  sqlite3_reset(statement_.get());
  sqlite3_clear_bindings(statement_.get());
}

std::string irkg::store::Statement::text(int column) const {
  const auto* bytes = sqlite3_column_text(statement_.get(), column);
  const int size = sqlite3_column_bytes(statement_.get(), column);
  return bytes ? std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size))
               : std::string();
}

std::int64_t irkg::store::Statement::integer(int column) const {
  return sqlite3_column_int64(statement_.get(), column);
}

double irkg::store::Statement::real(int column) const {
  return sqlite3_column_double(statement_.get(), column);
}

bool irkg::store::Statement::is_null(int column) const {
  return sqlite3_column_type(statement_.get(), column) == SQLITE_NULL;
}

irkg::store::Transaction::Transaction(Database& db) : db_(db) {
  db_.exec("BEGIN IMMEDIATE");
}

irkg::store::Transaction::~Transaction() {
  if (open_)
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void irkg::store::Transaction::commit() {
  const int code = sqlite3_exec(db_.handle(), "COMMIT", nullptr, nullptr, nullptr);
  if (code != SQLITE_OK)
    db_.fail(code, "cannot commit");
  open_ = false;
}
