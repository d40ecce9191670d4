// tests/io/graphml_writer_test.cpp - GraphML export: schema-valid, typed, parallel edges kept
// SPDX-License-Identifier: MIT
#include "graph/view.h"
#include "io/sample.h"
#include "io/writers.h"
#include "io/xml.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <utility>

TEST_CASE("xml escaping keeps markup characters and drops what XML 1.0 forbids") {
  std::string text;
  irkg::io::append_xml_escaped(text, "a<b>&\"c'\x01\x1f\x7f", false);
  CHECK(text == "a&lt;b&gt;&amp;&quot;c&apos;\x7f");
  std::string attribute;
  irkg::io::append_xml_escaped(attribute, "tab\tlf\ncr\r", true);
  CHECK(attribute == "tab&#9;lf&#10;cr&#13;");
  std::string broken;
  irkg::io::append_xml_escaped(broken, "ok\xff\xfe!", false);
  CHECK(broken == "ok\xEF\xBF\xBD\xEF\xBF\xBD!");
  CHECK(irkg::io::xml_clean("x\x02y\xEF\xBF\xBEz") == "xyz");  // U+FFFE is no XML character
}

TEST_CASE("graphml declares typed node and edge keys once and never for all") {
  const auto graph = sample_graph();
  std::ostringstream out;
  irkg::io::write_graphml(sample_view(graph), out);
  const std::string text = out.str();
  CHECK(count(text,
              "<key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>") == 1);
  CHECK(count(text,
              "<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>") ==
        1);
  CHECK(count(text, "attr.name=\"mentions\" attr.type=\"int\"") == 1);
  CHECK(count(text, "attr.name=\"symmetric\" attr.type=\"boolean\"") == 1);
  CHECK(count(text, "for=\"all\"") == 0);
  CHECK(count(text, "edgedefault=\"directed\"") == 1);
}

TEST_CASE("graphml keeps parallel edges of different types with unique ids") {
  const auto graph = sample_graph();
  const auto view = sample_view(graph);
  std::ostringstream out;
  irkg::io::write_graphml(view, out);
  const std::string text = out.str();
  CHECK(count(text, "<edge ") == view.edges.size());
  CHECK(count(text, "source=\"USA\" target=\"CIV\"") == 2);
  for (std::size_t i = 0; i < view.edges.size(); ++i) {
    CHECK(count(text, "<edge id=\"e" + std::to_string(i) + "\"") == 1);
  }
  CHECK(text.find("<data key=\"e_relation\">treaty</data>") != std::string::npos);
  CHECK(text.find("<data key=\"e_relation\">sanction</data>") != std::string::npos);
}

TEST_CASE("graphml writes booleans as words and leaves missing values out") {
  const auto graph = sample_graph();
  std::ostringstream out;
  irkg::io::write_graphml(sample_view(graph), out);
  const std::string text = out.str();
  CHECK(text.find("<data key=\"e_symmetric\">true</data>") != std::string::npos);
  CHECK(text.find("<data key=\"e_symmetric\">false</data>") != std::string::npos);
  CHECK(text.find("<data key=\"e_symmetric\">1</data>") == std::string::npos);
  CHECK(text.find("\"></data>") == std::string::npos);  // no empty <data>
  CHECK(text.find("<data key=\"n_country\">UKR</data>") != std::string::npos);
  // The aggregated attack spans both mentions.
  CHECK(text.find("<data key=\"e_first_date\">2022-02-24</data>") != std::string::npos);
  CHECK(text.find("<data key=\"e_last_date\">2024</data>") != std::string::npos);
  CHECK(text.find("<data key=\"e_mentions\">2</data>") != std::string::npos);
  CHECK(text.find("<data key=\"e_docs\">d2; d3</data>") != std::string::npos);
}

TEST_CASE("graphml escapes names and evidence and keeps non-Latin scripts") {
  const auto graph = sample_graph();
  std::ostringstream out;
  irkg::io::write_graphml(sample_view(graph), out);
  const std::string text = out.str();
  CHECK(text.find(
            "Ruri &lt;&amp;&gt; &quot;tania&quot; &apos;x&apos;\tnew\nline\x7f bad\xEF\xBF\xBD") !=
        std::string::npos);
  CHECK(text.find('\x01') == std::string::npos);
  CHECK(text.find('\x02') == std::string::npos);
  CHECK(text.find("Зеленський") != std::string::npos);
  CHECK(text.find("金正恩") != std::string::npos);
  CHECK(text.find("Côte d&apos;Ivoire") != std::string::npos);
}

TEST_CASE("graphml mentions view has one edge per mention with its own sentence") {
  const auto graph = sample_graph();
  const auto view = sample_view(graph, false);
  std::ostringstream out;
  irkg::io::write_graphml(view, out);
  const std::string text = out.str();
  CHECK(count(text, "<edge ") == 9);
  CHECK(text.find("<data key=\"e_evidence\">Russian forces invaded.</data>") != std::string::npos);
  CHECK(text.find("<data key=\"e_evidence\">Shelling went on.\tTab,\nnewline,control.</data>") !=
        std::string::npos);
}

TEST_CASE("graphml output is the same bytes every time") {
  const auto graph = sample_graph();
  std::ostringstream a;
  std::ostringstream b;
  irkg::io::write_graphml(sample_view(graph), a);
  irkg::io::write_graphml(sample_view(graph), b);
  CHECK(a.str() == b.str());
}

TEST_CASE("graphml of an empty view is a valid empty graph") {
  std::ostringstream out;
  irkg::io::write_graphml(irkg::graph::View{}, out);
  CHECK(out.str().find("<graph id=\"G\" edgedefault=\"directed\"/>") != std::string::npos);
}

TEST_CASE("graphml reads the same in every client" * doctest::test_suite("checker")) {
  const auto graph = sample_graph();
  std::ostringstream out;
  irkg::io::write_graphml(sample_view(graph), out);
  if (const auto result = run_checker(out.str(), "graphml")) {
    INFO(result->second);
    CHECK(result->first == 0);
  }
  std::ostringstream empty;
  irkg::io::write_graphml(irkg::graph::View{}, empty);
  if (const auto result = run_checker(empty.str(), "graphml")) {
    INFO(result->second);
    CHECK(result->first == 0);
  }
}
