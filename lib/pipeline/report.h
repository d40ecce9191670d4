// pipeline/report.h - what the query commands print: paths, neighbours, tables, statistics
// SPDX-License-Identifier: MIT
#ifndef IRKG_PIPELINE_REPORT_H
#define IRKG_PIPELINE_REPORT_H

#include "graph/query.h"
#include "graph/view.h"
#include "text/article.h"

#include <ostream>
#include <string>
#include <vector>

namespace irkg::pipeline {

enum class TextFormat { Text, Json };

/// Resolves a user's actor name in \p graph, or throws irkg::Error (Usage) with
/// "no actor named X; did you mean …".
graph::Vertex resolve_actor(const graph::KnowledgeGraph& graph, const std::string& name);

/// One line per hop: `North Korea —troop_deployment→ Russia  2024, 3 docs  "…" [doc-id]`.
void print_paths(const graph::View& view, graph::Vertex from, graph::Vertex to,
                 const std::vector<graph::Path>& paths, TextFormat format, std::ostream& out);

void print_neighbors(const graph::View& view, graph::Vertex actor,
                     const std::vector<graph::Neighbor>& neighbors, TextFormat format,
                     std::ostream& out);

/// Table of id, name, kind, degree (most connected first), or JSON.
void print_actors(const graph::View& view, TextFormat format, std::ostream& out);

/// The filtered relations; with \p evidence every sentence behind each, with document title,
/// date and url.
void print_relations(const graph::View& view, bool evidence, TextFormat format, std::ostream& out);

/// Counts by type and modality; top actors by degree and by betweenness centrality.
void print_stats(const graph::View& view, std::size_t top, TextFormat format, std::ostream& out);

/// A readable table of one article's extracted relations, for `irkg extract --format table`.
void print_relation_table(const text::Article& article, const std::vector<Relation>& relations,
                          std::ostream& out);

}  // namespace irkg::pipeline

#endif  // IRKG_PIPELINE_REPORT_H
