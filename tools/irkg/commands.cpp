// tools/irkg/commands.cpp - the irkg subcommands, each a thin driver over the library
// SPDX-License-Identifier: MIT
#include "commands.h"

#include "graph/query.h"
#include "io/relations_jsonl.h"
#include "io/writers.h"
#include "pipeline/extract.h"
#include "pipeline/load.h"
#include "pipeline/report.h"
#include "support/error.h"
#include "support/file.h"

#include "options.h"

#include <iostream>

namespace irkg::cli {
namespace {

class StderrDiagnostics final : public DiagnosticSink {
 public:
  void warning(const std::string& file, std::uint64_t line, const std::string& message) override {
    std::cerr << "irkg: warning: " << file;
    if (line)
      std::cerr << ':' << line;
    std::cerr << ": " << message << '\n';
  }
};

struct Loaded {
  graph::KnowledgeGraph graph;
  graph::View view;
};

bool wants_help(const Args& args, const char* usage) {
  if (!args.flag("help"))
    return false;
  std::cout
      << "usage: irkg " << args.command << ' ' << usage << '\n'
      << "\nfilters: --types T,T  --since DATE  --until DATE  --modality M,M | --all-modalities\n"
         "         --kinds K,K  --min-mentions N  --actor X --hops N\n"
         "inputs:  relations .jsonl, articles (.txt/.md/.jsonl), directories, - for stdin;\n"
         "         --skip-bad  --lexicon FILE  --jobs N  --quiet\n";
  return true;
}

// Loads the inputs and builds the filtered view every graph command starts from.
void load(const Args& args, const std::vector<std::string>& inputs, Loaded& loaded) {
  if (inputs.empty())
    throw Error(ErrorKind::Usage, "no input given");
  StderrDiagnostics diagnostics;
  pipeline::load_inputs(inputs, loaded.graph, make_input_options(args), diagnostics);
  graph::Filter filter = make_filter(args);
  if (const auto actor = args.value("actor"))
    filter.actor = pipeline::resolve_actor(loaded.graph, *actor);
  loaded.view = graph::make_view(loaded.graph, filter, !args.flag("mentions"));
}

pipeline::TextFormat text_format(const Args& args) {
  const auto format = args.value("format").value_or("text");
  if (format == "text" || format == "table")
    return pipeline::TextFormat::Text;
  if (format == "json")
    return pipeline::TextFormat::Json;
  throw Error(ErrorKind::Usage, "--format must be text or json here, not '" + format + "'");
}

io::DiagramOptions diagram_options(const Args& args) {
  io::DiagramOptions options;
  options.layout = args.value("layout").value_or("");
  if (args.flag("edge-labels"))
    options.edge_labels = true;
  if (args.flag("no-edge-labels"))
    options.edge_labels = false;
  options.legend = !args.flag("no-legend");
  options.title = args.value("title").value_or("");
  return options;
}

// Writes a view to -o (atomically) or to standard output with "-o -".
void write_output(const graph::View& view, const std::string& output, io::ExportFormat format,
                  const io::DiagramOptions& options) {
  if (output == "-") {
    io::write_view(view, std::cout, format, options);
    std::cout.flush();
    return;
  }
  AtomicFile file(output);
  io::write_view(view, file.stream(), format, options);
  file.commit();
}

OptionSpec with(OptionSpec spec, std::initializer_list<const char*> valued,
                std::initializer_list<const char*> flags) {
  spec.valued.insert(valued.begin(), valued.end());
  spec.flags.insert(flags.begin(), flags.end());
  return spec;
}

constexpr const char* kExportUsage =
    "INPUT... --format dot|svg|png|pdf|graphml|gexf|json -o OUT [filters]";
int run_export(const std::vector<std::string>& argv) {
  const Args args = parse_args("export", argv,
                               with(graph_command_options(), {"layout", "title"},
                                    {"edge-labels", "no-edge-labels", "no-legend"}));
  if (wants_help(args, kExportUsage))
    return 0;
  const auto output = args.value("output");
  if (!output)
    throw Error(ErrorKind::Usage, "-o OUT is required (use -o - for standard output)");
  std::optional<io::ExportFormat> format;
  if (const auto name = args.value("format")) {
    format = io::parse_export_format(*name);
    if (!format)
      throw Error(ErrorKind::Usage, "unknown format '" + *name + "'");
  } else {
    format = io::format_from_extension(*output);
    if (!format)
      throw Error(ErrorKind::Usage, "cannot tell the format from '" + *output + "'; give --format");
  }
  Loaded loaded;
  load(args, args.positionals, loaded);
  write_output(loaded.view, *output, *format, diagram_options(args));
  if (!args.flag("quiet") && *output != "-") {
    std::cerr << "irkg export: " << loaded.view.actors.size() << " actors, "
              << loaded.view.edges.size() << " relations → " << *output << '\n';
  }
  return 0;
}

constexpr const char* kPathUsage =
    "INPUT... FROM TO [--max-hops N] [--all] [--directed] [--limit N] [--format text|json|dot|svg "
    "-o OUT] [filters]";
int run_path(const std::vector<std::string>& argv) {
  const Args args = parse_args(
      "path", argv,
      with(graph_command_options(), {"max-hops", "limit", "layout", "title"}, {"all", "directed"}));
  if (wants_help(args, kPathUsage))
    return 0;
  if (args.positionals.size() < 3)
    throw Error(ErrorKind::Usage, "need INPUT... FROM TO");
  const std::vector<std::string> inputs(args.positionals.begin(), args.positionals.end() - 2);
  Loaded loaded;
  load(args, inputs, loaded);
  const auto from =
      pipeline::resolve_actor(loaded.graph, args.positionals[args.positionals.size() - 2]);
  const auto to = pipeline::resolve_actor(loaded.graph, args.positionals.back());
  graph::PathOptions options;
  options.max_hops = args.number("max-hops", 6);
  options.all = args.flag("all");
  options.directed = args.flag("directed");
  options.limit = args.number("limit", options.all ? 20 : 100);
  const auto paths = graph::find_paths(loaded.view, from, to, options);
  const std::string format = args.value("format").value_or("text");
  if (format != "text" && format != "json") {
    const auto diagram = io::parse_export_format(format);
    if (!diagram) throw Error(ErrorKind::Usage, "--format must be text, json, dot, svg, png, pdf, graphml or gexf");
    write_output(graph::path_view(loaded.view, paths), args.value("output").value_or("-"), *diagram,
                 diagram_options(args));
    return paths.empty() ? 1 : 0;
  }
  pipeline::print_paths(loaded.view, from, to, paths, text_format(args), std::cout);
  return paths.empty() ? 1 : 0;
}

constexpr const char* kNeighborsUsage = "INPUT... ACTOR [--format text|json] [filters]";
int run_neighbors(const std::vector<std::string>& argv) {
  const Args args = parse_args("neighbors", argv, graph_command_options());
  if (wants_help(args, kNeighborsUsage))
    return 0;
  if (args.positionals.size() < 2)
    throw Error(ErrorKind::Usage, "need INPUT... ACTOR");
  const std::vector<std::string> inputs(args.positionals.begin(), args.positionals.end() - 1);
  Loaded loaded;
  load(args, inputs, loaded);
  const auto actor = pipeline::resolve_actor(loaded.graph, args.positionals.back());
  pipeline::print_neighbors(loaded.view, actor, graph::neighbors(loaded.view, actor),
                            text_format(args), std::cout);
  return 0;
}

constexpr const char* kActorsUsage = "INPUT... [--format text|json] [filters]";
int run_actors(const std::vector<std::string>& argv) {
  const Args args = parse_args("actors", argv, graph_command_options());
  if (wants_help(args, kActorsUsage))
    return 0;
  Loaded loaded;
  load(args, args.positionals, loaded);
  pipeline::print_actors(loaded.view, text_format(args), std::cout);
  return 0;
}

constexpr const char* kRelationsUsage = "INPUT... [--evidence] [--format text|json] [filters]";
int run_relations(const std::vector<std::string>& argv) {
  const Args args = parse_args("relations", argv, with(graph_command_options(), {}, {"evidence"}));
  if (wants_help(args, kRelationsUsage))
    return 0;
  Loaded loaded;
  load(args, args.positionals, loaded);
  pipeline::print_relations(loaded.view, args.flag("evidence"), text_format(args), std::cout);
  return 0;
}

constexpr const char* kStatsUsage = "INPUT... [--top N] [--format text|json] [filters]";
int run_stats(const std::vector<std::string>& argv) {
  const Args args = parse_args("stats", argv, with(graph_command_options(), {"top"}, {}));
  if (wants_help(args, kStatsUsage))
    return 0;
  Loaded loaded;
  load(args, args.positionals, loaded);
  pipeline::print_stats(loaded.view, args.number("top", 10), text_format(args), std::cout);
  return 0;
}

constexpr const char* kExtractUsage = "[--format jsonl|table] [--jobs N] [--lexicon FILE] INPUT...";
int run_extract(const std::vector<std::string>& argv) {
  const Args args =
      parse_args("extract", argv, {{"format", "jobs", "lexicon", "output"}, {"quiet"}});
  if (wants_help(args, kExtractUsage))
    return 0;
  if (args.positionals.empty())
    throw Error(ErrorKind::Usage, "no input given");
  const std::string format = args.value("format").value_or("jsonl");
  if (format != "jsonl" && format != "table")
    throw Error(ErrorKind::Usage, "--format must be jsonl or table");
  StderrDiagnostics diagnostics;
  pipeline::ExtractOptions options{std::max(1U, args.number("jobs", 1)), args.list("lexicon"),
                                   progress_reporter(args)};
  const auto output = args.value("output").value_or("-");
  std::optional<AtomicFile> file;
  if (output != "-")
    file.emplace(output);
  std::ostream& out = file ? file->stream() : std::cout;
  pipeline::extract_articles(args.positionals, options, diagnostics,
                             [&](const text::Article& article, std::vector<Relation>& relations) {
                               if (format == "jsonl") {
                                 for (const Relation& relation : relations)
                                   io::write_relation(relation, out);
                               } else {
                                 pipeline::print_relation_table(article, relations, out);
                               }
                             });
  out.flush();
  if (file)
    file->commit();
  return 0;
}

}  // namespace

const std::vector<Command>& commands() {
  static const std::vector<Command> kCommands{
      {"extract", kExtractUsage,
       "read news articles; print actors and typed relations (JSON Lines)", run_extract},
      {"export", kExportUsage, "write the graph as DOT, SVG, PNG, PDF, GraphML, GEXF or JSON",
       run_export},
      {"path", kPathUsage, "how two actors are tied: every hop with its evidence", run_path},
      {"neighbors", kNeighborsUsage, "an actor's relations with its neighbours", run_neighbors},
      {"actors", kActorsUsage, "the actors with kind and degree", run_actors},
      {"relations", kRelationsUsage,
       "the filtered relations, optionally with every evidence sentence", run_relations},
      {"stats", kStatsUsage, "counts by type and modality; central actors", run_stats},
  };
  return kCommands;
}

}  // namespace irkg::cli
