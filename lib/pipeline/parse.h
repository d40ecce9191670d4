// pipeline/parse.h - dependency trees for articles and for the words of CoNLL-U files
// SPDX-License-Identifier: MIT
#ifndef IRKG_PIPELINE_PARSE_H
#define IRKG_PIPELINE_PARSE_H

#include "support/error.h"

#include "syntax/evaluate.h"
#include "syntax/tree.h"

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace irkg::pipeline {

enum class TreeFormat {
  Conllu,  ///< CoNLL-U, one block per sentence
  Text,    ///< one line per word, indented by its depth in the tree
};

/// What was analysed.
struct ParseReport {
  std::size_t documents = 0;
  std::size_t sentences = 0;
  std::size_t words = 0;
};

/// Writes one analysed sentence in \p format.
void write_tree(std::ostream& out, const syntax::Sentence& sentence, TreeFormat format);

/// Analyses the articles of \p inputs (read as `irkg extract` reads them) with the shipped model,
/// sentence by sentence, and writes their trees to \p out. Sentences are named "DOCID-N" (N from
/// 1 in each article); each word's begin/end (TokenRange in CoNLL-U) is its byte span in the
/// article body as read, before normalisation: for a text file, counted from the first byte
/// after the header block; for JSON, in the decoded "text" string. Throws irkg::Error (Io) when
/// an input does not exist (after the others are written), irkg::Error (Data) when the model
/// cannot be loaded.
ParseReport parse_articles(const std::vector<std::string>& inputs, TreeFormat format,
                           DiagnosticSink& diagnostics, std::ostream& out);

/// The sentences of a CoNLL-U file, re-tagged, re-lemmatised and re-parsed with the words as
/// they are given (gold tokenisation); features are cleared, ids, text and spans kept.
/// Throws irkg::Error (Io, Parse) for an unreadable or malformed file, naming file and line.
std::vector<syntax::Sentence> parse_tokenized(const std::string& path);

/// The shipped model's scores on the gold annotation of a CoNLL-U file, with its speed.
struct TokenizedEvaluation {
  syntax::Scores scores;
  std::size_t sentences = 0;
  double load_seconds = 0;   ///< loading the model (0 when it was already loaded)
  double parse_seconds = 0;  ///< tagging, lemmatising and parsing, model load excluded
};

/// Re-analyses the words of the CoNLL-U file \p path and scores the result against the file's
/// own annotation (CoNLL 2018 measures over gold tokenisation).
TokenizedEvaluation evaluate_tokenized(const std::string& path);

/// Prints \p evaluation as "name value" lines: words, UPOS, XPOS, lemma, UAS, LAS (percent, two
/// decimals), sentences, seconds, ms per sentence, tokens per second, model load ms.
void print_evaluation(const TokenizedEvaluation& evaluation, std::ostream& out);

}  // namespace irkg::pipeline

#endif  // IRKG_PIPELINE_PARSE_H
