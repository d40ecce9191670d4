// tests/graph/knowledge_graph_test.cpp - the multigraph, its aggregation and its filters
#include "graph/fixture.h"
#include "graph/view.h"

#include <doctest/doctest.h>

using irkg::Modality;
using irkg::RelationType;
using irkg::graph::Filter;
using irkg::graph::KnowledgeGraph;
using irkg::graph::make_view;
using irkg::testing::relation;
using irkg::testing::state;

namespace {

const auto kPrk = state("PRK", "North Korea");
const auto kRus = state("RUS", "Russia");
const auto kUkr = state("UKR", "Ukraine");
const auto kCiv = state("CIV", "Côte d'Ivoire");

}  // namespace

TEST_CASE("the same mention loaded twice is stored once") {
  KnowledgeGraph graph;
  CHECK(graph.add_relation(relation(kPrk, RelationType::Treaty, kRus, "a", "2024")));
  CHECK_FALSE(graph.add_relation(relation(kPrk, RelationType::Treaty, kRus, "a", "2024")));
  CHECK(graph.num_relations() == 1);
  CHECK(graph.num_actors() == 2);
}

TEST_CASE("actors are found by id, name or alias, ignoring case and accents") {
  KnowledgeGraph graph;
  auto ivory = kCiv;
  ivory.aliases = {"Ivory Coast"};
  graph.add_relation(relation(ivory, RelationType::Talks, kRus, "a"));
  CHECK(graph.resolve("CIV").has_value());
  CHECK(graph.resolve("cote d'ivoire") == graph.find("CIV"));
  CHECK(graph.resolve("IVORY COAST") == graph.find("CIV"));
  CHECK_FALSE(graph.resolve("Narnia").has_value());
  const auto suggestions = graph.suggest("Rusia");
  REQUIRE_FALSE(suggestions.empty());
  CHECK(suggestions.front().find("RUS") != std::string::npos);
}

TEST_CASE("the aggregated view folds mentions into one edge with distinct documents and dates") {
  KnowledgeGraph graph;
  graph.add_relation(relation(kRus, RelationType::Attack, kUkr, "a", "2022-02-24"));
  graph.add_relation(
      relation(kRus, RelationType::Attack, kUkr, "b", "2024", Modality::Asserted, 3));
  graph.add_relation(
      relation(kRus, RelationType::Attack, kUkr, "b", "2023-05", Modality::Asserted, 4));
  const auto view = make_view(graph, Filter{});
  REQUIRE(view.edges.size() == 1);
  CHECK(view.edges[0].mentions == 2);
  CHECK(view.edges[0].evidence.size() == 3);
  CHECK(view.edges[0].first.to_string() == "2022-02-24");
  CHECK(view.edges[0].last.to_string() == "2024");
  const auto mentions = make_view(graph, Filter{}, false);
  CHECK(mentions.edges.size() == 3);
}

TEST_CASE("symmetric relations fold both directions; directed ones do not") {
  KnowledgeGraph graph;
  graph.add_relation(relation(kPrk, RelationType::Treaty, kRus, "a"));
  graph.add_relation(relation(kRus, RelationType::Treaty, kPrk, "b"));
  graph.add_relation(relation(kRus, RelationType::Support, kPrk, "a"));
  graph.add_relation(relation(kPrk, RelationType::Support, kRus, "b"));
  const auto view = make_view(graph, Filter{});
  REQUIRE(view.edges.size() == 3);
  std::size_t treaties = 0;
  for (const auto& edge : view.edges) {
    if (edge.type == RelationType::Treaty) {
      ++treaties;
      CHECK(edge.mentions == 2);
      CHECK(graph.actor(edge.source).id == "PRK");  // the smaller id first
    }
  }
  CHECK(treaties == 1);
}

TEST_CASE("filters select by type, date span, modality, kind, mentions and neighbourhood") {
  KnowledgeGraph graph;
  graph.add_relation(relation(kRus, RelationType::Attack, kUkr, "a", "2022-02-24"));
  graph.add_relation(relation(kPrk, RelationType::TroopDeployment, kRus, "b", "2024-10"));
  graph.add_relation(
      relation(kPrk, RelationType::Treaty, kRus, "c", "2024", Modality::Hypothetical));
  auto kim = irkg::Actor{"kim-jong-un", "Kim Jong Un", irkg::ActorKind::Person, "PRK", "", {}};
  graph.add_relation(relation(kim, RelationType::LeaderOf, kPrk, "b"));
  graph.add_relation(relation(kPrk, RelationType::Talks, kCiv, "d", "2019"));

  SUBCASE("asserted only by default") {
    CHECK(make_view(graph, Filter{}).edges.size() == 4);
    Filter all;
    all.modalities.clear();
    CHECK(make_view(graph, all).edges.size() == 5);
  }
  SUBCASE("types") {
    Filter filter;
    filter.types = {RelationType::Attack};
    const auto view = make_view(graph, filter);
    CHECK(view.edges.size() == 1);
    CHECK(view.actors.size() == 2);  // actors without edges drop out
  }
  SUBCASE("partial dates compare by their span") {
    Filter filter;
    filter.since = *irkg::PartialDate::parse("2024-10-15");  // inside "2024-10"
    CHECK(make_view(graph, filter).edges.size() == 1);
    filter.since.reset();
    filter.until = *irkg::PartialDate::parse("2022");
    CHECK(make_view(graph, filter).edges.size() == 2);  // 2019 and 2022; undated ones are left out
  }
  SUBCASE("kinds") {
    Filter filter;
    filter.kinds = {irkg::ActorKind::State};
    CHECK(make_view(graph, filter).edges.size() == 3);
  }
  SUBCASE("minimum mentions") {
    Filter filter;
    filter.min_mentions = 2;
    CHECK(make_view(graph, filter).edges.empty());
  }
  SUBCASE("an actor's neighbourhood") {
    Filter filter;
    filter.actor = *graph.find("UKR");
    filter.hops = 1;
    CHECK(make_view(graph, filter).edges.size() == 1);
    filter.hops = 2;
    CHECK(make_view(graph, filter).edges.size() == 2);
  }
}
