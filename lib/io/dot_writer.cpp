// io/dot_writer.cpp - DOT through cgraph, and SVG/PNG/PDF rendered in-process through gvc
// SPDX-License-Identifier: MIT
#include "io/detail/graphviz.h"
#include "io/style.h"
#include "io/writers.h"
#include "support/error.h"
#include "support/strings.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

namespace {

using irkg::Error;
using irkg::ErrorKind;
using irkg::io::DiagramOptions;
using irkg::io::detail::CGraph;

// Measured on random views (actors/edges; 2 cores, Graphviz 2.43, SVG): `dot` takes 0.6 s for 40
// actors and 400 edges, but 11 s once those edges are labelled; sfdp takes 0.05-0.25 s for 40-200
// actors and 400-2000 edges with straight edges, labels or not, but 0.8 s (40/400), 1.7 s (100/150)
// and 50 s (200/2000) with spline routing (splines=true).
// neato (stress majorization) takes 0.12 s for 200/2000, 0.6 s for 500/3000 and 2.2 s for
// 1000/5000; sfdp 0.4 s for 1000/5000. sfdp and fdp in Graphviz 2.43 keep state between
// layouts, so a second render in the same process differs from the first; neato does not.
// Up to this many actors and edges the hierarchical `dot` layout stays fast and readable.
constexpr std::size_t kDotLayoutMaxActors = 40;
constexpr std::size_t kDotLayoutMaxEdges = 300;
// Up to this many actors neato (reproducible, good quality); above, sfdp (multilevel, fast).
constexpr std::size_t kNeatoMaxActors = 1000;
// Above this many edges there are no edge labels (colour and legend carry the relation type)
// and force-directed layouts draw straight edges instead of routing splines around nodes.
constexpr std::size_t kEdgeLabelMaxEdges = 150;
constexpr std::size_t kSplineMaxEdges = 150;
// Tooltips quote at most this many bytes of evidence.
constexpr std::size_t kTooltipEvidenceBytes = 400;

constexpr std::array<std::string_view, 8> kEngines{"dot",   "neato", "fdp",   "sfdp",
                                                   "circo", "twopi", "osage", "patchwork"};

// cgraph's message handler is process-wide and gvc is not documented as thread-safe.
std::mutex graphviz_mutex;

struct Plan {
  std::string engine;
  bool edge_labels = false;
  bool splines = false;  ///< route curved edges around nodes (force-directed engines)
};

Plan make_plan(const irkg::graph::View& view, const DiagramOptions& options) {
  Plan plan;
  if (options.layout.empty()) {
    if (view.actors.size() <= kDotLayoutMaxActors && view.edges.size() <= kDotLayoutMaxEdges) {
      plan.engine = "dot";
    } else if (view.actors.size() <= kNeatoMaxActors) {
      plan.engine = "neato";
    } else {
      plan.engine = "sfdp";
    }
  } else {
    if (std::find(kEngines.begin(), kEngines.end(), options.layout) == kEngines.end()) {
      std::string known;
      for (const std::string_view engine : kEngines) {
        known += known.empty() ? "" : ", ";
        known += engine;
      }
      throw Error(ErrorKind::Usage,
                  "unknown layout '" + options.layout + "' (expected one of " + known + ")");
    }
    plan.engine = options.layout;
  }
  plan.edge_labels = options.edge_labels.value_or(view.edges.size() <= kEdgeLabelMaxEdges);
  plan.splines = view.edges.size() <= kSplineMaxEdges;
  return plan;
}

/// Text for a Graphviz escString (label, tooltip): valid UTF-8, no control characters (they
/// would also make the SVG ill-formed), backslashes doubled so `\N`, `\l` or a final `\` stay
/// literal. agwrite adds the quotes and escapes `"`.
std::string dot_text(std::string_view text, std::size_t max_bytes = std::string::npos) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t begin = pos;
    const char32_t cp = irkg::decode_utf8(text, pos);
    if (out.size() >= max_bytes) {
      out += "…";
      break;
    }
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      out += ' ';
    } else if (cp < 0x20 || cp == 0x7F || cp == 0xFFFE || cp == 0xFFFF) {
      continue;
    } else if (cp == '\\') {
      out += "\\\\";
    } else if (cp == 0xFFFD) {
      irkg::append_utf8(out, cp);
    } else {
      out.append(text.substr(begin, pos - begin));
    }
  }
  return out;
}

/// "2024", "2022–2024", or "" when no date is known.
std::string year_range(const irkg::graph::ViewEdge& edge) {
  if (!edge.first.known())
    return {};
  std::string range = std::to_string(edge.first.year);
  if (edge.last.known() && edge.last.year != edge.first.year) {
    range += "–";
    range += std::to_string(edge.last.year);
  }
  return range;
}

