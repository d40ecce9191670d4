// tests/store/knowledge_base_test.cpp - the SQLite knowledge base: storing, replacing, loading,
// refusing files that are not knowledge bases, surviving write errors
#include "store/knowledge_base.h"

#include "io/writers.h"
#include "support/error.h"
#include "support/file.h"

#include <boost/range/iterator_range.hpp>
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using irkg::Actor;
using irkg::ActorKind;
using irkg::Relation;
using irkg::RelationType;
using irkg::store::Access;
using irkg::store::Batch;
using irkg::store::DocumentRecord;
using irkg::store::DocumentState;
using irkg::store::KnowledgeBase;

namespace {

fs::path fresh_dir(const std::string& name) {
  const fs::path dir =
      fs::temp_directory_path() / ("irkg-store-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

Actor state(const std::string& id, const std::string& name) {
  return Actor{id, name, ActorKind::State, {}, {}, {}};
}

Relation relation(const Actor& source, RelationType type, const Actor& target,
                  const std::string& doc, const std::string& evidence, int sentence = 0) {
  Relation r;
  r.source = source;
  r.type = type;
  r.target = target;
  r.doc = doc;
  r.date = *irkg::PartialDate::parse("2024-06-19");
  r.sentence = sentence;
  r.evidence = evidence;
  r.confidence = 0.75;
  return r;
}

DocumentRecord document(const std::string& id, const std::string& hash) {
  DocumentRecord d;
  d.id = id;
  d.title = "Title of " + id;
  d.url = "https://example.org/" + id;
  d.date = *irkg::PartialDate::parse("2024-06-19");
  d.origin = id + ".txt";
  d.content_hash = hash;
  d.extractor = "test";
  return d;
}

const Actor kPrk = state("PRK", "North Korea");
const Actor kRus = state("RUS", "Russia");
const Actor kUkr = state("UKR", "Ukraine");

void put(KnowledgeBase& kb, const DocumentRecord& d, const std::vector<Relation>& relations,
         DocumentState expected) {
  Batch batch(kb, 10);
  CHECK(batch.put(d, relations) == expected);
  batch.finish();
}

std::string graphml_of(KnowledgeBase& kb) {
  irkg::graph::KnowledgeGraph graph;
  kb.load(graph);
  std::ostringstream out;
  irkg::io::write_graphml(irkg::graph::make_view(graph, {}), out);
  return out.str();
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Runs raw SQL on a file, as a user with the sqlite3 shell would.
void raw_sql(const fs::path& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* error = nullptr;
  const int code = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  INFO((error ? error : ""));
  sqlite3_free(error);
  sqlite3_close(db);
  REQUIRE(code == SQLITE_OK);
}

std::string store_error(const fs::path& path, Access access) {
  try {
    KnowledgeBase kb(path, access);
  } catch (const irkg::Error& error) {
    CHECK(error.kind() == irkg::ErrorKind::Store);
    return error.what();
  }
  return "(opened)";
}

}  // namespace

TEST_CASE("a stored document loads back with its metadata, relations and evidence") {
  const fs::path path = fresh_dir("roundtrip") / "kb.sqlite";
  {
    KnowledgeBase kb(path, Access::Write);
    put(kb, document("a", "h1"),
        {relation(kPrk, RelationType::Treaty, kRus, "a", "Pyongyang and Moscow signed a pact."),
         relation(kPrk, RelationType::TroopDeployment, kRus, "a",
                  "Pyongyang and Moscow signed a pact.")},
        DocumentState::New);
    const auto counts = kb.counts();
    CHECK(counts.documents == 1);
    CHECK(counts.relations == 2);
    CHECK(counts.sentences == 1);  // one sentence behind both relations, stored once
    CHECK(counts.actors == 2);
  }
  KnowledgeBase kb(path, Access::Read);
  irkg::graph::KnowledgeGraph graph;
  kb.load(graph);
  CHECK(graph.num_relations() == 2);
  const auto prk = graph.resolve("north korea");
  REQUIRE(prk);
  CHECK(graph.actor(*prk).name == "North Korea");
  const auto edge = *boost::edges(graph.bgl()).first;
  const auto& stored = graph.relation(edge);
  CHECK(graph.evidence(stored.evidence) == "Pyongyang and Moscow signed a pact.");
  CHECK(graph.document(stored.doc).title == "Title of a");
  CHECK(graph.document(stored.doc).url == "https://example.org/a");
  CHECK(graph.document(stored.doc).date.to_string() == "2024-06-19");
  CHECK(stored.date.to_string() == "2024-06-19");
  CHECK(stored.confidence == doctest::Approx(0.75));
  CHECK(kb.check().empty());
}

TEST_CASE("storing the same document again changes nothing") {
  const fs::path path = fresh_dir("idempotent") / "kb.sqlite";
  KnowledgeBase kb(path, Access::Write);
  const std::vector<Relation> relations{relation(kPrk, RelationType::Treaty, kRus, "a", "s")};
  put(kb, document("a", "h1"), relations, DocumentState::New);
  const std::string before = graphml_of(kb);
  CHECK(kb.lookup("a", "h1", "test").state == DocumentState::Unchanged);
  put(kb, document("a", "h1"), relations, DocumentState::Unchanged);
  CHECK(kb.counts().relations == 1);
  CHECK(graphml_of(kb) == before);
}

TEST_CASE("a document whose id returns with new content replaces its own relations only") {
  const fs::path path = fresh_dir("replace") / "kb.sqlite";
  KnowledgeBase kb(path, Access::Write);
  put(kb, document("a", "h1"), {relation(kPrk, RelationType::Treaty, kRus, "a", "old")},
      DocumentState::New);
  put(kb, document("b", "h2"), {relation(kRus, RelationType::Attack, kUkr, "b", "other")},
      DocumentState::New);
  CHECK(kb.lookup("a", "h3", "test").state == DocumentState::Changed);
  put(kb, document("a", "h3"), {relation(kPrk, RelationType::Sanction, kUkr, "a", "new")},
      DocumentState::Changed);
  irkg::graph::KnowledgeGraph graph;
  kb.load(graph);
  CHECK(graph.num_relations() == 2);
  std::vector<std::string> evidence;
  for (const auto e : boost::make_iterator_range(boost::edges(graph.bgl())))
    evidence.push_back(graph.evidence(graph.relation(e).evidence));
  CHECK(std::find(evidence.begin(), evidence.end(), "old") == evidence.end());
  CHECK(std::find(evidence.begin(), evidence.end(), "new") != evidence.end());
  CHECK(std::find(evidence.begin(), evidence.end(), "other") != evidence.end());
  // A new extractor counts as new content: the document is extracted again.
  CHECK(kb.lookup("a", "h3", "newer extractor").state == DocumentState::Changed);
  CHECK(kb.check().empty());
}

TEST_CASE("the same content under a second id is stored once") {
  const fs::path path = fresh_dir("duplicate") / "kb.sqlite";
  KnowledgeBase kb(path, Access::Write);
  put(kb, document("a", "same"), {relation(kPrk, RelationType::Treaty, kRus, "a", "s")},
      DocumentState::New);
  const auto found = kb.lookup("copy-of-a", "same", "test");
  CHECK(found.state == DocumentState::Duplicate);
  CHECK(found.duplicate_of == "a");
  put(kb, document("copy-of-a", "same"),
      {relation(kPrk, RelationType::Treaty, kRus, "copy-of-a", "s")}, DocumentState::Duplicate);
  CHECK(kb.counts().documents == 1);
}

TEST_CASE("names with quotes and SQL metacharacters are stored as they are") {
  const fs::path path = fresh_dir("quotes") / "kb.sqlite";
  const Actor odd{
      "x'); DROP TABLE actors; --",     "O'Brien \"the\" ; -- %_ \\", ActorKind::Person, "IRL", "",
      {"Robert'); --", "Bob \"Bobby\""}};
  {
    KnowledgeBase kb(path, Access::Write);
    put(kb, document("it's \"quoted\"; --", "h"),
        {relation(odd, RelationType::Criticize, kRus, "it's \"quoted\"; --", "He said 'no'; --")},
        DocumentState::New);
  }
  KnowledgeBase kb(path, Access::Read);
  irkg::graph::KnowledgeGraph graph;
  kb.load(graph);
  CHECK(kb.counts().actors == 2);
  const auto v = graph.find(odd.id);
  REQUIRE(v);
  CHECK(graph.actor(*v).name == odd.name);
  CHECK(graph.actor(*v).aliases == odd.aliases);
  CHECK(graph.resolve("Bob \"Bobby\"") == v);
  CHECK(graph.document(1).id == "it's \"quoted\"; --");
}

TEST_CASE("an actor keeps its first kind and gains a real name, country and aliases") {
  const fs::path path = fresh_dir("merge") / "kb.sqlite";
  KnowledgeBase kb(path, Access::Write);
  Actor bare{"kim-jong-un", "", ActorKind::Person, "", "", {}};
  Actor full{"kim-jong-un", "Kim Jong Un", ActorKind::State, "PRK", "", {"Kim Jong-un"}};
  put(kb, document("a", "h1"), {relation(bare, RelationType::Summit, kRus, "a", "s")},
      DocumentState::New);
  put(kb, document("b", "h2"), {relation(full, RelationType::Summit, kRus, "b", "t")},
      DocumentState::New);
  irkg::graph::KnowledgeGraph graph;
  kb.load(graph);
  const auto& actor = graph.actor(*graph.find("kim-jong-un"));
  CHECK(actor.name == "Kim Jong Un");
  CHECK(actor.kind == ActorKind::Person);
  CHECK(actor.country == "PRK");
  CHECK(actor.aliases == std::vector<std::string>{"Kim Jong-un"});
}

TEST_CASE("a new knowledge base is marked as irkg's, with its schema version, in WAL mode") {
  const fs::path path = fresh_dir("marks") / "kb.sqlite";
  { KnowledgeBase kb(path, Access::Write); }
  KnowledgeBase kb(path, Access::Read);
  irkg::store::Statement application(kb.database(), "PRAGMA application_id");
  REQUIRE(application.step());
  CHECK(application.integer(0) == irkg::store::kApplicationId);
  irkg::store::Statement version(kb.database(), "PRAGMA user_version");
  REQUIRE(version.step());
  CHECK(version.integer(0) == irkg::store::kSchemaVersion);
  irkg::store::Statement journal(kb.database(), "PRAGMA journal_mode");
  REQUIRE(journal.step());
  CHECK(journal.text(0) == "wal");
}

TEST_CASE(
    "files that are not irkg knowledge bases are refused with one line and left as they are") {
  const fs::path dir = fresh_dir("refused");
  SUBCASE("a directory") {
    CHECK(contains(store_error(dir, Access::Write), "is a directory"));
  }
  SUBCASE("a missing file, for reading") {
    CHECK(contains(store_error(dir / "none.sqlite", Access::Read), "no such knowledge base"));
    CHECK_FALSE(fs::exists(dir / "none.sqlite"));
  }
  SUBCASE("a text file") {
    const fs::path text = dir / "notes.txt";
    {
      irkg::AtomicFile file(text);
      file.stream() << "Dear diary, today I built a knowledge graph.\n";
      file.commit();
    }
    const std::string before = irkg::read_file(text);
    CHECK(contains(store_error(text, Access::Write), "not an SQLite database"));
    CHECK(irkg::read_file(text) == before);
  }
  SUBCASE("a foreign SQLite database") {
    const fs::path foreign = dir / "foreign.sqlite";
    raw_sql(foreign, "CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('soup');");
    const std::string before = irkg::read_file(foreign);
    CHECK(contains(store_error(foreign, Access::Write), "not an irkg knowledge base"));
    CHECK(contains(store_error(foreign, Access::Read), "not an irkg knowledge base"));
    CHECK(irkg::read_file(foreign) == before);
  }
  SUBCASE("a knowledge base from a newer irkg") {
    const fs::path newer = dir / "newer.sqlite";
    { KnowledgeBase kb(newer, Access::Write); }
    raw_sql(newer, "PRAGMA user_version = 99");
    const std::string before = irkg::read_file(newer);
    CHECK(contains(store_error(newer, Access::Write), "newer irkg"));
    CHECK(irkg::read_file(newer) == before);
  }
  SUBCASE("a truncated knowledge base") {
    const fs::path whole = dir / "whole.sqlite";
    {
      KnowledgeBase kb(whole, Access::Write);
      Batch batch(kb, 100);
      for (int i = 0; i < 200; ++i) {
        const std::string id = "doc-" + std::to_string(i);
        batch.put(document(id, "hash-" + id),
                  {relation(kPrk, RelationType::Treaty, kRus, id, std::string(200, 'x') + id)});
      }
      batch.finish();
    }
    const std::string bytes = irkg::read_file(whole);
    const fs::path truncated = dir / "truncated.sqlite";
    {
      irkg::AtomicFile file(truncated);
      file.stream() << bytes.substr(0, bytes.size() / 2);
      file.commit();
    }
    const std::string before = irkg::read_file(truncated);
    CHECK(contains(store_error(truncated, Access::Write), "truncated"));
    CHECK(contains(store_error(truncated, Access::Read), "truncated"));
    CHECK(irkg::read_file(truncated) == before);
  }
  SUBCASE("a read-only knowledge base, for writing") {
    const fs::path locked = dir / "locked.sqlite";
    { KnowledgeBase kb(locked, Access::Write); }
    fs::permissions(locked, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    if (::geteuid() == 0) {
      MESSAGE("running as root, who may write read-only files: read-only check skipped");
    } else {
      CHECK(contains(store_error(locked, Access::Write), "read-only"));
    }
    KnowledgeBase reader(locked, Access::Read);  // still readable
    CHECK(reader.counts().documents == 0);
  }
}

TEST_CASE(
    "a write error mid-batch rolls the batch back and says so; the knowledge base stays valid") {
  const fs::path path = fresh_dir("full") / "kb.sqlite";
  irkg::store::OpenOptions options;
  options.max_bytes = 96 * 1024;  // a disk that fills up after a few dozen documents
  std::string message;
  std::size_t committed = 0;
  {
    KnowledgeBase kb(path, Access::Write, options);
    Batch batch(kb, 5);
    try {
      for (int i = 0; i < 10000; ++i) {
        const std::string id = "doc-" + std::to_string(i);
        batch.put(document(id, "hash-" + id),
                  {relation(kPrk, RelationType::Treaty, kRus, id, std::string(500, 'x') + id)});
      }
      batch.finish();
    } catch (const irkg::Error& error) {
      message = error.what();
    }
    committed = batch.committed();
  }
  INFO(message);
  CHECK(contains(message, "disk is full"));
  CHECK(contains(message, "rolled back"));
  CHECK(committed > 0);
  CHECK(committed % 5 == 0);  // whole transactions only
  KnowledgeBase kb(path, Access::Read);
  CHECK(kb.check().empty());
  CHECK(kb.counts().documents == committed);
}

TEST_CASE("a batch abandoned by an exception leaves nothing of its documents") {
  const fs::path path = fresh_dir("abandoned") / "kb.sqlite";
  KnowledgeBase kb(path, Access::Write);
  {
    Batch batch(kb, 100);
    batch.put(document("a", "h1"), {relation(kPrk, RelationType::Treaty, kRus, "a", "s")});
  }
  CHECK(kb.counts().documents == 0);
  CHECK(kb.counts().relations == 0);
}

TEST_CASE("check finds a document whose relations are not whole") {
  const fs::path path = fresh_dir("check") / "kb.sqlite";
  {
    KnowledgeBase kb(path, Access::Write);
    put(kb, document("a", "h1"),
        {relation(kPrk, RelationType::Treaty, kRus, "a", "s", 0),
         relation(kRus, RelationType::Attack, kUkr, "a", "t", 1)},
        DocumentState::New);
    CHECK(kb.check().empty());
  }
  raw_sql(path, "DELETE FROM relations WHERE ordinal = 1");
  KnowledgeBase kb(path, Access::Read);
  const auto problems = kb.check();
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "document 'a' should have 2 relations but has 1");
}

TEST_CASE("the documented views aggregate edges and join evidence for sqlite3 users") {
  const fs::path path = fresh_dir("views") / "kb.sqlite";
  KnowledgeBase kb(path, Access::Write);
  put(kb, document("a", "h1"), {relation(kRus, RelationType::Talks, kPrk, "a", "s")},
      DocumentState::New);
  put(kb, document("b", "h2"), {relation(kPrk, RelationType::Talks, kRus, "b", "t")},
      DocumentState::New);
  irkg::store::Statement edges(kb.database(),
                               "SELECT source, target, mentions FROM edges WHERE type = 'talks'");
  REQUIRE(edges.step());
  CHECK(edges.text(0) == "PRK");  // symmetric: both directions folded, smaller id first
  CHECK(edges.text(1) == "RUS");
  CHECK(edges.integer(2) == 2);
  CHECK_FALSE(edges.step());
  irkg::store::Statement evidence(kb.database(),
                                  "SELECT title, url, text FROM evidence WHERE doc_id = 'b'");
  REQUIRE(evidence.step());
  CHECK(evidence.text(0) == "Title of b");
  CHECK(evidence.text(2) == "t");
}

TEST_CASE("the edges view folds exactly the symmetric types of the relation-type table") {
  const fs::path path = fresh_dir("symmetric") / "kb.sqlite";
  KnowledgeBase kb(path, Access::Write);
  // Each type once from RUS to PRK, once back: a symmetric type folds into one row.
  for (const RelationType type : irkg::all_relation_types()) {
    const std::string name(irkg::to_string(type));
    put(kb, document("there-" + name, "h1-" + name),
        {relation(kRus, type, kPrk, "there-" + name, "s")}, DocumentState::New);
    put(kb, document("back-" + name, "h2-" + name),
        {relation(kPrk, type, kRus, "back-" + name, "t")}, DocumentState::New);
  }
  for (const RelationType type : irkg::all_relation_types()) {
    irkg::store::Statement rows(kb.database(), "SELECT count(*) FROM edges WHERE type = ?1");
    rows.bind(1, irkg::to_string(type));
    REQUIRE(rows.step());
    INFO(irkg::to_string(type));
    CHECK(rows.integer(0) == (irkg::info(type).symmetric ? 1 : 2));
  }
}

namespace {

// A knowledge base as irkg wrote it before relations named their rule (schema version 1),
// holding one document with one relation.
fs::path version_1_kb(const std::string& name) {
  const fs::path path = fresh_dir(name) / "kb.sqlite";
  raw_sql(path, irkg::read_file(std::string(IRKG_SOURCE_DIR) + "/tests/data/store/schema-v1.sql") +
                    "INSERT INTO documents VALUES ('a', 1, 'article', 'https://example.org/a', "
                    "'Title of a', '2024-06-19', 'a.txt', 'h1', 'test', 1, '2024-06-19T00:00:00Z', "
                    "'2024-06-19T00:00:00Z');"
                    "INSERT INTO actors VALUES ('PRK', 'North Korea', 'state', '', ''), "
                    "('RUS', 'Russia', 'state', '', '');"
                    "INSERT INTO sentences VALUES ('a', 0, 0, 'North Korea sent troops.');"
                    "INSERT INTO relations VALUES ('a', 0, 'PRK', 'troop_deployment', 'RUS', "
                    "'asserted', '2024-06-19', 0.75, 0);");
  return path;
}

std::int64_t schema_version(KnowledgeBase& kb) {
  irkg::store::Statement version(kb.database(), "PRAGMA user_version");
  REQUIRE(version.step());
  return version.integer(0);
}

// The rules of the relations of \p kb, sorted.
std::vector<std::string> loaded_rules(KnowledgeBase& kb) {
  irkg::graph::KnowledgeGraph graph;
  kb.load(graph);
  std::vector<std::string> rules;
  for (const auto edge : boost::make_iterator_range(boost::edges(graph.bgl())))
    rules.push_back(graph.rule(graph.relation(edge).rule));
  std::sort(rules.begin(), rules.end());
  return rules;
}

}  // namespace

TEST_CASE("the rule behind each relation is stored and loaded back") {
  const fs::path path = fresh_dir("rules") / "kb.sqlite";
  KnowledgeBase kb(path, Access::Write);
  Relation ruled = relation(kPrk, RelationType::TroopDeployment, kRus, "a", "s", 0);
  ruled.rule = "send_troops_to";
  put(kb, document("a", "h1"), {ruled, relation(kRus, RelationType::Attack, kUkr, "a", "t", 1)},
      DocumentState::New);
  CHECK(loaded_rules(kb) == std::vector<std::string>{"", "send_troops_to"});
}

TEST_CASE("a knowledge base of version 1 is read as it is: its relations name no rule") {
  const fs::path path = version_1_kb("read-v1");
  const std::string before = irkg::read_file(path);
  {
    KnowledgeBase kb(path, Access::Read);
    CHECK(loaded_rules(kb) == std::vector<std::string>{""});
    CHECK(kb.counts().relations == 1);
    CHECK(schema_version(kb) == 1);
  }
  CHECK(irkg::read_file(path) == before);
}

TEST_CASE("opening a knowledge base of version 1 for writing migrates it, in one transaction") {
  SUBCASE("the relations gain an empty rule and keep everything else") {
    const fs::path path = version_1_kb("migrate-v1");
    {
      KnowledgeBase kb(path, Access::Write);
      CHECK(schema_version(kb) == irkg::store::kSchemaVersion);
      CHECK(kb.check().empty());
      CHECK(loaded_rules(kb) == std::vector<std::string>{""});
      Relation ruled = relation(kRus, RelationType::Attack, kUkr, "b", "t");
      ruled.rule = "attack_on";
      put(kb, document("b", "h2"), {ruled}, DocumentState::New);
    }
    KnowledgeBase kb(path, Access::Read);
    CHECK(schema_version(kb) == irkg::store::kSchemaVersion);
    CHECK(kb.counts().relations == 2);
    CHECK(loaded_rules(kb) == std::vector<std::string>{"", "attack_on"});
    irkg::store::Statement old(kb.database(),
                               "SELECT type, confidence, rule FROM relations WHERE doc_id = 'a'");
    REQUIRE(old.step());
    CHECK(old.text(0) == "troop_deployment");
    CHECK(old.real(1) == doctest::Approx(0.75));
    CHECK(old.text(2).empty());
  }
  SUBCASE("a migration that fails leaves the knowledge base at version 1") {
    const fs::path path = version_1_kb("migrate-fails");
    // A column the migration would add is already there, so its ALTER TABLE fails.
    raw_sql(path, "ALTER TABLE relations ADD COLUMN rule TEXT");
    CHECK(store_error(path, Access::Write) != "(opened)");
    KnowledgeBase kb(path, Access::Read);
    CHECK(schema_version(kb) == 1);
    CHECK(kb.check().empty());
  }
}
