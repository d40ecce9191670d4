// io/writers.cpp - export format names and the dispatch to each writer
// SPDX-License-Identifier: MIT
#include "io/writers.h"

#include "support/strings.h"

std::optional<irkg::io::ExportFormat> irkg::io::parse_export_format(std::string_view name) {
  const std::string lower = ascii_lower(name);
  if (lower == "dot" || lower == "gv")
    return ExportFormat::Dot;
  if (lower == "svg")
    return ExportFormat::Svg;
  if (lower == "png")
    return ExportFormat::Png;
  if (lower == "pdf")
    return ExportFormat::Pdf;
  if (lower == "graphml")
    return ExportFormat::GraphMl;
  if (lower == "gexf")
    return ExportFormat::Gexf;
  if (lower == "json")
    return ExportFormat::Json;
  return std::nullopt;
}

std::optional<irkg::io::ExportFormat> irkg::io::format_from_extension(
    const std::filesystem::path& path) {
  const std::string extension = path.extension().string();
  if (extension.size() < 2)
    return std::nullopt;
  return parse_export_format(std::string_view(extension).substr(1));
}

void irkg::io::write_view(const graph::View& view, std::ostream& out, ExportFormat format,
                          const DiagramOptions& options) {
  switch (format) {
    case ExportFormat::Dot:
      write_dot(view, out, options);
      return;
    case ExportFormat::Svg:
    case ExportFormat::Png:
    case ExportFormat::Pdf:
      write_rendered(view, out, format, options);
      return;
    case ExportFormat::GraphMl:
      write_graphml(view, out);
      return;
    case ExportFormat::Gexf:
      write_gexf(view, out);
      return;
    case ExportFormat::Json:
      write_json(view, out);
      return;
  }
}
