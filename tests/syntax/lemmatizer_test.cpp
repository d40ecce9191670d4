// syntax/lemmatizer_test.cpp - tests for lib/syntax/lemmatizer.cpp
// SPDX-License-Identifier: MIT
#include "syntax/lemmatizer.h"

#include "support/error.h"

#include "syntax/fixture.h"
#include <doctest/doctest.h>

#include <string>
#include <vector>

using irkg::Error;
using irkg::syntax::BinaryReader;
using irkg::syntax::BinaryWriter;
using irkg::syntax::Lemmatizer;
using irkg::syntax::Sentence;
using irkg::syntax::Word;
using irkg::testing::sentence;

namespace {

std::vector<Sentence> treebank() {
  return {
      sentence("Iran/PROPN/NNP/Iran walked/VERB/VBD/walk away/ADV/RB/away from/ADP/IN/from "
               "talks/NOUN/NNS/talk ./PUNCT/./."),
      sentence("Troops/NOUN/NNS/troop talked/VERB/VBD/talk and/CCONJ/CC/and "
               "jumped/VERB/VBD/jump ./PUNCT/./."),
      sentence("The/DET/DT/the envoys/NOUN/NNS/envoy played/VERB/VBD/play with/ADP/IN/with "
               "the/DET/DT/the dogs/NOUN/NNS/dog ./PUNCT/./."),
      sentence("Officials/NOUN/NNS/official were/AUX/VBD/be in/ADP/IN/in Paris/PROPN/NNP/Paris "
               "and/CCONJ/CC/and Moscow/PROPN/NNP/Moscow ./PUNCT/./."),
      sentence("She/PRON/PRP/she was/AUX/VBD/be better/ADJ/JJR/good ./PUNCT/./."),
  };
}

std::string lemmas(const Lemmatizer& lemmatizer, std::string text) {
  Sentence words = sentence(text);
  for (Word& word : words.words) word.lemma.clear();
  lemmatizer.lemmatize(words);
  std::string out;
  for (const Word& word : words.words) out += (out.empty() ? "" : " ") + word.lemma;
  return out;
}

std::string saved(const Lemmatizer& lemmatizer) {
  BinaryWriter out;
  lemmatizer.save(out);
  return out.bytes();
}

}  // namespace

TEST_CASE("the lemmatiser knows its training words") {
  Lemmatizer lemmatizer = Lemmatizer::train(treebank());
  for (const Sentence& gold : treebank()) {
    Sentence copy = gold;
    for (Word& word : copy.words) word.lemma.clear();
    lemmatizer.lemmatize(copy);
    for (std::size_t i = 0; i < gold.size(); ++i) CHECK(copy.words[i].lemma == gold.words[i].lemma);
  }
}

TEST_CASE("the lemmatiser follows learnt patterns on unseen words") {
  Lemmatizer lemmatizer = Lemmatizer::train(treebank());
  CHECK(lemmas(lemmatizer, "kicked/VERB/VBD/_") == "kick");
  CHECK(lemmas(lemmatizer, "Kicked/VERB/VBD/_") == "kick");  // sentence-initial capital
  CHECK(lemmas(lemmatizer, "cats/NOUN/NNS/_") == "cat");
  CHECK(lemmas(lemmatizer, "Cats/NOUN/NNS/_") == "cat");
  CHECK(lemmas(lemmatizer, "London/PROPN/NNP/_") == "London");  // proper nouns keep case
  CHECK(lemmas(lemmatizer, "The/DET/DT/_") == "the");           // known, lower-cased
  CHECK(lemmas(lemmatizer, "were/AUX/VBD/_") == "be");
  CHECK(lemmas(lemmatizer, "Zzz/X/FW/_") == "Zzz");  // an unknown tag leaves the form
}

TEST_CASE("the lemmatiser's model is deterministic and round-trips") {
  std::string bytes = saved(Lemmatizer::train(treebank()));
  CHECK(bytes == saved(Lemmatizer::train(treebank())));
  BinaryReader in(bytes, "test");
  Lemmatizer loaded = Lemmatizer::load(in);
  CHECK(in.at_end());
  CHECK(saved(loaded) == bytes);
  CHECK(lemmas(loaded, "kicked/VERB/VBD/_ cats/NOUN/NNS/_ was/AUX/VBD/_") == "kick cat be");
}

TEST_CASE("a damaged lemmatiser model is an error, not a crash") {
  std::string bytes = saved(Lemmatizer::train(treebank()));
  for (std::size_t cut = 0; cut < bytes.size(); cut += 1 + bytes.size() / 97) {
    BinaryReader in(std::string_view(bytes).substr(0, cut), "cut");
    CHECK_THROWS_AS(Lemmatizer::load(in), Error);
  }
  BinaryReader in("not a model at all, only some words", "foreign");
  CHECK_THROWS_AS(Lemmatizer::load(in), Error);
}