/// Declares an attribute on the root graph with its default and returns the cached symbol.
Agsym_t* declare(Agraph_t* graph, int kind, std::string name, std::string default_value) {
  Agsym_t* symbol = agattr(graph, kind, name.data(), default_value.data());
  if (symbol == nullptr)
    throw Error(ErrorKind::Graphviz, "cannot declare attribute " + name);
  return symbol;
}

void set(void* object, Agsym_t* symbol, std::string value) {
  if (agxset(object, symbol, value.data()) != 0) {
    throw Error(ErrorKind::Graphviz, std::string("cannot set attribute ") + symbol->name);
  }
}

void set_graph(Agraph_t* graph, std::string name, std::string value) {
  declare(graph, AGRAPH, std::move(name), std::move(value));
}

std::string legend_html(const irkg::graph::View& view) {
  std::set<irkg::ActorKind> kinds;
  std::set<irkg::QuadClass> quads;
  std::set<irkg::Modality> modalities;
  for (const irkg::graph::Vertex v : view.actors) kinds.insert(view.graph->actor(v).kind);
  for (const irkg::graph::ViewEdge& edge : view.edges) {
    quads.insert(irkg::info(edge.type).quad);
    modalities.insert(edge.modality);
  }
  std::string html =
      "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">"
      "<TR><TD COLSPAN=\"2\"><B>legend</B></TD></TR>";
  for (const irkg::ActorKind kind : irkg::io::legend_kinds()) {
    if (!kinds.contains(kind))
      continue;
    html += "<TR><TD BGCOLOR=\"" + irkg::io::kind_color(kind).hex() + "\">" +
            std::string(irkg::to_string(kind)) + "</TD><TD>" +
            std::string(irkg::io::kind_shape(kind)) + "</TD></TR>";
  }
  for (const irkg::QuadClass quad : irkg::io::legend_quads()) {
    if (!quads.contains(quad))
      continue;
    html += "<TR><TD BGCOLOR=\"" + irkg::io::quad_color(quad).hex() + "\"> </TD><TD>" +
            std::string(irkg::io::quad_description(quad)) + "</TD></TR>";
  }
  if (modalities.contains(irkg::Modality::Hypothetical)) {
    html += "<TR><TD>- - -</TD><TD>hypothetical</TD></TR>";
  }
  if (modalities.contains(irkg::Modality::Negated)) {
    html += "<TR><TD>· · ·</TD><TD>negated</TD></TR>";
  }
  html += "</TABLE>";
  return html;
}

