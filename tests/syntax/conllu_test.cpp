// syntax/conllu_test.cpp - tests for lib/syntax/conllu.cpp
// SPDX-License-Identifier: MIT
#include "syntax/conllu.h"

#include "support/error.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using irkg::Error;
using irkg::ErrorKind;
using irkg::syntax::read_conllu;
using irkg::syntax::Sentence;
using irkg::syntax::Word;
using irkg::syntax::write_conllu;

namespace {

// EWT's own shape: a multiword token ("don't") and an empty node ("3.1") among the words.
constexpr const char* kTwoSentences =
    "# newdoc id = demo\n"
    "# sent_id = demo-1\n"
    "# text = They don't agree.\n"
    "1\tThey\tthey\tPRON\tPRP\tCase=Nom|Number=Plur\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\tMood=Ind\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "3.1\tagree\tagree\tVERB\tVB\t_\t_\t_\t4:conj\tCopyOf=4\n"
    "4\tagree\tagree\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n"
    "# sent_id = demo-2\n"
    "# text = Seoul protested\n"
    "1\tSeoul\tSeoul\tPROPN\tNNP\t_\t2\tnsubj\t_\tTokenRange=20:25\n"
    "2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\tTokenRange=26:35\n";

std::vector<std::string> forms(const Sentence& sentence) {
  std::vector<std::string> out;
  for (const Word& word : sentence.words) out.push_back(word.form);
  return out;
}

// The error read_conllu() throws on \p text, which must be malformed.
Error parse_error(const std::string& text) {
  try {
    read_conllu(text, "bad.conllu");
  } catch (const Error& error) {
    return error;
  }
  FAIL("no error for: " << text);
  return Error(ErrorKind::Parse, "unreachable");
}

const std::string kWord1 = "1\tSeoul\tSeoul\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n";
const std::string kWord2 = "2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_\n";

}  // namespace

TEST_CASE("the reader keeps the words, their annotation and the sentence comments") {
  const std::vector<Sentence> sentences = read_conllu(kTwoSentences, "demo.conllu");
  REQUIRE(sentences.size() == 2);
  const Sentence& first = sentences[0];
  CHECK(first.id == "demo-1");
  CHECK(first.text == "They don't agree.");
  CHECK(forms(first) == std::vector<std::string>{"They", "do", "n't", "agree", "."});
  const Word& they = first.words[0];
  CHECK(they.lemma == "they");
  CHECK(they.upos == "PRON");
  CHECK(they.xpos == "PRP");
  CHECK(they.feats == "Case=Nom|Number=Plur");
  CHECK(they.head == 4);
  CHECK(they.deprel == "nsubj");
  CHECK(first.words[3].head == 0);
  CHECK(first.words[3].deprel == "root");
  CHECK(sentences[1].id == "demo-2");
  CHECK(forms(sentences[1]) == std::vector<std::string>{"Seoul", "protested"});
}

TEST_CASE("the words of a multiword token are glued, and its SpaceAfter is its last word's") {
  const std::vector<Sentence> sentences = read_conllu(kTwoSentences, "demo.conllu");
  const std::vector<Word>& words = sentences[0].words;
  CHECK(words[0].space_after);
  CHECK_FALSE(words[1].space_after);  // "do" is glued to "n't"
  CHECK(words[2].space_after);        // "don't" has a space after it
  CHECK_FALSE(words[3].space_after);  // SpaceAfter=No
  CHECK(words[4].space_after);
}

TEST_CASE("TokenRange gives the word's byte span; words without one have none") {
  const std::vector<Sentence> sentences = read_conllu(kTwoSentences, "demo.conllu");
  CHECK(sentences[0].words[0].begin == 0);
  CHECK(sentences[0].words[0].end == 0);
  CHECK(sentences[1].words[0].begin == 20);
  CHECK(sentences[1].words[0].end == 25);
  CHECK(sentences[1].words[1].begin == 26);
  CHECK(sentences[1].words[1].end == 35);
}

TEST_CASE("the last sentence needs no blank line after it, and CRLF line ends are read") {
  SUBCASE("no final newline at all") {
    const auto sentences = read_conllu(kWord1 + kWord2.substr(0, kWord2.size() - 1), "x.conllu");
    REQUIRE(sentences.size() == 1);
    CHECK(sentences[0].words[1].deprel == "root");
  }
  SUBCASE("CRLF") {
    const std::string text =
        "# text = Seoul protested\r\n1\tSeoul\tSeoul\tPROPN\tNNP\t_\t2\tnsubj\t_\tSpaceAfter=No\r\n"
        "2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_\r\n\r\n" +
        kWord1 + kWord2;
    const auto sentences = read_conllu(text, "crlf.conllu");
    REQUIRE(sentences.size() == 2);
    CHECK(sentences[0].text == "Seoul protested");
    CHECK_FALSE(sentences[0].words[0].space_after);
    CHECK(sentences[0].words[1].deprel == "root");
    CHECK(sentences[0].words[1].space_after);
  }
  SUBCASE("a byte-order mark") {
    const auto sentences =
        read_conllu("\xEF\xBB\xBF# sent_id = b\n" + kWord1 + kWord2, "bom.conllu");
    REQUIRE(sentences.size() == 1);
    CHECK(sentences[0].id == "b");
  }
  SUBCASE("several blank lines and an empty text") {
    CHECK(read_conllu("\n\n" + kWord1 + kWord2 + "\n\n\n" + kWord1 + kWord2 + "\n", "x").size() ==
          2);
    CHECK(read_conllu("", "empty.conllu").empty());
  }
}

