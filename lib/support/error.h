// support/error.h - the typed error every irkg library throws on bad user input
// SPDX-License-Identifier: MIT
//
// irkg_support: errors, UTF-8 and string helpers, files written atomically. Depends only on std.
#ifndef IRKG_SUPPORT_ERROR_H
#define IRKG_SUPPORT_ERROR_H

#include <cstdint>
#include <stdexcept>
#include <string>

namespace irkg {

/// What went wrong, so that callers can choose an exit status or a retry.
enum class ErrorKind { Usage, Io, Parse, Data, Graphviz, Store };

/// A recoverable error caused by input: names the file and line when one is known.
/// `what()` gives the full one-line message, e.g. `rel.jsonl:12: unknown relation type 'foo'`.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message, std::string file = {}, std::uint64_t line = 0);

  ErrorKind kind() const { return kind_; }
  const std::string& file() const { return file_; }
  std::uint64_t line() const { return line_; }
  /// The message without the file:line prefix.
  const std::string& message() const { return message_; }

 private:
  ErrorKind kind_;
  std::string file_;
  std::uint64_t line_;
  std::string message_;
};

/// Receives warnings that a library function can recover from (bad line skipped, bytes replaced).
class DiagnosticSink {
 public:
  virtual ~DiagnosticSink() = default;
  virtual void warning(const std::string& file, std::uint64_t line, const std::string& message) = 0;
};

/// A sink that drops everything; for callers that do not care.
class NullDiagnostics final : public DiagnosticSink {
 public:
  void warning(const std::string&, std::uint64_t, const std::string&) override {}
};

}  // namespace irkg

#endif  // IRKG_SUPPORT_ERROR_H
