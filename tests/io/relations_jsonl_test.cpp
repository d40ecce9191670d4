// tests/io/relations_jsonl_test.cpp - the relations JSON Lines: the rule behind a relation
#include "io/relations_jsonl.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

namespace {

irkg::Relation deployment() {
  irkg::Relation relation;
  relation.source = {"PRK", "North Korea", irkg::ActorKind::State, {}, {}, {}};
  relation.type = irkg::RelationType::TroopDeployment;
  relation.target = {"RUS", "Russia", irkg::ActorKind::State, {}, {}, {}};
  relation.doc = "d1";
  relation.sentence = 0;
  relation.evidence = "North Korea sent troops to Russia.";
  relation.confidence = 0.9;
  return relation;
}

std::string line_of(const irkg::Relation& relation) {
  std::ostringstream out;
  irkg::io::write_relation(relation, out);
  return out.str();
}

}  // namespace

TEST_CASE("a relation without a rule is written as before, with no rule field") {
  const std::string line = line_of(deployment());
  CHECK(line.find("\"rule\"") == std::string::npos);
  CHECK(line.ends_with("\"cameo_root\":\"07\",\"quad_class\":2}\n"));
  CHECK(irkg::io::parse_relation(line, "test.jsonl", 1).rule.empty());
}

TEST_CASE("the rule behind a relation is written last and read back") {
  irkg::Relation relation = deployment();
  relation.rule = "send_troops_to";
  const std::string line = line_of(relation);
  CHECK(line.ends_with("\"quad_class\":2,\"rule\":\"send_troops_to\"}\n"));
  const irkg::Relation read = irkg::io::parse_relation(line, "test.jsonl", 1);
  CHECK(read.rule == "send_troops_to");
  CHECK(read.type == irkg::RelationType::TroopDeployment);
  CHECK(line_of(read) == line);
}
