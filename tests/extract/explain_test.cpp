// extract/explain_test.cpp - tests for lib/extract/explain.cpp: the tree paths behind a relation
// SPDX-License-Identifier: MIT
#include "extract/explain.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("a tree rule's relation is explained by the paths from its trigger") {
  const auto paths =
      irkg::extract::rule_paths("France urged Iran to release the prisoners.", "demand.verb");
  REQUIRE(paths.size() == 1);
  INFO(paths[0]);
  CHECK(paths[0].find("urged ─nsubj→ France (source)") != std::string::npos);
  CHECK(paths[0].find("urged ─obj→ Iran (target)") != std::string::npos);
}

TEST_CASE("a path climbs the tree when the argument is above the trigger") {
  // "At Ukraine's request": the target is the subject of the verb the request hangs on.
  const auto paths = irkg::extract::rule_paths(
      "At Ukraine's request, the United States sent missiles.", "demand.at-request");
  REQUIRE_FALSE(paths.empty());
  INFO(paths[0]);
  CHECK(paths[0].find("request ←obl─ sent ─nsubj→ States (target)") != std::string::npos);
}

TEST_CASE("patterns, offices and rules that do not match have no tree paths") {
  CHECK(irkg::extract::rule_paths("France urged Iran to act.", "pattern:urged").empty());
  CHECK(irkg::extract::rule_paths("France urged Iran to act.", "office").empty());
  CHECK(irkg::extract::rule_paths("France urged Iran to act.", "attack.verb").empty());
}
