// pipeline/load.cpp - from command-line inputs (articles, relations files, folders) to a graph
// SPDX-License-Identifier: MIT
#include "pipeline/load.h"

#include "io/relations_jsonl.h"
#include "support/file.h"
#include "support/strings.h"

#include <iostream>
#include <iterator>

namespace fs = std::filesystem;

namespace {

std::string read_input(const fs::path& path) {
  if (path == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  return irkg::read_file(path);
}

}  // namespace

irkg::pipeline::LoadReport irkg::pipeline::load_inputs(const std::vector<std::string>& inputs,
                                                       graph::KnowledgeGraph& graph,
                                                       const InputOptions& options,
                                                       DiagnosticSink& diagnostics) {
  LoadReport report;
  std::vector<std::string> article_inputs;
  std::string stdin_bytes;
  for (const fs::path& path : expand_inputs(inputs)) {
    const std::string name = path == "-" ? std::string("<stdin>") : path.string();
    std::string bytes = read_input(path);
    ++report.files;
    if (!is_valid_utf8(bytes)) {
      std::size_t replaced = 0;
      bytes = repair_utf8(bytes, &replaced);
      diagnostics.warning(
          name, 0, "invalid UTF-8: " + std::to_string(replaced) + " byte(s) replaced by U+FFFD");
    }
    if (io::looks_like_relations(bytes)) {
      ++report.relation_files;
      const auto stats = io::read_relations(bytes, name, graph, {options.skip_bad}, diagnostics);
      report.relations += stats.relations;
      report.skipped += stats.skipped;
      continue;
    }
    if (trim(bytes).empty())
      continue;
    article_inputs.push_back(path.string());
    if (path == "-")
      stdin_bytes = std::move(bytes);
  }
  if (article_inputs.empty())
    return report;
  const auto add = [&](const text::Article& article, std::vector<Relation>& relations) {
    ++report.articles;
    graph.add_document({article.id, article.title, article.url, article.date});
    for (const Relation& relation : relations) {
      graph.add_relation(relation);
      ++report.relations;
    }
  };
  if (!stdin_bytes.empty()) {
    // Standard input was read above to sniff its kind; extract it here.
    std::erase(article_inputs, std::string("-"));
    auto articles = text::parse_articles(stdin_bytes, "stdin.txt", diagnostics);
    std::vector<std::vector<Relation>> results;
    extract_batch(*make_extractor(options.lexicons), articles, options.jobs, results);
    for (std::size_t i = 0; i < articles.size(); ++i) add(articles[i], results[i]);
  }
  if (!article_inputs.empty()) {
    ExtractOptions extract_options{options.jobs, options.lexicons, options.progress};
    extract_articles(article_inputs, extract_options, diagnostics, add);
  }
  return report;
}
