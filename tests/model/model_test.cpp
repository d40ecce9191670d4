// tests/model/model_test.cpp - the ontology's types, names and dates
#include "model/model.h"

#include <doctest/doctest.h>

TEST_CASE("every relation type round-trips through its ontology name") {
  for (const auto type : irkg::all_relation_types()) {
    CHECK(irkg::parse_relation_type(irkg::to_string(type)) == type);
  }
  CHECK_FALSE(irkg::parse_relation_type("friendship").has_value());
  CHECK(irkg::info(irkg::RelationType::Treaty).symmetric);
  CHECK_FALSE(irkg::info(irkg::RelationType::Attack).symmetric);
  CHECK(irkg::info(irkg::RelationType::LeaderOf).structural);
  CHECK(irkg::quad_number(irkg::info(irkg::RelationType::Sanction).quad) == 4);
  CHECK(irkg::info(irkg::RelationType::TroopDeployment).cameo_root == "07");
}

TEST_CASE("the relation type table gives each type its row, in the ontology's order") {
  const auto& all = irkg::all_relation_types();
  REQUIRE(all.size() == irkg::kRelationTypeCount);
  CHECK(all.front() == irkg::RelationType::Summit);
  CHECK(all.back() == irkg::RelationType::MemberOf);
  const auto& summit = irkg::info(irkg::RelationType::Summit);
  CHECK(summit.name == "summit");
  CHECK(summit.cameo_root == "04");
  CHECK(summit.quad == irkg::QuadClass::VerbalCooperation);
  CHECK(summit.symmetric);
  CHECK_FALSE(summit.structural);
  CHECK(summit.color == "#2ca02c");
  CHECK_FALSE(summit.description.empty());
  const auto& member = irkg::info(irkg::RelationType::MemberOf);
  CHECK(member.structural);
  CHECK(member.cameo_root.empty());
  CHECK(member.quad == irkg::QuadClass::None);
  std::size_t symmetric = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    CHECK(irkg::info(all[i]).type == all[i]);
    CHECK(static_cast<std::size_t>(all[i]) == i);
    symmetric += irkg::info(all[i]).symmetric ? 1 : 0;
  }
  CHECK(symmetric == 4);  // summit, talks, treaty, cooperate
}

TEST_CASE("partial dates keep their precision and compare by span") {
  const auto year = irkg::PartialDate::parse("2024");
  const auto month = irkg::PartialDate::parse("2024-06");
  const auto day = irkg::PartialDate::parse("2024-06-19");
  REQUIRE(year);
  REQUIRE(month);
  REQUIRE(day);
  CHECK(year->to_string() == "2024");
  CHECK(month->to_string() == "2024-06");
  CHECK(day->to_string() == "2024-06-19");
  CHECK(year->first_day() == 20240101);
  CHECK(year->last_day() == 20241231);
  CHECK(month->last_day() == 20240630);
  CHECK(irkg::PartialDate::parse("2024-02")->last_day() == 20240229);
  CHECK(irkg::date_before(*year, *month));
  CHECK_FALSE(irkg::PartialDate::parse("2024-13").has_value());
  CHECK_FALSE(irkg::PartialDate::parse("2023-02-29").has_value());
  CHECK_FALSE(irkg::PartialDate::parse("June 2024").has_value());
  CHECK(irkg::PartialDate::parse("2024-11-07T10:00:00Z")->to_string() == "2024-11-07");
  CHECK_FALSE(irkg::PartialDate::parse("")->known());
}

TEST_CASE("modalities and actor kinds parse from their names") {
  CHECK(irkg::parse_modality("hypothetical") == irkg::Modality::Hypothetical);
  CHECK_FALSE(irkg::parse_modality("maybe").has_value());
  CHECK(irkg::parse_actor_kind("organisation") == irkg::ActorKind::Organization);
  CHECK(irkg::to_string(irkg::ActorKind::Group) == "group");
}
