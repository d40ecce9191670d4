// tools/irkg/commands.cpp - the irkg subcommands, each a thin driver over the library
// SPDX-License-Identifier: MIT
#include "commands.h"

#include "graph/query.h"
#include "io/relations_jsonl.h"
#include "io/writers.h"
#include "pipeline/build.h"
#include "pipeline/extract.h"
#include "pipeline/load.h"
#include "pipeline/parse.h"
#include "pipeline/report.h"
#include "pipeline/timeline.h"
#include "store/knowledge_base.h"
#include "support/error.h"
#include "support/file.h"

#include "options.h"

#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>

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
         "         --kb FILE (a knowledge base made by 'irkg build', with or without inputs)\n"
         "         --skip-bad  --lexicon FILE  --jobs N  --quiet\n";
  return true;
}

// Loads the knowledge bases (--kb) and the inputs, and builds the filtered view every graph
// command starts from.
void load(const Args& args, const std::vector<std::string>& inputs, Loaded& loaded) {
  const auto kbs = args.values.find("kb");
  const bool any_kb = kbs != args.values.end() && !kbs->second.empty();
  if (inputs.empty() && !any_kb)
    throw Error(ErrorKind::Usage, "no input given (give INPUT... or --kb FILE)");
  if (any_kb) {
    for (const std::string& kb : kbs->second) pipeline::load_knowledge_base(kb, loaded.graph);
  }
  StderrDiagnostics diagnostics;
  if (!inputs.empty())
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

// export and render: the same job, render being the one-step form named by the output file.
int export_view(const std::string& command, const char* usage,
                const std::vector<std::string>& argv) {
  const Args args = parse_args(command, argv,
                               with(graph_command_options(), {"layout", "title"},
                                    {"edge-labels", "no-edge-labels", "no-legend"}));
  if (wants_help(args, usage))
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
    std::cerr << "irkg " << command << ": " << loaded.view.actors.size() << " actors, "
              << loaded.view.edges.size() << " relations → " << *output << '\n';
  }
  return 0;
}

constexpr const char* kExportUsage =
    "[INPUT...] [--kb KB] --format dot|svg|png|pdf|graphml|gexf|json -o OUT [filters]";
int run_export(const std::vector<std::string>& argv) {
  return export_view("export", kExportUsage, argv);
}

constexpr const char* kRenderUsage =
    "[INPUT...] [--kb KB] -o OUT.svg|.png|.pdf|.graphml|.gexf|.dot|.json [--title T] "
    "[--layout L] [filters]";
int run_render(const std::vector<std::string>& argv) {
  return export_view("render", kRenderUsage, argv);
}

std::string megabytes(std::uintmax_t bytes) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(1) << static_cast<double>(bytes) / 1e6 << " MB";
  return text.str();
}

constexpr const char* kBuildUsage =
    "--kb FILE [--jobs N] [--lexicon FILE] [--skip-bad] [--batch N] [--quiet] INPUT...";
int run_build(const std::vector<std::string>& argv) {
  const Args args =
      parse_args("build", argv, {{"kb", "jobs", "lexicon", "batch"}, {"skip-bad", "quiet"}});
  if (args.flag("help")) {
    std::cout << "usage: irkg build " << kBuildUsage << "\n\n"
              << "Adds articles and relations files to the knowledge base FILE (created when "
                 "missing).\nArticles already stored unchanged are not extracted again; an "
                 "article whose id returns\nwith new content replaces its relations; the same "
                 "text under another id is stored once.\n--batch N: documents per transaction "
                 "(default 200).\n";
    return 0;
  }
  const auto kb = args.value("kb");
  if (!kb)
    throw Error(ErrorKind::Usage, "--kb FILE is required");
  if (args.positionals.empty())
    throw Error(ErrorKind::Usage, "no input given");
  pipeline::BuildOptions options;
  options.input = make_input_options(args);
  options.per_transaction = std::max(1U, args.number("batch", 200));
  StderrDiagnostics diagnostics;
  const auto report = pipeline::build_knowledge_base(*kb, args.positionals, options, diagnostics);
  if (args.flag("quiet"))
    return 0;
  std::error_code error;
  const auto size = std::filesystem::file_size(*kb, error);
  std::cout << "irkg build: " << report.added << " added, " << report.replaced << " replaced, "
            << report.unchanged << " unchanged, " << report.duplicates << " duplicate"
            << (report.duplicates == 1 ? "" : "s") << "; " << report.relations_written
            << " relations written in " << std::fixed << std::setprecision(2) << report.seconds
            << " s\n"
            << *kb << ": " << report.totals.documents << " documents, " << report.totals.relations
            << " relations, " << report.totals.actors << " actors, " << megabytes(error ? 0 : size)
            << '\n';
  return 0;
}

