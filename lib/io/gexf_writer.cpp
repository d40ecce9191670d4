// io/gexf_writer.cpp - GEXF 1.3 export for Gephi and Gephi Lite: typed, dated, coloured edges
// SPDX-License-Identifier: MIT
#include "graph/query.h"
#include "io/style.h"
#include "io/writers.h"
#include "io/xml.h"
#include "support/error.h"

#include <cmath>
#include <string>
#include <string_view>

namespace {

using irkg::io::XmlWriter;

std::string_view gexf_type(irkg::io::FieldType type) {
  switch (type) {
    case irkg::io::FieldType::String:
      return "string";
    case irkg::io::FieldType::Integer:
      return "integer";
    case irkg::io::FieldType::Double:
      return "double";
    case irkg::io::FieldType::Boolean:
      return "boolean";
  }
  return "string";
}

void attvalue(XmlWriter& xml, std::string_view key, std::string_view value) {
  if (value.empty())
    return;
  xml.start("attvalue");
  xml.attribute("for", key);
  xml.attribute("value", value);
  xml.end();
}

void color(XmlWriter& xml, irkg::io::Rgb rgb) {
  // r/g/b, not hex: networkx's reader needs the channels.
  xml.start("viz:color");
  xml.attribute("r", std::to_string(rgb.r));
  xml.attribute("g", std::to_string(rgb.g));
  xml.attribute("b", std::to_string(rgb.b));
  xml.end();
}

// One static block per class: graphology-gexf keeps only the last block of a class. Ids equal
// titles: graphology keys by id, networkx by title, Gephi by both.
void declare(XmlWriter& xml, const char* cls, std::span<const irkg::io::Field> fields) {
  xml.start("attributes");
  xml.attribute("class", cls);
  xml.attribute("mode", "static");
  for (const irkg::io::Field& field : fields) {
    xml.start("attribute");
    xml.attribute("id", field.name);
    xml.attribute("title", field.name);
    xml.attribute("type", gexf_type(field.type));
    xml.end();
  }
  xml.end();
}

void attvalues(XmlWriter& xml, std::span<const irkg::io::Field> fields,
               const std::vector<std::string>& values) {
  xml.start("attvalues");
  for (std::size_t i = 0; i < fields.size(); ++i) attvalue(xml, fields[i].name, values[i]);
  xml.end();
}

}  // namespace

void irkg::io::write_gexf(const graph::View& view, std::ostream& out) {
  {
    XmlWriter xml(out);
    xml.declaration();
    xml.start("gexf");
    xml.attribute("xmlns", "http://gexf.net/1.3");
    xml.attribute("xmlns:viz", "http://gexf.net/1.3/viz");
    xml.attribute("version", "1.3");
    xml.start("meta");
    xml.start("creator");
    xml.text("irkg");
    xml.end();
    xml.start("description");
    xml.text(view.aggregated ? "international-relations knowledge graph (aggregated relations)"
                             : "international-relations knowledge graph (one edge per mention)");
    xml.end();
    xml.end();
    xml.start("graph");
    xml.attribute("defaultedgetype", "directed");
    xml.attribute("mode", "dynamic");
    xml.attribute("timeformat", "date");
    declare(xml, "node", node_fields());
    declare(xml, "edge", edge_fields());

    xml.start("nodes");
    xml.attribute("count", std::to_string(view.actors.size()));
    if (view.graph != nullptr) {
      const std::vector<std::size_t> degree = graph::degrees(view);
      for (std::size_t i = 0; i < view.actors.size(); ++i) {
        const graph::ActorNode& actor = view.graph->actor(view.actors[i]);
        xml.start("node");
        xml.attribute("id", actor.id);
        xml.attribute("label", actor.name.empty() ? actor.id : actor.name);
        attvalues(xml, node_fields(), node_values(actor));
        color(xml, kind_color(actor.kind));
        xml.start("viz:size");
        xml.attribute("value",
                      format_fixed(8.0 + 4.0 * std::sqrt(static_cast<double>(degree[i])), 2));
        xml.end();
        xml.end();
      }
    }
    xml.end();

    xml.start("edges");
    xml.attribute("count", std::to_string(view.edges.size()));
    if (view.graph != nullptr) {
      const graph::KnowledgeGraph& kg = *view.graph;
      for (std::size_t i = 0; i < view.edges.size(); ++i) {
        const graph::ViewEdge& edge = view.edges[i];
        const EdgeFacts facts = edge_facts(view, edge);
        xml.start("edge");
        xml.attribute("id", edge_id(i));
        xml.attribute("source", kg.actor(edge.source).id);
        xml.attribute("target", kg.actor(edge.target).id);
        xml.attribute("kind", facts.relation);
        xml.attribute("weight", std::to_string(facts.mentions));
        if (edge.first.known()) {
          // Gephi's timeline: the whole span the dates cover (2024 -> 2024-01-01..2024-12-31).
          xml.attribute("start", format_day(edge.first.first_day()));
          xml.attribute("end", format_day(edge.last.last_day()));
        }
        attvalues(xml, edge_fields(), edge_values(edge, facts));
        color(xml, quad_color(facts.quad));
        xml.end();
      }
    }
    xml.end();
    xml.finish();
  }
  out.flush();
  if (!out)
    throw Error(ErrorKind::Io, "cannot write the GEXF output");
}
