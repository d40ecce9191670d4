// model/model.cpp - the vocabulary of irkg: actors, relation types, modality, partial dates
// SPDX-License-Identifier: MIT
#include "model/model.h"

#include <cstdio>

namespace {

using irkg::QuadClass;
using irkg::RelationType;

constexpr std::array<irkg::RelationTypeInfo, irkg::kRelationTypeCount> kTypes{{
#define IRKG_RELATION_TYPE(enumerator, name, cameo_root, quad, direction, color, description) \
  {RelationType::enumerator,                                                                  \
   name,                                                                                      \
   irkg::Direction::direction == irkg::Direction::Symmetric,                                  \
   QuadClass::quad == QuadClass::None,                                                        \
   cameo_root,                                                                                \
   QuadClass::quad,                                                                           \
   color,                                                                                     \
   description},
#include "model/relation_types.def"
#undef IRKG_RELATION_TYPE
}};

// What the rest of irkg relies on, checked where the table is compiled.
constexpr bool names_unique_and_lower_snake_case() {
  for (std::size_t i = 0; i < kTypes.size(); ++i) {
    if (kTypes[i].name.empty())
      return false;
    for (const char c : kTypes[i].name) {
      if (!((c >= 'a' && c <= 'z') || c == '_'))
        return false;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (kTypes[i].name == kTypes[j].name)
        return false;
    }
  }
  return true;
}

// Structural relations come after every event type: the ontology's two tables, in its order.
constexpr bool structural_types_last() {
  bool seen_structural = false;
  for (const auto& entry : kTypes) {
    if (seen_structural && !entry.structural)
      return false;
    seen_structural = seen_structural || entry.structural;
  }
  return true;
}

// An event type has a two-digit CAMEO root; a structural one has none and no direction either.
constexpr bool cameo_roots_match_kinds() {
  for (const auto& entry : kTypes) {
    const auto& root = entry.cameo_root;
    const bool two_digits =
        root.size() == 2 && root[0] >= '0' && root[0] <= '9' && root[1] >= '0' && root[1] <= '9';
    if (entry.structural ? !root.empty() || entry.symmetric : !two_digits)
      return false;
  }
  return true;
}

// The timeline tells types apart by colour alone.
constexpr bool colors_distinct_hex_rgb() {
  for (std::size_t i = 0; i < kTypes.size(); ++i) {
    const auto& color = kTypes[i].color;
    if (color.size() != 7 || color[0] != '#')
      return false;
    for (const char c : color.substr(1)) {
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
        return false;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (color == kTypes[j].color)
        return false;
    }
  }
  return true;
}

static_assert(kTypes.size() == irkg::kRelationTypeCount);
static_assert(irkg::kRelationTypeCount <= 256, "RelationType is stored in one byte");
static_assert(names_unique_and_lower_snake_case(),
              "relation types: names must be unique, lower case with underscores");
static_assert(structural_types_last(), "relation types: structural types come last");
static_assert(cameo_roots_match_kinds(),
              "relation types: event types have a two-digit CAMEO root, structural ones none and "
              "no direction");
static_assert(colors_distinct_hex_rgb(),
              "relation types: colours are distinct, \"#rrggbb\" in lower case");

constexpr std::array<std::string_view, 4> kKinds{"state", "person", "organization", "group"};
constexpr std::array<std::string_view, 3> kModalities{"asserted", "hypothetical", "negated"};

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool parse_digits(std::string_view text, int& value) {
  if (text.empty())
    return false;
  value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9')
      return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

}  // namespace

std::string_view irkg::to_string(ActorKind kind) {
  return kKinds[static_cast<std::size_t>(kind)];
}

std::optional<irkg::ActorKind> irkg::parse_actor_kind(std::string_view text) {
  for (std::size_t i = 0; i < kKinds.size(); ++i) {
    if (kKinds[i] == text)
      return static_cast<ActorKind>(i);
  }
  if (text == "organisation" || text == "org")
    return ActorKind::Organization;
  return std::nullopt;
}

const irkg::RelationTypeInfo& irkg::info(RelationType type) {
  return kTypes[static_cast<std::size_t>(type)];
}

std::string_view irkg::to_string(RelationType type) {
  return info(type).name;
}

std::optional<irkg::RelationType> irkg::parse_relation_type(std::string_view text) {
  for (const auto& entry : kTypes) {
    if (entry.name == text)
      return entry.type;
  }
  return std::nullopt;
}

const std::array<irkg::RelationType, irkg::kRelationTypeCount>& irkg::all_relation_types() {
  return kRelationTypes;
}

int irkg::quad_number(QuadClass quad) {
  return static_cast<int>(quad);
}

std::string_view irkg::to_string(Modality modality) {
  return kModalities[static_cast<std::size_t>(modality)];
}

std::optional<irkg::Modality> irkg::parse_modality(std::string_view text) {
  for (std::size_t i = 0; i < kModalities.size(); ++i) {
    if (kModalities[i] == text)
      return static_cast<Modality>(i);
  }
  return std::nullopt;
}

std::int32_t irkg::PartialDate::first_day() const {
  if (!known())
    return 0;
  return year * 10000 + (month ? month : 1) * 100 + (day ? day : 1);
}

std::int32_t irkg::PartialDate::last_day() const {
  if (!known())
    return 99991231;
  const int last_month = month ? month : 12;
  const int last = day ? day : days_in_month(year, last_month);
  return year * 10000 + last_month * 100 + last;
}

std::string irkg::PartialDate::to_string() const {
  if (!known())
    return {};
  char buffer[32];
  if (day) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  } else if (month) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
  }
  return buffer;
}

std::optional<irkg::PartialDate> irkg::PartialDate::parse(std::string_view text) {
  PartialDate date;
  if (text.empty())
    return date;
  int year = 0, month = 0, day = 0;
  if (text.size() < 4 || !parse_digits(text.substr(0, 4), year) || year == 0)
    return std::nullopt;
  if (text.size() > 4) {
    if (text.size() < 7 || text[4] != '-' || !parse_digits(text.substr(5, 2), month))
      return std::nullopt;
    if (month < 1 || month > 12)
      return std::nullopt;
    if (text.size() > 7) {
      // Accept a trailing time ("2024-06-19T10:00:00Z") by looking at the date part only.
      if (text.size() < 10 || text[7] != '-' || !parse_digits(text.substr(8, 2), day))
        return std::nullopt;
      if (text.size() > 10 && text[10] != 'T' && text[10] != ' ')
        return std::nullopt;
      if (day < 1 || day > days_in_month(year, month))
        return std::nullopt;
    }
  }
  date.year = static_cast<std::int16_t>(year);
  date.month = static_cast<std::int8_t>(month);
  date.day = static_cast<std::int8_t>(day);
  return date;
}

bool irkg::date_before(const PartialDate& a, const PartialDate& b) {
  if (a.first_day() != b.first_day())
    return a.first_day() < b.first_day();
  return a.last_day() > b.last_day();
}
