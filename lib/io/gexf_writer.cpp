// io/gexf_writer.cpp - GEXF 1.3 export for Gephi and Gephi Lite: typed, dated, coloured edges
// SPDX-License-Identifier: MIT
#include "io/style.h"
#include "io/writers.h"
#include "io/xml.h"
#include "support/error.h"

#include <cmath>
#include <string>
#include <string_view>

namespace {

using irkg::io::XmlWriter;

struct Attribute {
  const char* id;  // id == title: graphology keys by id, networkx by title, Gephi by both
  const char* type;
};

constexpr Attribute kNodeAttributes[] = {
    {"kind", "string"}, {"country", "string"}, {"org", "string"}, {"aliases", "string"}};

// One static block per class: graphology-gexf keeps only the last block of a class. The type
// is `relation` (never `type`, which is the GEXF edge direction) and the XML `kind` attribute.
constexpr Attribute kEdgeAttributes[] = {
    {"relation", "string"},    {"modality", "string"},   {"date", "string"},
    {"first_date", "string"},  {"last_date", "string"},  {"mentions", "integer"},
    {"quad_class", "integer"}, {"cameo_root", "string"}, {"symmetric", "boolean"},
    {"evidence", "string"},    {"docs", "string"},       {"confidence", "double"},
};

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

void declare(XmlWriter& xml, const char* cls, const Attribute* begin, const Attribute* end) {
  xml.start("attributes");
  xml.attribute("class", cls);
  xml.attribute("mode", "static");
  for (const Attribute* a = begin; a != end; ++a) {
    xml.start("attribute");
    xml.attribute("id", a->id);
    xml.attribute("title", a->id);
    xml.attribute("type", a->type);
    xml.end();
  }
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
    declare(xml, "node", std::begin(kNodeAttributes), std::end(kNodeAttributes));
    declare(xml, "edge", std::begin(kEdgeAttributes), std::end(kEdgeAttributes));

    xml.start("nodes");
    xml.attribute("count", std::to_string(view.actors.size()));
    if (view.graph != nullptr) {
      const std::vector<std::size_t> degree = view_degrees(view);
      for (std::size_t i = 0; i < view.actors.size(); ++i) {
        const graph::ActorNode& actor = view.graph->actor(view.actors[i]);
        xml.start("node");
        xml.attribute("id", actor.id);
        xml.attribute("label", actor.name.empty() ? actor.id : actor.name);
        xml.start("attvalues");
        attvalue(xml, "kind", to_string(actor.kind));
        attvalue(xml, "country", actor.country);
        attvalue(xml, "org", actor.org);
        attvalue(xml, "aliases", join(actor.aliases, "; "));
        xml.end();
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
        xml.start("attvalues");
        attvalue(xml, "relation", facts.relation);
        attvalue(xml, "modality", facts.modality);
        attvalue(xml, "date", facts.first_date);
        attvalue(xml, "first_date", facts.first_date);
        attvalue(xml, "last_date", facts.last_date);
        attvalue(xml, "mentions", std::to_string(facts.mentions));
        if (facts.quad != QuadClass::None) {
          attvalue(xml, "quad_class", std::to_string(quad_number(facts.quad)));
        }
        attvalue(xml, "cameo_root", facts.cameo_root);
        attvalue(xml, "symmetric", facts.symmetric ? "true" : "false");
        attvalue(xml, "evidence", xml_clean(facts.evidence));
        attvalue(xml, "docs", join(facts.docs, "; "));
        if (!edge.evidence.empty())
          attvalue(xml, "confidence", format_number(facts.confidence));
        xml.end();
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
