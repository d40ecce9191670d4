// syntax/parser.h - the labelled dependency parser: greedy arc-hybrid transitions, perceptron
// SPDX-License-Identifier: MIT
#ifndef IRKG_SYNTAX_PARSER_H
#define IRKG_SYNTAX_PARSER_H

#include "syntax/binary.h"
#include "syntax/tree.h"

#include <cstdint>
#include <memory>
#include <ostream>
#include <vector>

namespace irkg::syntax {

class WordClusters;

struct ParserOptions {
  int epochs = 10;
  std::uint64_t seed = 1;
  std::ostream* log = nullptr;
  /// Word classes from unlabelled text, stored with the model and used as features; optional.
  const WordClusters* clusters = nullptr;
};

/// Sets head and deprel of every word from forms, lemmas and tags.
class Parser {
 public:
  Parser();
  ~Parser();
  Parser(Parser&&) noexcept;
  Parser& operator=(Parser&&) noexcept;

  /// Learns from gold trees (training on the tags given: pass predicted tags for realism).
  static Parser train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                      const ParserOptions& options);

  void parse(Sentence& sentence) const;

  void save(BinaryWriter& out) const;
  static Parser load(BinaryReader& in);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace irkg::syntax

#endif  // IRKG_SYNTAX_PARSER_H
