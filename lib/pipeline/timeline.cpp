// pipeline/timeline.cpp - relations per month and type (irkg timeline): table, JSON, SVG chart
// SPDX-License-Identifier: MIT
#include "pipeline/timeline.h"

#include "io/style.h"
#include "io/xml.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <array>
#include <map>

namespace {

std::string period_of(const irkg::PartialDate& date) {
  std::string text = date.to_string();
  return text.substr(0, date.month ? 7 : 4);
}

std::string escaped(std::string_view text) {
  std::string out;
  irkg::io::append_xml_escaped(out, irkg::io::xml_clean(text), true);
  return out;
}

}  // namespace

irkg::pipeline::Timeline irkg::pipeline::make_timeline(const graph::View& view,
                                                       std::optional<graph::Vertex> actor) {
  Timeline timeline;
  if (actor)
    timeline.subject = view.graph->actor(*actor).name;
  std::map<std::string, std::array<std::size_t, kRelationTypeCount>> by_period;
  std::array<bool, kRelationTypeCount> seen{};
  for (const auto& edge : view.edges) {
    if (actor && edge.source != *actor && edge.target != *actor)
      continue;
    for (const graph::Edge e : edge.evidence) {
      const auto& relation = view.graph->relation(e);
      if (!relation.date.known()) {
        ++timeline.undated;
        continue;
      }
      const auto type = static_cast<std::size_t>(relation.type);
      ++by_period[period_of(relation.date)][type];
      seen[type] = true;
    }
  }
  for (const RelationType type : all_relation_types()) {
    if (seen[static_cast<std::size_t>(type)])
      timeline.types.push_back(type);
  }
  for (const auto& [period, counts] : by_period) {
    timeline.periods.push_back(period);
    std::vector<std::size_t> row;
    std::size_t total = 0;
    for (const RelationType type : timeline.types) {
      row.push_back(counts[static_cast<std::size_t>(type)]);
      total += row.back();
    }
    timeline.counts.push_back(std::move(row));
    timeline.totals.push_back(total);
  }
  return timeline;
}

void irkg::pipeline::print_timeline(const Timeline& timeline, TextFormat format,
                                    std::ostream& out) {
  if (format == TextFormat::Json) {
    rapidjson::OStreamWrapper stream(out);
    rapidjson::PrettyWriter<rapidjson::OStreamWrapper> writer(stream);
    writer.StartObject();
    if (!timeline.subject.empty()) {
      writer.Key("actor");
      writer.String(timeline.subject.c_str(),
                    static_cast<rapidjson::SizeType>(timeline.subject.size()));
    }
    writer.Key("periods");
    writer.StartArray();
    for (std::size_t p = 0; p < timeline.periods.size(); ++p) {
      writer.StartObject();
      writer.Key("period");
      writer.String(timeline.periods[p].c_str(),
                    static_cast<rapidjson::SizeType>(timeline.periods[p].size()));
      writer.Key("total");
      writer.Uint64(timeline.totals[p]);
      writer.Key("by_type");
      writer.StartObject();
      for (std::size_t t = 0; t < timeline.types.size(); ++t) {
        if (timeline.counts[p][t] == 0)
          continue;
        const std::string_view name = to_string(timeline.types[t]);
        writer.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
        writer.Uint64(timeline.counts[p][t]);
      }
      writer.EndObject();
      writer.EndObject();
    }
    writer.EndArray();
    writer.Key("undated");
    writer.Uint64(timeline.undated);
    writer.EndObject();
    out << '\n';
    return;
  }
  if (timeline.periods.empty()) {
    out << "no dated relations with these filters";
    if (timeline.undated)
      out << " (" << timeline.undated << " undated)";
    out << '\n';
    return;
  }
  std::vector<std::size_t> widths;
  std::string line = "period  ";
  const auto cell = [](std::string text, std::size_t width) {
    return std::string(width > text.size() ? width - text.size() : 0, ' ') + text;
  };
  for (const RelationType type : timeline.types) {
    widths.push_back(std::max<std::size_t>(to_string(type).size(), 3));
    line += "  " + cell(std::string(to_string(type)), widths.back());
  }
  out << line << "  total\n";
  for (std::size_t p = 0; p < timeline.periods.size(); ++p) {
    line = timeline.periods[p] +
           std::string(8 - std::min<std::size_t>(8, timeline.periods[p].size()), ' ');
    for (std::size_t t = 0; t < timeline.types.size(); ++t) {
      const std::size_t count = timeline.counts[p][t];
      line += "  " + cell(count ? std::to_string(count) : ".", widths[t]);
    }
    out << line << "  " << cell(std::to_string(timeline.totals[p]), 5) << '\n';
  }
  if (timeline.undated)
    out << "(" << timeline.undated << " undated mention" << (timeline.undated == 1 ? "" : "s")
        << " not shown)\n";
}

