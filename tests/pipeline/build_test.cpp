// tests/pipeline/build_test.cpp - building a knowledge base from inputs, and reading it back
#include "pipeline/build.h"

#include "io/writers.h"
#include "pipeline/documents.h"
#include "pipeline/load.h"
#include "support/file.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using irkg::pipeline::build_knowledge_base;
using irkg::pipeline::BuildOptions;

namespace {

fs::path fresh_dir(const std::string& name) {
  const fs::path dir =
      fs::temp_directory_path() / ("irkg-pipeline-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& path, const std::string& text) {
  irkg::AtomicFile file(path);
  file.stream() << text;
  file.commit();
}

const std::string kExample = std::string(IRKG_SOURCE_DIR) + "/graphs/korean-peninsula";

BuildOptions options() {
  BuildOptions build;
  build.extractor = "test-extractor";
  return build;
}

// Every export format that is text, for byte-for-byte comparisons.
std::string exports_of(const irkg::graph::KnowledgeGraph& graph) {
  irkg::graph::Filter all;
  all.modalities.clear();
  const auto view = irkg::graph::make_view(graph, all);
  std::ostringstream out;
  irkg::io::write_graphml(view, out);
  irkg::io::write_gexf(view, out);
  irkg::io::write_json(view, out);
  return out.str();
}

std::string exports_of_kb(const fs::path& kb) {
  irkg::graph::KnowledgeGraph graph;
  irkg::pipeline::load_knowledge_base(kb, graph);
  return exports_of(graph);
}

std::string exports_of_inputs(const std::vector<std::string>& inputs) {
  irkg::graph::KnowledgeGraph graph;
  irkg::NullDiagnostics quiet;
  irkg::pipeline::load_inputs(inputs, graph, {}, quiet);
  return exports_of(graph);
}

const std::string kTreaty =
    "title: Pact signed\ndate: 2024-06-19\n\nNorth Korea and Russia signed a mutual defence "
    "treaty on Wednesday.\n";
const std::string kSanctions =
    "title: Pact signed\ndate: 2024-06-19\n\nThe United States imposed sanctions on North "
    "Korea on Wednesday.\n";

}  // namespace

TEST_CASE("a knowledge base gives the same exports as its inputs given directly") {
  const fs::path kb = fresh_dir("same-as-direct") / "kb.sqlite";
  irkg::NullDiagnostics quiet;
  const auto report = build_knowledge_base(kb, {kExample}, options(), quiet);
  CHECK(report.added == 3);  // two articles and the background relations file
  CHECK(report.relations_written > 10);
  CHECK(exports_of_kb(kb) == exports_of_inputs({kExample}));
}

TEST_CASE("building the same inputs again changes nothing and extracts nothing") {
  const fs::path kb = fresh_dir("twice") / "kb.sqlite";
  irkg::NullDiagnostics quiet;
  const auto first = build_knowledge_base(kb, {kExample}, options(), quiet);
  const std::string before = exports_of_kb(kb);
  const auto second = build_knowledge_base(kb, {kExample}, options(), quiet);
  CHECK(second.added == 0);
  CHECK(second.replaced == 0);
  CHECK(second.unchanged == 3);
  CHECK(second.read.articles == 0);  // not extracted again
  CHECK(second.totals.documents == first.totals.documents);
  CHECK(second.totals.relations == first.totals.relations);
  CHECK(exports_of_kb(kb) == before);
}

TEST_CASE("an article whose id returns with new content replaces its relations") {
  const fs::path dir = fresh_dir("replace");
  const fs::path article = dir / "inputs" / "news.txt";
  fs::create_directories(article.parent_path());
  write(article, kTreaty);
  irkg::NullDiagnostics quiet;
  build_knowledge_base(dir / "kb.sqlite", {article.string()}, options(), quiet);
  CHECK(irkg::read_file(dir / "kb.sqlite").size() > 0);
  write(article, kSanctions);
  const auto report = build_knowledge_base(dir / "kb.sqlite", {article.string()}, options(), quiet);
  CHECK(report.replaced == 1);
  CHECK(report.totals.documents == 1);
  CHECK(exports_of_kb(dir / "kb.sqlite") == exports_of_inputs({article.string()}));
  const std::string graph = exports_of_kb(dir / "kb.sqlite");
  CHECK(graph.find("sanction") != std::string::npos);
  CHECK(graph.find("treaty") == std::string::npos);
}

TEST_CASE("a new extractor extracts stored articles again") {
  const fs::path dir = fresh_dir("new-extractor");
  const fs::path article = dir / "news.txt";
  write(article, kTreaty);
  irkg::NullDiagnostics quiet;
  BuildOptions build = options();
  build_knowledge_base(dir / "kb.sqlite", {article.string()}, build, quiet);
  build.extractor = "a better extractor";
  const auto report = build_knowledge_base(dir / "kb.sqlite", {article.string()}, build, quiet);
  CHECK(report.replaced == 1);
  CHECK(report.read.articles == 1);
}

TEST_CASE("the same text under two names is stored and counted once") {
  const fs::path dir = fresh_dir("duplicates");
  fs::create_directories(dir / "in");
  write(dir / "in" / "a.txt", kTreaty);
  write(dir / "in" / "b-copy.txt", kTreaty);
  irkg::NullDiagnostics quiet;
  const auto report =
      build_knowledge_base(dir / "kb.sqlite", {(dir / "in").string()}, options(), quiet);
  CHECK(report.added == 1);
  CHECK(report.duplicates == 1);
  CHECK(report.totals.documents == 1);
  // A direct load counts it once too, so both give the same graph.
  CHECK(exports_of_kb(dir / "kb.sqlite") == exports_of_inputs({(dir / "in").string()}));
  const auto again =
      build_knowledge_base(dir / "kb.sqlite", {(dir / "in").string()}, options(), quiet);
  CHECK(again.unchanged == 1);
  CHECK(again.duplicates == 1);
}

TEST_CASE(
    "relations files are stored as one document per doc id; lines without one use the file name") {
  const fs::path dir = fresh_dir("relations");
  const fs::path file = dir / "coded.jsonl";
  write(file,
        R"({"doc": "d1", "source": "PRK", "type": "treaty", "target": "RUS", "evidence": "e1"})"
        "\n"
        R"({"source": "RUS", "type": "attack", "target": "UKR", "evidence": "e2"})"
        "\n"
        R"({"doc": "d1", "source": "PRK", "type": "troop_deployment", "target": "RUS"})"
        "\n");
  irkg::NullDiagnostics quiet;
  std::size_t skipped = 0;
  const auto documents = irkg::pipeline::read_relation_documents(
      irkg::read_file(file), file.string(), false, quiet, skipped);
  REQUIRE(documents.size() == 2);
  CHECK(documents[0].record.id == "d1");
  CHECK(documents[0].relations.size() == 2);
  CHECK(documents[1].record.id == "coded");
  const auto report = build_knowledge_base(dir / "kb.sqlite", {file.string()}, options(), quiet);
  CHECK(report.added == 2);
  CHECK(report.totals.relations == 3);
  CHECK(exports_of_kb(dir / "kb.sqlite") == exports_of_inputs({file.string()}));
}

TEST_CASE("a bad relations line stops the build before anything of that file is stored") {
  const fs::path dir = fresh_dir("bad-line");
  const fs::path file = dir / "bad.jsonl";
  write(file, R"({"doc": "d1", "source": "PRK", "type": "treaty", "target": "RUS"})"
              "\nnot json\n");
  irkg::NullDiagnostics quiet;
  CHECK_THROWS_AS(build_knowledge_base(dir / "kb.sqlite", {file.string()}, options(), quiet),
                  irkg::Error);
  irkg::store::KnowledgeBase kb(dir / "kb.sqlite", irkg::store::Access::Read);
  CHECK(kb.counts().documents == 0);
}
