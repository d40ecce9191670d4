// syntax/parser_test.cpp - tests for lib/syntax/parser.cpp
// SPDX-License-Identifier: MIT
#include "syntax/parser.h"

#include "support/error.h"

#include "syntax/binary.h"
#include "syntax/conllu.h"
#include <doctest/doctest.h>

#include <string>
#include <vector>

using irkg::syntax::BinaryReader;
using irkg::syntax::BinaryWriter;
using irkg::syntax::Parser;
using irkg::syntax::ParserOptions;
using irkg::syntax::read_conllu;
using irkg::syntax::Sentence;

namespace {

// A tiny treebank with the constructions the extractor needs: a passive agent, a relative
// clause, a possessive, coordination, an apposition, and one non-projective tree (the last,
// "hearing" ... "on the issue" crossing "is scheduled").
constexpr const char* kTreebank =
    "1\tMoscow\tMoscow\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tKyiv\tKyiv\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tKyiv\tKyiv\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
    "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
    "3\tattacked\tattack\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tMoscow\tMoscow\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tmissiles\tmissile\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n"
    "3\twhich\twhich\tPRON\tWDT\t_\t5\tnsubj:pass\t_\t_\n"
    "4\twere\tbe\tAUX\tVBD\t_\t5\taux:pass\t_\t_\n"
    "5\tdelivered\tdeliver\tVERB\tVBN\t_\t2\tacl:relcl\t_\t_\n"
    "6\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tIran\tIran\tPROPN\tNNP\t_\t5\tobl:agent\t_\t_\n"
    "8\thit\thit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "9\tKyiv\tKyiv\tPROPN\tNNP\t_\t8\tobj\t_\t_\n"
    "10\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n"
    "\n"
    "1\tWang\tWang\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tChile\tChile\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
    "5\tPeru\tPeru\tPROPN\tNNP\t_\t3\tconj\t_\t_\n"
    "\n"
    "1\tBlinken\tBlinken\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tcondemnation\tcondemnation\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
    "4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tMoscow\tMoscow\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n"
    "6\tangered\tanger\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tRussia\tRussia\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "\n"
    "1\tHis\this\tPRON\tPRP$\t_\t2\tnmod:poss\t_\t_\n"
    "2\tcounterpart\tcounterpart\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
    "3\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
    "4\tWang\tWang\tPROPN\tNNP\t_\t2\tappos\t_\t_\n"
    "5\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
    "6\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "7\tBlinken\tBlinken\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
    "\n"
    "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\thearing\thearing\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n"
    "3\tis\tbe\tAUX\tVBZ\t_\t4\taux:pass\t_\t_\n"
    "4\tscheduled\tschedule\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "7\tissue\tissue\tNOUN\tNN\t_\t2\tnmod\t_\t_\n"
    "\n";

std::vector<Sentence> treebank() {
  return read_conllu(kTreebank, "tiny.conllu");
}

Sentence unparsed(Sentence s) {
  for (auto& w : s.words) {
    w.head = -1;
    w.deprel.clear();
  }
  return s;
}

std::string bytes_of(const Parser& parser) {
  BinaryWriter out;
  parser.save(out);
  return out.bytes();
}

Parser train_tiny(std::uint64_t seed = 7) {
  ParserOptions options;
  options.epochs = 15;
  options.seed = seed;
  return Parser::train(treebank(), {}, options);
}

}  // namespace

TEST_CASE("the parser learns a tiny treebank exactly (projective trees)") {
  Parser parser = train_tiny();
  auto gold = treebank();
  for (std::size_t s = 0; s + 1 < gold.size(); ++s) {
    Sentence parsed = unparsed(gold[s]);
    parser.parse(parsed);
    for (std::size_t i = 0; i < parsed.size(); ++i) {
      INFO("sentence " << s + 1 << ", word " << i + 1 << " " << parsed.words[i].form);
      CHECK(parsed.words[i].head == gold[s].words[i].head);
      CHECK(parsed.words[i].deprel == gold[s].words[i].deprel);
    }
  }
}

TEST_CASE("a non-projective training tree is parsed as its projective lift, one root") {
  Parser parser = train_tiny();
  Sentence parsed = unparsed(treebank().back());
  parser.parse(parsed);
  int roots = 0;
  for (const auto& w : parsed.words) roots += w.head == 0;
  CHECK(roots == 1);
  // "issue" is lifted from "hearing" to "hearing"'s head, keeping its relation.
  CHECK(parsed.words[6].head == 4);
  CHECK(parsed.words[6].deprel == "nmod");
  CHECK(parsed.words[1].head == 4);
}

TEST_CASE("every parse is a tree with exactly one root, whatever the input") {
  Parser parser = train_tiny();
  Sentence odd;
  const std::vector<std::string> forms{"and", "and", ".", "Kyiv", "Kyiv", "by", "the", ",", "met"};
  for (const std::string& form : forms) {
    irkg::syntax::Word w;
    w.form = form;
    w.upos = std::string("X");
    w.xpos = std::string("FW");
    odd.words.push_back(w);
  }
  parser.parse(odd);
  int roots = 0;
  for (std::size_t i = 0; i < odd.size(); ++i) {
    const auto& w = odd.words[i];
    roots += w.head == 0;
    CHECK(w.head >= 0);
    CHECK(w.head <= static_cast<int>(odd.size()));
    CHECK(w.head != static_cast<int>(i) + 1);
    CHECK(!w.deprel.empty());
    CHECK((w.head == 0) == (w.deprel == "root"));
  }
  CHECK(roots == 1);
  Sentence empty;
  parser.parse(empty);
  CHECK(empty.words.empty());
}

TEST_CASE("training is deterministic: same data and seed, same bytes") {
  CHECK(bytes_of(train_tiny()) == bytes_of(train_tiny()));
}

TEST_CASE("a saved parser loads back and parses the same") {
  Parser parser = train_tiny();
  std::string bytes = bytes_of(parser);
  BinaryReader in(bytes, "tiny");
  Parser loaded = Parser::load(in);
  CHECK(in.at_end());
  CHECK(bytes_of(loaded) == bytes);
  for (const Sentence& gold : treebank()) {
    Sentence a = unparsed(gold), b = unparsed(gold);
    parser.parse(a);
    loaded.parse(b);
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a.words[i].head == b.words[i].head);
      CHECK(a.words[i].deprel == b.words[i].deprel);
    }
  }
}

TEST_CASE("a truncated parser model is an irkg::Error, never a crash") {
  std::string bytes = bytes_of(train_tiny());
  for (std::size_t cut : {std::size_t{0}, std::size_t{3}, std::size_t{9}, bytes.size() / 3,
                          bytes.size() / 2, bytes.size() - 1}) {
    INFO("cut at " << cut);
    BinaryReader in(std::string_view(bytes).substr(0, cut), "tiny");
    CHECK_THROWS_AS(Parser::load(in), irkg::Error);
  }
}

TEST_CASE("an untrained parser refuses to parse") {
  Parser parser;
  Sentence s = treebank().front();
  CHECK_THROWS_AS(parser.parse(s), irkg::Error);
}
