// tests/io/dot_writer_test.cpp - DOT through cgraph and in-process SVG/PNG/PDF rendering
// SPDX-License-Identifier: MIT
#include "graph/view.h"
#include "io/sample.h"
#include "io/writers.h"
#include "support/error.h"

#include <doctest/doctest.h>
#include <graphviz/cgraph.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <utility>

namespace {

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using ParsedDot = std::unique_ptr<Agraph_t, GraphCloser>;

/// Reads DOT back with cgraph itself: what every Graphviz tool will see.
ParsedDot parse_dot(const std::string& text) {
  return ParsedDot(agmemread(text.c_str()));
}

std::string get(void* object, const char* name) {
  std::string key = name;
  const char* value = agget(object, key.data());
  return value ? value : "";
}

Agnode_t* find_node(Agraph_t* g, const char* name) {
  std::string key = name;
  return agnode(g, key.data(), 0);
}

std::string dot_of(const irkg::graph::View& view, irkg::io::DiagramOptions options = {}) {
  std::ostringstream out;
  irkg::io::write_dot(view, out, options);
  return out.str();
}

std::string numbered(const char* prefix, int i) {
  std::string text = prefix;
  text += std::to_string(i);
  return text;
}

/// A view of \p actors states in a ring with \p edges relations.
irkg::graph::KnowledgeGraph ring_graph(int actors, int edges) {
  irkg::graph::KnowledgeGraph graph;
  for (int i = 0; i < edges; ++i) {
    const int s = i % actors;
    const int t = (i / actors + 1 + s) % actors;
    graph.add_relation(relation(actor(numbered("S", s), numbered("State ", s), ActorKind::State),
                                RelationType::Criticize,
                                actor(numbered("S", t), numbered("State ", t), ActorKind::State),
                                "2020", numbered("doc", i), i, "Sentence."));
  }
  return graph;
}

}  // namespace

TEST_CASE("dot reads back in cgraph with every actor, relation and the legend") {
  const auto graph = sample_graph();
  const auto view = sample_view(graph);
  const ParsedDot g = parse_dot(dot_of(view));
  REQUIRE(g != nullptr);
  CHECK(agnnodes(g.get()) == static_cast<int>(view.actors.size()) + 1);  // + "_legend"
  CHECK(agnedges(g.get()) == static_cast<int>(view.edges.size()));
  CHECK(find_node(g.get(), "_legend") != nullptr);
  Agnode_t* civ = find_node(g.get(), "CIV");
  REQUIRE(civ != nullptr);
  CHECK(get(civ, "label") == "Côte d'Ivoire");
  CHECK(get(civ, "shape") == "box");
  CHECK(get(civ, "kind") == "state");
}

TEST_CASE("dot without legend has exactly the view's nodes") {
  const auto graph = sample_graph();
  const auto view = sample_view(graph);
  irkg::io::DiagramOptions options;
  options.legend = false;
  const ParsedDot g = parse_dot(dot_of(view, options));
  REQUIRE(g != nullptr);
  CHECK(agnnodes(g.get()) == static_cast<int>(view.actors.size()));
}

TEST_CASE("dot labels survive quotes, backslashes, control characters and other scripts") {
  const auto graph = sample_graph();
  const ParsedDot g = parse_dot(dot_of(sample_view(graph)));
  REQUIRE(g != nullptr);
  Agnode_t* rur = find_node(g.get(), "RUR");
  REQUIRE(rur != nullptr);
  // Tab and newline become spaces, controls vanish, invalid UTF-8 becomes U+FFFD.
  CHECK(get(rur, "label") == "Ruri <&> \"tania\" 'x' new line bad\xEF\xBF\xBD");
  CHECK(get(find_node(g.get(), "volodymyr-zelensky"), "label") == "Зеленський");
  CHECK(get(find_node(g.get(), "kim-jong-un"), "label") == "金正恩");
  // The evidence ends in a backslash: doubled, so the tooltip still closes its quote.
  bool found = false;
  for (Agedge_t* e = agfstout(g.get(), find_node(g.get(), "kim-jong-un")); e;
       e = agnxtout(g.get(), e)) {
    found = get(e, "tooltip").ends_with("threatened Ruritania\\\\");
  }
  CHECK(found);
}

