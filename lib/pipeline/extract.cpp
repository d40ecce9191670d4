// pipeline/extract.cpp - running the extractor over article inputs, in parallel, in input order
// SPDX-License-Identifier: MIT
#include "pipeline/extract.h"

#include "io/relations_jsonl.h"
#include "support/file.h"

#include <atomic>
#include <chrono>
#include <iostream>
#include <iterator>
#include <mutex>
#include <thread>

namespace fs = std::filesystem;

namespace {

// Articles are extracted in batches so that memory stays bounded on huge inputs.
constexpr std::size_t kBatchBytes = 32u << 20;

}  // namespace

std::shared_ptr<const irkg::extract::Extractor> irkg::pipeline::make_extractor(
    const std::vector<std::string>& extra_lexicons) {
  return std::make_shared<const extract::Extractor>(lexicon::load_lexicon(extra_lexicons));
}

void irkg::pipeline::extract_batch(const extract::Extractor& extractor,
                                   std::vector<text::Article>& articles, unsigned jobs,
                                   std::vector<std::vector<Relation>>& results) {
  results.assign(articles.size(), {});
  const unsigned threads =
      std::max(1U, std::min<unsigned>(jobs, static_cast<unsigned>(articles.size())));
  if (threads <= 1) {
    for (std::size_t i = 0; i < articles.size(); ++i) results[i] = extractor.extract(articles[i]);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::jthread> workers;
  std::exception_ptr failure;
  std::mutex failure_mutex;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      for (std::size_t i; (i = next.fetch_add(1)) < articles.size();) {
        try {
          results[i] = extractor.extract(articles[i]);
        } catch (...) {
          const std::lock_guard lock(failure_mutex);
          if (!failure)
            failure = std::current_exception();
        }
      }
    });
  }
  workers.clear();
  if (failure)
    std::rethrow_exception(failure);
}

irkg::pipeline::Progress irkg::pipeline::extract_articles(const std::vector<std::string>& inputs,
                                                          const ExtractOptions& options,
                                                          DiagnosticSink& diagnostics,
                                                          const ArticleSink& sink) {
  const auto extractor = make_extractor(options.lexicons);
  const auto start = std::chrono::steady_clock::now();
  auto last_report = start;
  Progress progress;
  std::vector<text::Article> batch;
  std::size_t batch_bytes = 0;
  std::vector<std::vector<Relation>> results;
  const auto flush = [&] {
    extract_batch(*extractor, batch, options.jobs, results);
    for (std::size_t i = 0; i < batch.size(); ++i) {
      progress.relations += results[i].size();
      sink(batch[i], results[i]);
    }
    progress.documents += batch.size();
    batch.clear();
    batch_bytes = 0;
    const auto now = std::chrono::steady_clock::now();
    progress.seconds = std::chrono::duration<double>(now - start).count();
    if (options.progress && now - last_report > std::chrono::milliseconds(500)) {
      options.progress(progress);
      last_report = now;
    }
  };
  for (const fs::path& path : expand_inputs(inputs)) {
    std::string bytes;
    const std::string name = path == "-" ? std::string("stdin") : path.string();
    if (path == "-") {
      bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
      try {
        bytes = read_file(path);
      } catch (const Error& error) {
        diagnostics.warning(error.file(), 0, error.message() + " (skipped)");
        continue;
      }
    }
    progress.bytes += bytes.size();
    if (io::looks_like_relations(bytes)) {
      diagnostics.warning(name, 0, "a relations file, not articles (skipped)");
      continue;
    }
    auto articles =
        text::parse_articles(bytes, path == "-" ? std::string("stdin.txt") : name, diagnostics);
    for (auto& article : articles) {
      batch_bytes += article.body.text.size();
      batch.push_back(std::move(article));
    }
    if (batch_bytes >= kBatchBytes)
      flush();
  }
  flush();
  progress.done = true;
  progress.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (options.progress)
    options.progress(progress);
  return progress;
}
