// pipeline/load.cpp - from command-line inputs (articles, relations files, folders) to a graph
// SPDX-License-Identifier: MIT
#include "pipeline/load.h"

#include "pipeline/documents.h"
#include "store/knowledge_base.h"
#include "support/strings.h"

irkg::pipeline::LoadReport irkg::pipeline::load_inputs(const std::vector<std::string>& inputs,
                                                       graph::KnowledgeGraph& graph,
                                                       const InputOptions& options,
                                                       DiagnosticSink& diagnostics) {
  // Like the knowledge base, a direct load counts the same text once, whatever its names.
  StringMap<std::string> id_by_hash;
  const auto accept = [&](const store::DocumentRecord& document) {
    const auto [it, added] = id_by_hash.try_emplace(document.content_hash, document.id);
    if (added)
      return true;
    if (it->second != document.id)
      diagnostics.warning(document.origin, 0,
                          "same text as document '" + it->second + "' (counted once)");
    return false;
  };
  return read_documents(
      inputs, options, diagnostics, accept,
      [&](const store::DocumentRecord& document, const std::vector<Relation>& relations) {
        if (document.source == store::DocumentSource::Article)
          graph.add_document({document.id, document.title, document.url, document.date});
        for (const Relation& relation : relations) graph.add_relation(relation);
      });
}

void irkg::pipeline::load_knowledge_base(const std::filesystem::path& path,
                                         graph::KnowledgeGraph& graph) {
  store::KnowledgeBase kb(path, store::Access::Read);
  kb.load(graph);
}
