// pipeline/load.cpp - from command-line inputs (articles, relations files, folders) to a graph
// SPDX-License-Identifier: MIT
#include "pipeline/load.h"

#include <iostream>
#include <iterator>

#include "io/relations_jsonl.h"
#include "support/file.h"
#include "support/strings.h"

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
  for (const fs::path& path : expand_inputs(inputs)) {
    const std::string name = path == "-" ? std::string("<stdin>") : path.string();
    std::string bytes = read_input(path);
    ++report.files;
    if (!is_valid_utf8(bytes)) {
      std::size_t replaced = 0;
      bytes = repair_utf8(bytes, &replaced);
      diagnostics.warning(name, 0, "invalid UTF-8: " + std::to_string(replaced) +
                                       " byte(s) replaced by U+FFFD");
    }
    if (io::looks_like_relations(bytes)) {
      ++report.relation_files;
      const auto stats = io::read_relations(bytes, name, graph, {options.skip_bad}, diagnostics);
      report.relations += stats.relations;
      report.skipped += stats.skipped;
      continue;
    }
    if (trim(bytes).empty()) continue;
    throw Error(ErrorKind::Data, "not a relations file (articles need the extractor)", name);
  }
  return report;
}
