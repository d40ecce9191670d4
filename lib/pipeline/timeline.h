// pipeline/timeline.h - relations per month and type (irkg timeline): table, JSON, SVG chart
// SPDX-License-Identifier: MIT
#ifndef IRKG_PIPELINE_TIMELINE_H
#define IRKG_PIPELINE_TIMELINE_H

#include "graph/view.h"
#include "pipeline/report.h"

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace irkg::pipeline {

/// Relation mentions counted by period and type. A period is a month ("2024-06"), or a year
/// ("2024") for mentions dated to the year only; periods without mentions are left out.
struct Timeline {
  std::vector<std::string> periods;              // sorted; a year sorts before its months
  std::vector<RelationType> types;               // the types that occur, in ontology order
  std::vector<std::vector<std::size_t>> counts;  // counts[period][type]
  std::vector<std::size_t> totals;               // per period
  std::size_t undated = 0;                       // mentions without a date
  std::string subject;                           // the actor's name, or "" for everyone
};

/// Counts every mention of \p view (build it unaggregated or aggregated: each underlying
/// mention counts once) that involves \p actor, or every mention when none is given.
Timeline make_timeline(const graph::View& view, std::optional<graph::Vertex> actor);

/// A table (one row per period, one column per type, then the total) or JSON.
void print_timeline(const Timeline& timeline, TextFormat format, std::ostream& out);

/// A stacked bar chart in plain SVG: one bar per period, one colour per relation type, with
/// a legend. Deterministic: the same timeline gives the same bytes.
void write_timeline_svg(const Timeline& timeline, const std::string& title, std::ostream& out);

}  // namespace irkg::pipeline

#endif  // IRKG_PIPELINE_TIMELINE_H
