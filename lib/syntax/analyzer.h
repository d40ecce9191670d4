// syntax/analyzer.h - the whole analysis (tags, lemmas, tree) with the model the project ships
// SPDX-License-Identifier: MIT
#ifndef IRKG_SYNTAX_ANALYZER_H
#define IRKG_SYNTAX_ANALYZER_H

#include "syntax/lemmatizer.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "syntax/tree.h"

#include <string>
#include <string_view>

namespace irkg::syntax {

/// Tagger, lemmatiser and parser together, stored as one model file. Immutable once built: one
/// analyzer serves many threads.
class Analyzer {
 public:
  Analyzer(Tagger tagger, Lemmatizer lemmatizer, Parser parser);

  /// Tags, lemmatises and parses \p sentence (its forms set).
  void analyse(Sentence& sentence) const;
  /// Re-tags and re-parses with the words as given; same as analyse().
  const Tagger& tagger() const { return tagger_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  const Parser& parser() const { return parser_; }

  /// The model as bytes (a magic header, a version, then the three parts).
  std::string save() const;
  /// Reads a model; throws irkg::Error (Data) naming \p name when it is truncated, foreign or of
  /// another version.
  static Analyzer load(std::string_view bytes, const std::string& name);
  static Analyzer load_file(const std::string& path);
  /// The model shipped inside the binary (lib/syntax/model/), loaded once on first use.
  static const Analyzer& builtin();

 private:
  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
};

}  // namespace irkg::syntax

#endif  // IRKG_SYNTAX_ANALYZER_H
