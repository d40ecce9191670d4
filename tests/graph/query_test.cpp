// tests/graph/query_test.cpp - paths, neighbours and centrality over views
#include "graph/query.h"

#include "graph/fixture.h"

#include <doctest/doctest.h>

using irkg::RelationType;
using irkg::graph::Filter;
using irkg::graph::find_paths;
using irkg::graph::KnowledgeGraph;
using irkg::graph::make_view;
using irkg::graph::PathOptions;
using irkg::testing::relation;
using irkg::testing::state;

namespace {

// A - B - D and A - C - D (two shortest paths), plus a long way A - E - F - D.
KnowledgeGraph diamond() {
  KnowledgeGraph graph;
  const auto a = state("AAA", "Alpha"), b = state("BBB", "Beta"), c = state("CCC", "Gamma"),
             d = state("DDD", "Delta"), e = state("EEE", "Epsilon"), f = state("FFF", "Phi");
  graph.add_relation(relation(a, RelationType::Support, b, "1"));
  graph.add_relation(relation(b, RelationType::Attack, d, "1"));
  graph.add_relation(relation(b, RelationType::Attack, d, "2"));
  graph.add_relation(relation(c, RelationType::Support, a, "1"));
  graph.add_relation(relation(c, RelationType::Talks, d, "3"));
  graph.add_relation(relation(a, RelationType::Talks, e, "4"));
  graph.add_relation(relation(e, RelationType::Talks, f, "4"));
  graph.add_relation(relation(f, RelationType::Talks, d, "4"));
  return graph;
}

}  // namespace

TEST_CASE("the default path query returns every shortest path, strongest first") {
  const auto graph = diamond();
  const auto view = make_view(graph, Filter{});
  const auto paths = find_paths(view, *graph.find("AAA"), *graph.find("DDD"), PathOptions{});
  REQUIRE(paths.size() == 2);
  CHECK(paths[0].hops.size() == 2);
  CHECK(graph.actor(paths[0].actors[1]).id == "BBB");  // B-D has 2 documents
  CHECK(paths[0].total_mentions == 3);
  CHECK(graph.actor(paths[1].actors[1]).id == "CCC");
}

TEST_CASE("all simple paths are ranked by length and bounded by max hops") {
  const auto graph = diamond();
  const auto view = make_view(graph, Filter{});
  PathOptions options;
  options.all = true;
  options.max_hops = 3;
  auto paths = find_paths(view, *graph.find("AAA"), *graph.find("DDD"), options);
  REQUIRE(paths.size() == 3);
  CHECK(paths.back().hops.size() == 3);
  options.max_hops = 2;
  paths = find_paths(view, *graph.find("AAA"), *graph.find("DDD"), options);
  CHECK(paths.size() == 2);
}

TEST_CASE("directed paths follow relations from source to target, symmetric ones both ways") {
  const auto graph = diamond();
  const auto view = make_view(graph, Filter{});
  PathOptions options;
  options.directed = true;
  // A→B→D works; C→A is against the direction from A, but C—D is symmetric.
  auto paths = find_paths(view, *graph.find("AAA"), *graph.find("DDD"), options);
  REQUIRE(paths.size() == 1);
  CHECK(graph.actor(paths[0].actors[1]).id == "BBB");
  paths = find_paths(view, *graph.find("DDD"), *graph.find("BBB"), options);
  REQUIRE_FALSE(paths.empty());
  CHECK(paths[0].hops.size() > 1);  // B→D cannot be walked backwards
}

TEST_CASE("no path is an empty answer, not an error") {
  KnowledgeGraph graph;
  graph.add_relation(relation(state("AAA", "A"), RelationType::Talks, state("BBB", "B"), "1"));
  graph.add_relation(relation(state("CCC", "C"), RelationType::Talks, state("DDD", "D"), "1"));
  const auto view = make_view(graph, Filter{});
  CHECK(find_paths(view, *graph.find("AAA"), *graph.find("DDD"), PathOptions{}).empty());
  CHECK(find_paths(view, *graph.find("AAA"), *graph.find("AAA"), PathOptions{}).empty());
}

TEST_CASE("neighbours come with the edges that join them") {
  const auto graph = diamond();
  const auto view = make_view(graph, Filter{});
  const auto around = irkg::graph::neighbors(view, *graph.find("DDD"));
  REQUIRE(around.size() == 3);
  CHECK(graph.actor(around[0].actor).id == "BBB");
  CHECK(around[0].in_edges.size() == 1);
  CHECK(around[0].mentions == 2);
}

TEST_CASE("betweenness centrality finds the hub of a star") {
  KnowledgeGraph graph;
  const auto hub = state("HUB", "Hub");
  for (const char* id : {"AAA", "BBB", "CCC", "DDD"}) {
    graph.add_relation(relation(hub, RelationType::Talks, state(id, id), "1"));
  }
  const auto view = make_view(graph, Filter{});
  const auto centrality = irkg::graph::betweenness(view);
  const auto hub_at = *view.position(*graph.find("HUB"));
  CHECK(centrality[hub_at] == doctest::Approx(1.0));
  CHECK(centrality[(hub_at + 1) % view.actors.size()] == doctest::Approx(0.0));
  const auto stats = irkg::graph::compute_stats(view);
  CHECK(stats.by_type.at("talks") == 4);
}
