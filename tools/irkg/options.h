// tools/irkg/options.h - command-line parsing shared by the irkg subcommands
// SPDX-License-Identifier: MIT
#ifndef IRKG_TOOLS_OPTIONS_H
#define IRKG_TOOLS_OPTIONS_H

#include "graph/view.h"
#include "pipeline/load.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace irkg::cli {

/// Parsed arguments: options by long name (repeatable ones keep every value), flags, and
/// positional arguments in order.
struct Args {
  std::string command;
  std::vector<std::string> positionals;
  std::map<std::string, std::vector<std::string>> values;
  std::set<std::string> flags;

  bool flag(const std::string& name) const { return flags.contains(name); }
  std::optional<std::string> value(const std::string& name) const;
  std::vector<std::string> list(const std::string& name) const;  ///< comma lists, all values
  unsigned number(const std::string& name, unsigned fallback) const;
};

/// Which options a command takes.
struct OptionSpec {
  std::set<std::string> valued;  ///< long names that take a value
  std::set<std::string> flags;   ///< long names without a value
};

/// The filter, input and output options every graph command accepts.
OptionSpec graph_command_options();

/// Parses argv after the command name. Short forms: -o → output, -j → jobs, -q → quiet.
/// Throws irkg::Error (Usage) on an unknown option or a missing value.
Args parse_args(const std::string& command, const std::vector<std::string>& argv,
                const OptionSpec& spec);

/// The graph filter described by --types, --since, --until, --modality, --all-modalities,
/// --kinds, --min-mentions, --hops (the --actor is resolved by the caller).
graph::Filter make_filter(const Args& args);

pipeline::InputOptions make_input_options(const Args& args);

/// Progress on stderr while it is a terminal and --quiet is not given.
std::function<void(const pipeline::Progress&)> progress_reporter(const Args& args);

}  // namespace irkg::cli

#endif  // IRKG_TOOLS_OPTIONS_H
