// store/knowledge_base.h - the knowledge base: documents, evidence, actors and relations in SQLite
// SPDX-License-Identifier: MIT
//
// One SQLite file (WAL mode) that grows build after build. Documents are keyed by id and by a
// hash of their content: a document already stored unchanged is never stored again, one whose
// id returns with new content replaces its own relations, and the same text under a second
// id is stored once. Writes happen only inside transactions of whole documents, so a build
// killed at any moment leaves a valid knowledge base. The schema is documented in
// docs/knowledge-base.md.
#ifndef IRKG_STORE_KNOWLEDGE_BASE_H
#define IRKG_STORE_KNOWLEDGE_BASE_H

#include "graph/knowledge_graph.h"
#include "model/model.h"
#include "store/sqlite.h"
#include "support/error.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace irkg::store {

/// `PRAGMA application_id` of every irkg knowledge base ("IRKG"), so a foreign SQLite file is
/// recognised before anything is written to it.
inline constexpr std::int32_t kApplicationId = 0x49524B47;
/// `PRAGMA user_version`: the schema this irkg writes and the newest it reads. Opening an older
/// KB for writing migrates it (in one transaction); reading one leaves it as it is.
/// 1: the first schema; 2: relations.rule, the extraction rule behind a relation.
inline constexpr int kSchemaVersion = 2;

/// Where a document came from: an article irkg extracted, or relations coded elsewhere.
enum class DocumentSource : std::uint8_t { Article, Relations };

/// A document as the store keeps it (its relations are passed alongside).
struct DocumentRecord {
  std::string id;
  DocumentSource source = DocumentSource::Article;
  std::string url;
  std::string title;
  PartialDate date;
  std::string origin;        ///< the input file (and line) it was read from, for messages
  std::string content_hash;  ///< hex SHA-256 of everything extraction depends on
  std::string extractor;     ///< fingerprint of the extraction settings; "" for relations
};

/// What storing a document did, or would do.
enum class DocumentState {
  New,        ///< the id is not stored yet
  Unchanged,  ///< same id, content and extraction settings: nothing to do
  Changed,    ///< same id with new content or settings: its relations are replaced
  Duplicate,  ///< the same content is stored under another id: stored once
};

struct Lookup {
  DocumentState state = DocumentState::New;
  std::string duplicate_of;  ///< for Duplicate, the id the content is stored under
};

struct Counts {
  std::size_t documents = 0;
  std::size_t relations = 0;
  std::size_t sentences = 0;
  std::size_t actors = 0;
  std::size_t aliases = 0;
};

enum class Access { Read, Write };

struct OpenOptions {
  /// Refuse to let the file grow beyond this many bytes (a quota; writes past it fail like a
  /// full disk). Empty = no limit.
  std::optional<std::uint64_t> max_bytes;
};

/// An open knowledge base. Opening checks, before anything is written, that the file is an
/// irkg knowledge base of a schema this irkg knows (or, for Write, a new or empty file), and
/// throws irkg::Error (Store) with one clear line otherwise: a directory, an unreadable or
/// read-only file, a file that is not SQLite, a foreign SQLite file, a truncated file, a newer
/// schema.
class KnowledgeBase {
 public:
  KnowledgeBase(const std::filesystem::path& path, Access access, const OpenOptions& options = {});
  KnowledgeBase(const KnowledgeBase&) = delete;
  KnowledgeBase& operator=(const KnowledgeBase&) = delete;
  ~KnowledgeBase();

  const std::filesystem::path& path() const { return path_; }

  /// What putting a document with this id, content hash and extraction fingerprint would do.
  /// lookup() and put() need Access::Write.
  Lookup lookup(const std::string& id, const std::string& content_hash,
                const std::string& extractor);

  /// Stores \p document and \p relations (its relations, in order), replacing what the same id
  /// had; returns New, Changed, Unchanged or Duplicate (nothing written for the last two).
  /// Must run inside a transaction (see Batch).
  DocumentState put(const DocumentRecord& document, const std::vector<Relation>& relations);

  /// Reads the whole knowledge base into \p graph, in the order the documents were first
  /// added, so that the graph equals the one the same inputs give directly.
  void load(graph::KnowledgeGraph& graph);

  Counts counts();

  /// Problems found by SQLite's integrity and foreign-key checks and by comparing each
  /// document's recorded relation count with the relations stored; empty when consistent.
  std::vector<std::string> check();

  Database& database() { return *db_; }

 private:
  struct Statements;
  void create_schema();
  void migrate(std::int64_t from_version);
  void put_actor(const Actor& actor);

  std::filesystem::path path_;
  std::unique_ptr<Database> db_;
  std::unique_ptr<Statements> statements_;
  std::int64_t schema_version_ = 0;  ///< of the file, once created or migrated
};

/// Writes documents in transactions of \p per_transaction documents: a crash loses at most
/// the open transaction, never part of a document. A write error rolls the open transaction
/// back and throws irkg::Error (Store) saying so. Destroyed without finish() (an exception
/// elsewhere), the open transaction is rolled back.
class Batch {
 public:
  Batch(KnowledgeBase& kb, std::size_t per_transaction);
  Batch(const Batch&) = delete;
  Batch& operator=(const Batch&) = delete;
  ~Batch();

  DocumentState put(const DocumentRecord& document, const std::vector<Relation>& relations);
  /// Commits what is still open.
  void finish();

  std::size_t committed() const { return committed_; }

 private:
  [[noreturn]] void roll_back(const Error& error);

  KnowledgeBase& kb_;
  std::size_t per_transaction_;
  std::optional<Transaction> transaction_;
  std::size_t pending_ = 0;
  std::size_t committed_ = 0;
};

}  // namespace irkg::store

#endif  // IRKG_STORE_KNOWLEDGE_BASE_H
