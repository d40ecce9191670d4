// io/relations_jsonl.h - the relations JSON Lines of the ontology: reading and writing
// SPDX-License-Identifier: MIT
#ifndef IRKG_IO_RELATIONS_JSONL_H
#define IRKG_IO_RELATIONS_JSONL_H

#include "graph/knowledge_graph.h"
#include "model/model.h"
#include "support/error.h"

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace irkg::io {

struct RelationsReadOptions {
  bool skip_bad = false;  ///< warn about bad lines and go on instead of throwing
};

struct RelationsReadStats {
  std::size_t relations = 0;  ///< lines read as relations
  std::size_t added = 0;      ///< of those, new mentions (not exact repeats)
  std::size_t skipped = 0;    ///< bad lines skipped (only with skip_bad)
};

/// True when the first non-blank line of \p bytes is a JSON object with "source", "type" and
/// "target": the file is a relations file, not articles.
bool looks_like_relations(std::string_view bytes);

/// Parses one line. Throws irkg::Error (Parse) naming \p file and \p line with what is wrong:
/// not JSON, not an object, a missing field, an unknown type, modality or kind, a bad date.
Relation parse_relation(std::string_view json, const std::string& file, std::uint64_t line);

/// Reads every relation of a JSON Lines text into \p graph. Blank lines are ignored.
/// Bad lines throw (see parse_relation) unless options.skip_bad, which warns and counts them.
/// Parses every relation line of \p bytes and hands it to \p visit(relation, line, number). A bad
/// line throws irkg::Error naming \p file and the line, or with \p skip_bad is counted in
/// \p skipped and warned about.
void for_each_relation(
    std::string_view bytes, const std::string& file, bool skip_bad, DiagnosticSink& diagnostics,
    std::size_t& skipped,
    const std::function<void(Relation&, std::string_view line, std::uint64_t number)>& visit);

RelationsReadStats read_relations(std::string_view bytes, const std::string& file,
                                  graph::KnowledgeGraph& graph, const RelationsReadOptions& options,
                                  DiagnosticSink& diagnostics);

/// Writes \p relation as one JSON line (with newline) in the ontology's format, adding the
/// CAMEO root and quad class of its type, and the rule that produced it when known.
void write_relation(const Relation& relation, std::ostream& out);

}  // namespace irkg::io

#endif  // IRKG_IO_RELATIONS_JSONL_H
