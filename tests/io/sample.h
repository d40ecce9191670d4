// tests/io/sample.h - the sample graph and helpers every writer test uses
#ifndef IRKG_TESTS_IO_SAMPLE_H
#define IRKG_TESTS_IO_SAMPLE_H

#include <doctest/doctest.h>

#include "graph/view.h"
#include "io/writers.h"

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

[[maybe_unused]] std::size_t count(const std::string& text, std::string_view needle) {
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

#endif  // IRKG_TESTS_IO_SAMPLE_H