constexpr const char* kCheckUsage = "--kb FILE";
int run_check(const std::vector<std::string>& argv) {
  const Args args = parse_args("check", argv, {{"kb"}, {}});
  if (args.flag("help")) {
    std::cout << "usage: irkg check " << kCheckUsage
              << "\n\nChecks a knowledge base: SQLite integrity, references, whole documents.\n";
    return 0;
  }
  const auto kb_path = args.value("kb");
  if (!kb_path || !args.positionals.empty())
    throw Error(ErrorKind::Usage, "need --kb FILE and nothing else");
  store::KnowledgeBase kb(*kb_path, store::Access::Read);
  const auto problems = kb.check();
  const auto counts = kb.counts();
  for (const std::string& problem : problems) std::cout << *kb_path << ": " << problem << '\n';
  std::cout << *kb_path << ": " << (problems.empty() ? "ok" : "DAMAGED") << ", " << counts.documents
            << " documents, " << counts.relations << " relations, " << counts.sentences
            << " evidence sentences, " << counts.actors << " actors, " << counts.aliases
            << " aliases\n";
  return problems.empty() ? 0 : 1;
}

constexpr const char* kExplainUsage =
    "[INPUT...] [--kb KB] ACTOR TYPE|any ACTOR [--format text|json] [filters]";
int run_explain(const std::vector<std::string>& argv) {
  const Args args = parse_args("explain", argv, graph_command_options());
  if (wants_help(args, kExplainUsage))
    return 0;
  if (args.positionals.size() < 3)
    throw Error(ErrorKind::Usage, "need ACTOR TYPE ACTOR");
  const auto& positionals = args.positionals;
  const std::string& type_name = positionals[positionals.size() - 2];
  std::optional<RelationType> type;
  if (type_name != "any") {
    type = parse_relation_type(type_name);
    if (!type)
      throw Error(ErrorKind::Usage, "unknown relation type '" + type_name + "' (or 'any')");
  }
  Args view_args = args;
  // Evidence is asked for: every modality is shown unless the user narrowed it.
  if (!args.values.contains("modality"))
    view_args.flags.insert("all-modalities");
  if (type)
    view_args.values["types"] = {std::string(to_string(*type))};
  const std::vector<std::string> inputs(positionals.begin(), positionals.end() - 3);
  Loaded loaded;
  load(view_args, inputs, loaded);
  const auto from = pipeline::resolve_actor(loaded.graph, positionals[positionals.size() - 3]);
  const auto to = pipeline::resolve_actor(loaded.graph, positionals.back());
  graph::View view = loaded.view;
  std::erase_if(view.edges, [&](const graph::ViewEdge& edge) {
    const bool forward = edge.source == from && edge.target == to;
    const bool backward = edge.source == to && edge.target == from;
    return !(forward || (backward && (!type || info(edge.type).symmetric)));
  });
  if (view.edges.empty() && text_format(args) == pipeline::TextFormat::Text) {
    std::cout << "no " << (type ? type_name + " relation" : std::string("relation")) << " from "
              << loaded.graph.actor(from).name << " to " << loaded.graph.actor(to).name
              << " with these filters\n";
    return 1;
  }
  pipeline::print_relations(view, true, text_format(args), std::cout);
  return view.edges.empty() ? 1 : 0;
}

constexpr const char* kTimelineUsage =
    "[INPUT...] [--kb KB] [ACTOR] [--format text|json|svg] [-o OUT] [--title T] [filters]";
