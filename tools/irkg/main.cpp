// tools/irkg/main.cpp - irkg: international-relations knowledge graphs from news
// SPDX-License-Identifier: MIT
#include "support/error.h"

#include "commands.h"

#include <exception>
#include <iostream>
#include <string>
#include <vector>

namespace {

void print_help(std::ostream& out) {
  out << "irkg - international-relations knowledge graphs from news\n\nusage: irkg COMMAND "
         "[options] ...\n\ncommands:\n";
  for (const auto& command : irkg::cli::commands()) {
    out << "  " << command.name;
    for (std::size_t i = std::string(command.name).size(); i < 11; ++i) out << ' ';
    out << command.summary << '\n';
  }
  out << "\n'irkg COMMAND --help' shows a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
    print_help(args.empty() ? std::cerr : std::cout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "irkg 0.1.0\n";
    return 0;
  }
  for (const auto& command : irkg::cli::commands()) {
    if (args[0] != command.name)
      continue;
    try {
      return command.run({args.begin() + 1, args.end()});
    } catch (const irkg::Error& error) {
      std::cerr << "irkg " << command.name << ": error: " << error.what() << '\n';
      if (error.kind() == irkg::ErrorKind::Usage) {
        std::cerr << "usage: irkg " << command.name << ' ' << command.usage << '\n';
        return 2;
      }
      return 1;
    } catch (const std::bad_alloc&) {
      std::cerr << "irkg " << command.name << ": error: out of memory\n";
      return 1;
    } catch (const std::exception& error) {
      std::cerr << "irkg " << command.name << ": error: " << error.what() << '\n';
      return 1;
    }
  }
  std::cerr << "irkg: unknown command '" << args[0] << "'; 'irkg help' lists them\n";
  return 2;
}