void irkg::pipeline::write_timeline_svg(const Timeline& timeline, const std::string& title,
                                        std::ostream& out) {
  constexpr int kBar = 22, kGap = 8, kLeft = 56, kTop = 48, kPlot = 260, kLegendRow = 18;
  const std::size_t max_total = std::max<std::size_t>(
      1, timeline.totals.empty()
             ? 1
             : *std::max_element(timeline.totals.begin(), timeline.totals.end()));
  const int bars = static_cast<int>(timeline.periods.size());
  const int plot_width = std::max(bars * (kBar + kGap) + kGap, 200);
  const int legend_x = kLeft + plot_width + 24;
  const int width = legend_x + 170;
  const int legend_height = static_cast<int>(timeline.types.size()) * kLegendRow;
  const int height = kTop + std::max(kPlot, legend_height) + 80;
  const auto y_of = [&](std::size_t value) {
    return kTop + kPlot - static_cast<int>(value * kPlot / max_total);
  };
  out << R"(<?xml version="1.0" encoding="UTF-8"?>)" << '\n'
      << R"(<svg xmlns="http://www.w3.org/2000/svg" width=")" << width << R"(" height=")" << height
      << R"(" viewBox="0 0 )" << width << ' ' << height
      << R"(" font-family="Helvetica, Arial, sans-serif" font-size="11">)" << '\n'
      << R"(<rect width="100%" height="100%" fill="white"/>)" << '\n';
  std::string heading = title.empty() ? "Relations per month" : title;
  if (!timeline.subject.empty() && title.empty())
    heading += " — " + timeline.subject;
  out << R"(<text x=")" << kLeft << R"(" y="24" font-size="15" font-weight="bold">)"
      << escaped(heading) << "</text>\n";
  // The y axis with about five ticks at whole numbers.
  const std::size_t step = std::max<std::size_t>(1, (max_total + 4) / 5);
  for (std::size_t value = 0; value <= max_total; value += step) {
    const int y = y_of(value);
    out << R"(<line x1=")" << kLeft << R"(" x2=")" << kLeft + plot_width << R"(" y1=")" << y
        << R"(" y2=")" << y << R"(" stroke="#e0e0e0"/>)" << '\n'
        << R"(<text x=")" << kLeft - 6 << R"(" y=")" << y + 4 << R"(" text-anchor="end">)" << value
        << "</text>\n";
  }
  out << R"(<text x="14" y=")" << kTop + kPlot / 2 << R"(" transform="rotate(-90 14 )"
      << kTop + kPlot / 2 << R"x()" text-anchor="middle">mentions</text>)x" << '\n';
  for (int p = 0; p < bars; ++p) {
    const int x = kLeft + kGap + p * (kBar + kGap);
    std::size_t below = 0;
    for (std::size_t t = 0; t < timeline.types.size(); ++t) {
      const std::size_t count = timeline.counts[p][t];
      if (!count)
        continue;
      const int top = y_of(below + count);
      const int bottom = y_of(below);
      const std::string_view type = to_string(timeline.types[t]);
      out << R"(<rect x=")" << x << R"(" y=")" << top << R"(" width=")" << kBar << R"(" height=")"
          << bottom - top << R"(" fill=")" << info(timeline.types[t]).color << R"("><title>)"
          << timeline.periods[p] << ' ' << type << ": " << count << "</title></rect>\n";
      below += count;
    }
    const int label_y = kTop + kPlot + 10;
    out << R"(<text x=")" << x + kBar / 2 << R"(" y=")" << label_y
        << R"(" text-anchor="end" transform="rotate(-60 )" << x + kBar / 2 << ' ' << label_y
        << R"x()">)x" << timeline.periods[p] << "</text>\n";
  }
  out << R"(<line x1=")" << kLeft << R"(" x2=")" << kLeft + plot_width << R"(" y1=")"
      << kTop + kPlot << R"(" y2=")" << kTop + kPlot << R"(" stroke="black"/>)" << '\n';
  for (std::size_t t = 0; t < timeline.types.size(); ++t) {
    const int y = kTop + static_cast<int>(t) * kLegendRow;
    out << R"(<rect x=")" << legend_x << R"(" y=")" << y << R"(" width="12" height="12" fill=")"
        << info(timeline.types[t]).color << R"("/>)"
        << R"(<text x=")" << legend_x + 18 << R"(" y=")" << y + 10 << R"(">)"
        << to_string(timeline.types[t]) << "</text>\n";
  }
  if (timeline.undated) {
    out << R"(<text x=")" << kLeft << R"(" y=")" << height - 8 << R"(" fill="#666">)"
        << timeline.undated << " undated mention" << (timeline.undated == 1 ? "" : "s")
        << " not shown</text>\n";
  }
  out << "</svg>\n";
}
