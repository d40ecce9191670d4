// pipeline/extract.h - running the extractor over article inputs, in parallel, in input order
// SPDX-License-Identifier: MIT
#ifndef IRKG_PIPELINE_EXTRACT_H
#define IRKG_PIPELINE_EXTRACT_H

#include "extract/extractor.h"
#include "model/model.h"
#include "support/error.h"
#include "text/article.h"

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
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
/// Decides, before extraction, whether an article is extracted at all (false = skipped).
using ArticleFilter = std::function<bool(const text::Article&)>;

/// Reads one input as bytes; "-" is standard input. Throws irkg::Error (Io) naming the file.
std::string read_input(const std::filesystem::path& path);

/// Extracts articles in batches: parses each input's bytes into articles, runs the extractor
/// on a full batch with `jobs` threads, and hands every article's relations to the sink in
/// input order. Batching keeps memory bounded on huge inputs. The lexicon is loaded on the first
/// article, so inputs without articles never pay for it.
class ArticleBatcher {
 public:
  /// \p accept, when given, sees every parsed article first; articles it refuses are dropped.
  ArticleBatcher(ExtractOptions options, ArticleSink sink, ArticleFilter accept = {});
  ArticleBatcher(const ArticleBatcher&) = delete;
  ArticleBatcher& operator=(const ArticleBatcher&) = delete;

  /// Parses \p bytes (named \p name for ids, format and messages) and queues its articles.
  void add(std::string_view bytes, const std::string& name, DiagnosticSink& diagnostics);
  /// Extracts what is queued now and hands it to the sink, so that what comes next (say, a
  /// relations file) follows it in input order.
  void flush();
  /// Extracts what is still queued; returns the final progress.
  Progress finish();

 private:
  ExtractOptions options_;
  ArticleSink sink_;
  ArticleFilter accept_;
  std::shared_ptr<const extract::Extractor> extractor_;
  std::vector<text::Article> batch_;
  std::size_t batch_bytes_ = 0;
  std::vector<std::vector<Relation>> results_;
  Progress progress_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_report_;
};

/// Hands each article file of \p inputs to \p visit, as its bytes and the name that decides its
/// format: directories are walked, "-" is standard input, and unreadable files and relations
/// files are skipped with a warning. Returns the inputs that do not exist (each already warned
/// about), so that the caller can finish its work before it fails with missing_inputs_error().
std::vector<std::string> for_each_article_input(
    const std::vector<std::string>& inputs, DiagnosticSink& diagnostics,
    const std::function<void(std::string_view bytes, const std::string& name)>& visit);

/// The error for inputs that were not found: irkg::Error (Io) naming the first of \p missing.
Error missing_inputs_error(const std::vector<std::string>& missing);

/// Reads article files (text, Markdown, JSON Lines; directories walked; "-" = stdin) and runs
/// the extractor with \p options.jobs threads; \p sink sees the articles in input order.
/// Files that are relations JSON Lines are skipped with a warning. Returns the final progress.
Progress extract_articles(const std::vector<std::string>& inputs, const ExtractOptions& options,
                          DiagnosticSink& diagnostics, const ArticleSink& sink);

}  // namespace irkg::pipeline

#endif  // IRKG_PIPELINE_EXTRACT_H
