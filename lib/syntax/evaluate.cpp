// syntax/evaluate.cpp - tagging and parsing accuracy against gold trees (CoNLL 2018 measures)
// SPDX-License-Identifier: MIT
#include "syntax/evaluate.h"

#include "support/error.h"

#include <string>
#include <string_view>

namespace {

// "nmod:poss" → "nmod": LAS in the CoNLL 2018 sense ignores relation subtypes.
std::string_view universal_relation(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

std::string sentence_name(const irkg::syntax::Sentence& sentence, std::size_t index) {
  std::string name = "sentence " + std::to_string(index + 1);
  if (!sentence.id.empty())
    name += " (" + sentence.id + ")";
  return name;
}

}  // namespace

irkg::syntax::Scores& irkg::syntax::Scores::operator+=(const Scores& other) {
  words += other.words;
  upos += other.upos;
  xpos += other.xpos;
  lemma += other.lemma;
  uas += other.uas;
  las += other.las;
  flas += other.flas;
  return *this;
}

irkg::syntax::Scores irkg::syntax::evaluate(const std::vector<Sentence>& gold,
                                            const std::vector<Sentence>& predicted) {
  if (gold.size() != predicted.size()) {
    throw Error(ErrorKind::Data, "gold has " + std::to_string(gold.size()) +
                                     " sentences but the prediction has " +
                                     std::to_string(predicted.size()));
  }
  Scores scores;
  for (std::size_t s = 0; s < gold.size(); ++s) {
    const std::vector<Word>& gold_words = gold[s].words;
    const std::vector<Word>& predicted_words = predicted[s].words;
    if (gold_words.size() != predicted_words.size()) {
      throw Error(ErrorKind::Data,
                  sentence_name(gold[s], s) + ": gold has " + std::to_string(gold_words.size()) +
                      " words but the prediction has " + std::to_string(predicted_words.size()));
    }
    for (std::size_t w = 0; w < gold_words.size(); ++w) {
      const Word& want = gold_words[w];
      const Word& got = predicted_words[w];
      ++scores.words;
      scores.upos += want.upos == got.upos;
      scores.xpos += want.xpos == got.xpos;
      scores.lemma += want.lemma == got.lemma;
      if (want.head != got.head)
        continue;
      ++scores.uas;
      scores.las += universal_relation(want.deprel) == universal_relation(got.deprel);
      scores.flas += want.deprel == got.deprel;
    }
  }
  return scores;
}
