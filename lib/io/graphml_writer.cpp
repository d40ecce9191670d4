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

struct Key {
  const char* id;
  const char* domain;  // "node" or "edge", never "all" (Gephi and igraph lose such keys)
  const char* name;
  const char* type;
};

// Gephi maps the attr.name "label" to the node label and "weight" to the edge weight, on
// purpose. Ids are distinct from every yEd/networkx default (d3, d7, key0...).
constexpr Key kKeys[] = {
    {"n_label", "node", "label", "string"},
    {"n_kind", "node", "kind", "string"},
    {"n_country", "node", "country", "string"},
    {"n_org", "node", "org", "string"},
    {"n_aliases", "node", "aliases", "string"},
    {"e_relation", "edge", "relation", "string"},
    {"e_modality", "edge", "modality", "string"},
    {"e_date", "edge", "date", "string"},
    {"e_first_date", "edge", "first_date", "string"},
    {"e_last_date", "edge", "last_date", "string"},
    {"e_mentions", "edge", "mentions", "int"},
    {"e_weight", "edge", "weight", "double"},
    {"e_quad_class", "edge", "quad_class", "int"},
    {"e_cameo_root", "edge", "cameo_root", "string"},
    {"e_symmetric", "edge", "symmetric", "boolean"},
    {"e_evidence", "edge", "evidence", "string"},
    {"e_docs", "edge", "docs", "string"},
    {"e_confidence", "edge", "confidence", "double"},
};

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
    for (const Key& key : kKeys) {
      xml.start("key");
      xml.attribute("id", key.id);
      xml.attribute("for", key.domain);
      xml.attribute("attr.name", key.name);
      xml.attribute("attr.type", key.type);
      xml.end();
    }
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
        data(xml, "n_kind", to_string(actor.kind));
        data(xml, "n_country", actor.country);
        data(xml, "n_org", actor.org);
        data(xml, "n_aliases", join(actor.aliases, "; "));
        xml.end();
      }
      for (std::size_t i = 0; i < view.edges.size(); ++i) {
        const graph::ViewEdge& edge = view.edges[i];
        const EdgeFacts facts = edge_facts(view, edge);
        xml.start("edge");
        xml.attribute("id", edge_id(i));
        xml.attribute("source", node_id(kg.actor(edge.source).id));
        xml.attribute("target", node_id(kg.actor(edge.target).id));
        data(xml, "e_relation", facts.relation);
        data(xml, "e_modality", facts.modality);
        data(xml, "e_date", facts.first_date);
        data(xml, "e_first_date", facts.first_date);
        data(xml, "e_last_date", facts.last_date);
        data(xml, "e_mentions", std::to_string(facts.mentions));
        data(xml, "e_weight", std::to_string(facts.mentions));
        if (facts.quad != QuadClass::None) {
          data(xml, "e_quad_class", std::to_string(quad_number(facts.quad)));
        }
        data(xml, "e_cameo_root", facts.cameo_root);
        data(xml, "e_symmetric", facts.symmetric ? "true" : "false");
        data(xml, "e_evidence", xml_clean(facts.evidence));
        data(xml, "e_docs", join(facts.docs, "; "));
        if (!edge.evidence.empty())
          data(xml, "e_confidence", format_number(facts.confidence));
        xml.end();
      }
    }
    xml.finish();
  }
  out.flush();
  if (!out)
    throw Error(ErrorKind::Io, "cannot write the GraphML output");
}
