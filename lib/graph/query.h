// graph/query.h - questions asked of a view: paths between actors, neighbours, centrality
// SPDX-License-Identifier: MIT
#ifndef IRKG_GRAPH_QUERY_H
#define IRKG_GRAPH_QUERY_H

#include "graph/view.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace irkg::graph {

/// One step of a path: the actors it joins and every view edge between them, strongest first.
struct PathHop {
  Vertex from = 0;
  Vertex to = 0;
  std::vector<std::size_t> edges;  ///< indices into View::edges
};

struct Path {
  std::vector<Vertex> actors;
  std::vector<PathHop> hops;
  std::uint64_t total_mentions = 0;  ///< sum over hops of the strongest edge's mentions
};

struct PathOptions {
  std::uint32_t max_hops = 6;
  bool all = false;         ///< every simple path up to max_hops, not only the shortest
  bool directed = false;    ///< follow relations source → target (symmetric ones both ways)
  std::size_t limit = 100;  ///< at most this many paths are returned
};

/// Paths from \p from to \p to over the view. Default: all shortest paths (breadth-first over
/// the undirected view, every tie). With `all`: every simple path up to max_hops, ranked by
/// length, then by total mentions (more first). Empty when there is none or from == to.
std::vector<Path> find_paths(const View& view, Vertex from, Vertex to, const PathOptions& options);

/// The sub-view made of the actors and edges of \p paths, for drawing them.
View path_view(const View& view, const std::vector<Path>& paths);

/// A neighbour of an actor and the view edges that join them.
struct Neighbor {
  Vertex actor = 0;
  std::vector<std::size_t> out_edges;  ///< edges from the actor to the neighbour
  std::vector<std::size_t> in_edges;   ///< edges from the neighbour to the actor
  std::uint64_t mentions = 0;
};

/// Neighbours of \p actor, most mentions first, then by id.
std::vector<Neighbor> neighbors(const View& view, Vertex actor);

/// Number of view edges at each actor of the view (indexed like View::actors).
std::vector<std::size_t> degrees(const View& view);

/// Betweenness centrality (Brandes, Boost.Graph) of each actor of the view over the undirected
/// simple graph of its edges, normalised to [0, 1]; indexed like View::actors.
std::vector<double> betweenness(const View& view);

/// Counts by relation type and by modality, over a view's mentions.
struct Stats {
  std::size_t actors = 0;
  std::size_t edges = 0;
  std::size_t mentions = 0;
  std::size_t documents = 0;
  std::map<std::string, std::size_t> by_type;      ///< view edges per type
  std::map<std::string, std::size_t> by_modality;  ///< view edges per modality
  std::map<std::string, std::size_t> by_kind;      ///< actors per kind
};
Stats compute_stats(const View& view);

}  // namespace irkg::graph

#endif  // IRKG_GRAPH_QUERY_H
