// tests/io/graphml_writer_test.cpp - GraphML export: schema-valid, typed, parallel edges kept
// SPDX-License-Identifier: MIT
#include "graph/view.h"
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
