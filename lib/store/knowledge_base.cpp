// store/knowledge_base.cpp - the knowledge base: documents, evidence, actors and relations in
// SQLite SPDX-License-Identifier: MIT
#include "store/knowledge_base.h"

#include "support/error.h"

#include <sqlite3.h>

#include <array>
#include <chrono>
#include <ctime>
#include <fstream>
#include <map>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

// The schema of the current version; docs/knowledge-base.md explains every column.
// @SYMMETRIC_TYPES@ stands for the symmetric relation types of model/relation_types.def (see
// schema_sql()).
constexpr std::string_view kSchema = R"sql(
CREATE TABLE meta(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE documents(
  id             TEXT PRIMARY KEY,
  seq            INTEGER NOT NULL UNIQUE,
  source         TEXT NOT NULL CHECK (source IN ('article', 'relations')),
  url            TEXT NOT NULL,
  title          TEXT NOT NULL,
  date           TEXT NOT NULL,
  origin         TEXT NOT NULL,
  content_hash   TEXT NOT NULL,
  extractor      TEXT NOT NULL,
  relation_count INTEGER NOT NULL,
  added_at       TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX documents_by_hash ON documents(content_hash);
CREATE TABLE actors(
  id      TEXT PRIMARY KEY,
  name    TEXT NOT NULL,
  kind    TEXT NOT NULL CHECK (kind IN ('state', 'person', 'organization', 'group')),
  country TEXT NOT NULL,
  org     TEXT NOT NULL
);
CREATE TABLE aliases(
  actor_id TEXT NOT NULL REFERENCES actors(id),
  alias    TEXT NOT NULL,
  UNIQUE (actor_id, alias)
);
CREATE TABLE sentences(
  doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  id       INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  text     TEXT NOT NULL,
  PRIMARY KEY (doc_id, id)
) WITHOUT ROWID;
CREATE TABLE relations(
  doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  source     TEXT NOT NULL REFERENCES actors(id),
  type       TEXT NOT NULL,
  target     TEXT NOT NULL REFERENCES actors(id),
  modality   TEXT NOT NULL CHECK (modality IN ('asserted', 'hypothetical', 'negated')),
  date       TEXT NOT NULL,
  confidence REAL NOT NULL,
  evidence   INTEGER NOT NULL,
  rule       TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (doc_id, ordinal),
  FOREIGN KEY (doc_id, evidence) REFERENCES sentences(doc_id, id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX relations_by_source ON relations(source, type, target);
CREATE INDEX relations_by_target ON relations(target, type, source);
CREATE VIEW edges AS
  SELECT CASE WHEN type IN (@SYMMETRIC_TYPES@) AND target < source
              THEN target ELSE source END AS source,
         type,
         CASE WHEN type IN (@SYMMETRIC_TYPES@) AND target < source
              THEN source ELSE target END AS target,
         modality,
         count(DISTINCT doc_id) AS mentions,
         min(nullif(date, '')) AS first_date,
         max(nullif(date, '')) AS last_date
  FROM relations
  GROUP BY 1, 2, 3, 4;
CREATE VIEW evidence AS
  SELECT r.source, r.type, r.target, r.modality, r.date, r.confidence,
         d.id AS doc_id, d.title, d.date AS doc_date, d.url, s.sentence, s.text
  FROM relations r
  JOIN sentences s ON s.doc_id = r.doc_id AND s.id = r.evidence
  JOIN documents d ON d.id = r.doc_id;
)sql";

// What turns a knowledge base of version N - 1 into one of version N, the first for version 2;
// each runs with the version bump in one transaction, so a KB is never half migrated.
constexpr std::array kMigrations{
    // 2: each relation names the extraction rule that produced it ('' for older ones).
    std::string_view("ALTER TABLE relations ADD COLUMN rule TEXT NOT NULL DEFAULT '';"),
};
static_assert(kMigrations.size() == static_cast<std::size_t>(irkg::store::kSchemaVersion - 1),
              "a new schema version needs its migration");

// kSchema with the list of symmetric types, so that the edges view folds exactly the types
// that graph::KnowledgeGraph folds.
std::string schema_sql() {
  std::string symmetric_types;
  for (const irkg::RelationType type : irkg::all_relation_types()) {
    if (!irkg::info(type).symmetric)
      continue;
    if (!symmetric_types.empty())
      symmetric_types += ", ";
    symmetric_types.append("'").append(irkg::to_string(type)).append("'");
  }
  static constexpr std::string_view kPlaceholder = "@SYMMETRIC_TYPES@";
  std::string schema(kSchema);
  for (auto at = schema.find(kPlaceholder); at != std::string::npos;
       at = schema.find(kPlaceholder, at + symmetric_types.size())) {
    schema.replace(at, kPlaceholder.size(), symmetric_types);
  }
  return schema;
}

std::string now_utc() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  ::gmtime_r(&now, &utc);
  std::array<char, 32> text{};
  std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text.data();
}

std::string_view source_name(irkg::store::DocumentSource source) {
  return source == irkg::store::DocumentSource::Article ? "article" : "relations";
}

std::uint32_t big_endian(const unsigned char* bytes, int size) {
  std::uint32_t value = 0;
  for (int i = 0; i < size; ++i) value = value << 8 | bytes[i];
  return value;
}

[[noreturn]] void refuse(const fs::path& path, const std::string& message) {
  throw irkg::Error(irkg::ErrorKind::Store, message, path.string());
}

// Checks what can be checked without SQLite, so that nothing ever opens (let alone writes)
// a file that is plainly not a knowledge base. Returns false when the file does not exist.
bool check_file(const fs::path& path, irkg::store::Access access) {
  std::error_code error;
  const auto status = fs::status(path, error);
  if (!fs::exists(status)) {
    if (access == irkg::store::Access::Read)
      refuse(path, "no such knowledge base (build one with 'irkg build --kb FILE INPUT...')");
    return false;
  }
  if (fs::is_directory(status))
    refuse(path, "is a directory, not a knowledge base file");
  if (!fs::is_regular_file(status))
    refuse(path, "is not a regular file, not a knowledge base");
  if (::access(path.c_str(), R_OK) != 0)
    refuse(path, "cannot read the knowledge base: permission denied");
  if (access == irkg::store::Access::Write && ::access(path.c_str(), W_OK) != 0)
    refuse(path, "the knowledge base is read-only: cannot add to it");
  const auto size = fs::file_size(path, error);
  if (size == 0) {
    if (access == irkg::store::Access::Read)
      refuse(path, "is an empty file, not an irkg knowledge base");
    return true;
  }
  std::array<unsigned char, 100> header{};
  std::ifstream in(path, std::ios::binary);
  in.read(reinterpret_cast<char*>(header.data()), header.size());
  const auto got = static_cast<std::size_t>(in.gcount());
  static constexpr std::string_view kMagic{"SQLite format 3\0", 16};
  if (got < kMagic.size() ||
      std::string_view(reinterpret_cast<const char*>(header.data()), kMagic.size()) != kMagic) {
    refuse(path, "not an irkg knowledge base (not an SQLite database)");
  }
  if (got < header.size())
    refuse(path, "the knowledge base is truncated (" + std::to_string(size) + " bytes)");
  std::uint64_t page_size = big_endian(&header[16], 2);
  if (page_size == 1)
    page_size = 65536;
  const std::uint64_t pages = big_endian(&header[28], 4);
  const bool page_count_valid = big_endian(&header[24], 4) == big_endian(&header[92], 4);
  // While a write-ahead log holds committed pages the main file may legitimately be shorter.
  fs::path wal = path;
  wal += "-wal";
  const bool wal_pending = fs::exists(wal, error) && fs::file_size(wal, error) > 0;
  if (page_count_valid && !wal_pending && size < page_size * pages) {
    refuse(path, "the knowledge base is truncated (" + std::to_string(size) +
                     " bytes where its header promises " + std::to_string(page_size * pages) + ")");
  }
  return true;
}

std::int64_t pragma_number(irkg::store::Database& db, const char* sql) {
  irkg::store::Statement statement(db, sql);
  return statement.step() ? statement.integer(0) : 0;
}

}  // namespace

struct irkg::store::KnowledgeBase::Statements {
  explicit Statements(Database& db)
      : find_document(db, "SELECT content_hash, extractor FROM documents WHERE id = ?1"),
        find_hash(db, "SELECT id FROM documents WHERE content_hash = ?1 AND id <> ?2 LIMIT 1"),
        insert_document(db,
                        "INSERT INTO documents(id, seq, source, url, title, date, origin, "
                        "content_hash, extractor, relation_count, added_at, updated_at) "
                        "VALUES (?1, (SELECT coalesce(max(seq), 0) + 1 FROM documents), ?2, ?3, "
                        "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)"),
        update_document(db,
                        "UPDATE documents SET source = ?2, url = ?3, title = ?4, date = ?5, "
                        "origin = ?6, content_hash = ?7, extractor = ?8, relation_count = ?9, "
                        "updated_at = ?10 WHERE id = ?1"),
        delete_relations(db, "DELETE FROM relations WHERE doc_id = ?1"),
        delete_sentences(db, "DELETE FROM sentences WHERE doc_id = ?1"),
        // Mirrors graph::KnowledgeGraph::add_actor: the first kind stays, a real name replaces
        // the id used as a name, a missing country or organisation is filled in.
        upsert_actor(db,
                     "INSERT INTO actors(id, name, kind, country, org) VALUES (?1, ?2, ?3, ?4, "
                     "?5) ON CONFLICT(id) DO UPDATE SET "
                     "name = CASE WHEN actors.name = actors.id AND excluded.name <> actors.id "
                     "THEN excluded.name ELSE actors.name END, "
                     "country = CASE WHEN actors.country = '' THEN excluded.country "
                     "ELSE actors.country END, "
                     "org = CASE WHEN actors.org = '' THEN excluded.org ELSE actors.org END "
                     "WHERE actors.name = actors.id OR actors.country = '' OR actors.org = ''"),
        insert_alias(db, "INSERT OR IGNORE INTO aliases(actor_id, alias) VALUES (?1, ?2)"),
        insert_sentence(
            db, "INSERT INTO sentences(doc_id, id, sentence, text) VALUES (?1, ?2, ?3, ?4)"),
        insert_relation(db,
                        "INSERT INTO relations(doc_id, ordinal, source, type, target, modality, "
                        "date, confidence, evidence, rule) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)") {}
  Statement find_document, find_hash, insert_document, update_document, delete_relations,
      delete_sentences, upsert_actor, insert_alias, insert_sentence, insert_relation;
};

irkg::store::KnowledgeBase::KnowledgeBase(const fs::path& path, Access access,
                                          const OpenOptions& options)
    : path_(path) {
  const bool exists = check_file(path, access);
  // A reader opens a writable KB for writing too, though it writes nothing: a read-only SQLite
  // connection to a WAL database leaves its -wal and -shm files behind when it closes.
  const std::string directory =
      path.has_parent_path() ? path.parent_path().string() : std::string(".");
  const bool writable_here =
      ::access(path.c_str(), W_OK) == 0 && ::access(directory.c_str(), W_OK) == 0;
  db_ = std::make_unique<Database>(path, access == Access::Write || (exists && writable_here));
  if (access == Access::Write && db_->read_only())
    refuse(path, "the knowledge base is read-only: cannot add to it");
  std::int64_t application_id = 0;
  try {
    application_id = pragma_number(*db_, "PRAGMA application_id");
  } catch (const Error& error) {
    // The header check passed, so SQLite itself found the file unreadable.
    throw Error(ErrorKind::Store, error.message() + "; the file was left as it is", path.string());
  }
  const std::int64_t version = pragma_number(*db_, "PRAGMA user_version");
  schema_version_ = version;
  const std::int64_t tables = pragma_number(*db_, "SELECT count(*) FROM sqlite_schema");
  const bool fresh = application_id == 0 && version == 0 && tables == 0;
  if (fresh && access == Access::Read)
    refuse(path, "is an empty SQLite database, not an irkg knowledge base");
  if (!fresh && application_id != kApplicationId)
    refuse(path, "is an SQLite database but not an irkg knowledge base");
  if (!fresh && version > kSchemaVersion) {
    refuse(path, "was written by a newer irkg (knowledge-base schema " + std::to_string(version) +
                     "; this irkg reads up to " + std::to_string(kSchemaVersion) +
                     "): upgrade irkg");
  }
  if (!fresh && version < 1)
    refuse(path, "the knowledge base has no schema version: damaged");
  db_->exec("PRAGMA foreign_keys = ON");
  if (access == Access::Write) {
    if (exists && !fresh) {
      // Never write into a damaged file: a truncated or corrupted one is reported, untouched.
      Statement quick(*db_, "PRAGMA quick_check(1)");
      if (!quick.step() || quick.text(0) != "ok")
        refuse(path,
               "the knowledge base is damaged (" + quick.text(0) + "); the file was left as it is");
    }
    if (options.max_bytes) {
      const std::int64_t page_size = pragma_number(*db_, "PRAGMA page_size");
      const auto pages = std::max<std::int64_t>(1, static_cast<std::int64_t>(*options.max_bytes) /
                                                       std::max<std::int64_t>(page_size, 512));
      db_->exec(("PRAGMA max_page_count = " + std::to_string(pages)).c_str());
    }
    db_->exec("PRAGMA journal_mode = WAL");
    // WAL with NORMAL sync never corrupts on a crash; it may lose the last commits on power loss.
    db_->exec("PRAGMA synchronous = NORMAL");
    if (fresh)
      create_schema();
    else if (version < kSchemaVersion)
      migrate(version);
    statements_ = std::make_unique<Statements>(*db_);
  }
}

irkg::store::KnowledgeBase::~KnowledgeBase() = default;

void irkg::store::KnowledgeBase::create_schema() {
  Transaction transaction(*db_);
  db_->exec(schema_sql().c_str());
  db_->exec(("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str());
  db_->exec(("PRAGMA user_version = " + std::to_string(kSchemaVersion)).c_str());
  Statement meta(*db_, "INSERT INTO meta(key, value) VALUES (?1, ?2)");
  meta.bind(1, std::string_view("created_by")).bind(2, std::string_view("irkg")).run();
  meta.bind(1, std::string_view("created_at")).bind(2, now_utc()).run();
  transaction.commit();
  schema_version_ = kSchemaVersion;
}

void irkg::store::KnowledgeBase::migrate(std::int64_t from_version) {
  Transaction transaction(*db_);
  for (std::int64_t version = from_version; version < kSchemaVersion; ++version)
    db_->exec(std::string(kMigrations[static_cast<std::size_t>(version - 1)]).c_str());
  db_->exec(("PRAGMA user_version = " + std::to_string(kSchemaVersion)).c_str());
  transaction.commit();
  schema_version_ = kSchemaVersion;
}

irkg::store::Lookup irkg::store::KnowledgeBase::lookup(const std::string& id,
                                                       const std::string& content_hash,
                                                       const std::string& extractor) {
  if (!statements_)
    refuse(path_, "the knowledge base was opened for reading only");
  Lookup result;
  auto& s = *statements_;
  s.find_document.bind(1, id);
  if (s.find_document.step()) {
    const bool same =
        s.find_document.text(0) == content_hash && s.find_document.text(1) == extractor;
    result.state = same ? DocumentState::Unchanged : DocumentState::Changed;
  }
  s.find_document.reset();
  if (result.state == DocumentState::Unchanged)
    return result;
  s.find_hash.bind(1, content_hash).bind(2, id);
  if (s.find_hash.step()) {
    result.state = DocumentState::Duplicate;
    result.duplicate_of = s.find_hash.text(0);
  }
  s.find_hash.reset();
  return result;
}

void irkg::store::KnowledgeBase::put_actor(const Actor& actor) {
  auto& s = *statements_;
  s.upsert_actor.bind(1, actor.id)
      .bind(2, actor.name.empty() ? actor.id : actor.name)
      .bind(3, to_string(actor.kind))
      .bind(4, actor.country)
      .bind(5, actor.org)
      .run();
  for (const std::string& alias : actor.aliases)
    s.insert_alias.bind(1, actor.id).bind(2, alias).run();
}

irkg::store::DocumentState irkg::store::KnowledgeBase::put(const DocumentRecord& document,
                                                           const std::vector<Relation>& relations) {
  const Lookup found = lookup(document.id, document.content_hash, document.extractor);
  if (found.state == DocumentState::Unchanged || found.state == DocumentState::Duplicate)
    return found.state;
  auto& s = *statements_;
  Statement& write = found.state == DocumentState::Changed ? s.update_document : s.insert_document;
  if (found.state == DocumentState::Changed) {
    s.delete_relations.bind(1, document.id).run();
    s.delete_sentences.bind(1, document.id).run();
  }
  write.bind(1, document.id)
      .bind(2, source_name(document.source))
      .bind(3, document.url)
      .bind(4, document.title)
      .bind(5, document.date.to_string())
      .bind(6, document.origin)
      .bind(7, document.content_hash)
      .bind(8, document.extractor)
      .bind(9, static_cast<std::int64_t>(relations.size()))
      .bind(10, now_utc())
      .run();
  // One row per distinct evidence sentence: the extractor often draws several relations from one.
  std::map<std::pair<std::int32_t, std::string_view>, std::int64_t> sentence_ids;
  std::int64_t ordinal = 0;
  for (const Relation& relation : relations) {
    put_actor(relation.source);
    put_actor(relation.target);
    const auto [it, added] = sentence_ids.try_emplace(
        {relation.sentence, relation.evidence}, static_cast<std::int64_t>(sentence_ids.size()));
    if (added) {
      s.insert_sentence.bind(1, document.id)
          .bind(2, it->second)
          .bind(3, std::int64_t{relation.sentence})
          .bind(4, relation.evidence)
          .run();
    }
    s.insert_relation.bind(1, document.id)
        .bind(2, ordinal++)
        .bind(3, relation.source.id)
        .bind(4, to_string(relation.type))
        .bind(5, relation.target.id)
        .bind(6, to_string(relation.modality))
        .bind(7, relation.date.to_string())
        .bind(8, relation.confidence)
        .bind(9, it->second)
        .bind(10, relation.rule)
        .run();
  }
  return found.state;
}

void irkg::store::KnowledgeBase::load(graph::KnowledgeGraph& graph) {
  try {
    // Actors first, in the order they were first stored, each with its merged names and
    // aliases: then every relation below finds its actors complete.
    std::map<std::string, std::vector<std::string>> aliases;
    Statement alias_rows(*db_, "SELECT actor_id, alias FROM aliases ORDER BY rowid");
    while (alias_rows.step()) aliases[alias_rows.text(0)].push_back(alias_rows.text(1));
    Statement actors(*db_, "SELECT id, name, kind, country, org FROM actors ORDER BY rowid");
    while (actors.step()) {
      Actor actor;
      actor.id = actors.text(0);
      actor.name = actors.text(1);
      const auto kind = parse_actor_kind(actors.text(2));
      if (!kind)
        refuse(path_, "actor '" + actor.id + "' has an unknown kind '" + actors.text(2) + "'");
      actor.kind = *kind;
      actor.country = actors.text(3);
      actor.org = actors.text(4);
      if (const auto it = aliases.find(actor.id); it != aliases.end())
        actor.aliases = std::move(it->second);
      graph.add_actor(actor);
    }
    Statement documents(*db_, "SELECT id, title, url, date FROM documents ORDER BY seq");
    while (documents.step()) {
      graph::Document document{documents.text(0), documents.text(1), documents.text(2), {}};
      document.date = PartialDate::parse(documents.text(3)).value_or(PartialDate{});
      graph.add_document(document);
    }
    // A reader leaves a KB of version 1 as it is: its relations name no rule.
    const std::string rule_column = schema_version_ >= 2 ? "r.rule" : "''";
    const std::string relations_sql =
        "SELECT r.doc_id, r.source, r.type, r.target, r.modality, r.date, r.confidence, "
        "s.sentence, s.text, " +
        rule_column +
        " FROM documents d JOIN relations r ON r.doc_id = d.id "
        "JOIN sentences s ON s.doc_id = r.doc_id AND s.id = r.evidence ORDER BY d.seq, r.ordinal";
    Statement relations(*db_, relations_sql.c_str());
    while (relations.step()) {
      Relation relation;
      relation.doc = relations.text(0);
      relation.source.id = relations.text(1);
      const auto type = parse_relation_type(relations.text(2));
      if (!type)
        refuse(path_, "document '" + relation.doc + "' has a relation of unknown type '" +
                          relations.text(2) + "'");
      relation.type = *type;
      relation.target.id = relations.text(3);
      relation.modality = parse_modality(relations.text(4)).value_or(Modality::Asserted);
      relation.date = PartialDate::parse(relations.text(5)).value_or(PartialDate{});
      relation.confidence = relations.real(6);
      relation.sentence = static_cast<std::int32_t>(relations.integer(7));
      relation.evidence = relations.text(8);
      relation.rule = relations.text(9);
      graph.add_relation(relation);
    }
  } catch (const Error& error) {
    if (error.kind() != ErrorKind::Store || error.file() == path_.string())
      throw;
    throw Error(ErrorKind::Store, error.message(), path_.string());
  }
}

irkg::store::Counts irkg::store::KnowledgeBase::counts() {
  Counts counts;
  counts.documents =
      static_cast<std::size_t>(pragma_number(*db_, "SELECT count(*) FROM documents"));
  counts.relations =
      static_cast<std::size_t>(pragma_number(*db_, "SELECT count(*) FROM relations"));
  counts.sentences =
      static_cast<std::size_t>(pragma_number(*db_, "SELECT count(*) FROM sentences"));
  counts.actors = static_cast<std::size_t>(pragma_number(*db_, "SELECT count(*) FROM actors"));
  counts.aliases = static_cast<std::size_t>(pragma_number(*db_, "SELECT count(*) FROM aliases"));
  return counts;
}

std::vector<std::string> irkg::store::KnowledgeBase::check() {
  std::vector<std::string> problems;
  Statement integrity(*db_, "PRAGMA integrity_check");
  while (integrity.step()) {
    if (integrity.text(0) != "ok")
      problems.push_back("integrity: " + integrity.text(0));
  }
  Statement foreign(*db_, "PRAGMA foreign_key_check");
  while (foreign.step()) {
    problems.push_back("table " + foreign.text(0) + " row " + foreign.text(1) +
                       " refers to a missing row of " + foreign.text(2));
  }
  Statement whole(*db_,
                  "SELECT d.id, d.relation_count, (SELECT count(*) FROM relations r "
                  "WHERE r.doc_id = d.id) FROM documents d WHERE d.relation_count <> "
                  "(SELECT count(*) FROM relations r WHERE r.doc_id = d.id) ORDER BY d.seq");
  while (whole.step()) {
    problems.push_back("document '" + whole.text(0) + "' should have " + whole.text(1) +
                       " relations but has " + whole.text(2));
  }
  return problems;
}

irkg::store::Batch::Batch(KnowledgeBase& kb, std::size_t per_transaction)
    : kb_(kb), per_transaction_(std::max<std::size_t>(1, per_transaction)) {}

irkg::store::Batch::~Batch() = default;

void irkg::store::Batch::roll_back(const Error& error) {
  const std::size_t lost = pending_;
  transaction_.reset();
  pending_ = 0;
  throw Error(ErrorKind::Store,
              error.message() + "; rolled back the open batch of " + std::to_string(lost) +
                  " document(s): the knowledge base keeps the " + std::to_string(committed_) +
                  " committed before it and stays valid",
              error.file());
}

irkg::store::DocumentState irkg::store::Batch::put(const DocumentRecord& document,
                                                   const std::vector<Relation>& relations) {
  try {
    if (!transaction_)
      transaction_.emplace(kb_.database());
    const DocumentState state = kb_.put(document, relations);
    ++pending_;
    if (pending_ >= per_transaction_) {
      transaction_->commit();
      transaction_.reset();
      committed_ += pending_;
      pending_ = 0;
    }
    return state;
  } catch (const Error& error) {
    if (error.kind() != ErrorKind::Store)
      throw;
    roll_back(error);
  }
}

void irkg::store::Batch::finish() {
  if (!transaction_)
    return;
  try {
    transaction_->commit();
    transaction_.reset();
    committed_ += pending_;
    pending_ = 0;
  } catch (const Error& error) {
    roll_back(error);
  }
}
