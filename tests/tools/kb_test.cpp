// tests/tools/kb_test.cpp - end-to-end: the analyst's workflow on a knowledge base, with the
// real irkg binary: build, rebuild, add, explain, render, timeline, and a build killed mid-way
#include "store/knowledge_base.h"
#include "support/file.h"

#include "run.h"
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <spawn.h>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace irkg::test;

namespace {

const std::string kArticles = std::string(IRKG_SHARED_DIR) + "/corpus/articles";
const std::string kSeed = std::string(IRKG_SHARED_DIR) + "/corpus/news";
const std::string kKorea = std::string(IRKG_SOURCE_DIR) + "/graphs/korean-peninsula";
const std::string kBlackSea = std::string(IRKG_SOURCE_DIR) + "/graphs/black-sea";

bool shared_corpus() {
  return fs::exists(kArticles) && fs::exists(kSeed);
}

std::string kb_path(const std::string& name) {
  const fs::path dir = scratch() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return (dir / "kb.sqlite").string();
}

// Every text export of \p source ("--kb FILE" or input paths), concatenated.
std::string exports(const std::string& source, const std::string& name) {
  std::string all;
  for (const char* format : {"graphml", "gexf", "json", "dot"}) {
    const fs::path out = scratch() / (name + "." + format);
    const Run made = run("export --quiet --all-modalities " + source + " -o " + out.string());
    REQUIRE(made.status == 0);
    all += irkg::read_file(out);
  }
  return all;
}

void write(const fs::path& path, const std::string& text) {
  irkg::AtomicFile file(path);
  file.stream() << text;
  file.commit();
}

std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::size_t line_count(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("e2e: building the same articles twice changes nothing, byte for byte") {
  const std::string input = shared_corpus() ? kArticles : kKorea;
  const std::string kb = kb_path("twice");
  const Run first = run("build --kb " + kb + " " + input);
  INFO(first.output);
  REQUIRE(first.status == 0);
  CHECK(contains(first.output, " added, 0 replaced, 0 unchanged"));
  const std::string before = exports("--kb " + kb, "twice-1");
  const Run second = run("build --kb " + kb + " " + input);
  INFO(second.output);
  REQUIRE(second.status == 0);
  CHECK(contains(second.output, "irkg build: 0 added, 0 replaced, "));
  CHECK(contains(second.output, "; 0 relations written"));
  // The totals line is the same after both builds.
  CHECK(first.output.substr(first.output.find(kb)) == second.output.substr(second.output.find(kb)));
  CHECK(exports("--kb " + kb, "twice-2") == before);
}

TEST_CASE("e2e: exports from a knowledge base equal exports from the same inputs given directly") {
  const std::vector<std::string> inputs = shared_corpus()
                                              ? std::vector<std::string>{kArticles, kSeed}
                                              : std::vector<std::string>{kKorea, kBlackSea};
  const std::string kb = kb_path("same");
  // Built in two steps, as an analyst adds the day's articles to what they had.
  REQUIRE(run("build --quiet --kb " + kb + " " + inputs[0]).status == 0);
  REQUIRE(run("build --quiet --jobs 2 --kb " + kb + " " + inputs[1]).status == 0);
  const std::string direct = inputs[0] + " " + inputs[1];
  CHECK(exports("--kb " + kb, "same-kb") == exports(direct, "same-direct"));
  for (const std::string query :
       {"relations --evidence --all-modalities", "stats --format json", "actors"}) {
    CAPTURE(query);
    CHECK(run(query + " --kb " + kb).output == run(query + " " + direct).output);
  }
  CHECK(run("path --kb " + kb + " 'North Korea' Ukraine").output ==
        run("path " + direct + " 'North Korea' Ukraine").output);
}

TEST_CASE("e2e: a knowledge base and direct inputs can be given together") {
  const std::string kb = kb_path("together");
  REQUIRE(run("build --quiet --kb " + kb + " " + kKorea).status == 0);
  const Run both = run("relations --kb " + kb + " " + data("relations.jsonl"));
  REQUIRE(both.status == 0);
  CHECK(contains(both.output, "[background-korea]"));  // from the knowledge base
  CHECK(contains(both.output, "[fixture-1]"));         // from the direct input
}

TEST_CASE("e2e: explain shows every sentence behind an edge with title, date and url") {
  const std::string kb = kb_path("explain");
  REQUIRE(run("build --quiet --kb " + kb + " " + kKorea).status == 0);
  const Run explain = run("explain --kb " + kb + " 'North Korea' troop_deployment Russia");
  INFO(explain.output);
  REQUIRE(explain.status == 0);
  CHECK(contains(explain.output, "North Korea —troop_deployment→ Russia"));
  CHECK(contains(explain.output, "[2024-11-troops #0]"));
  CHECK(contains(explain.output, "North Korean troops join Russia's war, Seoul says"));
  CHECK(contains(explain.output, "(2024-11-05)"));
  CHECK(contains(explain.output,
                 "https://example.org/irkg-examples/korean-peninsula/2024-11-troops"));
  CHECK(contains(explain.output, "\"SEOUL – North Korea has sent thousands of troops"));
  // The tree rule behind the edge, and the paths it read off the sentence.
  CHECK(contains(explain.output, "rule troops.sent"));
  CHECK(contains(explain.output, "tree: sent ─nsubj→ Korea (source)"));
  const Run any = run("explain --kb " + kb + " Russia any 'North Korea' --format json");
  CHECK(any.status == 0);
  CHECK(contains(any.output, "\"evidence\""));
  const Run none = run("explain --kb " + kb + " Ukraine troop_deployment 'North Korea'");
  CHECK(none.status == 1);
  CHECK(contains(none.output, "no troop_deployment relation from Ukraine to North Korea"));
  CHECK(run("explain --kb " + kb + " Ukraine befriend Russia").status == 2);
}

TEST_CASE("e2e: render turns a folder of articles into a diagram in one command") {
  for (const char* extension : {"svg", "png", "pdf", "graphml", "gexf", "dot", "json"}) {
    CAPTURE(extension);
    const fs::path out = scratch() / (std::string("map.") + extension);
    const Run render = run("render " + kBlackSea + " -o " + out.string());
    INFO(render.output);
    REQUIRE(render.status == 0);
    CHECK(contains(render.output, "→ " + out.string()));
    CHECK(fs::file_size(out) > 100);
  }
  CHECK(contains(irkg::read_file(scratch() / "map.svg"), "<svg"));
  if (checker_available()) {
    const Run check = run_command(kChecker + " " + (scratch() / "map.gexf").string());
    INFO(check.output);
    CHECK(check.status == 0);
  }
  CHECK(run("render " + kBlackSea + " -o " + (scratch() / "map.bmp").string()).status == 2);
}

TEST_CASE("e2e: timeline counts relations per month and type, as a table and as SVG") {
  const std::string kb = kb_path("timeline");
  REQUIRE(run("build --quiet --kb " + kb + " " + kKorea).status == 0);
  const Run table = run("timeline --kb " + kb);
  INFO(table.output);
  REQUIRE(table.status == 0);
  CHECK(contains(table.output, "period"));
  CHECK(contains(table.output, "2024-11 "));
  CHECK(contains(table.output, "troop_deployment"));
  const Run actor = run("timeline --kb " + kb + " Ukraine");
  REQUIRE(actor.status == 0);
  CHECK_FALSE(contains(actor.output, "summit"));  // Trump and Kim met without Ukraine
  const fs::path chart = scratch() / "timeline.svg";
  REQUIRE(run("timeline --kb " + kb + " -o " + chart.string()).status == 0);
  CHECK(contains(irkg::read_file(chart), "</svg>"));
  CHECK(run("timeline --kb " + kb + " Atlantis").status == 2);
}

TEST_CASE("e2e: explain names the rule behind a relation, from JSON Lines and from the KB") {
  const fs::path dir = scratch() / "rules";
  fs::create_directories(dir);
  write(
      dir / "ruled.jsonl",
      R"({"doc": "r1", "sentence": 0, "source": "PRK", "type": "troop_deployment", "target": "RUS", "evidence": "North Korea sent troops to Russia.", "rule": "send_troops_to"})"
      "\n"
      R"({"doc": "r2", "sentence": 0, "source": "RUS", "type": "attack", "target": "UKR", "evidence": "Russia attacked Ukraine."})"
      "\n");
  const std::string input = (dir / "ruled.jsonl").string();
  const std::string kb = kb_path("rules-kb");
  REQUIRE(run("build --quiet --kb " + kb + " " + input).status == 0);
  for (const std::string& source : {input, "--kb " + kb}) {
    CAPTURE(source);
    const Run text = run("explain " + source + " PRK troop_deployment RUS");
    CHECK(text.status == 0);
    CHECK(contains(text.output, "[r1 #0]  rule send_troops_to\n"));
    const Run json = run("explain " + source + " PRK troop_deployment RUS --format json");
    CHECK(json.status == 0);
    CHECK(contains(json.output, R"("rule": "send_troops_to")"));
    // A relation with no known rule says nothing about rules.
    const Run unruled = run("explain " + source + " RUS attack UKR --format json");
    CHECK(unruled.status == 0);
    CHECK_FALSE(contains(unruled.output, "rule"));
    CHECK_FALSE(contains(run("explain " + source + " RUS attack UKR").output, "rule"));
  }
}

TEST_CASE("e2e: names with quotes and SQL metacharacters go in and come out unharmed") {
  const fs::path dir = scratch() / "quotes";
  fs::create_directories(dir);
  write(
      dir / "odd.jsonl",
      R"({"doc": "d'1", "source": {"id": "x'); DROP TABLE actors;--", "name": "O'Brien \"Bob\"; --", "kind": "person"}, "type": "criticize", "target": "RUS", "evidence": "He said 'no'; DROP TABLE relations;--"})"
      "\n");
  const std::string kb = kb_path("quotes-kb");
  REQUIRE(run("build --quiet --kb " + kb + " " + (dir / "odd.jsonl").string()).status == 0);
  const Run explain =
      run("explain --kb " + kb + " " + quoted("O'Brien \"Bob\"; --") + " criticize RUS");
  INFO(explain.output);
  CHECK(explain.status == 0);
  CHECK(contains(explain.output, "He said 'no'; DROP TABLE relations;--"));
  CHECK(contains(run("actors --kb " + kb).output, "x'); DROP TABLE actors;--"));
  CHECK(run("check --kb " + kb).status == 0);
}

TEST_CASE("e2e: a path that is not a knowledge base gets one clear line and stays untouched") {
  const fs::path dir = scratch() / "not-kbs";
  fs::create_directories(dir / "a-directory");
  write(dir / "notes.sqlite", "these are my notes, not a database\n");
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir / "foreign.sqlite").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  const std::string good = kb_path("for-truncation");
  REQUIRE(run("build --quiet --kb " + good + " " + kKorea + " " + kBlackSea).status == 0);
  const std::string bytes = irkg::read_file(good);
  write(dir / "truncated.sqlite", bytes.substr(0, bytes.size() * 2 / 3));
  struct Case {
    const char* file;
    const char* says;
  };
  for (const Case& c :
       {Case{"a-directory", "is a directory"}, Case{"notes.sqlite", "not an SQLite database"},
        Case{"foreign.sqlite", "not an irkg knowledge base"}, Case{"truncated.sqlite", "truncated"},
        Case{"missing.sqlite", "no such knowledge base"}}) {
    CAPTURE(c.file);
    const fs::path path = dir / c.file;
    const bool is_file = fs::is_regular_file(path);
    const std::string before = is_file ? irkg::read_file(path) : std::string();
    const Run query = run("relations --kb " + path.string());
    CHECK(query.status == 1);
    CHECK(contains(query.output, c.says));
    CHECK(line_count(query.output) == 1);
    if (std::string(c.file) != "missing.sqlite") {
      const Run build = run("build --kb " + path.string() + " " + kKorea);
      CHECK(build.status == 1);
      CHECK(contains(build.output, c.says));
      CHECK(line_count(build.output) == 1);
    }
    if (is_file)
      CHECK(irkg::read_file(path) == before);
  }
  CHECK_FALSE(fs::exists(dir / "missing.sqlite"));
}