TEST_CASE("a malformed line is an error naming the file and its line") {
  struct Case {
    std::string text;
    std::uint64_t line;
    std::string says;
  };
  const Case cases[] = {
      {kWord1 + "2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\n", 2, "10 tab-separated columns"},
      {"# text = x\n1 Seoul Seoul PROPN NNP _ 0 root _ _\n", 2, "10 tab-separated columns"},
      {kWord1 + "two\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_\n", 2, "not a number"},
      {kWord1 + "3\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_\n", 2, "out of order"},
      {"2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_\n", 1, "out of order"},
      {kWord1 + "1\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_\n", 2, "out of order"},
      {kWord1 + "2\tprotested\tprotest\tVERB\tVBD\t_\troot\troot\t_\t_\n", 2, "not a number"},
      {kWord1 + "2\tprotested\tprotest\tVERB\tVBD\t_\t-1\troot\t_\t_\n", 2, "not a number"},
      {"\n\n1\tSeoul\tSeoul\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n" + kWord2, 3, "outside the sentence"},
      {kWord1 + "2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\tTokenRange=9\n", 2, "TokenRange"},
      {"1-x\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" + kWord1, 1, "multiword"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Error error = parse_error(c.text);
    CHECK(error.kind() == ErrorKind::Parse);
    CHECK(error.file() == "bad.conllu");
    CHECK(error.line() == c.line);
    CHECK(std::string(error.what()).starts_with("bad.conllu:" + std::to_string(c.line) + ":"));
    CHECK(error.message().find(c.says) != std::string::npos);
  }
}

TEST_CASE("a file that cannot be read is an I/O error naming it") {
  try {
    irkg::syntax::read_conllu_file("/nonexistent/irkg/missing.conllu");
    FAIL("no error");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::Io);
    CHECK(std::string(error.what()).find("missing.conllu") != std::string::npos);
  }
}

TEST_CASE("the writer writes what the reader reads, TokenRange and SpaceAfter included") {
  Sentence sentence;
  sentence.id = "doc-1";
  sentence.text = "Seoul protested\nloudly.";  // a comment stays on one line
  sentence.words = {
      {"Seoul", "Seoul", "PROPN", "NNP", "Number=Sing", 2, "nsubj", 10, 15, true},
      {"protested", "protest", "VERB", "VBD", "", 0, "root", 16, 25, true},
      {"loudly", "loudly", "ADV", "RB", "", 2, "advmod", 26, 32, false},
      {".", ".", "PUNCT", ".", "", 2, "punct", 32, 33, true},
  };
  std::ostringstream out;
  write_conllu(out, sentence);
  CHECK(out.str() ==
        "# sent_id = doc-1\n"
        "# text = Seoul protested loudly.\n"
        "1\tSeoul\tSeoul\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\tTokenRange=10:15\n"
        "2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\tTokenRange=16:25\n"
        "3\tloudly\tloudly\tADV\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No|TokenRange=26:32\n"
        "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tTokenRange=32:33\n"
        "\n");
  const std::vector<Sentence> again = read_conllu(out.str(), "round.conllu");
  REQUIRE(again.size() == 1);
  CHECK(again[0].id == "doc-1");
  REQUIRE(again[0].size() == 4);
  for (std::size_t i = 0; i < 4; ++i) {
    CAPTURE(i);
    const Word& want = sentence.words[i];
    const Word& got = again[0].words[i];
    CHECK(got.form == want.form);
    CHECK(got.lemma == want.lemma);
    CHECK(got.upos == want.upos);
    CHECK(got.head == want.head);
    CHECK(got.deprel == want.deprel);
    CHECK(got.begin == want.begin);
    CHECK(got.end == want.end);
    CHECK(got.space_after == want.space_after);
  }
}

TEST_CASE("an unparsed word is written with '_' for what it lacks") {
  Sentence sentence;
  sentence.words.emplace_back().form = "Hello";
  std::ostringstream out;
  write_conllu(out, sentence);
  CHECK(out.str() == "1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n\n");
  const auto again = read_conllu(out.str(), "x");
  REQUIRE(again.size() == 1);
  CHECK(again[0].words[0].head == -1);
}

TEST_CASE("the EWT training file reads whole") {
  const auto sentences =
      irkg::syntax::read_conllu_file(std::string(IRKG_SHARED_DIR) + "/ud/en_ewt-ud-train.conllu");
  CHECK(sentences.size() == 12544);
  std::size_t words = 0;
  for (const Sentence& sentence : sentences) words += sentence.size();
  CHECK(words == 204577);
  CHECK(sentences.front().id ==
        "weblog-juancole.com_juancole_20051126063000_ENG_20051126_063000-0001");
}
