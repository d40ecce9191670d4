// io/style.h - the visual and attribute vocabulary shared by every exporter
// SPDX-License-Identifier: MIT
//
// One place decides how an actor kind or a quad class looks (DOT and GEXF use the same colours),
// and what facts an exported edge carries (GraphML, GEXF and JSON write the same values).
#ifndef IRKG_IO_STYLE_H
#define IRKG_IO_STYLE_H

#include "graph/view.h"
#include "model/model.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace irkg::io {

/// An sRGB colour.
struct Rgb {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
  /// "#rrggbb", lower case.
  std::string hex() const;
};

/// Fill colour of an actor kind: states light blue, organisations light green, armed groups
/// light orange, persons lavender.
Rgb kind_color(ActorKind kind);
/// Graphviz node shape of an actor kind: state box, organization hexagon, group octagon,
/// person ellipse.
std::string_view kind_shape(ActorKind kind);
/// Edge colour of a quad class: verbal cooperation green, material cooperation blue, verbal
/// conflict orange, material conflict red, structural (None) grey.
Rgb quad_color(QuadClass quad);
/// "verbal cooperation", ..., "structural" for None.
std::string_view quad_description(QuadClass quad);
/// Every actor kind in legend order (state, organization, group, person).
const std::vector<ActorKind>& legend_kinds();
/// Every quad class in legend order (1..4, then structural).
const std::vector<QuadClass>& legend_quads();

/// What an exported edge says, computed once and written by GraphML, GEXF and JSON alike.
/// Missing values are empty strings (dates, cameo root) or quad == QuadClass::None.
struct EdgeFacts {
  std::string relation;    ///< the relation type's ontology name
  std::string modality;    ///< asserted, hypothetical, negated
  std::string first_date;  ///< ISO 8601 with the text's precision, "" when unknown
  std::string last_date;
  std::uint32_t mentions = 0;
  QuadClass quad = QuadClass::None;
  std::string cameo_root;  ///< "" for structural relations
  bool symmetric = false;
  std::string evidence;           ///< the first evidence sentence, "" when none
  std::vector<std::string> docs;  ///< distinct document ids, first-seen order
  float confidence = 0.0F;        ///< highest confidence over the mentions
};
EdgeFacts edge_facts(const graph::View& view, const graph::ViewEdge& edge);

/// How a data attribute is typed; each XML format spells the types its own way.
enum class FieldType { String, Integer, Double, Boolean };

/// A data attribute that GraphML and GEXF declare once and then write for each node or edge.
struct Field {
  std::string_view name;
  FieldType type;
};

/// The data attributes of nodes and of edges, in declaration order. The label and the weight
/// are not among them: GEXF writes those as XML attributes, GraphML as keys of its own.
std::span<const Field> node_fields();
std::span<const Field> edge_fields();

/// The values of node_fields() for \p actor, and of edge_fields() for an edge, in the same
/// order; "" where a value is missing (a state has no country; a structural relation no
/// quad class).
std::vector<std::string> node_values(const graph::ActorNode& actor);
std::vector<std::string> edge_values(const graph::ViewEdge& edge, const EdgeFacts& facts);

/// The id every export gives the view edge at \p index: "e0", "e1", ...
std::string edge_id(std::size_t index);

/// Shortest decimal that reads back as \p value ("0.9", "3", "1e-05"); locale-independent.
std::string format_number(double value);
/// Shortest decimal that reads back as the float \p value (so 0.9F prints "0.9").
std::string format_number(float value);
/// \p value with exactly \p decimals digits after the point; locale-independent.
std::string format_fixed(double value, int decimals);
/// A yyyymmdd integer (PartialDate::first_day/last_day) as "yyyy-mm-dd".
std::string format_day(std::int32_t yyyymmdd);
/// Joins \p parts with \p separator.
std::string join(const std::vector<std::string>& parts, std::string_view separator);

}  // namespace irkg::io

#endif  // IRKG_IO_STYLE_H