TEST_CASE(
    "e2e: a build killed with SIGKILL leaves a valid knowledge base of whole documents, "
    "and a rebuild equals a clean build") {
  if (!shared_corpus()) {
    MESSAGE("../shared/corpus not found; kill test skipped");
    return;
  }
  // A big input: the real corpus many times over, each copy under its own ids and titles.
  const fs::path dir = scratch() / "kill";
  fs::create_directories(dir);
  const fs::path big = dir / "big.jsonl";
  std::size_t documents = 0;
  {
    irkg::AtomicFile file(big);
    std::vector<fs::path> articles;
    for (const auto& entry : fs::directory_iterator(kArticles)) {
      if (entry.path().extension() == ".txt")
        articles.push_back(entry.path());
    }
    std::sort(articles.begin(), articles.end());
    for (int copy = 0; copy < 25; ++copy) {
      for (const fs::path& article : articles) {
        const std::string id = "copy" + std::to_string(copy) + "-" + article.stem().string();
        file.stream() << "{\"id\": " << json_string(id) << ", \"title\": "
                      << json_string("Copy " + std::to_string(copy) + " of " +
                                     article.stem().string())
                      << ", \"date\": \"2024-01-01\", \"text\": "
                      << json_string(irkg::read_file(article)) << "}\n";
        ++documents;
      }
    }
    file.commit();
  }
  const std::string kb = (dir / "kb.sqlite").string();
  const std::string binary = IRKG_BINARY;
  std::vector<std::string> arguments{binary, "build", "--quiet", "--batch",
                                     "25",   "--kb",  kb,        big.string()};
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  REQUIRE(::posix_spawn(&pid, binary.c_str(), nullptr, nullptr, argv.data(), environ) == 0);
  // Kill as soon as some documents are committed: the build is then mid-way.
  std::size_t seen = 0;
  for (int attempt = 0; attempt < 20000 && seen == 0; ++attempt) {
    try {
      irkg::store::KnowledgeBase reader(kb, irkg::store::Access::Read);
      seen = reader.counts().documents;
    } catch (const irkg::Error&) {
      // not created yet
    }
    if (seen == 0)
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  const bool killed = WIFSIGNALED(status);
  if (!killed)
    MESSAGE("the build finished before it could be killed; consistency checked all the same");
  const Run check = run("check --kb " + kb);
  INFO(check.output);
  CHECK(check.status == 0);
  CHECK(contains(check.output, ": ok, "));
  {
    irkg::store::KnowledgeBase reader(kb, irkg::store::Access::Read);
    CHECK(reader.check().empty());
    if (killed)
      CHECK(reader.counts().documents < documents);
  }
  const Run rebuild = run("build --kb " + kb + " " + big.string());
  INFO(rebuild.output);
  REQUIRE(rebuild.status == 0);
  CHECK(contains(rebuild.output, kb + ": " + std::to_string(documents) + " documents"));
  const std::string clean = (dir / "clean.sqlite").string();
  REQUIRE(run("build --quiet --kb " + clean + " " + big.string()).status == 0);
  CHECK(exports("--kb " + kb, "killed") == exports("--kb " + clean, "clean"));
}

TEST_CASE("e2e: reading a knowledge base leaves no -wal or -shm file behind") {
  const fs::path dir = scratch() / "kb-no-wal";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string kb = (dir / "k.sqlite").string();
  REQUIRE(run("build --quiet --kb " + quoted(kb) + " " + quoted(data("relations.jsonl"))).status ==
          0);
  REQUIRE(run("actors --kb " + quoted(kb)).status == 0);
  CHECK_FALSE(fs::exists(kb + "-wal"));
  CHECK_FALSE(fs::exists(kb + "-shm"));
}