int run_timeline(const std::vector<std::string>& argv) {
  const Args args = parse_args("timeline", argv, with(graph_command_options(), {"title"}, {}));
  if (wants_help(args, kTimelineUsage))
    return 0;
  std::vector<std::string> inputs = args.positionals;
  // The actor is the last argument that names no file or folder.
  std::optional<std::string> actor_name;
  if (!inputs.empty() && inputs.back() != "-" && !std::filesystem::exists(inputs.back())) {
    actor_name = inputs.back();
    inputs.pop_back();
  }
  const auto output = args.value("output").value_or("-");
  std::string format = args.value("format").value_or("");
  if (format.empty())
    format = output != "-" && std::filesystem::path(output).extension() == ".svg" ? "svg" : "text";
  if (format != "text" && format != "json" && format != "svg")
    throw Error(ErrorKind::Usage, "--format must be text, json or svg, not '" + format + "'");
  Loaded loaded;
  load(args, inputs, loaded);
  std::optional<graph::Vertex> actor;
  if (actor_name)
    actor = pipeline::resolve_actor(loaded.graph, *actor_name);
  const auto timeline = pipeline::make_timeline(loaded.view, actor);
  std::optional<AtomicFile> file;
  if (output != "-")
    file.emplace(output);
  std::ostream& out = file ? file->stream() : std::cout;
  if (format == "svg") {
    pipeline::write_timeline_svg(timeline, args.value("title").value_or(""), out);
  } else {
    pipeline::print_timeline(
        timeline, format == "json" ? pipeline::TextFormat::Json : pipeline::TextFormat::Text, out);
  }
  out.flush();
  if (file)
    file->commit();
  return 0;
}

constexpr const char* kPathUsage =
    "[INPUT...] [--kb KB] FROM TO [--max-hops N] [--all] [--directed] [--limit N] [--format "
    "text|json|dot|svg "
    "-o OUT] [filters]";
int run_path(const std::vector<std::string>& argv) {
  const Args args = parse_args(
      "path", argv,
      with(graph_command_options(), {"max-hops", "limit", "layout", "title"}, {"all", "directed"}));
  if (wants_help(args, kPathUsage))
    return 0;
  if (args.positionals.size() < 2)
    throw Error(ErrorKind::Usage, "need FROM TO after the inputs");
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
    if (!diagram)
      throw Error(ErrorKind::Usage,
                  "--format must be text, json, dot, svg, png, pdf, graphml or gexf");
    write_output(graph::path_view(loaded.view, paths), args.value("output").value_or("-"), *diagram,
                 diagram_options(args));
    return paths.empty() ? 1 : 0;
  }
  pipeline::print_paths(loaded.view, from, to, paths, text_format(args), std::cout);
  return paths.empty() ? 1 : 0;
}

constexpr const char* kNeighborsUsage = "[INPUT...] [--kb KB] ACTOR [--format text|json] [filters]";
int run_neighbors(const std::vector<std::string>& argv) {
  const Args args = parse_args("neighbors", argv, graph_command_options());
  if (wants_help(args, kNeighborsUsage))
    return 0;
  if (args.positionals.empty())
    throw Error(ErrorKind::Usage, "need ACTOR after the inputs");
  const std::vector<std::string> inputs(args.positionals.begin(), args.positionals.end() - 1);
  Loaded loaded;
  load(args, inputs, loaded);
  const auto actor = pipeline::resolve_actor(loaded.graph, args.positionals.back());
  pipeline::print_neighbors(loaded.view, actor, graph::neighbors(loaded.view, actor),
                            text_format(args), std::cout);
  return 0;
}

constexpr const char* kActorsUsage = "[INPUT...] [--kb KB] [--format text|json] [filters]";
int run_actors(const std::vector<std::string>& argv) {
  const Args args = parse_args("actors", argv, graph_command_options());
  if (wants_help(args, kActorsUsage))
    return 0;
  Loaded loaded;
  load(args, args.positionals, loaded);
  pipeline::print_actors(loaded.view, text_format(args), std::cout);
  return 0;
}

constexpr const char* kRelationsUsage =
    "[INPUT...] [--kb KB] [--evidence] [--format text|json] [filters]";
