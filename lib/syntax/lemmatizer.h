// syntax/lemmatizer.h - lemmas from form and tag: learnt edit scripts, then rules for unseen words
// SPDX-License-Identifier: MIT
#ifndef IRKG_SYNTAX_LEMMATIZER_H
#define IRKG_SYNTAX_LEMMATIZER_H

#include "syntax/binary.h"
#include "syntax/tree.h"

#include <memory>
#include <vector>

namespace irkg::syntax {

class WordClusters;

/// Gives every word its lemma from its form and (predicted) tags.
class Lemmatizer {
 public:
  Lemmatizer();
  ~Lemmatizer();
  Lemmatizer(Lemmatizer&&) noexcept;
  Lemmatizer& operator=(Lemmatizer&&) noexcept;

  /// \p vocabulary (optional) tells real words from stems when guessing unseen words' lemmas.
  static Lemmatizer train(const std::vector<Sentence>& train,
                          const WordClusters* vocabulary = nullptr);

  /// Sets the lemma of every word; needs upos and xpos set.
  void lemmatize(Sentence& sentence) const;

  void save(BinaryWriter& out) const;
  static Lemmatizer load(BinaryReader& in);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace irkg::syntax

#endif  // IRKG_SYNTAX_LEMMATIZER_H
