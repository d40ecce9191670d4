// tests/io/gexf_writer_test.cpp - GEXF 1.3 export: kinds, dates as spans, colours, one block
// SPDX-License-Identifier: MIT
#include "graph/view.h"
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

namespace {

using irkg::Actor;
using irkg::ActorKind;
using irkg::Modality;
using irkg::PartialDate;
using irkg::Relation;
using irkg::RelationType;

Actor actor(std::string id, std::string name, ActorKind kind, std::string country = {}) {
  Actor a;
  a.id = std::move(id);
  a.name = std::move(name);
  a.kind = kind;
  a.country = std::move(country);
  return a;
}

Relation relation(const Actor& source, RelationType type, const Actor& target, std::string date,
                  std::string doc, std::int32_t sentence, std::string evidence,
                  Modality modality = Modality::Asserted) {
  Relation r;
  r.source = source;
  r.type = type;
  r.target = target;
  r.modality = modality;
  r.date = PartialDate::parse(date).value();
  r.doc = std::move(doc);
  r.sentence = sentence;
  r.evidence = std::move(evidence);
  r.confidence = 0.9F;
  return r;
}

/// A small graph with everything exporters get wrong: parallel edges of different types, a
/// symmetric type, dates of every precision, markup characters, control characters, invalid
/// UTF-8 and non-Latin scripts.
irkg::graph::KnowledgeGraph sample_graph() {
  const Actor usa = actor("USA", "United States", ActorKind::State);
  const Actor civ = actor("CIV", "Côte d'Ivoire", ActorKind::State);
  const Actor rus = actor("RUS", "Russia", ActorKind::State);
  const Actor ukr = actor("UKR", "Ukraine", ActorKind::State);
  const Actor zel = actor("volodymyr-zelensky", "Зеленський", ActorKind::Person, "UKR");
  const Actor kim = actor("kim-jong-un", "金正恩", ActorKind::Person, "PRK");
  const Actor rur =
      actor("RUR", "Ruri <&> \"tania\" 'x'\tnew\nline\x01\x7f bad\xff", ActorKind::State);
  const Actor un = actor("UN", "United Nations", ActorKind::Organization);
  irkg::graph::KnowledgeGraph graph;
  graph.add_relation(
      relation(usa, RelationType::Treaty, civ, "2024", "d1", 1, "They signed a pact."));
  graph.add_relation(relation(usa, RelationType::Sanction, civ, "2024-06", "d1", 2,
                              "Washington imposed \"sanctions\" <on> A & B."));
  graph.add_relation(relation(usa, RelationType::Criticize, civ, "2024-06-03", "d1", 3,
                              "The U.S. condemned the vote."));
  graph.add_relation(
      relation(rus, RelationType::Attack, ukr, "2022-02-24", "d2", 0, "Russian forces invaded."));
  graph.add_relation(relation(rus, RelationType::Attack, ukr, "2024", "d3", 4,
                              "Shelling went on.\tTab,\nnewline,\x02"
                              "control."));
  graph.add_relation(
      relation(zel, RelationType::Talks, usa, "", "d4", 3, "Зеленський met officials."));
  graph.add_relation(relation(kim, RelationType::Threaten, rur, "2023-05", "d5", 1,
                              "金正恩 threatened Ruritania\\"));
  graph.add_relation(
      relation(rur, RelationType::MemberOf, un, "", "d5", 2, "Ruritania joined the UN."));
  graph.add_relation(relation(usa, RelationType::Attack, rur, "2020", "d6", 0,
                              "Washington could strike.", Modality::Hypothetical));
  return graph;
}

irkg::graph::View sample_view(const irkg::graph::KnowledgeGraph& graph, bool aggregate = true) {
  irkg::graph::Filter filter;
  filter.modalities = {Modality::Asserted, Modality::Hypothetical, Modality::Negated};
  return irkg::graph::make_view(graph, filter, aggregate);
}

std::size_t count(const std::string& text, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(needle); pos != std::string::npos;
       pos = text.find(needle, pos + needle.size())) {
    ++n;
  }
  return n;
}

/// Runs shared/tools/check-graph-clients on \p text written as a file with \p extension.
/// Returns its exit status and output, or nullopt (and says why) when it is not installed.
std::optional<std::pair<int, std::string>> run_checker(const std::string& text,
                                                       const std::string& extension) {
  const std::filesystem::path checker =
      std::filesystem::path(IRKG_SHARED_DIR) / "tools" / "check-graph-clients";
  if (!std::filesystem::exists(checker)) {
    MESSAGE("skipped: " << checker.string() << " is not installed");
    return std::nullopt;
  }
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("irkg-io-test-" + extension);
  std::filesystem::create_directories(dir);
  const std::filesystem::path file = dir / ("graph." + extension);
  std::ofstream(file, std::ios::binary) << text;
  const std::filesystem::path log = dir / "checker.log";
  const std::string command =
      checker.string() + " '" + file.string() + "' > '" + log.string() + "' 2>&1";
  const int status = std::system(command.c_str());
  std::ifstream in(log);
  const std::string output((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return std::pair{WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

}  // namespace

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
