// pipeline/build.h - adding inputs to a knowledge base (irkg build)
// SPDX-License-Identifier: MIT
#ifndef IRKG_PIPELINE_BUILD_H
#define IRKG_PIPELINE_BUILD_H

#include "pipeline/load.h"
#include "store/knowledge_base.h"
#include "support/error.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace irkg::pipeline {

struct BuildOptions {
  InputOptions input;
  /// Documents per transaction: a crash loses at most this many, and never part of one.
  std::size_t per_transaction = 200;
  /// Fingerprint of the extraction settings; empty = computed from this irkg executable and the
  /// extra lexicons, so that a different extractor re-extracts what it would read differently.
  std::optional<std::string> extractor;
  store::OpenOptions open;
};

struct BuildReport {
  LoadReport read;
  std::size_t added = 0;       ///< documents new to the knowledge base
  std::size_t replaced = 0;    ///< documents whose id returned with new content
  std::size_t unchanged = 0;   ///< documents already stored as they are (not extracted again)
  std::size_t duplicates = 0;  ///< documents whose text is stored under another id
  std::size_t relations_written = 0;
  store::Counts totals;  ///< the knowledge base after the build
  double seconds = 0;
};

/// Adds \p inputs (articles, relations files, folders, "-") to the knowledge base at \p kb,
/// creating it when missing. Articles stored unchanged are not extracted again. Throws
/// irkg::Error: Store for a file that is not a writable irkg knowledge base (left untouched)
/// or a write error (the open transaction rolled back), Io/Parse for bad inputs.
BuildReport build_knowledge_base(const std::filesystem::path& kb,
                                 const std::vector<std::string>& inputs,
                                 const BuildOptions& options, DiagnosticSink& diagnostics);

/// The default extraction fingerprint: a hash of this executable and of the extra lexicons.
std::string extractor_fingerprint(const std::vector<std::string>& lexicons);

}  // namespace irkg::pipeline

#endif  // IRKG_PIPELINE_BUILD_H
