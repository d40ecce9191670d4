// graph/query.cpp - questions asked of a view: paths between actors, neighbours, centrality
// SPDX-License-Identifier: MIT
#include "graph/query.h"

#include <boost/graph/betweenness_centrality.hpp>

#include <algorithm>
#include <deque>
#include <limits>
#include <set>

namespace {

using irkg::graph::Path;
using irkg::graph::PathHop;
using irkg::graph::PathOptions;
using irkg::graph::View;

constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();
// Enumerating simple paths is exponential; past this many steps we stop and rank what we have.
constexpr std::size_t kSearchBudget = 2'000'000;

struct Arc {
  std::size_t to;    // position in View::actors
  std::size_t edge;  // index into View::edges
};

// Adjacency over actor positions; in directed mode an arc exists only along the relation
// (both ways for symmetric types).
std::vector<std::vector<Arc>> build_adjacency(const View& view, bool directed) {
  std::vector<std::vector<Arc>> adjacency(view.actors.size());
  for (std::size_t i = 0; i < view.edges.size(); ++i) {
    const auto& edge = view.edges[i];
    const std::size_t source = *view.position(edge.source);
    const std::size_t target = *view.position(edge.target);
    adjacency[source].push_back({target, i});
    if (!directed || irkg::info(edge.type).symmetric)
      adjacency[target].push_back({source, i});
  }
  return adjacency;
}

Path make_path(const View& view, const std::vector<std::vector<Arc>>& adjacency,
               const std::vector<std::size_t>& positions) {
  Path path;
  for (const std::size_t p : positions) path.actors.push_back(view.actors[p]);
  for (std::size_t i = 0; i + 1 < positions.size(); ++i) {
    PathHop hop{view.actors[positions[i]], view.actors[positions[i + 1]], {}};
    for (const Arc& arc : adjacency[positions[i]]) {
      if (arc.to == positions[i + 1] &&
          std::find(hop.edges.begin(), hop.edges.end(), arc.edge) == hop.edges.end()) {
        hop.edges.push_back(arc.edge);
      }
    }
    std::stable_sort(hop.edges.begin(), hop.edges.end(), [&](std::size_t a, std::size_t b) {
      return view.edges[a].mentions > view.edges[b].mentions;
    });
    if (!hop.edges.empty())
      path.total_mentions += view.edges[hop.edges.front()].mentions;
    path.hops.push_back(std::move(hop));
  }
  return path;
}

void rank(const View& view, std::vector<Path>& paths) {
  const auto& g = view.graph->bgl();
  std::stable_sort(paths.begin(), paths.end(), [&](const Path& a, const Path& b) {
    if (a.hops.size() != b.hops.size())
      return a.hops.size() < b.hops.size();
    if (a.total_mentions != b.total_mentions)
      return a.total_mentions > b.total_mentions;
    return std::lexicographical_compare(a.actors.begin(), a.actors.end(), b.actors.begin(),
                                        b.actors.end(),
                                        [&](auto x, auto y) { return g[x].id < g[y].id; });
  });
}

}  // namespace

std::vector<Path> irkg::graph::find_paths(const View& view, Vertex from, Vertex to,
                                          const PathOptions& options) {
  const auto start = view.position(from);
  const auto goal = view.position(to);
  if (!start || !goal || *start == *goal)
    return {};
  const auto adjacency = build_adjacency(view, options.directed);
  std::vector<std::vector<std::size_t>> found;

  if (!options.all) {
    std::vector<std::size_t> distance(view.actors.size(), kUnreached);
    std::vector<std::vector<std::size_t>> predecessors(view.actors.size());
    std::deque<std::size_t> queue{*start};
    distance[*start] = 0;
    while (!queue.empty()) {
      const std::size_t v = queue.front();
      queue.pop_front();
      if (distance[v] >= options.max_hops || distance[v] >= distance[*goal])
        continue;
      for (const Arc& arc : adjacency[v]) {
        if (distance[arc.to] == kUnreached) {
          distance[arc.to] = distance[v] + 1;
          queue.push_back(arc.to);
        }
        if (distance[arc.to] == distance[v] + 1 &&
            std::find(predecessors[arc.to].begin(), predecessors[arc.to].end(), v) ==
                predecessors[arc.to].end()) {
          predecessors[arc.to].push_back(v);
        }
      }
    }
    if (distance[*goal] == kUnreached)
      return {};
    // Walk the predecessor lists back from the goal: every tie is a path.
    std::vector<std::size_t> reversed{*goal};
    const auto unwind = [&](auto&& self, std::size_t v) -> void {
      if (found.size() >= options.limit * 4)
        return;
      if (v == *start) {
        found.emplace_back(reversed.rbegin(), reversed.rend());
        return;
      }
      for (const std::size_t p : predecessors[v]) {
        reversed.push_back(p);
        self(self, p);
        reversed.pop_back();
      }
    };
    unwind(unwind, *goal);
  } else {
    std::vector<std::size_t> stack{*start};
    std::vector<bool> on_path(view.actors.size(), false);
    on_path[*start] = true;
    std::size_t budget = kSearchBudget;
    const auto search = [&](auto&& self, std::size_t v) -> void {
      if (budget == 0)
        return;
      --budget;
      if (v == *goal) {
        found.push_back(stack);
        return;
      }
      if (stack.size() > options.max_hops)
        return;
      std::set<std::size_t> next;  // parallel edges lead to the same actor once
      for (const Arc& arc : adjacency[v]) {
        if (!on_path[arc.to])
          next.insert(arc.to);
      }
      for (const std::size_t n : next) {
        on_path[n] = true;
        stack.push_back(n);
        self(self, n);
        stack.pop_back();
        on_path[n] = false;
      }
    };
    search(search, *start);
  }

  std::vector<Path> paths;
  paths.reserve(found.size());
  for (const auto& positions : found) paths.push_back(make_path(view, adjacency, positions));
  rank(view, paths);
  if (paths.size() > options.limit)
    paths.resize(options.limit);
  return paths;
}

