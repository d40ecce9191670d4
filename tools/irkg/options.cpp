// tools/irkg/options.cpp - command-line parsing shared by the irkg subcommands
// SPDX-License-Identifier: MIT
#include "options.h"

#include "support/error.h"
#include "support/strings.h"

#include <charconv>
#include <cstdio>
#include <unistd.h>

std::optional<std::string> irkg::cli::Args::value(const std::string& name) const {
  const auto it = values.find(name);
  if (it == values.end() || it->second.empty())
    return std::nullopt;
  return it->second.back();
}

std::vector<std::string> irkg::cli::Args::list(const std::string& name) const {
  std::vector<std::string> items;
  const auto it = values.find(name);
  if (it == values.end())
    return items;
  for (const std::string& value : it->second) {
    for (const std::string& item : split(value, ',')) {
      if (!trim(item).empty())
        items.emplace_back(trim(item));
    }
  }
  return items;
}

unsigned irkg::cli::Args::number(const std::string& name, unsigned fallback) const {
  const auto text = value(name);
  if (!text)
    return fallback;
  unsigned result = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), result);
  if (ec != std::errc() || end != text->data() + text->size()) {
    throw Error(ErrorKind::Usage, "--" + name + " wants a whole number, not '" + *text + "'");
  }
  return result;
}

irkg::cli::OptionSpec irkg::cli::graph_command_options() {
  return {{"types", "since", "until", "modality", "kinds", "min-mentions", "actor", "hops",
           "lexicon", "jobs", "format", "output", "kb"},
          {"all-modalities", "skip-bad", "quiet", "mentions"}};
}

irkg::cli::Args irkg::cli::parse_args(const std::string& command,
                                      const std::vector<std::string>& argv,
                                      const OptionSpec& spec) {
  Args args;
  args.command = command;
  bool options_done = false;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    std::string arg = argv[i];
    if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
      args.positionals.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    std::string name;
    std::optional<std::string> inline_value;
    if (arg.rfind("--", 0) == 0) {
      name = arg.substr(2);
      if (const auto eq = name.find('='); eq != std::string::npos) {
        inline_value = name.substr(eq + 1);
        name = name.substr(0, eq);
      }
    } else if (arg == "-o") {
      name = "output";
    } else if (arg == "-j") {
      name = "jobs";
    } else if (arg == "-q") {
      name = "quiet";
    } else if (arg == "-h") {
      name = "help";
    } else {
      throw Error(ErrorKind::Usage, "unknown option '" + arg + "' for 'irkg " + command + "'");
    }
    if (name == "help") {
      args.flags.insert("help");
      continue;
    }
    if (spec.flags.contains(name)) {
      if (inline_value)
        throw Error(ErrorKind::Usage, "--" + name + " takes no value");
      args.flags.insert(name);
      continue;
    }
    if (!spec.valued.contains(name)) {
      throw Error(ErrorKind::Usage, "unknown option '" + arg + "' for 'irkg " + command + "'");
    }
    if (!inline_value) {
      if (i + 1 >= argv.size())
        throw Error(ErrorKind::Usage, "--" + name + " needs a value");
      inline_value = argv[++i];
    }
    args.values[name].push_back(*inline_value);
  }
  return args;
}

irkg::graph::Filter irkg::cli::make_filter(const Args& args) {
  graph::Filter filter;
  for (const std::string& name : args.list("types")) {
    const auto type = parse_relation_type(name);
    if (!type)
      throw Error(ErrorKind::Usage, "--types: unknown relation type '" + name + "'");
    filter.types.push_back(*type);
  }
  for (const char* bound : {"since", "until"}) {
    if (const auto text = args.value(bound)) {
      const auto date = PartialDate::parse(*text);
      if (!date || !date->known()) {
        throw Error(ErrorKind::Usage,
                    std::string("--") + bound +
                        " wants an ISO date (2024, 2024-06 or 2024-06-19), not '" + *text + "'");
      }
      (std::string(bound) == "since" ? filter.since : filter.until) = *date;
    }
  }
  if (args.flag("all-modalities")) {
    filter.modalities.clear();
  } else if (args.values.contains("modality")) {
    filter.modalities.clear();
    for (const std::string& name : args.list("modality")) {
      if (name == "all") {
        filter.modalities.clear();
        break;
      }
      const auto modality = parse_modality(name);
      if (!modality)
        throw Error(ErrorKind::Usage, "--modality: unknown modality '" + name +
                                          "' (asserted, hypothetical, negated, all)");
      filter.modalities.push_back(*modality);
    }
  }
  for (const std::string& name : args.list("kinds")) {
    std::string singular = name;
    if (!singular.empty() && singular.back() == 's')
      singular.pop_back();
    const auto kind = parse_actor_kind(singular);
    if (!kind)
      throw Error(ErrorKind::Usage, "--kinds: unknown actor kind '" + name +
                                        "' (state, person, organization, group)");
    filter.kinds.push_back(*kind);
  }
  filter.min_mentions = args.number("min-mentions", 1);
  filter.hops = args.number("hops", 1);
  return filter;
}

std::function<void(const irkg::pipeline::Progress&)> irkg::cli::progress_reporter(
    const Args& args) {
  if (args.flag("quiet") || !::isatty(STDERR_FILENO))
    return {};
  return [](const pipeline::Progress& progress) {
    const double rate = progress.seconds > 0 ? progress.documents / progress.seconds : 0.0;
    std::fprintf(stderr, "\r%zu documents, %.0f docs/s, %.1f MB, %zu relations%s",
                 progress.documents, rate, progress.bytes / 1e6, progress.relations,
                 progress.done ? "\n" : "");
    std::fflush(stderr);
  };
}

irkg::pipeline::InputOptions irkg::cli::make_input_options(const Args& args) {
  pipeline::InputOptions options;
  options.skip_bad = args.flag("skip-bad");
  options.lexicons = args.list("lexicon");
  options.jobs = std::max(1U, args.number("jobs", 1));
  options.progress = progress_reporter(args);
  return options;
}
