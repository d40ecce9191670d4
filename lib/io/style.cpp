// io/style.cpp - the visual and attribute vocabulary shared by every exporter
// SPDX-License-Identifier: MIT
#include "io/style.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstdio>
#include <system_error>

std::string irkg::io::Rgb::hex() const {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", r, g, b);
  return buffer;
}

irkg::io::Rgb irkg::io::kind_color(ActorKind kind) {
  switch (kind) {
    case ActorKind::State:
      return {166, 206, 227};
    case ActorKind::Organization:
      return {178, 223, 138};
    case ActorKind::Group:
      return {253, 191, 111};
    case ActorKind::Person:
      return {202, 178, 214};
  }
  return {200, 200, 200};
}

std::string_view irkg::io::kind_shape(ActorKind kind) {
  switch (kind) {
    case ActorKind::State:
      return "box";
    case ActorKind::Organization:
      return "hexagon";
    case ActorKind::Group:
      return "octagon";
    case ActorKind::Person:
      return "ellipse";
  }
  return "ellipse";
}

irkg::io::Rgb irkg::io::quad_color(QuadClass quad) {
  switch (quad) {
    case QuadClass::VerbalCooperation:
      return {51, 160, 44};
    case QuadClass::MaterialCooperation:
      return {31, 120, 180};
    case QuadClass::VerbalConflict:
      return {255, 127, 0};
    case QuadClass::MaterialConflict:
      return {227, 26, 28};
    case QuadClass::None:
      return {136, 136, 136};
  }
  return {136, 136, 136};
}

std::string_view irkg::io::quad_description(QuadClass quad) {
  switch (quad) {
    case QuadClass::VerbalCooperation:
      return "verbal cooperation";
    case QuadClass::MaterialCooperation:
      return "material cooperation";
    case QuadClass::VerbalConflict:
      return "verbal conflict";
    case QuadClass::MaterialConflict:
      return "material conflict";
    case QuadClass::None:
      return "structural";
  }
  return "structural";
}

const std::vector<irkg::ActorKind>& irkg::io::legend_kinds() {
  static const std::vector<ActorKind> kinds{ActorKind::State, ActorKind::Organization,
                                            ActorKind::Group, ActorKind::Person};
  return kinds;
}

const std::vector<irkg::QuadClass>& irkg::io::legend_quads() {
  static const std::vector<QuadClass> quads{
      QuadClass::VerbalCooperation, QuadClass::MaterialCooperation, QuadClass::VerbalConflict,
      QuadClass::MaterialConflict, QuadClass::None};
  return quads;
}

irkg::io::EdgeFacts irkg::io::edge_facts(const graph::View& view, const graph::ViewEdge& edge) {
  assert(view.graph != nullptr);
  const graph::KnowledgeGraph& kg = *view.graph;
  const RelationTypeInfo& type = info(edge.type);
  EdgeFacts facts;
  facts.relation = std::string(type.name);
  facts.modality = std::string(to_string(edge.modality));
  facts.first_date = edge.first.to_string();
  facts.last_date = edge.last.to_string();
  facts.mentions = edge.mentions;
  facts.quad = type.quad;
  facts.cameo_root = std::string(type.cameo_root);
  facts.symmetric = type.symmetric;
  if (!edge.evidence.empty())
    facts.evidence = kg.evidence(kg.relation(edge.evidence.front()).evidence);
  facts.docs = graph::edge_documents(view, edge);
  for (const graph::Edge& e : edge.evidence) {
    facts.confidence = std::max(facts.confidence, kg.relation(e).confidence);
  }
  return facts;
}

std::span<const irkg::io::Field> irkg::io::node_fields() {
  static constexpr Field kFields[] = {{"kind", FieldType::String},
                                      {"country", FieldType::String},
                                      {"org", FieldType::String},
                                      {"aliases", FieldType::String}};
  return kFields;
}

std::span<const irkg::io::Field> irkg::io::edge_fields() {
  // The relation type is `relation`, never `type` (in GEXF that is the edge's direction).
  static constexpr Field kFields[] = {
      {"relation", FieldType::String},    {"modality", FieldType::String},
      {"date", FieldType::String},        {"first_date", FieldType::String},
      {"last_date", FieldType::String},   {"mentions", FieldType::Integer},
      {"quad_class", FieldType::Integer}, {"cameo_root", FieldType::String},
      {"symmetric", FieldType::Boolean},  {"evidence", FieldType::String},
      {"docs", FieldType::String},        {"confidence", FieldType::Double},
  };
  return kFields;
}

std::vector<std::string> irkg::io::node_values(const graph::ActorNode& actor) {
  return {std::string(to_string(actor.kind)), actor.country, actor.org, join(actor.aliases, "; ")};
}

std::vector<std::string> irkg::io::edge_values(const graph::ViewEdge& edge,
                                               const EdgeFacts& facts) {
  return {facts.relation,
          facts.modality,
          facts.first_date,
          facts.first_date,
          facts.last_date,
          std::to_string(facts.mentions),
          facts.quad == QuadClass::None ? std::string() : std::to_string(quad_number(facts.quad)),
          facts.cameo_root,
          facts.symmetric ? "true" : "false",
          facts.evidence,
          join(facts.docs, "; "),
          edge.evidence.empty() ? std::string() : format_number(facts.confidence)};
}

std::string irkg::io::edge_id(std::size_t index) {
  char buffer[32] = {'e'};
  const auto result = std::to_chars(buffer + 1, buffer + sizeof buffer, index);
  return std::string(buffer, result.ptr);
}

std::string irkg::io::format_number(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  assert(result.ec == std::errc());
  return std::string(buffer, result.ptr);
}

std::string irkg::io::format_number(float value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  assert(result.ec == std::errc());
  return std::string(buffer, result.ptr);
}

std::string irkg::io::format_fixed(double value, int decimals) {
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  assert(result.ec == std::errc());
  return std::string(buffer, result.ptr);
}

std::string irkg::io::format_day(std::int32_t yyyymmdd) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(yyyymmdd / 10000),
                static_cast<int>(yyyymmdd / 100 % 100), static_cast<int>(yyyymmdd % 100));
  return buffer;
}

std::string irkg::io::join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i)
      out.append(separator);
    out.append(parts[i]);
  }
  return out;
}
