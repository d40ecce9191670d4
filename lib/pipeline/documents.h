// pipeline/documents.h - every input as a stream of documents with their relations, in input order
// SPDX-License-Identifier: MIT
//
// The one road from inputs to documents, shared by loading a graph directly and building a
// knowledge base, so that both see the same documents in the same order.
#ifndef IRKG_PIPELINE_DOCUMENTS_H
#define IRKG_PIPELINE_DOCUMENTS_H

#include "pipeline/load.h"
#include "store/knowledge_base.h"
#include "support/error.h"
#include "text/article.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace irkg::pipeline {

/// Hex SHA-256 of everything extraction reads from an article (title, date, url and body), but
/// not its id: the same text under two names has one hash.
std::string article_hash(const text::Article& article);

/// The relations of one document of a relations file, and the hash of their lines.
struct RelationDocument {
  store::DocumentRecord record;
  std::vector<Relation> relations;
};

/// Groups the relations of a JSON Lines text by their "doc" field, in first-seen order; a
/// relation without one belongs to a document named after the file's stem. Bad lines throw
/// irkg::Error naming file and line, unless \p skip_bad (then warned about and counted in
/// \p skipped).
std::vector<RelationDocument> read_relation_documents(std::string_view bytes,
                                                      const std::string& file, bool skip_bad,
                                                      DiagnosticSink& diagnostics,
                                                      std::size_t& skipped);

/// Decides before extraction whether a document goes on (false = skipped).
using DocumentFilter = std::function<bool(const store::DocumentRecord&)>;
/// Receives each document that went on, with its relations, in input order.
using DocumentSink =
    std::function<void(const store::DocumentRecord&, const std::vector<Relation>&)>;

/// Reads every input (articles are extracted with options.jobs threads, relations files are
/// parsed) and hands each document to \p sink in input order. Returns what was read.
LoadReport read_documents(const std::vector<std::string>& inputs, const InputOptions& options,
                          DiagnosticSink& diagnostics, const DocumentFilter& accept,
                          const DocumentSink& sink);

}  // namespace irkg::pipeline

#endif  // IRKG_PIPELINE_DOCUMENTS_H
