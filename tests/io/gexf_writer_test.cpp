// tests/io/gexf_writer_test.cpp - GEXF 1.3 export: kinds, dates as spans, colours, one block
// SPDX-License-Identifier: MIT
#include "graph/view.h"
#include "io/sample.h"
#include "io/writers.h"

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

TEST_CASE("gexf is version 1.3 with a dynamic directed graph of dates") {
  const auto graph = sample_graph();
  std::ostringstream out;
  irkg::io::write_gexf(sample_view(graph), out);
  const std::string text = out.str();
  CHECK(text.find("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
                  "version=\"1.3\">") != std::string::npos);
  CHECK(text.find("<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">") !=
        std::string::npos);
}

TEST_CASE("gexf declares one attribute block per class with ids equal to titles") {
  const auto graph = sample_graph();
  std::ostringstream out;
  irkg::io::write_gexf(sample_view(graph), out);
  const std::string text = out.str();
  CHECK(count(text, "<attributes class=\"node\"") == 1);
  CHECK(count(text, "<attributes class=\"edge\"") == 1);
  CHECK(text.find("<attribute id=\"relation\" title=\"relation\" type=\"string\"/>") !=
        std::string::npos);
  CHECK(text.find("<attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>") !=
        std::string::npos);
  CHECK(text.find("title=\"type\"") == std::string::npos);
  CHECK(text.find("title=\"weight\"") == std::string::npos);
}

TEST_CASE("gexf gives each edge its relation as kind and its mentions as weight") {
  const auto graph = sample_graph();
  const auto view = sample_view(graph);
  std::ostringstream out;
  irkg::io::write_gexf(view, out);
  const std::string text = out.str();
  CHECK(count(text, "<edge ") == view.edges.size());
  CHECK(text.find("source=\"USA\" target=\"CIV\" kind=\"sanction\"") != std::string::npos);
  CHECK(text.find("source=\"USA\" target=\"CIV\" kind=\"criticize\"") != std::string::npos);
  CHECK(text.find("source=\"RUS\" target=\"UKR\" kind=\"attack\" weight=\"2\"") !=
        std::string::npos);
  for (std::size_t i = 0; i < view.edges.size(); ++i) {
    CHECK(count(text, "<edge id=\"e" + std::to_string(i) + "\"") == 1);
  }
}

TEST_CASE("gexf expands partial dates to the whole span they cover") {
  const auto graph = sample_graph();
  std::ostringstream out;
  irkg::io::write_gexf(sample_view(graph), out);
  const std::string text = out.str();
  // treaty 2024 -> the whole year; sanction 2024-06 -> the whole month; attack 2022-02-24..2024
  CHECK(text.find("kind=\"treaty\" weight=\"1\" start=\"2024-01-01\" end=\"2024-12-31\"") !=
        std::string::npos);
  CHECK(text.find("kind=\"sanction\" weight=\"1\" start=\"2024-06-01\" end=\"2024-06-30\"") !=
        std::string::npos);
  CHECK(text.find("kind=\"attack\" weight=\"2\" start=\"2022-02-24\" end=\"2024-12-31\"") !=
        std::string::npos);
  // talks has no date: no start or end at all
  CHECK(text.find("kind=\"talks\" weight=\"1\">") != std::string::npos);
}

TEST_CASE("gexf colours nodes by kind and edges by quad class") {
  const auto graph = sample_graph();
  std::ostringstream out;
  irkg::io::write_gexf(sample_view(graph), out);
  const std::string text = out.str();
  CHECK(text.find("<viz:color r=\"166\" g=\"206\" b=\"227\"/>") != std::string::npos);  // state
  CHECK(text.find("<viz:color r=\"227\" g=\"26\" b=\"28\"/>") != std::string::npos);    // attack
  CHECK(text.find("<viz:size value=\"") != std::string::npos);
  CHECK(text.find("hex=") == std::string::npos);
}

TEST_CASE("gexf escapes labels and evidence, keeping tabs and newlines as references") {
  const auto graph = sample_graph();
  std::ostringstream out;
  irkg::io::write_gexf(sample_view(graph), out);
  const std::string text = out.str();
  CHECK(text.find("label=\"Ruri &lt;&amp;&gt; &quot;tania&quot; &apos;x&apos;&#9;new&#10;line") !=
        std::string::npos);
  CHECK(text.find("label=\"Зеленський\"") != std::string::npos);
  CHECK(text.find("label=\"金正恩\"") != std::string::npos);
  CHECK(text.find("value=\"Washington imposed &quot;sanctions&quot; &lt;on&gt; A &amp; B.\"") !=
        std::string::npos);
  CHECK(text.find('\x01') == std::string::npos);
  CHECK(text.find('\x02') == std::string::npos);
  CHECK(text.find('\xff') == std::string::npos);
}

TEST_CASE("gexf output is the same bytes every time") {
  const auto graph = sample_graph();
  std::ostringstream a;
  std::ostringstream b;
  irkg::io::write_gexf(sample_view(graph), a);
  irkg::io::write_gexf(sample_view(graph), b);
  CHECK(a.str() == b.str());
}

TEST_CASE("gexf of an empty view has empty node and edge lists") {
  std::ostringstream out;
  irkg::io::write_gexf(irkg::graph::View{}, out);
  CHECK(out.str().find("<nodes count=\"0\"/>") != std::string::npos);
  CHECK(out.str().find("<edges count=\"0\"/>") != std::string::npos);
}

TEST_CASE("gexf reads the same in every client" * doctest::test_suite("checker")) {
  const auto graph = sample_graph();
  std::ostringstream out;
  irkg::io::write_gexf(sample_view(graph), out);
  if (const auto result = run_checker(out.str(), "gexf")) {
    INFO(result->second);
    CHECK(result->first == 0);
  }
  std::ostringstream empty;
  irkg::io::write_gexf(irkg::graph::View{}, empty);
  if (const auto result = run_checker(empty.str(), "gexf")) {
    INFO(result->second);
    CHECK(result->first == 0);
  }
}
