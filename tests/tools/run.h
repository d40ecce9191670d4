// tests/tools/run.h - running the real irkg binary (and other commands) from end-to-end tests
#ifndef IRKG_TESTS_TOOLS_RUN_H
#define IRKG_TESTS_TOOLS_RUN_H

#include "support/file.h"

#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>

namespace irkg::test {

struct Run {
  int status = -1;
  std::string output;  // stdout and stderr together
};

// Runs a shell command, capturing what it prints.
inline Run run_command(const std::string& command_line) {
  const std::string command = command_line + " 2>&1";
  Run result;
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buffer{};
  std::size_t got = 0;
  while ((got = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.output.append(buffer.data(), got);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// Runs irkg with \p arguments.
inline Run run(const std::string& arguments) {
  return run_command(std::string(IRKG_BINARY) + " " + arguments);
}

inline std::string data(const char* name) {
  return std::string(IRKG_SOURCE_DIR) + "/tests/data/" + name;
}

// A fresh directory for this test process, under the system's temporary directory.
inline std::filesystem::path scratch() {
  static const std::filesystem::path dir = [] {
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("irkg-e2e-" + std::to_string(::getpid()));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
    return path;
  }();
  return dir;
}

inline const std::string kChecker = std::string(IRKG_SHARED_DIR) + "/tools/check-graph-clients";

inline bool checker_available() {
  return ::access(kChecker.c_str(), X_OK) == 0;
}

// Writes \p text as the whole content of \p path.
inline void write_text(const std::filesystem::path& path, std::string_view text) {
  irkg::AtomicFile file(path);
  file.stream() << text;
  file.commit();
}

inline bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Single quotes for a shell command line.
inline std::string quoted(const std::string& text) {
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace irkg::test

#endif  // IRKG_TESTS_TOOLS_RUN_H
