// syntax/tagger.h - the part-of-speech tagger: UPOS and Penn XPOS by an averaged perceptron
// SPDX-License-Identifier: MIT
#ifndef IRKG_SYNTAX_TAGGER_H
#define IRKG_SYNTAX_TAGGER_H

#include "syntax/binary.h"
#include "syntax/tree.h"

#include <cstdint>
#include <memory>
#include <ostream>
#include <vector>

namespace irkg::syntax {

class WordClusters;

struct TaggerOptions {
  int epochs = 8;
  std::uint64_t seed = 1;       ///< shuffles the training sentences; same seed, same model
  std::ostream* log = nullptr;  ///< per-epoch accuracy on dev, when given
  /// Word classes from unlabelled text, stored with the model and used as features; optional.
  const WordClusters* clusters = nullptr;
};

/// Tags words with a (UPOS, XPOS) pair each, left to right.
class Tagger {
 public:
  Tagger();
  ~Tagger();
  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;

  /// Learns from gold sentences; \p dev (may be empty) is only scored, for the log.
  static Tagger train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                      const TaggerOptions& options);

  /// Sets upos and xpos of every word of \p sentence from its forms.
  void tag(Sentence& sentence) const;

  void save(BinaryWriter& out) const;
  static Tagger load(BinaryReader& in);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace irkg::syntax

#endif  // IRKG_SYNTAX_TAGGER_H
