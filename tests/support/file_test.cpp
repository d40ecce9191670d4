// tests/support/file_test.cpp - inputs expanded, outputs written atomically
#include "support/file.h"

#include "support/error.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

fs::path scratch(const char* name) {
  const fs::path dir =
      fs::temp_directory_path() / ("irkg-file-test-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("an atomic file appears only when committed") {
  const fs::path dir = scratch("atomic");
  const fs::path out = dir / "graph.svg";
  {
    irkg::AtomicFile file(out);
    file.stream() << "partial";
    CHECK_FALSE(fs::exists(out));
  }
  CHECK_FALSE(fs::exists(out));
  CHECK(fs::is_empty(dir));  // the temporary is gone too
  {
    irkg::AtomicFile file(out);
    file.stream() << "whole";
    file.commit();
  }
  CHECK(irkg::read_file(out) == "whole");
}

TEST_CASE("a failed run leaves the previous output untouched") {
  const fs::path dir = scratch("keep");
  const fs::path out = dir / "graph.json";
  std::ofstream(out) << "old";
  {
    irkg::AtomicFile file(out);
    file.stream() << "new but abandoned";
  }
  CHECK(irkg::read_file(out) == "old");
}

TEST_CASE("directories expand to their files, sorted, hidden ones skipped") {
  const fs::path dir = scratch("walk");
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "b.txt") << "b";
  std::ofstream(dir / "a.txt") << "a";
  std::ofstream(dir / "sub" / "c.txt") << "c";
  std::ofstream(dir / ".hidden") << "h";
  const auto files = irkg::expand_inputs({dir.string()});
  REQUIRE(files.size() == 3);
  CHECK(files[0].filename() == "a.txt");
  CHECK(files[1].filename() == "b.txt");
  CHECK(files[2].filename() == "c.txt");
}

TEST_CASE("a missing input or a directory read as a file is a clear error") {
  CHECK_THROWS_AS(irkg::expand_inputs({"/nonexistent/irkg/input"}), irkg::Error);
  const fs::path dir = scratch("dir");
  try {
    irkg::read_file(dir);
    FAIL("expected an error");
  } catch (const irkg::Error& error) {
    CHECK(std::string(error.what()).find("is a directory") != std::string::npos);
  }
}

TEST_CASE("a folder yields its article and relations files, not an index or a figure beside them") {
  const auto dir = std::filesystem::temp_directory_path() / "irkg_expand_inputs_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "sub");
  for (const char* name : {"b.txt", "a.md", "INDEX.tsv", "map.png", "sub/c.jsonl", "notes"}) {
    std::ofstream(dir / name) << "x";
  }
  const auto files = irkg::expand_inputs({dir.string()});
  std::vector<std::string> names;
  for (const auto& file : files) names.push_back(file.lexically_relative(dir).string());
  CHECK(names == std::vector<std::string>{"a.md", "b.txt", "notes", "sub/c.jsonl"});
  // Named outright, any file is read.
  CHECK(irkg::expand_inputs({(dir / "INDEX.tsv").string()}).size() == 1);
  std::filesystem::remove_all(dir);
}
