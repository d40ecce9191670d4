// model/model.h - the vocabulary of irkg: actors, relation types, modality, partial dates
// SPDX-License-Identifier: MIT
//
// irkg_model: the ontology of ../shared/spec/ontology.md as C++ types. Depends on support only.
#ifndef IRKG_MODEL_MODEL_H
#define IRKG_MODEL_MODEL_H

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irkg {

enum class ActorKind : std::uint8_t { State, Person, Organization, Group };

std::string_view to_string(ActorKind kind);
std::optional<ActorKind> parse_actor_kind(std::string_view text);

/// An actor as the extractor or a relations file names it. `country` or `org` only for persons.
struct Actor {
  std::string id;
  std::string name;
  ActorKind kind = ActorKind::State;
  std::string country;
  std::string org;
  std::vector<std::string> aliases;
};

/// The event types and the structural types of the ontology, in its table order: one row each
/// in model/relation_types.def.
enum class RelationType : std::uint8_t {
#define IRKG_RELATION_TYPE(enumerator, ...) enumerator,
#include "model/relation_types.def"
#undef IRKG_RELATION_TYPE
};
/// Every relation type, in table order.
inline constexpr std::array kRelationTypes{
#define IRKG_RELATION_TYPE(enumerator, ...) RelationType::enumerator,
#include "model/relation_types.def"
#undef IRKG_RELATION_TYPE
};
inline constexpr std::size_t kRelationTypeCount = kRelationTypes.size();

/// GDELT's quad classes; structural relations have none.
enum class QuadClass : std::uint8_t {
  None,
  VerbalCooperation,
  MaterialCooperation,
  VerbalConflict,
  MaterialConflict
};

/// Whether a relation type reads source → target or has no direction.
enum class Direction : std::uint8_t { Directed, Symmetric };

struct RelationTypeInfo {
  RelationType type;
  std::string_view name;  ///< the ontology's name, e.g. "troop_deployment"
  bool symmetric;         ///< summit, talks, treaty, cooperate: no direction
  bool structural;        ///< leader_of, official_of, member_of: no CAMEO root, no quad class
  std::string_view cameo_root;
  QuadClass quad;
  std::string_view color;        ///< "#rrggbb", the type's own colour (timeline chart)
  std::string_view description;  ///< what the type covers, as the ontology defines it
};

const RelationTypeInfo& info(RelationType type);
std::string_view to_string(RelationType type);
std::optional<RelationType> parse_relation_type(std::string_view text);
const std::array<RelationType, kRelationTypeCount>& all_relation_types();
int quad_number(QuadClass quad);

enum class Modality : std::uint8_t { Asserted, Hypothetical, Negated };

std::string_view to_string(Modality modality);
std::optional<Modality> parse_modality(std::string_view text);

/// An ISO 8601 date with the precision the text gave: "2018", "2024-06", "2024-06-19".
/// year == 0 means unknown. Partial dates compare by the span they cover.
struct PartialDate {
  std::int16_t year = 0;
  std::int8_t month = 0;  ///< 0 when only the year is known
  std::int8_t day = 0;    ///< 0 when only year and month are known

  bool known() const { return year != 0; }
  /// First and last day covered, as yyyymmdd integers, for span comparisons.
  std::int32_t first_day() const;
  std::int32_t last_day() const;
  std::string to_string() const;  ///< "" when unknown
  /// Parses "", "2018", "2024-06", "2024-06-19"; nullopt on anything else or an impossible date.
  static std::optional<PartialDate> parse(std::string_view text);

  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

/// Orders dates by their first day, then by precision (coarser first).
bool date_before(const PartialDate& a, const PartialDate& b);

/// One relation as the extractor prints it and the graph consumes it.
struct Relation {
  Actor source;
  RelationType type = RelationType::Talks;
  Actor target;
  Modality modality = Modality::Asserted;
  PartialDate date;
  std::string doc;
  std::int32_t sentence = -1;
  std::string evidence;
  double confidence = 1.0;
  /// The name of the extraction rule that produced it, so an edge can be traced to the rule to
  /// fix; "" when none is known (relations coded elsewhere, or older outputs).
  std::string rule;
};

}  // namespace irkg

#endif  // IRKG_MODEL_MODEL_H
