// syntax/tagger_test.cpp - tests for lib/syntax/tagger.cpp
// SPDX-License-Identifier: MIT
#include "syntax/tagger.h"

#include "support/error.h"

#include "syntax/fixture.h"
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

using irkg::Error;
using irkg::ErrorKind;
using irkg::syntax::BinaryReader;
using irkg::syntax::BinaryWriter;
using irkg::syntax::Sentence;
using irkg::syntax::Tagger;
using irkg::syntax::TaggerOptions;
using irkg::syntax::Word;
using irkg::testing::sentence;

namespace {

// A tiny treebank with the ambiguities a tagger must resolve from context: "fire" and "talks"
// as nouns and verbs, "that" as determiner and subordinator, capitals at the start and in names.
std::vector<Sentence> treebank() {
  return {
      sentence("Iran/PROPN/NNP condemned/VERB/VBD the/DET/DT strike/NOUN/NN ./PUNCT/."),
      sentence("The/DET/DT troops/NOUN/NNS fire/VERB/VBP on/ADP/IN the/DET/DT town/NOUN/NN "
               "./PUNCT/."),
      sentence("The/DET/DT fire/NOUN/NN spread/VERB/VBD quickly/ADV/RB ./PUNCT/."),
      sentence("Russia/PROPN/NNP talks/VERB/VBZ with/ADP/IN China/PROPN/NNP ./PUNCT/."),
      sentence("The/DET/DT talks/NOUN/NNS failed/VERB/VBD ,/PUNCT/, officials/NOUN/NNS "
               "said/VERB/VBD ./PUNCT/."),
      sentence("He/PRON/PRP said/VERB/VBD that/SCONJ/IN that/DET/DT deal/NOUN/NN was/AUX/VBD "
               "dead/ADJ/JJ ./PUNCT/."),
      sentence("Seoul/PROPN/NNP will/AUX/MD not/PART/RB sign/VERB/VB 2/NUM/CD deals/NOUN/NNS "
               "in/ADP/IN 2024/NUM/CD ./PUNCT/."),
      sentence("Sanctions/NOUN/NNS hurt/VERB/VBP the/DET/DT economy/NOUN/NN 's/PART/POS "
               "growth/NOUN/NN ./PUNCT/."),
  };
}

std::string saved(const Tagger& tagger) {
  BinaryWriter out;
  tagger.save(out);
  return out.bytes();
}

/// Tags of \p gold's words as predicted by \p tagger, one "UPOS/XPOS" each.
std::vector<std::string> predicted(const Tagger& tagger, const std::vector<Sentence>& gold) {
  std::vector<std::string> out;
  for (Sentence copy : gold) {
    for (Word& word : copy.words) word.upos = word.xpos = "";
    tagger.tag(copy);
    for (const Word& word : copy.words) out.push_back(word.upos + "/" + word.xpos);
  }
  return out;
}

std::vector<std::string> tags(const std::vector<Sentence>& gold) {
  std::vector<std::string> out;
  for (const Sentence& sentence : gold)
    for (const Word& word : sentence.words) out.push_back(word.upos + "/" + word.xpos);
  return out;
}

}  // namespace

TEST_CASE("the tagger learns a tiny treebank") {
  auto gold = treebank();
  Tagger tagger = Tagger::train(gold, {}, TaggerOptions{});
  CHECK(predicted(tagger, gold) == tags(gold));
}

TEST_CASE("the tagger's epochs are logged with the dev accuracy") {
  auto gold = treebank();
  std::ostringstream log;
  TaggerOptions options;
  options.epochs = 2;
  options.log = &log;
  Tagger::train(gold, gold, options);
  CHECK(log.str().find("epoch 2") != std::string::npos);
  CHECK(log.str().find("dev UPOS") != std::string::npos);
}

TEST_CASE("the same data and seed give the same model bytes") {
  auto gold = treebank();
  TaggerOptions options;
  options.seed = 7;
  std::string first = saved(Tagger::train(gold, {}, options));
  std::string second = saved(Tagger::train(gold, {}, options));
  CHECK(first == second);
  CHECK(!first.empty());
}

TEST_CASE("a saved and loaded tagger tags as the trained one") {
  auto gold = treebank();
  Tagger tagger = Tagger::train(gold, {}, TaggerOptions{});
  std::string bytes = saved(tagger);
  BinaryReader in(bytes, "test");
  Tagger loaded = Tagger::load(in);
  CHECK(in.at_end());
  CHECK(predicted(loaded, gold) == predicted(tagger, gold));
  // Unseen words too: the weights survive, not only a memory of the training words.
  std::vector<Sentence> unseen{
      sentence("Tehran/PROPN/NNP condemned/VERB/VBD the/DET/DT "
               "talks/NOUN/NNS ./PUNCT/.")};
  CHECK(predicted(loaded, unseen) == predicted(tagger, unseen));
  CHECK(saved(loaded) == bytes);
}

TEST_CASE("a damaged tagger model is an error, not a crash") {
  std::string bytes = saved(Tagger::train(treebank(), {}, TaggerOptions{}));
  for (std::size_t cut = 0; cut < bytes.size(); cut += 1 + bytes.size() / 97) {
    BinaryReader in(std::string_view(bytes).substr(0, cut), "cut");
    CHECK_THROWS_AS(Tagger::load(in), Error);
  }
  std::string foreign = "this is not a model, just some bytes that go on for a while";
  BinaryReader in(foreign, "foreign");
  try {
    Tagger::load(in);
    FAIL("a foreign model loaded");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::Data);
    CHECK(std::string(error.what()).find("model foreign") != std::string::npos);  // names it
  }
}

TEST_CASE("an untrained tagger and an empty sentence do nothing") {
  Sentence empty;
  Tagger::train(treebank(), {}, TaggerOptions{}).tag(empty);
  CHECK(empty.size() == 0);
  Sentence words = sentence("Hello/X/UH");
  Tagger{}.tag(words);
  CHECK(words.words[0].upos == "X");
}
