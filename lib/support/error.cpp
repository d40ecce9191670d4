// support/error.cpp - the typed error every irkg library throws on bad user input
// SPDX-License-Identifier: MIT
#include "support/error.h"

namespace {

std::string format_error(const std::string& message, const std::string& file, std::uint64_t line) {
  if (file.empty())
    return message;
  if (line == 0)
    return file + ": " + message;
  return file + ":" + std::to_string(line) + ": " + message;
}

}  // namespace

irkg::Error::Error(ErrorKind kind, std::string message, std::string file, std::uint64_t line)
    : std::runtime_error(format_error(message, file, line)),
      kind_(kind),
      file_(std::move(file)),
      line_(line),
      message_(std::move(message)) {}
