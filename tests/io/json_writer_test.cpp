// tests/io/json_writer_test.cpp - node-link JSON that networkx and d3 read
// SPDX-License-Identifier: MIT
#include "graph/view.h"
#include "io/sample.h"
#include "io/writers.h"

#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <utility>

TEST_CASE("json is a directed node-link multigraph with every mention as evidence") {
  const auto graph = sample_graph();
  const auto view = sample_view(graph);
  std::ostringstream out;
  irkg::io::write_json(view, out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["directed"].GetBool());
  CHECK(doc["multigraph"].GetBool());
  CHECK(doc["graph"].IsObject());
  REQUIRE(doc["nodes"].Size() == view.actors.size());
  REQUIRE(doc["links"].Size() == view.edges.size());
  bool found_attack = false;
  for (const auto& link : doc["links"].GetArray()) {
    CHECK(link["key"].IsUint());
    if (std::string(link["relation"].GetString()) != "attack" ||
        std::string(link["source"].GetString()) != "RUS") {
      continue;
    }
    found_attack = true;
    CHECK(link["mentions"].GetUint() == 2);
    CHECK(std::string(link["first_date"].GetString()) == "2022-02-24");
    CHECK(std::string(link["last_date"].GetString()) == "2024");
    REQUIRE(link["evidence"].Size() == 2);
    CHECK(std::string(link["evidence"][0]["doc"].GetString()) == "d2");
    CHECK(link["evidence"][0]["sentence"].GetInt() == 0);
    CHECK(std::string(link["evidence"][0]["text"].GetString()) == "Russian forces invaded.");
    CHECK(std::string(link["evidence"][1]["text"].GetString()) ==
          "Shelling went on.\tTab,\nnewline,\x02"
          "control.");
    CHECK(std::string(link["evidence"][1]["date"].GetString()) == "2024");
  }
  CHECK(found_attack);
}

TEST_CASE("json keys are unique and parallel edges of different types are kept") {
  const auto graph = sample_graph();
  const auto view = sample_view(graph);
  std::ostringstream out;
  irkg::io::write_json(view, out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  std::size_t usa_civ = 0;
  for (rapidjson::SizeType i = 0; i < doc["links"].Size(); ++i) {
    const auto& link = doc["links"][i];
    CHECK(link["key"].GetUint() == i);
    if (std::string(link["source"].GetString()) == "USA" &&
        std::string(link["target"].GetString()) == "CIV") {
      ++usa_civ;
    }
  }
  CHECK(usa_civ == 2);  // sanction and criticize
}

TEST_CASE("json keeps names exact and turns invalid UTF-8 into replacement characters") {
  const auto graph = sample_graph();
  std::ostringstream out;
  irkg::io::write_json(sample_view(graph), out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  std::string ruritania;
  std::string kim;
  for (const auto& node : doc["nodes"].GetArray()) {
    if (std::string(node["id"].GetString()) == "RUR")
      ruritania = node["label"].GetString();
    if (std::string(node["id"].GetString()) == "kim-jong-un") {
      kim = node["label"].GetString();
      CHECK(std::string(node["country"].GetString()) == "PRK");
    }
  }
  CHECK(ruritania == "Ruri <&> \"tania\" 'x'\tnew\nline\x01\x7f bad\xEF\xBF\xBD");
  CHECK(kim == "金正恩");
}

TEST_CASE("json output is the same bytes every time") {
  const auto graph = sample_graph();
  std::ostringstream a;
  std::ostringstream b;
  irkg::io::write_json(sample_view(graph), a);
  irkg::io::write_json(sample_view(graph), b);
  CHECK(a.str() == b.str());
}

TEST_CASE("json of an empty view has empty node and link lists") {
  std::ostringstream out;
  irkg::io::write_json(irkg::graph::View{}, out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["nodes"].Size() == 0);
  CHECK(doc["links"].Size() == 0);
}

TEST_CASE("json reads the same in every client" * doctest::test_suite("checker")) {
  const auto graph = sample_graph();
  std::ostringstream out;
  irkg::io::write_json(sample_view(graph), out);
  if (const auto result = run_checker(out.str(), "json")) {
    INFO(result->second);
    CHECK(result->first == 0);
  }
  std::ostringstream empty;
  irkg::io::write_json(irkg::graph::View{}, empty);
  if (const auto result = run_checker(empty.str(), "json")) {
    INFO(result->second);
    CHECK(result->first == 0);
  }
}