int run_relations(const std::vector<std::string>& argv) {
  const Args args = parse_args("relations", argv, with(graph_command_options(), {}, {"evidence"}));
  if (wants_help(args, kRelationsUsage))
    return 0;
  Loaded loaded;
  load(args, args.positionals, loaded);
  pipeline::print_relations(loaded.view, args.flag("evidence"), text_format(args), std::cout);
  return 0;
}

constexpr const char* kStatsUsage = "[INPUT...] [--kb KB] [--top N] [--format text|json] [filters]";
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

constexpr const char* kParseUsage =
    "[--format conllu|text] [-o OUT] [--quiet] INPUT... | --tokenized FILE.conllu [--evaluate]";
int run_parse(const std::vector<std::string>& argv) {
  const Args args =
      parse_args("parse", argv, {{"format", "output", "tokenized"}, {"evaluate", "quiet"}});
  if (args.flag("help")) {
    std::cout << "usage: irkg parse " << kParseUsage << "\n\n"
              << "Prints the Universal Dependencies analysis of articles (tags, lemmas, tree) as "
                 "CoNLL-U,\neach word with TokenRange=BEGIN:END, its bytes in the article body, "
                 "or as indented\ntrees (--format text). --tokenized re-analyses the words of a "
                 "CoNLL-U file as given;\nwith --evaluate it prints the scores against the "
                 "file's own annotation instead.\n";
    return 0;
  }
  const std::string format_name = args.value("format").value_or("conllu");
  if (format_name != "conllu" && format_name != "text")
    throw Error(ErrorKind::Usage, "--format must be conllu or text");
  const auto format =
      format_name == "text" ? pipeline::TreeFormat::Text : pipeline::TreeFormat::Conllu;
  const auto tokenized = args.value("tokenized");
  if (tokenized && !args.positionals.empty())
    throw Error(ErrorKind::Usage, "give either --tokenized FILE or INPUT..., not both");
  if (args.flag("evaluate") && !tokenized)
    throw Error(ErrorKind::Usage, "--evaluate needs --tokenized FILE.conllu");
  if (!tokenized && args.positionals.empty())
    throw Error(ErrorKind::Usage, "no input given");
  const auto output = args.value("output").value_or("-");
  std::optional<AtomicFile> file;
  if (output != "-")
    file.emplace(output);
  std::ostream& out = file ? file->stream() : std::cout;
  if (args.flag("evaluate")) {
    pipeline::print_evaluation(pipeline::evaluate_tokenized(*tokenized), out);
  } else if (tokenized) {
    for (const auto& sentence : pipeline::parse_tokenized(*tokenized))
      pipeline::write_tree(out, sentence, format);
  } else {
    StderrDiagnostics diagnostics;
    const auto report = pipeline::parse_articles(args.positionals, format, diagnostics, out);
    if (!args.flag("quiet") && file) {
      std::cerr << "irkg parse: " << report.documents << " documents, " << report.sentences
                << " sentences, " << report.words << " words → " << output << '\n';
    }
  }
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
      {"parse", kParseUsage,
       "tag, lemmatise and parse articles or CoNLL-U words: Universal Dependencies trees",
       run_parse},
      {"build", kBuildUsage, "add articles and relations to a knowledge base (SQLite file)",
       run_build},
      {"check", kCheckUsage, "check a knowledge base: integrity, whole documents", run_check},
      {"render", kRenderUsage, "articles or a knowledge base to a diagram, in one step",
       run_render},
      {"export", kExportUsage, "write the graph as DOT, SVG, PNG, PDF, GraphML, GEXF or JSON",
       run_export},
      {"path", kPathUsage, "how two actors are tied: every hop with its evidence", run_path},
      {"neighbors", kNeighborsUsage, "an actor's relations with its neighbours", run_neighbors},
      {"actors", kActorsUsage, "the actors with kind and degree", run_actors},
      {"relations", kRelationsUsage,
       "the filtered relations, optionally with every evidence sentence", run_relations},
      {"explain", kExplainUsage, "every sentence behind a relation, with title, date and url",
       run_explain},
      {"timeline", kTimelineUsage, "relations per month and type: table, JSON or SVG chart",
       run_timeline},
      {"stats", kStatsUsage, "counts by type and modality; central actors", run_stats},
  };
  return kCommands;
}

}  // namespace irkg::cli
