// store/sqlite.h - thin RAII wrappers over the SQLite C API: connection, statement, transaction
// SPDX-License-Identifier: MIT
//
// irkg_store: the knowledge base in one SQLite file. Depends on graph, model and support.
#ifndef IRKG_STORE_SQLITE_H
#define IRKG_STORE_SQLITE_H

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace irkg::store {

/// One SQLite connection. Every failure throws irkg::Error (Store) naming the database file.
class Database {
 public:
  /// Opens \p path; \p writable also creates it when missing.
  Database(const std::filesystem::path& path, bool writable);

  sqlite3* handle() const { return db_.get(); }
  const std::string& name() const { return name_; }
  bool read_only() const;

  /// Runs SQL without parameters or results (schema, pragmas).
  void exec(const char* sql);
  /// Throws the Error for SQLite result \p code, prefixed by what was being done.
  [[noreturn]] void fail(int code, std::string_view doing) const;

 private:
  struct Close {
    void operator()(sqlite3* db) const;
  };
  std::unique_ptr<sqlite3, Close> db_;
  std::string name_;
};

/// A prepared statement with positional parameters (1-based, as in SQLite) and typed columns
/// (0-based). Values are always bound, never pasted into SQL.
class Statement {
 public:
  Statement(Database& db, const char* sql);

  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  /// Steps once: true while a row is available, false when done. Throws on error.
  bool step();
  /// Steps to completion of a statement without results, then resets it for reuse.
  void run();
  void reset();

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  struct Finalize {
    void operator()(sqlite3_stmt* statement) const;
  };
  Database* db_;
  std::unique_ptr<sqlite3_stmt, Finalize> statement_;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() ran, so an
/// exception anywhere inside leaves the database as it was.
class Transaction {
 public:
  explicit Transaction(Database& db);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void commit();

 private:
  Database& db_;
  bool open_ = true;
};

}  // namespace irkg::store

#endif  // IRKG_STORE_SQLITE_H
