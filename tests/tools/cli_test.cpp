// tests/tools/cli_test.cpp - end-to-end: the real irkg binary on fixtures of our own writing
#include "support/file.h"

#include "run.h"
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace irkg::test;

TEST_CASE("every export format is written and accepted by the third-party graph readers") {
  for (const char* format : {"dot", "svg", "png", "pdf", "graphml", "gexf", "json"}) {
    CAPTURE(format);
    const fs::path out = scratch() / (std::string("fixture.") + format);
    const Run export_run =
        run("export " + data("relations.jsonl") + " --all-modalities --quiet -o " + out.string());
    REQUIRE(export_run.status == 0);
    REQUIRE(fs::exists(out));
    CHECK(fs::file_size(out) > 100);
    if (std::string(format) == "png" || std::string(format) == "pdf" ||
        std::string(format) == "svg")
      continue;
    if (!checker_available()) {
      MESSAGE("check-graph-clients not found; client check skipped");
      continue;
    }
    const Run check = run_command(kChecker + " " + out.string());
    INFO(check.output);
    CHECK(check.status == 0);
  }
}

TEST_CASE("names and evidence in any script survive the exports") {
  const fs::path out = scratch() / "names.graphml";
  REQUIRE(run("export " + data("relations.jsonl") + " --all-modalities --quiet -o " + out.string())
              .status == 0);
  const std::string text = irkg::read_file(out);
  CHECK(contains(text, "Зеленський"));
  CHECK(contains(text, "金正恩"));
  const bool ivory = contains(text, "Côte d&apos;Ivoire") || contains(text, "Côte d'Ivoire");
  CHECK(ivory);
  const bool escaped = contains(text, "&amp; Moscow");
  CHECK(escaped);
  CHECK_FALSE(contains(text, "\x01"));
}

TEST_CASE("a path query prints each hop with its type, dates, documents and evidence") {
  const Run path = run("path " + data("relations.jsonl") + " 'north korea' UKR");
  REQUIRE(path.status == 0);
  CHECK(contains(path.output, "North Korea —troop_deployment→ Russia  2024-10–2024-11, 2 docs"));
  CHECK(contains(path.output, "Russia —attack→ Ukraine  2022, 1 doc"));
  CHECK(contains(path.output, "[fixture-2]"));
  const Run json = run("path " + data("relations.jsonl") + " PRK UKR --format json");
  CHECK(json.status == 0);
  CHECK(contains(json.output, "\"steps\""));
}

TEST_CASE("an unknown actor gets a did-you-mean, and a usage error exits 2") {
  const Run path = run("path " + data("relations.jsonl") + " Rusia UKR");
  CHECK(path.status == 2);
  CHECK(contains(path.output, "no actor named 'Rusia'; did you mean"));
  CHECK(contains(path.output, "Russia"));
  CHECK(run("export " + data("relations.jsonl") + " --bogus").status == 2);
  CHECK(run("frobnicate").status == 2);
}

TEST_CASE("a bad relations line names its file and line; --skip-bad counts and goes on") {
  const Run strict = run("relations " + data("bad.jsonl"));
  CHECK(strict.status == 1);
  CHECK(contains(strict.output, "bad.jsonl:2: not JSON"));
  const auto lines = std::count(strict.output.begin(), strict.output.end(), '\n');
  CHECK(lines == 1);  // one line, no trace
  const Run lenient = run("relations --skip-bad " + data("bad.jsonl"));
  CHECK(lenient.status == 0);
  CHECK(contains(lenient.output, "bad.jsonl:3: unknown relation type 'friendship'"));
  CHECK(contains(lenient.output, "bad.jsonl:4: missing field 'type'"));
  CHECK(contains(lenient.output, "RUS —attack→ UKR"));
}

TEST_CASE("an empty input gives valid empty outputs") {
  const fs::path empty = scratch() / "empty.jsonl";
  {
    irkg::AtomicFile file(empty);
    file.commit();
  }
  for (const char* format : {"graphml", "gexf", "json", "dot", "svg"}) {
    CAPTURE(format);
    const fs::path out = scratch() / (std::string("empty.") + format);
    REQUIRE(run("export " + empty.string() + " --quiet -o " + out.string()).status == 0);
    if (checker_available() && std::string(format) != "svg") {
      CHECK(std::system((kChecker + " " + out.string() + " > /dev/null 2>&1").c_str()) == 0);
    }
  }
}

TEST_CASE("a failed export leaves no partial file behind") {
  const fs::path out = scratch() / "failed.svg";
  const Run failed =
      run("export " + data("relations.jsonl") + " --layout nonsense -o " + out.string());
  CHECK(failed.status != 0);
  CHECK_FALSE(fs::exists(out));
  for (const auto& entry : fs::directory_iterator(scratch()))
    CHECK_FALSE(contains(entry.path().string(), ".tmp-"));
}