TEST_CASE("dot actor names that are DOT keywords are quoted") {
  irkg::graph::KnowledgeGraph graph;
  graph.add_relation(relation(actor("GRAPH", "Graph", ActorKind::Organization),
                              RelationType::Support, actor("node", "Node", ActorKind::Person),
                              "2019", "k", 0, "Edge."));
  const ParsedDot g = parse_dot(dot_of(sample_view(graph)));
  REQUIRE(g != nullptr);
  CHECK(get(find_node(g.get(), "GRAPH"), "label") == "Graph");
  CHECK(get(find_node(g.get(), "node"), "label") == "Node");
}

TEST_CASE("dot draws symmetric relations undirected and labels them with their years") {
  const auto graph = sample_graph();
  const ParsedDot g = parse_dot(dot_of(sample_view(graph)));
  REQUIRE(g != nullptr);
  std::size_t checked = 0;
  for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n)) {
    for (Agedge_t* e = agfstout(g.get(), n); e; e = agnxtout(g.get(), e)) {
      const std::string relation = get(e, "relation");
      const bool symmetric = relation == "treaty" || relation == "talks";
      CHECK(get(e, "dir") == (symmetric ? "none" : "forward"));
      if (relation == "treaty")
        CHECK(get(e, "label") == "treaty 2024");
      if (relation == "attack" && get(e, "modality") == "asserted") {
        CHECK(get(e, "label") == "attack 2022–2024");
        CHECK(get(e, "mentions") == "2");
        CHECK(get(e, "penwidth") == "2");
        CHECK(get(e, "color") == "#e31a1c");
      }
      if (get(e, "modality") == "hypothetical") {
        CHECK(get(e, "style") == "dashed");
        CHECK(get(e, "label") == "attack 2020 (hypothetical)");
      }
      ++checked;
    }
  }
  CHECK(checked == sample_view(graph).edges.size());
}

TEST_CASE("dot keeps parallel relations between the same actors") {
  const auto graph = sample_graph();
  const ParsedDot g = parse_dot(dot_of(sample_view(graph)));
  REQUIRE(g != nullptr);
  Agnode_t* usa = find_node(g.get(), "USA");
  Agnode_t* civ = find_node(g.get(), "CIV");
  std::size_t usa_to_civ = 0;
  for (Agedge_t* e = agfstout(g.get(), usa); e; e = agnxtout(g.get(), e)) {
    if (aghead(e) == civ)
      ++usa_to_civ;
  }
  CHECK(usa_to_civ == 2);
}

TEST_CASE("dot picks the layout and edge labels by size") {
  const auto small_graph = ring_graph(10, 30);
  const ParsedDot small = parse_dot(dot_of(sample_view(small_graph)));
  REQUIRE(small != nullptr);
  CHECK(get(small.get(), "layout") == "dot");
  CHECK(get(small.get(), "rankdir") == "LR");
  CHECK(get(agfstout(small.get(), agfstnode(small.get())), "label") == "criticize 2020");

  const auto large_graph = ring_graph(60, 200);
  const ParsedDot large = parse_dot(dot_of(sample_view(large_graph)));
  REQUIRE(large != nullptr);
  CHECK(get(large.get(), "layout") == "neato");
  CHECK(get(large.get(), "overlap") == "false");
  CHECK(get(agfstout(large.get(), agfstnode(large.get())), "label") == "");

  irkg::io::DiagramOptions options;
  options.layout = "sfdp";
  options.edge_labels = true;
  const ParsedDot forced = parse_dot(dot_of(sample_view(large_graph), options));
  REQUIRE(forced != nullptr);
  CHECK(get(forced.get(), "layout") == "sfdp");
  CHECK(get(agfstout(forced.get(), agfstnode(forced.get())), "label") == "criticize 2020");
}

