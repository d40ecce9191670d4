// io/writers.h - graph exports: DOT and rendered diagrams (Graphviz), GraphML, GEXF, JSON
// SPDX-License-Identifier: MIT
//
// irkg_io: reading relations JSON Lines and writing views in every export format.
// Depends on graph, model and support.
#ifndef IRKG_IO_WRITERS_H
#define IRKG_IO_WRITERS_H

#include "graph/view.h"

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace irkg::io {

enum class ExportFormat { Dot, Svg, Png, Pdf, GraphMl, Gexf, Json };

/// "dot", "gv", "svg", "png", "pdf", "graphml", "gexf", "json"; nullopt otherwise.
std::optional<ExportFormat> parse_export_format(std::string_view name);
/// The format a file name's extension asks for, or nullopt.
std::optional<ExportFormat> format_from_extension(const std::filesystem::path& path);

/// How a diagram is drawn. Defaults give a readable picture for any size.
struct DiagramOptions {
  std::string layout;               ///< dot, neato, fdp, sfdp, circo; empty = chosen by size
  std::optional<bool> edge_labels;  ///< empty = label while the graph is small enough to stay fast
  bool legend = true;
  std::string title;
};

/// DOT built through cgraph (never by string pasting).
void write_dot(const graph::View& view, std::ostream& out, const DiagramOptions& options);
/// Lays out and renders in-process through gvc; format is Svg, Png or Pdf.
/// Throws irkg::Error (Graphviz) when layout or rendering fails.
void write_rendered(const graph::View& view, std::ostream& out, ExportFormat format,
                    const DiagramOptions& options);
/// GraphML valid against the GraphML 1.0 XSD; typed keys, edge ids, parallel edges kept.
void write_graphml(const graph::View& view, std::ostream& out);
/// GEXF 1.3 with the relation as edge kind, dynamic edges by date, viz colours.
void write_gexf(const graph::View& view, std::ostream& out);
/// Node-link JSON that networkx.node_link_graph and d3 read.
void write_json(const graph::View& view, std::ostream& out);

/// Writes \p view in \p format to \p out (any format).
void write_view(const graph::View& view, std::ostream& out, ExportFormat format,
                const DiagramOptions& options);

}  // namespace irkg::io

#endif  // IRKG_IO_WRITERS_H
