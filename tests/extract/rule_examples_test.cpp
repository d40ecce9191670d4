// extract/rule_examples_test.cpp - every shipped rule yields its own examples' relations through
// the whole extractor (shipped parser, lexicon and rules), each with its rule name
// SPDX-License-Identifier: MIT
#include "extract/fixture.h"
#include "extract/rules.h"
#include "model/model.h"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

namespace {

// The actor as the country-level score sees it: a person counts as their state or body.
std::string side(const irkg::Actor& actor) {
  if (actor.kind == irkg::ActorKind::Person) {
    if (!actor.country.empty())
      return actor.country;
    if (!actor.org.empty())
      return actor.org;
  }
  return actor.id;
}

bool yields(const std::vector<irkg::Relation>& relations, const std::string& rule,
            const std::string& expect) {
  std::istringstream in(expect);
  std::string source, type, target;
  in >> source >> type >> target;
  const auto wanted = irkg::parse_relation_type(type);
  REQUIRE_MESSAGE(wanted.has_value(), "unknown type in expectation '" << expect << "'");
  const bool symmetric = irkg::info(*wanted).symmetric;
  for (const auto& relation : relations) {
    if (relation.rule != rule || relation.type != *wanted)
      continue;
    const auto from = side(relation.source), to = side(relation.target);
    if ((from == source && to == target) || (symmetric && from == target && to == source))
      return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every shipped rule yields the relation of each of its examples") {
  const auto& rules = irkg::extract::RuleSet::builtin();
  irkg::extract::Extractor tracing(irkg::testing::builtin_lexicon());
  tracing.set_trace_rules(true);
  int checked = 0;
  for (const auto& rule : rules.rules()) {
    for (const auto& example : rule.examples) {
      const auto found = irkg::testing::relations(example.text, "2024-05-01", tracing);
      INFO("rule " << rule.name << " on \"" << example.text << "\" expecting " << example.expect
                   << "; got:\n"
                   << irkg::testing::dump(found));
      CHECK(yields(found, rule.name, example.expect));
      ++checked;
    }
  }
  CHECK(checked >= static_cast<int>(rules.rules().size()));
}
