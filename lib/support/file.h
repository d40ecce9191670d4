// support/file.h - reading inputs and writing outputs atomically (temporary file, then rename)
// SPDX-License-Identifier: MIT
#ifndef IRKG_SUPPORT_FILE_H
#define IRKG_SUPPORT_FILE_H

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace irkg {

/// Reads a whole file as bytes. Throws irkg::Error (Io) naming the file when it cannot be read
/// or is a directory.
std::string read_file(const std::filesystem::path& path);

/// Expands \p inputs: files stay as given, directories are walked recursively and their article
/// and relations files (no extension, .txt .md .markdown .text .jsonl .json .ndjson .sgm .sgml .csv) returned in
/// sorted order (hidden entries skipped). "-" passes through for standard input.
/// Throws irkg::Error (Io) for a path that does not exist.
std::vector<std::filesystem::path> expand_inputs(const std::vector<std::string>& inputs);

/// An output file that appears only when complete: writes go to `<path>.tmp-<pid>` in the same
/// directory and commit() renames it over \p path. Destroyed without commit() (an exception,
/// a failed render), the temporary is removed and \p path is untouched.
class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  std::ostream& stream() { return out_; }
  const std::filesystem::path& temporary_path() const { return temporary_; }
  /// Flushes, checks for write errors and renames into place. Throws irkg::Error (Io).
  void commit();

 private:
  std::filesystem::path path_;
  std::filesystem::path temporary_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace irkg

#endif  // IRKG_SUPPORT_FILE_H
