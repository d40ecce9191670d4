// graph/view.h - filtered and aggregated views of the knowledge graph, shared by every command
// SPDX-License-Identifier: MIT
#ifndef IRKG_GRAPH_VIEW_H
#define IRKG_GRAPH_VIEW_H

#include "graph/knowledge_graph.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace irkg::graph {

/// The filters every command accepts (--types, --since, --until, --modality, --kinds,
/// --min-mentions, --actor/--hops). Empty lists mean "all".
struct Filter {
  std::vector<RelationType> types;
  std::optional<PartialDate> since;  ///< keep relations whose date span ends on or after it
  std::optional<PartialDate> until;  ///< keep relations whose date span starts on or before it
  std::vector<Modality> modalities{Modality::Asserted};
  std::vector<ActorKind> kinds;
  std::uint32_t min_mentions = 1;
  std::optional<Vertex> actor;  ///< keep only the neighbourhood of this actor ...
  std::uint32_t hops = 1;       ///< ... up to this many hops (over the undirected view)
};

/// One edge of a view: in the aggregated view, every mention of (source, type, target,
/// modality) folded together; symmetric types fold both directions (source has the smaller id).
struct ViewEdge {
  Vertex source = 0;
  Vertex target = 0;
  RelationType type = RelationType::Talks;
  Modality modality = Modality::Asserted;
  std::uint32_t mentions = 0;  ///< distinct documents
  PartialDate first;           ///< earliest known date, unknown when none is
  PartialDate last;            ///< latest known date
  std::vector<Edge> evidence;  ///< the underlying mentions, by date then document
};

/// A filtered, optionally aggregated subgraph: the actors that keep at least one edge (and the
/// --actor itself), sorted by id, and the edges sorted by (source id, target id, type, modality).
struct View {
  const KnowledgeGraph* graph = nullptr;
  std::vector<Vertex> actors;
  std::vector<ViewEdge> edges;
  bool aggregated = true;

  /// Position of \p v in actors, or nullopt.
  std::optional<std::size_t> position(Vertex v) const;
  std::vector<std::size_t> positions_;  // by vertex; SIZE_MAX when absent
};

/// Builds the view. With \p aggregate false, every mention is its own edge (mentions = 1).
View make_view(const KnowledgeGraph& graph, const Filter& filter, bool aggregate = true);

/// Ids of the distinct documents behind an edge, in first-seen order.
std::vector<std::string> edge_documents(const View& view, const ViewEdge& edge);

}  // namespace irkg::graph

#endif  // IRKG_GRAPH_VIEW_H