/// Builds the cgraph graph of a view. Every attribute is declared once on the root with its
/// default, then set per object through the cached symbol.
CGraph build_graph(const irkg::graph::View& view, const DiagramOptions& options, const Plan& plan,
                   Agdisc_t* discipline) {
  std::string name = "irkg";
  CGraph owner(agopen(name.data(), Agdirected, discipline));
  if (!owner)
    throw Error(ErrorKind::Graphviz, "cannot create a graph");
  Agraph_t* g = owner.get();

  set_graph(g, "layout", plan.engine);
  set_graph(g, "fontname", "Helvetica");
  set_graph(g, "outputorder", "edgesfirst");
  set_graph(g, "pad", "0.2");
  if (plan.engine == "dot") {
    set_graph(g, "rankdir", "LR");
    set_graph(g, "nodesep", "0.25");
    set_graph(g, "ranksep", "0.6");
  } else {
    set_graph(g, "overlap", "false");
    set_graph(g, "sep", "+6");
    // Straight edges still keep parallel relations apart (neato spreads multi-edges).
    set_graph(g, "splines", plan.splines ? "true" : "line");
  }
  if (!options.title.empty()) {
    set_graph(g, "label", dot_text(options.title));
    set_graph(g, "labelloc", "t");
    set_graph(g, "fontsize", "16");
  }

  Agsym_t* n_label = declare(g, AGNODE, "label", "\\N");
  Agsym_t* n_shape = declare(g, AGNODE, "shape", "ellipse");
  Agsym_t* n_style = declare(g, AGNODE, "style", "filled");
  Agsym_t* n_fill = declare(g, AGNODE, "fillcolor", "#ffffff");
  Agsym_t* n_tooltip = declare(g, AGNODE, "tooltip", "");
  Agsym_t* n_kind = declare(g, AGNODE, "kind", "");
  declare(g, AGNODE, "fontname", "Helvetica");
  declare(g, AGNODE, "fontsize", "11");
  declare(g, AGNODE, "margin", "0.08,0.04");

  Agsym_t* e_label = declare(g, AGEDGE, "label", "");
  Agsym_t* e_color = declare(g, AGEDGE, "color", "#888888");
  Agsym_t* e_fontcolor = declare(g, AGEDGE, "fontcolor", "#888888");
  Agsym_t* e_penwidth = declare(g, AGEDGE, "penwidth", "1");
  Agsym_t* e_tooltip = declare(g, AGEDGE, "tooltip", "");
  Agsym_t* e_dir = declare(g, AGEDGE, "dir", "forward");
  Agsym_t* e_style = declare(g, AGEDGE, "style", "solid");
  Agsym_t* e_id = declare(g, AGEDGE, "id", "");
  Agsym_t* e_relation = declare(g, AGEDGE, "relation", "");
  Agsym_t* e_modality = declare(g, AGEDGE, "modality", "asserted");
  Agsym_t* e_mentions = declare(g, AGEDGE, "mentions", "1");
  Agsym_t* e_first = declare(g, AGEDGE, "first_date", "");
  Agsym_t* e_last = declare(g, AGEDGE, "last_date", "");
  declare(g, AGEDGE, "fontname", "Helvetica");
  declare(g, AGEDGE, "fontsize", "9");
  declare(g, AGEDGE, "arrowsize", "0.7");

  if (view.graph == nullptr)
    return owner;
  const irkg::graph::KnowledgeGraph& kg = *view.graph;

  std::vector<Agnode_t*> nodes(view.actors.size(), nullptr);
  for (std::size_t i = 0; i < view.actors.size(); ++i) {
    const irkg::graph::ActorNode& actor = kg.actor(view.actors[i]);
    std::string id = irkg::repair_utf8(actor.id);
    Agnode_t* node = agnode(g, id.data(), 1);
    if (node == nullptr)
      throw Error(ErrorKind::Graphviz, "cannot add node " + id);
    nodes[i] = node;
    const std::string label = dot_text(actor.name.empty() ? actor.id : actor.name);
    set(node, n_label, label);
    set(node, n_shape, std::string(irkg::io::kind_shape(actor.kind)));
    set(node, n_fill, irkg::io::kind_color(actor.kind).hex());
    set(node, n_kind, std::string(irkg::to_string(actor.kind)));
    set(node, n_tooltip,
        label + " (" + dot_text(actor.id) + ", " + std::string(irkg::to_string(actor.kind)) + ")");
  }

  for (std::size_t i = 0; i < view.edges.size(); ++i) {
    const irkg::graph::ViewEdge& edge = view.edges[i];
    const irkg::RelationTypeInfo& type = irkg::info(edge.type);
    const auto tail = view.position(edge.source);
    const auto head = view.position(edge.target);
    if (!tail || !head)
      continue;  // a view edge always joins two of its actors
    Agedge_t* e = agedge(g, nodes[*tail], nodes[*head], nullptr, 1);
    if (e == nullptr)
      throw Error(ErrorKind::Graphviz, "cannot add an edge");
    const std::string relation(type.name);
    const std::string years = year_range(edge);
    const std::string color = irkg::io::quad_color(type.quad).hex();
    set(e, e_id, irkg::io::edge_id(i));
    set(e, e_relation, relation);
    set(e, e_modality, std::string(irkg::to_string(edge.modality)));
    set(e, e_mentions, std::to_string(edge.mentions));
    set(e, e_first, edge.first.to_string());
    set(e, e_last, edge.last.to_string());
    set(e, e_color, color);
    set(e, e_fontcolor, color);
    const double width = std::min(8.0, 1.0 + std::log2(std::max(1.0, double(edge.mentions))));
    set(e, e_penwidth, irkg::io::format_number(std::round(width * 100.0) / 100.0));
    if (type.symmetric)
      set(e, e_dir, "none");
    if (edge.modality == irkg::Modality::Hypothetical)
      set(e, e_style, "dashed");
    if (edge.modality == irkg::Modality::Negated)
      set(e, e_style, "dotted");
    std::string label = relation;
    if (!years.empty())
      label += " " + years;
    if (edge.modality != irkg::Modality::Asserted) {
      label += " (" + std::string(irkg::to_string(edge.modality)) + ")";
    }
    if (plan.edge_labels)
      set(e, e_label, label);
    std::string tooltip = dot_text(kg.actor(edge.source).name) + (type.symmetric ? " — " : " → ") +
                          dot_text(kg.actor(edge.target).name) + ": " + label + ", " +
                          std::to_string(edge.mentions) +
                          (edge.mentions == 1 ? " mention" : " mentions");
    if (!edge.evidence.empty()) {
      const std::string& sentence = kg.evidence(kg.relation(edge.evidence.front()).evidence);
      if (!sentence.empty())
        tooltip += "\\n" + dot_text(sentence, kTooltipEvidenceBytes);
    }
    set(e, e_tooltip, tooltip);
  }

  if (options.legend && !view.actors.empty()) {
    // One node, so every reader counts it the same way; its name is no actor id.
    std::string legend_name = "_legend";
    Agnode_t* legend = agnode(g, legend_name.data(), 1);
    if (legend == nullptr)
      throw Error(ErrorKind::Graphviz, "cannot add the legend");
    std::string html = legend_html(view);
    char* label = agstrdup_html(g, html.data());
    const int status = agxset(legend, n_label, label);
    agstrfree(g, label);
    if (status != 0)
      throw Error(ErrorKind::Graphviz, "cannot set the legend label");
    set(legend, n_shape, "none");
    set(legend, n_style, "solid");
    set(legend, n_kind, "legend");
    set(legend, n_tooltip, "legend");
    std::string margin = "margin";
    agsafeset(legend, margin.data(), std::string("0").data(), std::string("0.08,0.04").data());
  }
  return owner;
}