TEST_CASE("dot rejects an unknown layout engine") {
  const auto graph = sample_graph();
  irkg::io::DiagramOptions options;
  options.layout = "spring";
  std::ostringstream out;
  CHECK_THROWS_AS(irkg::io::write_dot(sample_view(graph), out, options), irkg::Error);
  try {
    irkg::io::write_rendered(sample_view(graph), out, irkg::io::ExportFormat::Svg, options);
    FAIL("no error");
  } catch (const irkg::Error& error) {
    CHECK(error.kind() == irkg::ErrorKind::Usage);
  }
}

TEST_CASE("dot puts the title on the graph") {
  const auto graph = sample_graph();
  irkg::io::DiagramOptions options;
  options.title = "Relations \"2024\"";
  const ParsedDot g = parse_dot(dot_of(sample_view(graph), options));
  REQUIRE(g != nullptr);
  CHECK(get(g.get(), "label") == "Relations \"2024\"");
}

TEST_CASE("dot output is the same bytes every time") {
  const auto graph = sample_graph();
  CHECK(dot_of(sample_view(graph)) == dot_of(sample_view(graph)));
}

TEST_CASE("dot of an empty view is a valid empty digraph") {
  const ParsedDot g = parse_dot(dot_of(irkg::graph::View{}));
  REQUIRE(g != nullptr);
  CHECK(agnnodes(g.get()) == 0);
  CHECK(agisdirected(g.get()));
}

TEST_CASE("svg, png and pdf render in-process") {
  const auto graph = sample_graph();
  const auto view = sample_view(graph);
  std::ostringstream svg;
  irkg::io::write_rendered(view, svg, irkg::io::ExportFormat::Svg, {});
  CHECK(svg.str().find("<svg") != std::string::npos);
  CHECK(svg.str().find("</svg>") != std::string::npos);
  CHECK(svg.str().find("金正恩") != std::string::npos);
  CHECK(svg.str().find('\x01') == std::string::npos);
  CHECK(count(svg.str(), "class=\"edge\"") == view.edges.size());
  std::ostringstream png;
  irkg::io::write_view(view, png, irkg::io::ExportFormat::Png, {});
  CHECK(png.str().rfind("\x89PNG", 0) == 0);
  std::ostringstream pdf;
  irkg::io::write_view(view, pdf, irkg::io::ExportFormat::Pdf, {});
  CHECK(pdf.str().rfind("%PDF", 0) == 0);
  std::ostringstream empty;
  irkg::io::write_rendered(irkg::graph::View{}, empty, irkg::io::ExportFormat::Svg, {});
  CHECK(empty.str().find("</svg>") != std::string::npos);
}

TEST_CASE("svg of the same view is the same bytes every time") {
  const auto graph = ring_graph(60, 200);  // neato
  std::ostringstream a;
  std::ostringstream b;
  irkg::io::write_rendered(sample_view(graph), a, irkg::io::ExportFormat::Svg, {});
  irkg::io::write_rendered(sample_view(graph), b, irkg::io::ExportFormat::Svg, {});
  CHECK(a.str() == b.str());
}

TEST_CASE("export formats are found by name and by file extension") {
  using irkg::io::ExportFormat;
  CHECK(irkg::io::parse_export_format("gv") == ExportFormat::Dot);
  CHECK(irkg::io::parse_export_format("GraphML") == ExportFormat::GraphMl);
  CHECK(irkg::io::parse_export_format("gml") == std::nullopt);
  CHECK(irkg::io::format_from_extension("out/graph.gexf") == ExportFormat::Gexf);
  CHECK(irkg::io::format_from_extension("graph.SVG") == ExportFormat::Svg);
  CHECK(irkg::io::format_from_extension("graph") == std::nullopt);
  CHECK(irkg::io::format_from_extension("graph.") == std::nullopt);
}

TEST_CASE("dot reads the same in every client" * doctest::test_suite("checker")) {
  const auto graph = sample_graph();
  if (const auto result = run_checker(dot_of(sample_view(graph)), "dot")) {
    INFO(result->second);
    CHECK(result->first == 0);
  }
  if (const auto result = run_checker(dot_of(irkg::graph::View{}), "dot")) {
    INFO(result->second);
    CHECK(result->first == 0);
  }
}
