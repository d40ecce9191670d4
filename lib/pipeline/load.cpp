// pipeline/load.cpp - from command-line inputs (articles, relations files, folders) to a graph
// SPDX-License-Identifier: MIT
#include "pipeline/load.h"

#include "io/relations_jsonl.h"
#include "support/file.h"
#include "support/strings.h"

namespace fs = std::filesystem;

irkg::pipeline::LoadReport irkg::pipeline::load_inputs(const std::vector<std::string>& inputs,
                                                       graph::KnowledgeGraph& graph,
                                                       const InputOptions& options,
                                                       DiagnosticSink& diagnostics) {
  LoadReport report;
  ArticleBatcher articles(
      {options.jobs, options.lexicons, options.progress},
      [&](const text::Article& article, std::vector<Relation>& relations) {
        ++report.articles;
        graph.add_document({article.id, article.title, article.url, article.date});
        for (const Relation& relation : relations) graph.add_relation(relation);
        report.relations += relations.size();
      });
  for (const fs::path& path : expand_inputs(inputs)) {
    const std::string name = path == "-" ? std::string("<stdin>") : path.string();
    std::string bytes = read_input(path);
    ++report.files;
    if (!io::looks_like_relations(bytes)) {
      // The article reader repairs UTF-8 and warns itself.
      articles.add(bytes, path == "-" ? std::string("stdin.txt") : name, diagnostics);
      continue;
    }
    if (!is_valid_utf8(bytes)) {
      std::size_t replaced = 0;
      bytes = repair_utf8(bytes, &replaced);
      diagnostics.warning(
          name, 0, "invalid UTF-8: " + std::to_string(replaced) + " byte(s) replaced by U+FFFD");
    }
    ++report.relation_files;
    const auto stats = io::read_relations(bytes, name, graph, {options.skip_bad}, diagnostics);
    report.relations += stats.relations;
    report.skipped += stats.skipped;
  }
  articles.finish();
  return report;
}
