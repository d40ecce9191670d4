// pipeline/extract.cpp - running the extractor over article inputs, in parallel, in input order
// SPDX-License-Identifier: MIT
#include "pipeline/extract.h"

#include "io/relations_jsonl.h"
#include "support/file.h"

#include <atomic>
#include <iostream>
#include <iterator>
#include <mutex>
#include <thread>

namespace fs = std::filesystem;

namespace {

// A batch is extracted once this much text is queued: enough to keep every thread busy,
// little enough to keep memory bounded on huge inputs and to report progress often.
constexpr std::size_t kBatchBytes = 4u << 20;

void extract_in_parallel(const irkg::extract::Extractor& extractor,
                         const std::vector<irkg::text::Article>& articles, unsigned jobs,
                         std::vector<std::vector<irkg::Relation>>& results) {
  results.assign(articles.size(), {});
  const unsigned threads =
      std::max(1U, std::min<unsigned>(jobs, static_cast<unsigned>(articles.size())));
  if (threads <= 1) {
    for (std::size_t i = 0; i < articles.size(); ++i) results[i] = extractor.extract(articles[i]);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  {
    std::vector<std::jthread> workers;
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
  }
  if (failure)
    std::rethrow_exception(failure);
}

}  // namespace

std::string irkg::pipeline::read_input(const fs::path& path) {
  if (path == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  return read_file(path);
}

irkg::pipeline::ArticleBatcher::ArticleBatcher(ExtractOptions options, ArticleSink sink,
                                               ArticleFilter accept)
    : options_(std::move(options)),
      sink_(std::move(sink)),
      accept_(std::move(accept)),
      start_(std::chrono::steady_clock::now()),
      last_report_(start_) {}

void irkg::pipeline::ArticleBatcher::add(std::string_view bytes, const std::string& name,
                                         DiagnosticSink& diagnostics) {
  progress_.bytes += bytes.size();
  // Articles are extracted in batches as they are parsed: a 100 MB file of articles never
  // has more than one batch in memory besides its bytes.
  text::for_each_article(bytes, name, diagnostics, [&](text::Article& article) {
    if (accept_ && !accept_(article))
      return;
    batch_bytes_ += article.body.text.size();
    batch_.push_back(std::move(article));
    if (batch_bytes_ >= kBatchBytes)
      flush();
  });
}

void irkg::pipeline::ArticleBatcher::flush() {
  if (batch_.empty())
    return;
  if (!extractor_) {
    extractor_ =
        std::make_shared<const extract::Extractor>(lexicon::load_lexicon(options_.lexicons));
  }
  extract_in_parallel(*extractor_, batch_, options_.jobs, results_);
  for (std::size_t i = 0; i < batch_.size(); ++i) {
    progress_.relations += results_[i].size();
    sink_(batch_[i], results_[i]);
  }
  progress_.documents += batch_.size();
  batch_.clear();
  batch_bytes_ = 0;
  const auto now = std::chrono::steady_clock::now();
  progress_.seconds = std::chrono::duration<double>(now - start_).count();
  if (options_.progress && now - last_report_ > std::chrono::milliseconds(500)) {
    options_.progress(progress_);
    last_report_ = now;
  }
}

irkg::pipeline::Progress irkg::pipeline::ArticleBatcher::finish() {
  flush();
  progress_.done = true;
  progress_.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (options_.progress)
    options_.progress(progress_);
  return progress_;
}

std::vector<std::string> irkg::pipeline::for_each_article_input(
    const std::vector<std::string>& inputs, DiagnosticSink& diagnostics,
    const std::function<void(std::string_view bytes, const std::string& name)>& visit) {
  // A missing input does not stop the others: it is reported, and the run fails at the end.
  std::vector<fs::path> paths;
  std::vector<std::string> missing;
  for (const std::string& input : inputs) {
    try {
      for (fs::path& path : expand_inputs({input})) paths.push_back(std::move(path));
    } catch (const Error& error) {
      diagnostics.warning(error.file(), 0, error.message());
      missing.push_back(input);
    }
  }
  for (const fs::path& path : paths) {
    const std::string name = path == "-" ? std::string("stdin") : path.string();
    std::string bytes;
    try {
      bytes = read_input(path);
    } catch (const Error& error) {
      diagnostics.warning(error.file(), 0, error.message() + " (skipped)");
      continue;
    }
    if (io::looks_like_relations(bytes)) {
      diagnostics.warning(name, 0, "a relations file, not articles (skipped)");
      continue;
    }
    visit(bytes, path == "-" ? std::string("stdin.txt") : name);
  }
  return missing;
}

irkg::Error irkg::pipeline::missing_inputs_error(const std::vector<std::string>& missing) {
  return Error(ErrorKind::Io,
               std::to_string(missing.size()) +
                   (missing.size() == 1 ? " input was" : " inputs were") +
                   " not found; the others were read",
               missing.empty() ? std::string() : missing.front());
}

irkg::pipeline::Progress irkg::pipeline::extract_articles(const std::vector<std::string>& inputs,
                                                          const ExtractOptions& options,
                                                          DiagnosticSink& diagnostics,
                                                          const ArticleSink& sink) {
  ArticleBatcher batcher(options, sink);
  const std::vector<std::string> missing = for_each_article_input(
      inputs, diagnostics, [&](std::string_view bytes, const std::string& name) {
        batcher.add(bytes, name, diagnostics);
      });
  const Progress done = batcher.finish();
  if (!missing.empty())
    throw missing_inputs_error(missing);
  return done;
}
