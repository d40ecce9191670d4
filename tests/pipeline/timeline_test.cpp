// tests/pipeline/timeline_test.cpp - relations per month and type
#include "pipeline/timeline.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using irkg::ActorKind;
using irkg::Relation;
using irkg::RelationType;

namespace {

Relation mention(const char* source, RelationType type, const char* target, const char* date,
                 const char* doc) {
  Relation r;
  r.source = {source, source, ActorKind::State, {}, {}, {}};
  r.type = type;
  r.target = {target, target, ActorKind::State, {}, {}, {}};
  r.date = irkg::PartialDate::parse(date).value_or(irkg::PartialDate{});
  r.doc = doc;
  r.evidence = std::string(source) + " " + doc;
  return r;
}

irkg::graph::KnowledgeGraph sample() {
  irkg::graph::KnowledgeGraph graph;
  graph.add_relation(mention("PRK", RelationType::Treaty, "RUS", "2024-06-19", "a"));
  graph.add_relation(mention("PRK", RelationType::Treaty, "RUS", "2024-06-20", "b"));
  graph.add_relation(mention("PRK", RelationType::TroopDeployment, "RUS", "2024-11", "c"));
  graph.add_relation(mention("RUS", RelationType::Attack, "UKR", "2022", "d"));
  graph.add_relation(mention("USA", RelationType::Sanction, "PRK", "", "e"));
  return graph;
}

}  // namespace

TEST_CASE("mentions are counted per month and type; year-only dates get their year") {
  const auto graph = sample();
  const auto view = irkg::graph::make_view(graph, {});
  const auto timeline = irkg::pipeline::make_timeline(view, std::nullopt);
  CHECK(timeline.periods == std::vector<std::string>{"2022", "2024-06", "2024-11"});
  REQUIRE(timeline.types.size() == 3);
  CHECK(timeline.types[0] == RelationType::Treaty);
  CHECK(timeline.counts[1][0] == 2);  // two treaty mentions in June 2024
  CHECK(timeline.totals == std::vector<std::size_t>{1, 2, 1});
  CHECK(timeline.undated == 1);
  std::ostringstream table;
  irkg::pipeline::print_timeline(timeline, irkg::pipeline::TextFormat::Text, table);
  CHECK(table.str().find("2024-06") != std::string::npos);
  CHECK(table.str().find("(1 undated mention not shown)") != std::string::npos);
}

TEST_CASE("an actor's timeline counts only the relations it takes part in") {
  const auto graph = sample();
  const auto view = irkg::graph::make_view(graph, {});
  const auto timeline = irkg::pipeline::make_timeline(view, *graph.find("UKR"));
  CHECK(timeline.periods == std::vector<std::string>{"2022"});
  CHECK(timeline.subject == "UKR");
}

TEST_CASE("the SVG chart is a complete document and the same every time") {
  const auto graph = sample();
  const auto view = irkg::graph::make_view(graph, {});
  const auto timeline = irkg::pipeline::make_timeline(view, std::nullopt);
  std::ostringstream first, second;
  irkg::pipeline::write_timeline_svg(timeline, "Korea & <Russia>", first);
  irkg::pipeline::write_timeline_svg(timeline, "Korea & <Russia>", second);
  CHECK(first.str() == second.str());
  CHECK(first.str().find("<svg") != std::string::npos);
  CHECK(first.str().find("Korea &amp; &lt;Russia&gt;") != std::string::npos);
  CHECK(first.str().find("troop_deployment") != std::string::npos);
  CHECK(first.str().rfind("</svg>\n") == first.str().size() - 7);
}
