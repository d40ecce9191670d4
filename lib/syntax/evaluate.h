// syntax/evaluate.h - tagging and parsing accuracy against gold trees (CoNLL 2018 measures)
// SPDX-License-Identifier: MIT
#ifndef IRKG_SYNTAX_EVALUATE_H
#define IRKG_SYNTAX_EVALUATE_H

#include "syntax/tree.h"

#include <cstddef>
#include <vector>

namespace irkg::syntax {

/// Counts of correct words, over the words of gold-tokenised sentences.
struct Scores {
  std::size_t words = 0;
  std::size_t upos = 0, xpos = 0, lemma = 0;
  std::size_t uas = 0;   ///< head right
  std::size_t las = 0;   ///< head and universal relation right (subtypes ignored, as CoNLL 2018)
  std::size_t flas = 0;  ///< head and full relation (with subtype) right

  double percent(std::size_t count) const { return words ? 100.0 * count / words : 0.0; }
  Scores& operator+=(const Scores& other);
};

/// Scores \p predicted against \p gold, sentence by sentence; both must hold the same words.
/// Throws irkg::Error (Data) when the sentence or word counts differ.
Scores evaluate(const std::vector<Sentence>& gold, const std::vector<Sentence>& predicted);

}  // namespace irkg::syntax

#endif  // IRKG_SYNTAX_EVALUATE_H
