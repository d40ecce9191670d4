// support/file.cpp - reading inputs and writing outputs atomically (temporary file, then rename)
// SPDX-License-Identifier: MIT
#include "support/file.h"

#include "support/error.h"
#include "support/strings.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <system_error>
#include <unistd.h>

namespace fs = std::filesystem;

std::string irkg::read_file(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw Error(ErrorKind::Io, "is a directory", path.string());
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error(ErrorKind::Io, std::string("cannot open: ") + std::strerror(errno), path.string());
  std::string data;
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size > 0) {
    data.resize(static_cast<std::size_t>(size));
    in.seekg(0, std::ios::beg);
    in.read(data.data(), size);
  } else {
    // Pipes and special files report no size; read them as a stream.
    in.clear();
    in.seekg(0, std::ios::beg);
    data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (in.bad())
    throw Error(ErrorKind::Io, "read error", path.string());
  return data;
}

std::vector<fs::path> irkg::expand_inputs(const std::vector<std::string>& inputs) {
  std::vector<fs::path> files;
  for (const std::string& input : inputs) {
    if (input == "-") {
      files.emplace_back("-");
      continue;
    }
    const fs::path path(input);
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
      throw Error(ErrorKind::Io, "no such file or directory", input);
    if (!fs::is_directory(status)) {
      files.push_back(path);
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec)
      throw Error(ErrorKind::Io, "cannot read directory: " + ec.message(), input);
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec)
        throw Error(ErrorKind::Io, "cannot read directory: " + ec.message(), input);
      const std::string name = it->path().filename().string();
      if (!name.empty() && name.front() == '.') {
        if (it->is_directory(ec))
          it.disable_recursion_pending();
        continue;
      }
      // In a folder only article and relations files count: an index.tsv or a figure beside
      // the articles is not read as one. A file named outright is read whatever its name.
      static const std::array<std::string_view, 11> kReadable{
          "",      ".txt",    ".md",  ".markdown", ".text", ".jsonl",
          ".json", ".ndjson", ".sgm", ".sgml",     ".csv"};
      const std::string extension = irkg::ascii_lower(it->path().extension().string());
      if (it->is_regular_file(ec) &&
          std::find(kReadable.begin(), kReadable.end(), extension) != kReadable.end())
        found.push_back(it->path());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

irkg::AtomicFile::AtomicFile(fs::path path) : path_(std::move(path)) {
  std::error_code ec;
  if (fs::is_directory(path_, ec))
    throw Error(ErrorKind::Io, "output is a directory", path_.string());
  temporary_ = path_;
  temporary_ += ".tmp-" + std::to_string(::getpid());
  out_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!out_) {
    throw Error(ErrorKind::Io, std::string("cannot write: ") + std::strerror(errno),
                path_.string());
  }
}

irkg::AtomicFile::~AtomicFile() {
  if (committed_)
    return;
  out_.close();
  std::error_code ec;
  fs::remove(temporary_, ec);
}

void irkg::AtomicFile::commit() {
  out_.flush();
  const bool failed = !out_;
  out_.close();
  if (failed || out_.fail()) {
    throw Error(ErrorKind::Io, "write error (disk full?); output not written", path_.string());
  }
  std::error_code ec;
  fs::rename(temporary_, path_, ec);
  if (ec)
    throw Error(ErrorKind::Io, "cannot rename into place: " + ec.message(), path_.string());
  committed_ = true;
}
