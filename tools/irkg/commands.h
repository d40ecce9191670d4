// tools/irkg/commands.h - the irkg subcommands, each a thin driver over the library
// SPDX-License-Identifier: MIT
#ifndef IRKG_TOOLS_COMMANDS_H
#define IRKG_TOOLS_COMMANDS_H

#include <string>
#include <vector>

namespace irkg::cli {

using CommandFunction = int (*)(const std::vector<std::string>& argv);

struct Command {
  const char* name;
  const char* usage;
  const char* summary;
  CommandFunction run;
};

/// Every subcommand, in the order `irkg help` lists them.
const std::vector<Command>& commands();

}  // namespace irkg::cli

#endif  // IRKG_TOOLS_COMMANDS_H