TEST_CASE("filters narrow what the commands see") {
  const Run attacks = run("relations " + data("relations.jsonl") + " --types attack");
  CHECK(contains(attacks.output, "Russia —attack→ Ukraine"));
  CHECK_FALSE(contains(attacks.output, "treaty"));
  const Run hypothetical = run("relations " + data("relations.jsonl") + " --modality hypothetical");
  CHECK(contains(hypothetical.output, "(hypothetical)"));
  const Run recent = run("relations " + data("relations.jsonl") + " --since 2024-11");
  CHECK(contains(recent.output, "troop_deployment"));
  CHECK_FALSE(contains(recent.output, "attack"));
  const Run stats = run("stats " + data("relations.jsonl"));
  CHECK(contains(stats.output, "betweenness"));
  const Run actors =
      run("actors " + data("relations.jsonl") + " --kinds person,state --types criticize");
  CHECK(contains(actors.output, "volodymyr-zelensky"));
  CHECK_FALSE(contains(actors.output, "RUS "));
}

TEST_CASE("extract reads the seed article into the ontology's JSON Lines") {
  const std::string seed = std::string(IRKG_SHARED_DIR) + "/corpus/news";
  if (!fs::exists(seed))
    return;
  const Run extract = run("extract --quiet " + seed);
  REQUIRE(extract.status == 0);
  CHECK(contains(extract.output, "\"type\":\"treaty\""));
  CHECK(contains(extract.output, "\"doc\":\"000-trump-kim-emboldened\""));
  CHECK(contains(extract.output, "\"modality\":"));
}

TEST_CASE("binary, empty and invalid UTF-8 inputs warn and never crash") {
  const fs::path dir = scratch() / "bad-inputs";
  fs::create_directories(dir);
  write_text(dir / "binary.txt", std::string("\x7f"
                                             "ELF\0\0\0\x01\x02",
                                             9));
  write_text(dir / "empty.txt", "");
  write_text(dir / "latin1.txt", "title: x\n\nRussia attacked Ukraine in 2022 \xe9t\xe9.\n");
  const Run extract = run("extract " + dir.string());
  CHECK(extract.status == 0);
  CHECK(contains(extract.output, "attack"));
  CHECK(contains(extract.output, "binary.txt: binary file skipped"));
  CHECK(contains(extract.output, "latin1.txt: invalid UTF-8 replaced"));
}

TEST_CASE("a missing input is reported and fails the run, and the other inputs are extracted") {
  const fs::path dir = scratch() / "missing-input";
  fs::create_directories(dir);
  write_text(dir / "good.txt",
             "title: x\ndate: 2024-05-01\n\nRussia attacked Ukraine on Monday.\n");
  const Run extract =
      run("extract " + (dir / "good.txt").string() + " " + (dir / "absent.txt").string());
  CHECK(extract.status == 1);
  CHECK(contains(extract.output, "\"type\":\"attack\""));
  CHECK(contains(extract.output, "absent.txt: 1 input was not found"));
}

TEST_CASE("malformed JSON Lines articles name file and line, and good lines are extracted") {
  const fs::path dir = scratch() / "malformed-jsonl";
  fs::create_directories(dir);
  write_text(dir / "mixed.jsonl",
             "{\"id\":\"ok\",\"text\":\"Iran threatened Israel.\"}\n{bad json\n"
             "{\"id\":\"notext\"}\n");
  const Run extract = run("extract " + (dir / "mixed.jsonl").string());
  CHECK(extract.status == 0);
  CHECK(contains(extract.output, "\"doc\":\"ok\""));
  CHECK(contains(extract.output, "mixed.jsonl:2: malformed JSON"));
  CHECK(contains(extract.output, "mixed.jsonl:3: no \"text\" string"));
}

TEST_CASE("parse --tokenized names the file and line of a malformed CoNLL-U file") {
  const fs::path dir = scratch() / "parse-malformed";
  fs::create_directories(dir);
  write_text(dir / "bad.conllu",
             "# text = Seoul protested\n"
             "1\tSeoul\tSeoul\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
             "2\tprotested\tprotest\tVERB\tVBD\t_\troot\t_\t_\n");
  for (const char* extra : {"", " --evaluate"}) {
    CAPTURE(extra);
    const Run parse = run("parse --tokenized " + (dir / "bad.conllu").string() + extra);
    CHECK(parse.status == 1);
    CHECK(contains(parse.output, "bad.conllu:3: expected 10 tab-separated columns, found 9"));
  }
  const Run missing = run("parse --tokenized " + (dir / "absent.conllu").string());
  CHECK(missing.status == 1);
  CHECK(contains(missing.output, "absent.conllu"));
  const Run usage = run("parse --evaluate " + (dir / "bad.conllu").string());
  CHECK(usage.status == 2);
  CHECK(contains(usage.output, "--evaluate needs --tokenized"));
}

