// pipeline/report.cpp - what the query commands print: paths, neighbours, tables, statistics
// SPDX-License-Identifier: MIT
#include "pipeline/report.h"

#include "extract/explain.h"
#include "support/error.h"
#include "support/strings.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <iomanip>
#include <numeric>
#include <type_traits>

namespace {

using irkg::graph::Edge;
using irkg::graph::Vertex;
using irkg::graph::View;
using irkg::graph::ViewEdge;
using JsonWriter = rapidjson::PrettyWriter<rapidjson::OStreamWrapper>;

constexpr std::size_t kEvidenceWidth = 110;

const std::string& name_of(const View& view, Vertex v) {
  return view.graph->actor(v).name;
}

std::string date_span(const ViewEdge& edge) {
  if (!edge.first.known())
    return "undated";
  const std::string first = edge.first.to_string();
  const std::string last = edge.last.to_string();
  return first == last ? first : first + "–" + last;
}

std::string docs_count(std::uint32_t mentions) {
  return std::to_string(mentions) + (mentions == 1 ? " doc" : " docs");
}

// Shortens on a UTF-8 boundary so a terminal line stays readable.
std::string shorten(const std::string& text, std::size_t width) {
  if (text.size() <= width)
    return text;
  std::size_t cut = width;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

std::string one_line(std::string text) {
  std::replace_if(
      text.begin(), text.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return text;
}

// "A —type→ B" read along the path from `from`; reversed arrows when the relation points back.
std::string hop_arrow(const View& view, const ViewEdge& edge, Vertex from) {
  const std::string type(irkg::to_string(edge.type));
  const Vertex to = edge.source == from ? edge.target : edge.source;
  std::string modality;
  if (edge.modality != irkg::Modality::Asserted)
    modality = " (" + std::string(irkg::to_string(edge.modality)) + ")";
  if (irkg::info(edge.type).symmetric) {
    return name_of(view, from) + " —" + type + "— " + name_of(view, to) + modality;
  }
  if (edge.source == from)
    return name_of(view, from) + " —" + type + "→ " + name_of(view, to) + modality;
  return name_of(view, from) + " ←" + type + "— " + name_of(view, to) + modality;
}

void print_edge_line(const View& view, const ViewEdge& edge, Vertex from, std::ostream& out,
                     const char* indent) {
  out << indent << hop_arrow(view, edge, from) << "  " << date_span(edge) << ", "
      << docs_count(edge.mentions);
  if (!edge.evidence.empty()) {
    const auto& relation = view.graph->relation(edge.evidence.front());
    const std::string& text = view.graph->evidence(relation.evidence);
    if (!text.empty())
      out << "  \"" << shorten(one_line(text), kEvidenceWidth) << "\"";
    out << " [" << view.graph->document(relation.doc).id << "]";
  }
  out << '\n';
}

void json_string(JsonWriter& writer, std::string_view text) {
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void json_date(JsonWriter& writer, const irkg::PartialDate& date) {
  if (date.known()) {
    json_string(writer, date.to_string());
  } else {
    writer.Null();
  }
}

// The actor's fields, inside an object the caller opened (so it can add its own).
void json_actor_fields(JsonWriter& writer, const View& view, Vertex v) {
  const auto& actor = view.graph->actor(v);
  writer.Key("id");
  json_string(writer, actor.id);
  writer.Key("name");
  json_string(writer, actor.name);
  writer.Key("kind");
  json_string(writer, irkg::to_string(actor.kind));
  if (!actor.country.empty()) {
    writer.Key("country");
    json_string(writer, actor.country);
  }
  if (!actor.org.empty()) {
    writer.Key("org");
    json_string(writer, actor.org);
  }
}

void json_actor(JsonWriter& writer, const View& view, Vertex v) {
  writer.StartObject();
  json_actor_fields(writer, view, v);
  writer.EndObject();
}

// [{"id": ..., <score_name>: score}, ...] for the actors at \p positions.
template <typename Scores>
void json_ranking(JsonWriter& writer, const View& view, const std::vector<std::size_t>& positions,
                  const char* score_name, const Scores& scores) {
  writer.StartArray();
  for (const std::size_t i : positions) {
    writer.StartObject();
    writer.Key("id");
    json_string(writer, view.graph->actor(view.actors[i]).id);
    writer.Key(score_name);
    if constexpr (std::is_integral_v<typename Scores::value_type>) {
      writer.Uint64(scores[i]);
    } else {
      writer.Double(scores[i]);
    }
    writer.EndObject();
  }
  writer.EndArray();
}

void json_edge(JsonWriter& writer, const View& view, const ViewEdge& edge) {
  const auto& g = *view.graph;
  writer.StartObject();
  writer.Key("source");
  json_string(writer, g.actor(edge.source).id);
  writer.Key("type");
  json_string(writer, irkg::to_string(edge.type));
  writer.Key("target");
  json_string(writer, g.actor(edge.target).id);
  writer.Key("modality");
  json_string(writer, irkg::to_string(edge.modality));
  writer.Key("mentions");
  writer.Uint(edge.mentions);
  writer.Key("first_date");
  json_date(writer, edge.first);
  writer.Key("last_date");
  json_date(writer, edge.last);
  writer.Key("evidence");
  writer.StartArray();
  for (const Edge& e : edge.evidence) {
    const auto& relation = g.relation(e);
    const auto& document = g.document(relation.doc);
    writer.StartObject();
    writer.Key("doc");
    json_string(writer, document.id);
    if (!document.title.empty()) {
      writer.Key("title");
      json_string(writer, document.title);
    }
    if (!document.url.empty()) {
      writer.Key("url");
      json_string(writer, document.url);
    }
    writer.Key("sentence");
    writer.Int(relation.sentence);
    writer.Key("date");
    json_date(writer, relation.date);
    writer.Key("text");
    json_string(writer, g.evidence(relation.evidence));
    if (const std::string& rule = g.rule(relation.rule); !rule.empty()) {
      writer.Key("rule");
      json_string(writer, rule);
    }
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
}

std::string pad(std::string text, std::size_t width) {
  // Pads by code points so names in other scripts line up roughly.
  std::size_t length = 0;
  for (const char c : text) length += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (length < width)
    text.append(width - length, ' ');
  return text;
}

}  // namespace

Vertex irkg::pipeline::resolve_actor(const graph::KnowledgeGraph& graph, const std::string& name) {
  if (const auto v = graph.resolve(name))
    return *v;
  std::string message = "no actor named '" + name + "'";
  const auto suggestions = graph.suggest(name);
  if (!suggestions.empty()) {
    message += "; did you mean ";
    for (std::size_t i = 0; i < suggestions.size(); ++i) {
      if (i)
        message += i + 1 == suggestions.size() ? " or " : ", ";
      message += "'" + suggestions[i] + "'";
    }
    message += "?";
  }
  throw Error(ErrorKind::Usage, message);
}

void irkg::pipeline::print_paths(const View& view, Vertex from, Vertex to,
                                 const std::vector<graph::Path>& paths, TextFormat format,
                                 std::ostream& out) {
  if (format == TextFormat::Json) {
    rapidjson::OStreamWrapper stream(out);
    JsonWriter writer(stream);
    writer.StartObject();
    writer.Key("from");
    json_actor(writer, view, from);
    writer.Key("to");
    json_actor(writer, view, to);
    writer.Key("paths");
    writer.StartArray();
    for (const auto& path : paths) {
      writer.StartObject();
      writer.Key("hops");
      writer.Uint(static_cast<unsigned>(path.hops.size()));
      writer.Key("mentions");
      writer.Uint64(path.total_mentions);
      writer.Key("actors");
      writer.StartArray();
      for (const Vertex v : path.actors) json_actor(writer, view, v);
      writer.EndArray();
      writer.Key("steps");
      writer.StartArray();
      for (const auto& hop : path.hops) {
        writer.StartObject();
        writer.Key("from");
        json_string(writer, view.graph->actor(hop.from).id);
        writer.Key("to");
        json_string(writer, view.graph->actor(hop.to).id);
        writer.Key("relations");
        writer.StartArray();
        for (const std::size_t i : hop.edges) json_edge(writer, view, view.edges[i]);
        writer.EndArray();
        writer.EndObject();
      }
      writer.EndArray();
      writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
    out << '\n';
    return;
  }
  if (paths.empty()) {
    out << "no path from " << name_of(view, from) << " to " << name_of(view, to)
        << " with these filters\n";
    return;
  }
  for (std::size_t p = 0; p < paths.size(); ++p) {
    const auto& path = paths[p];
    out << "Path " << p + 1 << " of " << paths.size() << " (" << path.hops.size()
        << (path.hops.size() == 1 ? " hop" : " hops") << ", " << path.total_mentions << " docs): ";
    for (std::size_t i = 0; i < path.actors.size(); ++i) {
      out << (i ? " → " : "") << name_of(view, path.actors[i]);
    }
    out << '\n';
    for (const auto& hop : path.hops) {
      for (std::size_t k = 0; k < hop.edges.size(); ++k) {
        print_edge_line(view, view.edges[hop.edges[k]], hop.from, out, k == 0 ? "  " : "    also ");
      }
    }
  }
}

void irkg::pipeline::print_neighbors(const View& view, Vertex actor,
                                     const std::vector<graph::Neighbor>& neighbors,
                                     TextFormat format, std::ostream& out) {
  if (format == TextFormat::Json) {
    rapidjson::OStreamWrapper stream(out);
    JsonWriter writer(stream);
    writer.StartObject();
    writer.Key("actor");
    json_actor(writer, view, actor);
    writer.Key("neighbors");
    writer.StartArray();
    for (const auto& neighbor : neighbors) {
      writer.StartObject();
      writer.Key("actor");
      json_actor(writer, view, neighbor.actor);
      writer.Key("mentions");
      writer.Uint64(neighbor.mentions);
      writer.Key("relations");
      writer.StartArray();
      for (const std::size_t i : neighbor.out_edges) json_edge(writer, view, view.edges[i]);
      for (const std::size_t i : neighbor.in_edges) json_edge(writer, view, view.edges[i]);
      writer.EndArray();
      writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
    out << '\n';
    return;
  }
  out << name_of(view, actor) << " (" << view.graph->actor(actor).id << "): " << neighbors.size()
      << (neighbors.size() == 1 ? " neighbour\n" : " neighbours\n");
  for (const auto& neighbor : neighbors) {
    for (const std::size_t i : neighbor.out_edges)
      print_edge_line(view, view.edges[i], actor, out, "  ");
    for (const std::size_t i : neighbor.in_edges)
      print_edge_line(view, view.edges[i], actor, out, "  ");
  }
}

void irkg::pipeline::print_actors(const View& view, TextFormat format, std::ostream& out) {
  const auto degree = graph::degrees(view);
  std::vector<std::size_t> order(view.actors.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return degree[a] > degree[b]; });
  if (format == TextFormat::Json) {
    rapidjson::OStreamWrapper stream(out);
    JsonWriter writer(stream);
    writer.StartArray();
    for (const std::size_t i : order) {
      writer.StartObject();
      json_actor_fields(writer, view, view.actors[i]);
      writer.Key("degree");
      writer.Uint64(degree[i]);
      writer.EndObject();
    }
    writer.EndArray();
    out << '\n';
    return;
  }
  std::size_t id_width = 2, name_width = 4;
  for (const Vertex v : view.actors) {
    id_width = std::max(id_width, view.graph->actor(v).id.size());
    name_width = std::max(name_width, std::min<std::size_t>(view.graph->actor(v).name.size(), 40));
  }
  out << pad("id", id_width) << "  " << pad("name", name_width) << "  " << pad("kind", 12)
      << "  degree\n";
  for (const std::size_t i : order) {
    const auto& actor = view.graph->actor(view.actors[i]);
    out << pad(actor.id, id_width) << "  " << pad(actor.name, name_width) << "  "
        << pad(std::string(to_string(actor.kind)), 12) << "  " << degree[i] << '\n';
  }
}

void irkg::pipeline::print_relations(const View& view, bool evidence, TextFormat format,
                                     std::ostream& out) {
  if (format == TextFormat::Json) {
    rapidjson::OStreamWrapper stream(out);
    JsonWriter writer(stream);
    writer.StartArray();
    for (const auto& edge : view.edges) json_edge(writer, view, edge);
    writer.EndArray();
    out << '\n';
    return;
  }
  for (const auto& edge : view.edges) {
    print_edge_line(view, edge, edge.source, out, "");
    if (!evidence)
      continue;
    for (const Edge& e : edge.evidence) {
      const auto& relation = view.graph->relation(e);
      const auto& document = view.graph->document(relation.doc);
      out << "    [" << document.id;
      if (relation.sentence >= 0)
        out << " #" << relation.sentence;
      out << "]";
      if (relation.date.known())
        out << " " << relation.date.to_string();
      if (!document.title.empty())
        out << "  " << document.title;
      if (document.date.known())
        out << " (" << document.date.to_string() << ")";
      if (!document.url.empty())
        out << "  " << document.url;
      const std::string& rule = view.graph->rule(relation.rule);
      if (!rule.empty())
        out << "  rule " << rule;
      const std::string& text = view.graph->evidence(relation.evidence);
      out << "\n      \"" << one_line(text) << "\"\n";
      // A tree rule's reading is shown as the paths it followed, parsed again from the text.
      for (const auto& path : extract::rule_paths(text, rule))
        out << "      tree: " << path << "\n";
    }
  }
}

void irkg::pipeline::print_stats(const View& view, std::size_t top, TextFormat format,
                                 std::ostream& out) {
  const auto stats = graph::compute_stats(view);
  const auto degree = graph::degrees(view);
  const auto centrality = graph::betweenness(view);
  const auto ranked = [&](const auto& score) {
    std::vector<std::size_t> order(view.actors.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
    if (order.size() > top)
      order.resize(top);
    return order;
  };
  const auto by_degree = ranked(degree);
  const auto by_betweenness = ranked(centrality);
  if (format == TextFormat::Json) {
    rapidjson::OStreamWrapper stream(out);
    JsonWriter writer(stream);
    writer.StartObject();
    writer.Key("actors");
    writer.Uint64(stats.actors);
    writer.Key("relations");
    writer.Uint64(stats.edges);
    writer.Key("mentions");
    writer.Uint64(stats.mentions);
    writer.Key("documents");
    writer.Uint64(stats.documents);
    for (const auto& [key, counts] :
         {std::pair{"by_type", &stats.by_type}, std::pair{"by_modality", &stats.by_modality},
          std::pair{"by_kind", &stats.by_kind}}) {
      writer.Key(key);
      writer.StartObject();
      for (const auto& [name, count] : *counts) {
        json_string(writer, name);
        writer.Uint64(count);
      }
      writer.EndObject();
    }
    writer.Key("top_degree");
    json_ranking(writer, view, by_degree, "degree", degree);
    writer.Key("top_betweenness");
    json_ranking(writer, view, by_betweenness, "betweenness", centrality);
    writer.EndObject();
    out << '\n';
    return;
  }
  out << stats.actors << " actors, " << stats.edges
      << (view.aggregated ? " relations" : " mentions") << " (" << stats.mentions << " mentions in "
      << stats.documents << " documents)\n";
  out << "\nrelations by type:\n";
  for (const auto& [name, count] : stats.by_type) out << "  " << pad(name, 18) << count << '\n';
  out << "\nrelations by modality:\n";
  for (const auto& [name, count] : stats.by_modality) out << "  " << pad(name, 18) << count << '\n';
  out << "\nactors by kind:\n";
  for (const auto& [name, count] : stats.by_kind) out << "  " << pad(name, 18) << count << '\n';
  out << "\ntop actors by degree:\n";
  for (const std::size_t i : by_degree) {
    out << "  " << pad(name_of(view, view.actors[i]), 28) << degree[i] << '\n';
  }
  out << "\ntop actors by betweenness centrality:\n";
  for (const std::size_t i : by_betweenness) {
    out << "  " << pad(name_of(view, view.actors[i]), 28) << std::fixed << std::setprecision(3)
        << centrality[i] << '\n';
  }
  out.unsetf(std::ios::fixed);
}

void irkg::pipeline::print_relation_table(const text::Article& article,
                                          const std::vector<Relation>& relations,
                                          std::ostream& out) {
  out << "== " << article.id;
  if (!article.title.empty())
    out << ": " << article.title;
  if (article.date.known())
    out << " (" << article.date.to_string() << ")";
  out << "  — " << relations.size() << (relations.size() == 1 ? " relation\n" : " relations\n");
  for (const Relation& relation : relations) {
    const bool symmetric = info(relation.type).symmetric;
    std::string line = "#" + std::to_string(relation.sentence) + "  " + relation.source.name +
                       " —" + std::string(to_string(relation.type)) + (symmetric ? "— " : "→ ") +
                       relation.target.name;
    out << "  " << pad(line, 58) << "  " << pad(std::string(to_string(relation.modality)), 12)
        << "  " << pad(relation.date.known() ? relation.date.to_string() : "-", 10) << "  "
        << std::fixed << std::setprecision(2) << relation.confidence << '\n';
    out.unsetf(std::ios::fixed);
    out << "      \"" << shorten(one_line(relation.evidence), kEvidenceWidth + 40) << "\"\n";
  }
}
