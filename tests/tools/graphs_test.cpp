// tests/tools/graphs_test.cpp - the committed diagrams of graphs/ are what this build makes
#include "support/file.h"

#include "run.h"
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using namespace irkg::test;

TEST_CASE("graphs/ holds exactly what scripts/make-graphs.sh makes with this build") {
  const fs::path source(IRKG_SOURCE_DIR);
  const fs::path regenerated = scratch() / "graphs";
  const Run make = run_command("IRKG=" + quoted(IRKG_BINARY) + " bash " +
                               quoted((source / "scripts/make-graphs.sh").string()) + " " +
                               quoted(regenerated.string()));
  INFO(make.output);
  REQUIRE(make.status == 0);
  std::size_t compared = 0;
  for (const auto& entry : fs::directory_iterator(regenerated)) {
    const fs::path committed = source / "graphs" / entry.path().filename();
    CAPTURE(committed.string());
    INFO("run scripts/make-graphs.sh and commit graphs/ after changing the extractor or writers");
    REQUIRE(fs::exists(committed));
    CHECK(irkg::read_file(committed) == irkg::read_file(entry.path()));
    ++compared;
  }
  CHECK(compared == 8);  // two corpora: SVG, GraphML, GEXF and the timeline each
}

TEST_CASE("the committed GraphML and GEXF of graphs/ open in the third-party graph readers") {
  if (!checker_available()) {
    MESSAGE("check-graph-clients not found; client check skipped");
    return;
  }
  for (const char* file : {"korean-peninsula.graphml", "korean-peninsula.gexf", "black-sea.graphml",
                           "black-sea.gexf"}) {
    CAPTURE(file);
    const Run check =
        run_command(kChecker + " " + quoted(std::string(IRKG_SOURCE_DIR) + "/graphs/" + file));
    INFO(check.output);
    CHECK(check.status == 0);
  }
}