namespace {

// The word lines of CoNLL-U output, each split into its ten columns.
std::vector<std::vector<std::string>> conllu_words(const std::string& output) {
  std::vector<std::vector<std::string>> words;
  std::size_t start = 0;
  while (start < output.size()) {
    const std::size_t end = std::min(output.find('\n', start), output.size());
    const std::string line = output.substr(start, end - start);
    start = end + 1;
    if (line.empty() || line[0] == '#')
      continue;
    std::vector<std::string> columns;
    for (std::size_t at = 0; at <= line.size();) {
      const std::size_t tab = std::min(line.find('\t', at), line.size());
      columns.push_back(line.substr(at, tab - at));
      at = tab + 1;
    }
    words.push_back(std::move(columns));
  }
  return words;
}

}  // namespace

TEST_CASE("parse prints CoNLL-U whose TokenRange spans are the article's own bytes") {
  const fs::path seed = fs::path(IRKG_SHARED_DIR) / "corpus/news/000-trump-kim-emboldened.txt";
  if (!fs::exists(seed)) {
    MESSAGE("../shared/corpus not found; parse test skipped");
    return;
  }
  const Run parse = run("parse --quiet " + seed.string());
  REQUIRE(parse.status == 0);
  CHECK(contains(parse.output, "# sent_id = 000-trump-kim-emboldened-1\n# text = Analysis:"));
  CHECK(contains(parse.output, "# sent_id = 000-trump-kim-emboldened-4\n"));
  const std::string file = irkg::read_file(seed);
  const std::string body = file.substr(file.find("\n\n") + 2);  // after the header lines
  const auto words = conllu_words(parse.output);
  REQUIRE(words.size() > 500);
  std::size_t roots = 0, curly = 0, dashes = 0;
  for (const auto& word : words) {
    REQUIRE(word.size() == 10);
    CAPTURE(word[1]);
    CHECK(word[6] != "_");  // every word has a head
    roots += word[7] == "root";
    const std::size_t range = word[9].find("TokenRange=");
    REQUIRE(range != std::string::npos);
    const std::string span = word[9].substr(range + 11);
    const std::size_t begin = std::stoul(span), end = std::stoul(span.substr(span.find(':') + 1));
    REQUIRE(begin < end);
    REQUIRE(end <= body.size());
    const std::string original = body.substr(begin, end - begin);
    if (word[1] == "'s" && original != word[1]) {
      CHECK(original == "\u2019s");  // normalised "'s" from "Trump’s"
      ++curly;
    } else if (word[1] == "-" && original != word[1]) {
      CHECK(original == "\u2013");  // "SEOUL (Reuters) – Donald Trump"
      ++dashes;
    } else if (word[1].find_first_of("\"'-.") == std::string::npos) {
      CHECK(original == word[1]);  // normalisation changes only quotes, dashes and ellipses
    }
  }
  CHECK(roots >= 30);
  CHECK(curly > 0);
  CHECK(dashes > 0);
}

TEST_CASE("parse --format text prints each sentence as an indented tree") {
  const fs::path dir = scratch() / "parse-text";
  fs::create_directories(dir);
  write_text(dir / "one.txt", "North Korea sent troops to Russia.\n");
  const Run parse = run("parse --format text " + (dir / "one.txt").string());
  REQUIRE(parse.status == 0);
  CHECK(contains(parse.output, "# one-1: North Korea sent troops to Russia."));
  CHECK(contains(parse.output, "\n3  sent  send  VERB  root\n"));
  CHECK(contains(parse.output, "\n  2  Korea  Korea  PROPN  nsubj \u2190 3 sent\n"));
  CHECK(contains(parse.output, "\n    1  North  North  PROPN  compound \u2190 2 Korea\n"));
  CHECK(contains(parse.output, "\n  4  troops  "));  // the lemma is the lemmatiser's business
  CHECK(contains(parse.output, "  NOUN  obj \u2190 3 sent\n"));
}

TEST_CASE("parse --tokenized keeps the words as given; --evaluate scores them") {
  const fs::path dir = scratch() / "parse-tokenized";
  fs::create_directories(dir);
  write_text(dir / "gold.conllu",
             "# sent_id = g1\n# text = Russia's troops didn't leave.\n"
             "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tSpaceAfter=No\n"
             "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
             "3\ttroops\ttroop\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
             "4-5\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
             "4\tdid\tdo\tAUX\tVBD\t_\t6\taux\t_\t_\n"
             "5\tn't\tnot\tPART\tRB\t_\t6\tadvmod\t_\t_\n"
             "6\tleave\tleave\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
             "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n");
  const Run parse = run("parse --tokenized " + (dir / "gold.conllu").string());
  REQUIRE(parse.status == 0);
  CHECK(contains(parse.output, "# sent_id = g1\n"));
  const auto words = conllu_words(parse.output);
  REQUIRE(words.size() == 7);
  CHECK(words[3][1] == "did");
  CHECK(words[4][1] == "n't");
  CHECK(words[5][7] == "root");
  const Run scores = run("parse --tokenized " + (dir / "gold.conllu").string() + " --evaluate");
  REQUIRE(scores.status == 0);
  for (const char* line : {"words          7\n", "\nUPOS ", "\nXPOS ", "\nlemma ", "\nUAS ",
                           "\nLAS ", "\nsentences      1\n", "\nms/sentence ", "\ntokens/s "})
    CHECK(contains(scores.output, line));
}
