// text/recording_sink.h - a DiagnosticSink that keeps warnings for the text tests to inspect
// SPDX-License-Identifier: MIT
#ifndef IRKG_TESTS_TEXT_RECORDING_SINK_H
#define IRKG_TESTS_TEXT_RECORDING_SINK_H

#include "support/error.h"

#include <string>
#include <vector>

namespace irkg::text::testing {

/// Keeps every warning as "file:line: message".
class RecordingSink final : public DiagnosticSink {
 public:
  void warning(const std::string& file, std::uint64_t line, const std::string& message) override {
    warnings.push_back(file + ":" + std::to_string(line) + ": " + message);
  }
  std::vector<std::string> warnings;
};

}  // namespace irkg::text::testing

#endif  // IRKG_TESTS_TEXT_RECORDING_SINK_H
