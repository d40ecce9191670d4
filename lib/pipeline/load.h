// pipeline/load.h - from command-line inputs (articles, relations files, folders) to a graph
// SPDX-License-Identifier: MIT
//
// irkg_pipeline: what the irkg commands do, as library calls: loading inputs, running the
// extractor, and printing reports. The tools only parse arguments and call these.
#ifndef IRKG_PIPELINE_LOAD_H
#define IRKG_PIPELINE_LOAD_H

#include "graph/knowledge_graph.h"
#include "pipeline/extract.h"
#include "support/error.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace irkg::pipeline {

struct InputOptions {
  bool skip_bad = false;              ///< skip bad relation lines with a warning
  std::vector<std::string> lexicons;  ///< extra lexicon files (--lexicon)
  unsigned jobs = 1;                  ///< extraction threads
  /// Progress of the extraction of articles; empty = no reports.
  std::function<void(const Progress&)> progress;
};

struct LoadReport {
  std::size_t files = 0;
  std::size_t relation_files = 0;
  std::size_t articles = 0;
  std::size_t relations = 0;
  std::size_t skipped = 0;
};

/// Loads every input into \p graph: a file whose first line is a relation object is read as
/// relations JSON Lines; any other file is read as articles and run through the extractor.
/// Directories are walked (sorted); "-" reads standard input. Throws irkg::Error naming the
/// file (and line) on bad input unless options.skip_bad allows going on.
LoadReport load_inputs(const std::vector<std::string>& inputs, graph::KnowledgeGraph& graph,
                       const InputOptions& options, DiagnosticSink& diagnostics);

/// Reads the knowledge base at \p path into \p graph (documents in the order they were first
/// added). Throws irkg::Error (Store) with one line when the file is not a readable irkg
/// knowledge base.
void load_knowledge_base(const std::filesystem::path& path, graph::KnowledgeGraph& graph);

}  // namespace irkg::pipeline

#endif  // IRKG_PIPELINE_LOAD_H
