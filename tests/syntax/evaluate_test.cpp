// syntax/evaluate_test.cpp - tests for lib/syntax/evaluate.cpp
// SPDX-License-Identifier: MIT
#include "syntax/evaluate.h"

#include "support/error.h"

#include "syntax/conllu.h"
#include <doctest/doctest.h>

#include <string>
#include <vector>

using irkg::syntax::evaluate;
using irkg::syntax::read_conllu;
using irkg::syntax::Scores;
using irkg::syntax::Sentence;

namespace {

constexpr const char* kGold =
    "# sent_id = s1\n"
    "1\tSeoul\tSeoul\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\ttests\ttest\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# sent_id = s2\n"
    "1\tKim\tKim\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tvisit\tvisit\tNOUN\tNN\t_\t0\troot\t_\t_\n";

// Word by word against kGold (✓ right, ✗ wrong):
//               UPOS XPOS lemma head label(universal) label(full)
// s1 Seoul       ✓    ✓    ✓     ✓    ✓                ✓
//    protested   ✓    ✓    ✗     ✓    ✓                ✓
//    the         ✓    ✓    ✓     ✓    ✓                ✓
//    tests       ✗    ✗    ✗     ✓    ✗ (obl)          ✗
//    .           ✓    ✓    ✓     ✗    (✓, but the head is wrong)
// s2 Kim         ✓    ✓    ✓     ✓    ✓ (nmod)         ✗ (nmod, not nmod:poss)
//    's          ✓    ✓    ✓     ✓    ✓                ✓
//    visit       ✗    ✓    ✓     ✓    ✓                ✓
// 8 words: UPOS 6, XPOS 7, lemma 6, UAS 7, LAS 6, full-label LAS 5.
constexpr const char* kPredicted =
    "# sent_id = s1\n"
    "1\tSeoul\tSeoul\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tprotested\tprotested\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\ttests\ttests\tVERB\tVBZ\t_\t2\tobl\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = s2\n"
    "1\tKim\tKim\tPROPN\tNNP\t_\t3\tnmod\t_\t_\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tvisit\tvisit\tVERB\tNN\t_\t0\troot\t_\t_\n";

}  // namespace

TEST_CASE("scores on two hand-checked sentences") {
  const Scores scores =
      evaluate(read_conllu(kGold, "gold.conllu"), read_conllu(kPredicted, "pred.conllu"));
  CHECK(scores.words == 8);
  CHECK(scores.upos == 6);
  CHECK(scores.xpos == 7);
  CHECK(scores.lemma == 6);
  CHECK(scores.uas == 7);
  CHECK(scores.las == 6);
  CHECK(scores.flas == 5);
  CHECK(scores.percent(scores.uas) == doctest::Approx(87.5));
  CHECK(scores.percent(scores.las) == doctest::Approx(75.0));
}

TEST_CASE("a perfect prediction scores every word") {
  const auto gold = read_conllu(kGold, "gold.conllu");
  const Scores scores = evaluate(gold, gold);
  CHECK(scores.words == 8);
  for (const std::size_t count :
       {scores.upos, scores.xpos, scores.lemma, scores.uas, scores.las, scores.flas})
    CHECK(count == 8);
  CHECK(scores.percent(scores.las) == doctest::Approx(100.0));
}

TEST_CASE("scores add up, and no words score zero percent") {
  const auto gold = read_conllu(kGold, "gold.conllu");
  Scores total;
  CHECK(total.percent(total.las) == 0.0);
  total += evaluate(gold, read_conllu(kPredicted, "pred.conllu"));
  total += evaluate(gold, gold);
  CHECK(total.words == 16);
  CHECK(total.uas == 15);
  CHECK(total.las == 14);
  CHECK(total.flas == 13);
}

TEST_CASE("gold and prediction must hold the same sentences and words") {
  const auto gold = read_conllu(kGold, "gold.conllu");
  auto fewer_sentences = gold;
  fewer_sentences.pop_back();
  CHECK_THROWS_WITH_AS(evaluate(gold, fewer_sentences),
                       "gold has 2 sentences but the prediction has 1", irkg::Error);
  auto fewer_words = gold;
  fewer_words[1].words.pop_back();
  CHECK_THROWS_WITH_AS(evaluate(gold, fewer_words),
                       "sentence 2 (s2): gold has 3 words but the prediction has 2", irkg::Error);
}
