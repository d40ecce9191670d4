// model/model.cpp - the vocabulary of irkg: actors, relation types, modality, partial dates
// SPDX-License-Identifier: MIT
#include "model/model.h"

#include <cassert>
#include <cstdio>

namespace {

using irkg::QuadClass;
using irkg::RelationType;

constexpr std::array<irkg::RelationTypeInfo, irkg::kRelationTypeCount> kTypes{{
    {RelationType::Summit, "summit", true, false, "04", QuadClass::VerbalCooperation},
    {RelationType::Talks, "talks", true, false, "04", QuadClass::VerbalCooperation},
    {RelationType::Treaty, "treaty", true, false, "05", QuadClass::VerbalCooperation},
    {RelationType::Support, "support", false, false, "05", QuadClass::VerbalCooperation},
    {RelationType::Recognize, "recognize", false, false, "05", QuadClass::VerbalCooperation},
    {RelationType::Cooperate, "cooperate", true, false, "06", QuadClass::MaterialCooperation},
    {RelationType::TroopDeployment, "troop_deployment", false, false, "07",
     QuadClass::MaterialCooperation},
    {RelationType::MilitaryAid, "military_aid", false, false, "07", QuadClass::MaterialCooperation},
    {RelationType::EconomicAid, "economic_aid", false, false, "07", QuadClass::MaterialCooperation},
    {RelationType::EaseSanctions, "ease_sanctions", false, false, "08",
     QuadClass::MaterialCooperation},
    {RelationType::Demand, "demand", false, false, "10", QuadClass::VerbalConflict},
    {RelationType::Criticize, "criticize", false, false, "11", QuadClass::VerbalConflict},
    {RelationType::Reject, "reject", false, false, "12", QuadClass::VerbalConflict},
    {RelationType::Threaten, "threaten", false, false, "13", QuadClass::VerbalConflict},
    {RelationType::Sanction, "sanction", false, false, "16", QuadClass::MaterialConflict},
    {RelationType::Attack, "attack", false, false, "19", QuadClass::MaterialConflict},
    {RelationType::LeaderOf, "leader_of", false, true, "", QuadClass::None},
    {RelationType::OfficialOf, "official_of", false, true, "", QuadClass::None},
    {RelationType::MemberOf, "member_of", false, true, "", QuadClass::None},
}};

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
  const auto& entry = kTypes[static_cast<std::size_t>(type)];
  assert(entry.type == type && "relation type table out of order");
  return entry;
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
  static const auto kAll = [] {
    std::array<RelationType, kRelationTypeCount> all{};
    for (std::size_t i = 0; i < kRelationTypeCount; ++i) all[i] = kTypes[i].type;
    return all;
  }();
  return kAll;
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
