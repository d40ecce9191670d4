// io/json_writer.cpp - node-link JSON (networkx node_link_graph, d3) through RapidJSON's Writer
// SPDX-License-Identifier: MIT
#include "graph/query.h"
#include "io/style.h"
#include "io/writers.h"
#include "support/error.h"
#include "support/strings.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <string>
#include <string_view>

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

/// JSON holds every character (control characters are escaped), but only valid UTF-8.
void string(JsonWriter& json, std::string_view text) {
  if (irkg::is_valid_utf8(text)) {
    json.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    return;
  }
  const std::string repaired = irkg::repair_utf8(text);
  json.String(repaired.data(), static_cast<rapidjson::SizeType>(repaired.size()));
}

void key(JsonWriter& json, std::string_view name) {
  json.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
}

void string_or_null(JsonWriter& json, std::string_view name, std::string_view value) {
  key(json, name);
  if (value.empty()) {
    json.Null();
  } else {
    string(json, value);
  }
}

void string_array(JsonWriter& json, const std::vector<std::string>& values) {
  json.StartArray();
  for (const std::string& value : values) string(json, value);
  json.EndArray();
}

/// A float as the shortest decimal that reads back as it (0.9F -> 0.9, not 0.899999976).
void number(JsonWriter& json, float value) {
  if (!std::isfinite(value)) {
    json.Null();  // JSON has no NaN or infinity
    return;
  }
  const std::string text = irkg::io::format_number(value);
  json.RawValue(text.data(), text.size(), rapidjson::kNumberType);
}

}  // namespace

void irkg::io::write_json(const graph::View& view, std::ostream& out) {
  rapidjson::OStreamWrapper stream(out);
  JsonWriter json(stream);
  json.StartObject();
  key(json, "directed");
  json.Bool(true);
  key(json, "multigraph");
  json.Bool(true);
  key(json, "graph");
  json.StartObject();
  key(json, "name");
  string(json, "irkg");
  key(json, "aggregated");
  json.Bool(view.aggregated);
  json.EndObject();

  const graph::KnowledgeGraph* kg = view.graph;
  key(json, "nodes");
  json.StartArray();
  if (kg != nullptr) {
    const std::vector<std::size_t> degree = graph::degrees(view);
    for (std::size_t i = 0; i < view.actors.size(); ++i) {
      const graph::ActorNode& actor = kg->actor(view.actors[i]);
      json.StartObject();
      key(json, "id");
      string(json, actor.id);
      key(json, "label");
      string(json, actor.name.empty() ? actor.id : actor.name);
      key(json, "kind");
      string(json, to_string(actor.kind));
      if (!actor.country.empty()) {
        key(json, "country");
        string(json, actor.country);
      }
      if (!actor.org.empty()) {
        key(json, "org");
        string(json, actor.org);
      }
      key(json, "aliases");
      string_array(json, actor.aliases);
      key(json, "degree");
      json.Uint64(degree[i]);
      key(json, "color");
      string(json, kind_color(actor.kind).hex());
      json.EndObject();
    }
  }
  json.EndArray();

  key(json, "links");
  json.StartArray();
  if (kg != nullptr) {
    for (std::size_t i = 0; i < view.edges.size(); ++i) {
      const graph::ViewEdge& edge = view.edges[i];
      const EdgeFacts facts = edge_facts(view, edge);
      json.StartObject();
      key(json, "source");
      string(json, kg->actor(edge.source).id);
      key(json, "target");
      string(json, kg->actor(edge.target).id);
      key(json, "key");  // networkx's multigraph key; unique over the whole file
      json.Uint64(i);
      key(json, "id");
      string(json, edge_id(i));
      key(json, "relation");
      string(json, facts.relation);
      key(json, "modality");
      string(json, facts.modality);
      string_or_null(json, "first_date", facts.first_date);
      string_or_null(json, "last_date", facts.last_date);
      key(json, "mentions");
      json.Uint(facts.mentions);
      key(json, "weight");
      json.Uint(facts.mentions);
      key(json, "quad_class");
      if (facts.quad == QuadClass::None) {
        json.Null();
      } else {
        json.Int(quad_number(facts.quad));
      }
      string_or_null(json, "cameo_root", facts.cameo_root);
      key(json, "symmetric");
      json.Bool(facts.symmetric);
      key(json, "confidence");
      number(json, facts.confidence);
      key(json, "color");
      string(json, quad_color(facts.quad).hex());
      key(json, "docs");
      string_array(json, facts.docs);
      key(json, "evidence");
      json.StartArray();
      for (const graph::Edge& e : edge.evidence) {
        const graph::RelationEdge& mention = kg->relation(e);
        json.StartObject();
        string_or_null(json, "doc", kg->document(mention.doc).id);
        key(json, "sentence");
        if (mention.sentence < 0) {
          json.Null();
        } else {
          json.Int(mention.sentence);
        }
        key(json, "text");
        string(json, kg->evidence(mention.evidence));
        string_or_null(json, "date", mention.date.to_string());
        key(json, "confidence");
        number(json, mention.confidence);
        json.EndObject();
      }
      json.EndArray();
      json.EndObject();
    }
  }
  json.EndArray();
  json.EndObject();
  out << '\n';
  out.flush();
  if (!out)
    throw Error(ErrorKind::Io, "cannot write the JSON output");
}
