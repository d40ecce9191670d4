// pipeline/parse_test.cpp - tests for lib/pipeline/parse.cpp that need no trained model
// SPDX-License-Identifier: MIT
#include "pipeline/parse.h"

#include "support/error.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using irkg::pipeline::TreeFormat;
using irkg::pipeline::write_tree;
using irkg::syntax::Sentence;

namespace {

Sentence north_korea_sent_troops() {
  Sentence sentence;
  sentence.id = "notes-1";
  sentence.text = "North Korea sent troops.";
  sentence.words = {
      {"North", "North", "PROPN", "NNP", "", 2, "compound", 0, 5, true},
      {"Korea", "Korea", "PROPN", "NNP", "", 3, "nsubj", 6, 11, true},
      {"sent", "send", "VERB", "VBD", "", 0, "root", 12, 16, true},
      {"troops", "troop", "NOUN", "NNS", "", 3, "obj", 17, 23, false},
      {".", ".", "PUNCT", ".", "", 3, "punct", 23, 24, true},
  };
  return sentence;
}

std::string text_tree(const Sentence& sentence) {
  std::ostringstream out;
  write_tree(out, sentence, TreeFormat::Text);
  return out.str();
}

}  // namespace

TEST_CASE("the text format prints the tree from the root, dependents indented in order") {
  CHECK(text_tree(north_korea_sent_troops()) ==
        "# notes-1: North Korea sent troops.\n"
        "3  sent  send  VERB  root\n"
        "  2  Korea  Korea  PROPN  nsubj \u2190 3 sent\n"
        "    1  North  North  PROPN  compound \u2190 2 Korea\n"
        "  4  troops  troop  NOUN  obj \u2190 3 sent\n"
        "  5  .  .  PUNCT  punct \u2190 3 sent\n"
        "\n");
}

TEST_CASE("the text format shows every word even when the tree is broken") {
  Sentence sentence = north_korea_sent_troops();
  sentence.words[0].head = 2;  // North and Korea head each other: no way up to the root
  sentence.words[1].head = 1;
  sentence.words[4].head = -1;  // "." was never attached
  sentence.words[4].deprel.clear();
  CHECK(text_tree(sentence) ==
        "# notes-1: North Korea sent troops.\n"
        "3  sent  send  VERB  root\n"
        "  4  troops  troop  NOUN  obj \u2190 3 sent\n"
        "1  North  North  PROPN  compound \u2190 2 Korea\n"
        "  2  Korea  Korea  PROPN  nsubj \u2190 1 North\n"
        "5  .  .  PUNCT  _\n"
        "\n");
}

TEST_CASE("the CoNLL-U format carries the spans as TokenRange") {
  std::ostringstream out;
  write_tree(out, north_korea_sent_troops(), TreeFormat::Conllu);
  CHECK(out.str().find(
            "4\ttroops\ttroop\tNOUN\tNNS\t_\t3\tobj\t_\tSpaceAfter=No|TokenRange=17:23\n") !=
        std::string::npos);
}

TEST_CASE("a malformed CoNLL-U file fails before any model is needed, naming file and line") {
  const auto path = std::filesystem::temp_directory_path() / "irkg-parse-test-bad.conllu";
  {
    std::ofstream file(path);
    file << "1\tSeoul\tSeoul\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n1\tx\n";
  }
  const std::string where = path.string() + ":3:";
  CHECK_THROWS_WITH_AS(irkg::pipeline::parse_tokenized(path.string()),
                       doctest::Contains(where.c_str()), irkg::Error);
  CHECK_THROWS_WITH_AS(irkg::pipeline::evaluate_tokenized(path.string()),
                       doctest::Contains(where.c_str()), irkg::Error);
  std::filesystem::remove(path);
}
