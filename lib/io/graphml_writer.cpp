// io/graphml_writer.cpp - GraphML 1.0 export: typed keys, stable edge ids, parallel edges kept
// SPDX-License-Identifier: MIT
#include "io/style.h"
#include "io/writers.h"
#include "io/xml.h"
#include "support/error.h"

#include <string>
#include <string_view>

namespace {

using irkg::io::XmlWriter;

std::string_view graphml_type(irkg::io::FieldType type) {
  switch (type) {
    case irkg::io::FieldType::String:
      return "string";
    case irkg::io::FieldType::Integer:
      return "int";
    case irkg::io::FieldType::Double:
      return "double";
    case irkg::io::FieldType::Boolean:
      return "boolean";
  }
  return "string";
}

// Key ids are "n_<name>" and "e_<name>": distinct from every yEd/networkx default (d3, d7,
// key0...), and never for="all" (Gephi and igraph lose such keys).
void key(irkg::io::XmlWriter& xml, std::string_view domain, std::string_view name,
         irkg::io::FieldType type) {
  xml.start("key");
  xml.attribute("id", std::string(domain == "node" ? "n_" : "e_") + std::string(name));
  xml.attribute("for", domain);
  xml.attribute("attr.name", name);
  xml.attribute("attr.type", graphml_type(type));
  xml.end();
}

bool nmtoken_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_' || c == ':';
}

/// The GraphML XSD types node ids as NMTOKEN. Actor ids are codes and slugs that already are;
/// anything else is written with each other byte as "_xHH_", so ids stay distinct.
std::string node_id(std::string_view actor_id) {
  std::string id;
  for (const char c : actor_id) {
    if (nmtoken_char(c)) {
      id += c;
      continue;
    }
    static constexpr char kHex[] = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(c);
    id += "_x";
    id += kHex[byte >> 4];
    id += kHex[byte & 0xF];
    id += '_';
  }
  if (id.empty())
    id = "_x_";
  return id;
}

void data(XmlWriter& xml, std::string_view key, std::string_view value) {
  if (value.empty())
    return;  // no empty <data>: a missing value stays missing in every reader
  xml.start("data");
  xml.attribute("key", key);
  xml.text(value);
  xml.end();
}

void write_data(irkg::io::XmlWriter& xml, std::string_view prefix,
                std::span<const irkg::io::Field> fields, const std::vector<std::string>& values) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    data(xml, std::string(prefix) + std::string(fields[i].name), values[i]);
  }
}

}  // namespace

void irkg::io::write_graphml(const graph::View& view, std::ostream& out) {
  {
    XmlWriter xml(out);
    xml.declaration();
    xml.start("graphml");
    xml.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
    xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    xml.attribute("xsi:schemaLocation",
                  "http://graphml.graphdrawing.org/xmlns "
                  "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
    // Gephi takes the attr.name "label" as the node label and "weight" as the edge weight.
    key(xml, "node", "label", FieldType::String);
    for (const Field& field : node_fields()) key(xml, "node", field.name, field.type);
    for (const Field& field : edge_fields()) key(xml, "edge", field.name, field.type);
    key(xml, "edge", "weight", FieldType::Double);
    xml.start("graph");
    xml.attribute("id", "G");
    xml.attribute("edgedefault", "directed");

    if (view.graph != nullptr) {
      const graph::KnowledgeGraph& kg = *view.graph;
      for (const graph::Vertex v : view.actors) {
        const graph::ActorNode& actor = kg.actor(v);
        xml.start("node");
        xml.attribute("id", node_id(actor.id));
        data(xml, "n_label", actor.name.empty() ? actor.id : actor.name);
        write_data(xml, "n_", node_fields(), node_values(actor));
        xml.end();
      }
      for (std::size_t i = 0; i < view.edges.size(); ++i) {
        const graph::ViewEdge& edge = view.edges[i];
        const EdgeFacts facts = edge_facts(view, edge);
        xml.start("edge");
        xml.attribute("id", edge_id(i));
        xml.attribute("source", node_id(kg.actor(edge.source).id));
        xml.attribute("target", node_id(kg.actor(edge.target).id));
        write_data(xml, "e_", edge_fields(), edge_values(edge, facts));
        data(xml, "e_weight", std::to_string(facts.mentions));
        xml.end();
      }
    }
    xml.finish();
  }
  out.flush();
  if (!out)
    throw Error(ErrorKind::Io, "cannot write the GraphML output");
}
