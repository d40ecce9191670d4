// graph/view.cpp - filtered and aggregated views of the knowledge graph
// SPDX-License-Identifier: MIT
#include "graph/view.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace {

using irkg::graph::Edge;
using irkg::graph::KnowledgeGraph;
using irkg::graph::Vertex;
using irkg::graph::ViewEdge;

template <typename T>
bool contains_or_empty(const std::vector<T>& values, T value) {
  return values.empty() || std::find(values.begin(), values.end(), value) != values.end();
}

bool date_passes(const irkg::graph::Filter& filter, const irkg::PartialDate& date) {
  if (!filter.since && !filter.until)
    return true;
  if (!date.known())
    return false;
  if (filter.since && date.last_day() < filter.since->first_day())
    return false;
  if (filter.until && date.first_day() > filter.until->last_day())
    return false;
  return true;
}

struct AggregateKey {
  Vertex source, target;
  irkg::RelationType type;
  irkg::Modality modality;
  bool operator==(const AggregateKey&) const = default;
};

struct AggregateKeyHash {
  std::size_t operator()(const AggregateKey& key) const {
    return (key.source * 1000003u ^ key.target) * 131u ^ (static_cast<std::size_t>(key.type) << 2) ^
           static_cast<std::size_t>(key.modality);
  }
};

void finish_edge(const KnowledgeGraph& graph, ViewEdge& edge) {
  const auto& g = graph.bgl();
  std::sort(edge.evidence.begin(), edge.evidence.end(), [&](const Edge& a, const Edge& b) {
    const auto& ra = g[a];
    const auto& rb = g[b];
    if (ra.date.first_day() != rb.date.first_day())
      return ra.date.first_day() < rb.date.first_day();
    if (ra.doc != rb.doc)
      return graph.document(ra.doc).id < graph.document(rb.doc).id;
    return ra.sentence < rb.sentence;
  });
  std::unordered_set<std::uint32_t> docs;
  edge.first = {};
  edge.last = {};
  for (const Edge& e : edge.evidence) {
    const auto& relation = g[e];
    docs.insert(relation.doc);
    if (!relation.date.known())
      continue;
    if (!edge.first.known() || irkg::date_before(relation.date, edge.first))
      edge.first = relation.date;
    if (!edge.last.known() || relation.date.last_day() > edge.last.last_day())
      edge.last = relation.date;
  }
  edge.mentions = static_cast<std::uint32_t>(docs.size());
}

}  // namespace

std::optional<std::size_t> irkg::graph::View::position(Vertex v) const {
  if (v >= positions_.size() || positions_[v] == std::numeric_limits<std::size_t>::max()) {
    return std::nullopt;
  }
  return positions_[v];
}

irkg::graph::View irkg::graph::make_view(const KnowledgeGraph& graph, const Filter& filter,
                                         bool aggregate) {
  const Graph& g = graph.bgl();
  View view;
  view.graph = &graph;
  view.aggregated = aggregate;

  std::vector<ViewEdge> edges;
  std::unordered_map<AggregateKey, std::size_t, AggregateKeyHash> index;
  for (const Edge e : boost::make_iterator_range(boost::edges(g))) {
    const RelationEdge& relation = g[e];
    if (!contains_or_empty(filter.types, relation.type))
      continue;
    if (!contains_or_empty(filter.modalities, relation.modality))
      continue;
    if (!date_passes(filter, relation.date))
      continue;
    Vertex source = boost::source(e, g);
    Vertex target = boost::target(e, g);
    if (!contains_or_empty(filter.kinds, g[source].kind))
      continue;
    if (!contains_or_empty(filter.kinds, g[target].kind))
      continue;
    if (info(relation.type).symmetric && g[target].id < g[source].id)
      std::swap(source, target);
    if (!aggregate) {
      ViewEdge edge{source, target, relation.type, relation.modality, 1, {}, {}, {e}};
      edges.push_back(std::move(edge));
      continue;
    }
    const AggregateKey key{source, target, relation.type, relation.modality};
    auto [it, inserted] = index.try_emplace(key, edges.size());
    if (inserted)
      edges.push_back(ViewEdge{source, target, relation.type, relation.modality, 0, {}, {}, {}});
    edges[it->second].evidence.push_back(e);
  }
  for (ViewEdge& edge : edges) finish_edge(graph, edge);

  if (filter.min_mentions > 1) {
    std::erase_if(edges, [&](const ViewEdge& edge) { return edge.mentions < filter.min_mentions; });
  }

  if (filter.actor) {
    // Breadth-first over the undirected filtered view, up to `hops` steps from the actor.
    std::unordered_map<Vertex, std::vector<Vertex>> adjacency;
    for (const ViewEdge& edge : edges) {
      adjacency[edge.source].push_back(edge.target);
      adjacency[edge.target].push_back(edge.source);
    }
    std::unordered_map<Vertex, std::uint32_t> distance{{*filter.actor, 0}};
    std::deque<Vertex> queue{*filter.actor};
    while (!queue.empty()) {
      const Vertex v = queue.front();
      queue.pop_front();
      if (distance[v] == filter.hops)
        continue;
      for (const Vertex next : adjacency[v]) {
        if (distance.try_emplace(next, distance[v] + 1).second)
          queue.push_back(next);
      }
    }
    std::erase_if(edges, [&](const ViewEdge& edge) {
      return !distance.contains(edge.source) || !distance.contains(edge.target);
    });
  }

  std::vector<bool> present(boost::num_vertices(g), false);
  for (const ViewEdge& edge : edges) present[edge.source] = present[edge.target] = true;
  if (filter.actor)
    present[*filter.actor] = true;
  for (Vertex v = 0; v < present.size(); ++v) {
    if (present[v])
      view.actors.push_back(v);
  }
  std::sort(view.actors.begin(), view.actors.end(),
            [&](Vertex a, Vertex b) { return g[a].id < g[b].id; });
  view.positions_.assign(boost::num_vertices(g), std::numeric_limits<std::size_t>::max());
  for (std::size_t i = 0; i < view.actors.size(); ++i) view.positions_[view.actors[i]] = i;

  std::sort(edges.begin(), edges.end(), [&](const ViewEdge& a, const ViewEdge& b) {
    const auto key = [&](const ViewEdge& edge) {
      return std::tie(g[edge.source].id, g[edge.target].id, edge.type, edge.modality);
    };
    if (key(a) != key(b))
      return key(a) < key(b);
    // Only the unaggregated view has ties: order its mentions by date, document and sentence.
    const auto& ra = g[a.evidence.front()];
    const auto& rb = g[b.evidence.front()];
    return std::make_tuple(ra.date.first_day(), graph.document(ra.doc).id, ra.sentence,
                           ra.evidence) < std::make_tuple(rb.date.first_day(),
                                                          graph.document(rb.doc).id, rb.sentence,
                                                          rb.evidence);
  });
  view.edges = std::move(edges);
  return view;
}

std::vector<std::string> irkg::graph::edge_documents(const View& view, const ViewEdge& edge) {
  std::vector<std::string> ids;
  std::unordered_set<std::uint32_t> seen;
  for (const Edge& e : edge.evidence) {
    const auto doc = view.graph->relation(e).doc;
    if (seen.insert(doc).second)
      ids.push_back(view.graph->document(doc).id);
  }
  return ids;
}