irkg::graph::View irkg::graph::path_view(const View& view, const std::vector<Path>& paths) {
  View sub;
  sub.graph = view.graph;
  sub.aggregated = view.aggregated;
  std::set<std::size_t> edges;
  std::set<Vertex> actors;
  for (const Path& path : paths) {
    actors.insert(path.actors.begin(), path.actors.end());
    for (const PathHop& hop : path.hops) edges.insert(hop.edges.begin(), hop.edges.end());
  }
  for (const std::size_t i : edges) sub.edges.push_back(view.edges[i]);  // keeps the view's order
  for (const Vertex v : view.actors) {
    if (actors.contains(v))
      sub.actors.push_back(v);
  }
  sub.positions_.assign(view.positions_.size(), std::numeric_limits<std::size_t>::max());
  for (std::size_t i = 0; i < sub.actors.size(); ++i) sub.positions_[sub.actors[i]] = i;
  return sub;
}

std::vector<irkg::graph::Neighbor> irkg::graph::neighbors(const View& view, Vertex actor) {
  std::vector<Neighbor> result;
  if (!view.position(actor))
    return result;
  std::map<Vertex, std::size_t> index;
  for (std::size_t i = 0; i < view.edges.size(); ++i) {
    const auto& edge = view.edges[i];
    const bool out = edge.source == actor;
    const bool in = edge.target == actor;
    if (!out && !in)
      continue;
    const Vertex other = out ? edge.target : edge.source;
    auto [it, inserted] = index.try_emplace(other, result.size());
    if (inserted)
      result.push_back(Neighbor{other, {}, {}, 0});
    Neighbor& neighbor = result[it->second];
    (out ? neighbor.out_edges : neighbor.in_edges).push_back(i);
    neighbor.mentions += edge.mentions;
  }
  const auto& g = view.graph->bgl();
  std::sort(result.begin(), result.end(), [&](const Neighbor& a, const Neighbor& b) {
    if (a.mentions != b.mentions)
      return a.mentions > b.mentions;
    return g[a.actor].id < g[b.actor].id;
  });
  return result;
}

std::vector<std::size_t> irkg::graph::degrees(const View& view) {
  std::vector<std::size_t> degree(view.actors.size(), 0);
  for (const auto& edge : view.edges) {
    ++degree[*view.position(edge.source)];
    if (edge.target != edge.source)
      ++degree[*view.position(edge.target)];
  }
  return degree;
}

std::vector<double> irkg::graph::betweenness(const View& view) {
  using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const std::size_t n = view.actors.size();
  Simple simple(n);
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (const auto& edge : view.edges) {
    std::size_t a = *view.position(edge.source);
    std::size_t b = *view.position(edge.target);
    if (a == b)
      continue;
    if (b < a)
      std::swap(a, b);
    if (pairs.emplace(a, b).second)
      boost::add_edge(a, b, simple);
  }
  std::vector<double> centrality(n, 0.0);
  if (n < 3)
    return centrality;
  boost::brandes_betweenness_centrality(
      simple, boost::centrality_map(boost::make_iterator_property_map(
                  centrality.begin(), boost::get(boost::vertex_index, simple))));
  boost::relative_betweenness_centrality(
      simple, boost::make_iterator_property_map(centrality.begin(),
                                                boost::get(boost::vertex_index, simple)));
  return centrality;
}

irkg::graph::Stats irkg::graph::compute_stats(const View& view) {
  Stats stats;
  stats.actors = view.actors.size();
  stats.edges = view.edges.size();
  std::set<std::uint32_t> documents;
  for (const auto& edge : view.edges) {
    stats.mentions += edge.evidence.size();
    ++stats.by_type[std::string(to_string(edge.type))];
    ++stats.by_modality[std::string(to_string(edge.modality))];
    for (const Edge& e : edge.evidence) documents.insert(view.graph->relation(e).doc);
  }
  stats.documents = documents.size();
  for (const Vertex v : view.actors)
    ++stats.by_kind[std::string(to_string(view.graph->actor(v).kind))];
  return stats;
}
