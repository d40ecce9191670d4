// pipeline/extract.h - running the extractor over article inputs, in parallel, in input order
// SPDX-License-Identifier: MIT
#ifndef IRKG_PIPELINE_EXTRACT_H
#define IRKG_PIPELINE_EXTRACT_H

#include "extract/extractor.h"
#include "model/model.h"
#include "support/error.h"
#include "text/article.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace irkg::pipeline {

struct Progress {
  std::size_t documents = 0;
  std::size_t relations = 0;
  std::size_t bytes = 0;
  double seconds = 0;
  bool done = false;
};

struct ExtractOptions {
  unsigned jobs = 1;
  std::vector<std::string> lexicons;
  /// Called now and then (about twice a second) and once at the end; empty = no reports.
  std::function<void(const Progress&)> progress;
};

/// Receives each article's relations, in input order, on the calling thread.
using ArticleSink = std::function<void(const text::Article&, std::vector<Relation>&)>;

/// Reads article files (text, Markdown, JSON Lines; directories walked; "-" = stdin) and runs
/// the extractor with \p options.jobs threads; \p sink sees the articles in input order.
/// Files that are relations JSON Lines are skipped with a warning. Returns the final progress.
Progress extract_articles(const std::vector<std::string>& inputs, const ExtractOptions& options,
                          DiagnosticSink& diagnostics, const ArticleSink& sink);

/// Same, on articles already read, with an extractor of the caller's.
void extract_batch(const extract::Extractor& extractor, std::vector<text::Article>& articles,
                   unsigned jobs, std::vector<std::vector<Relation>>& results);

/// The extractor over the built-in lexicon plus \p extra_lexicons, built once per process.
std::shared_ptr<const extract::Extractor> make_extractor(
    const std::vector<std::string>& extra_lexicons);

}  // namespace irkg::pipeline

#endif  // IRKG_PIPELINE_EXTRACT_H