/// The process's one gvc context, created on first use; the caller holds graphviz_mutex.
/// One context, not one per render: Graphviz 2.43's pango plugin keeps a pointer to the last
/// font name, which lives in the context's font cache, so freeing a context leaves it dangling
/// for the next one (a heap-use-after-free under AddressSanitizer).
irkg::io::detail::GvContext& shared_context() {
  static irkg::io::detail::GvContext context;
  if (context.get() == nullptr)
    context = irkg::io::detail::GvContext::create();
  return context;
}

int append_to_string(void* channel, const char* text) {
  static_cast<std::string*>(channel)->append(text);
  return 0;
}

int flush_nothing(void*) {
  return 0;
}

/// A discipline whose writes append to the std::string passed to agwrite as its channel.
Agdisc_t* string_discipline() {
  static Agiodisc_t io{AgIoDisc.afread, &append_to_string, &flush_nothing};
  static Agdisc_t discipline{&AgMemDisc, &AgIdDisc, &io};
  return &discipline;
}

}  // namespace

void irkg::io::write_dot(const graph::View& view, std::ostream& out,
                         const DiagramOptions& options) {
  const Plan plan = make_plan(view, options);
  std::string text;
  {
    const std::lock_guard<std::mutex> lock(graphviz_mutex);
    detail::ErrorCapture capture;
    CGraph graph = build_graph(view, options, plan, string_discipline());
    if (agwrite(graph.get(), &text) != 0) {
      throw Error(ErrorKind::Graphviz, "cannot write DOT: " + capture.messages());
    }
  }
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.flush();
  if (!out)
    throw Error(ErrorKind::Io, "cannot write the DOT output");
}

void irkg::io::write_rendered(const graph::View& view, std::ostream& out, ExportFormat format,
                              const DiagramOptions& options) {
  const char* renderer = nullptr;
  switch (format) {
    case ExportFormat::Svg:
      renderer = "svg";
      break;
    case ExportFormat::Png:
      renderer = "png";
      break;
    case ExportFormat::Pdf:
      renderer = "pdf";
      break;
    case ExportFormat::Dot:
    case ExportFormat::GraphMl:
    case ExportFormat::Gexf:
    case ExportFormat::Json:
      throw Error(ErrorKind::Usage, "write_rendered draws only svg, png or pdf");
  }
  const Plan plan = make_plan(view, options);
  const std::lock_guard<std::mutex> lock(graphviz_mutex);
  detail::ErrorCapture capture;
  detail::GvContext& context = shared_context();
  CGraph graph = build_graph(view, options, plan, string_discipline());
  detail::GvLayout layout(context.get(), graph.get(), plan.engine.c_str(), capture);
  char* data = nullptr;
  unsigned int length = 0;
  const int status = gvRenderData(context.get(), graph.get(), renderer, &data, &length);
  detail::RenderData owned(data);
  if (status != 0 || data == nullptr) {
    const std::string messages = capture.messages();
    throw Error(ErrorKind::Graphviz, std::string("rendering ") + renderer + " failed" +
                                         (messages.empty() ? "" : ": " + messages));
  }
  out.write(data, static_cast<std::streamsize>(length));
  out.flush();
  if (!out)
    throw Error(ErrorKind::Io, std::string("cannot write the ") + renderer + " output");
}
