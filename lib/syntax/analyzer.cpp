// syntax/analyzer.cpp - tagger, lemmatiser and parser stored as one model file
// SPDX-License-Identifier: MIT
#include "syntax/analyzer.h"

#include "support/error.h"
#include "support/file.h"

#include <cstdint>
#include <fcntl.h>
#include <string_view>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

// The shipped model, linked in by lib/syntax/CMakeLists.txt with .incbin.
extern "C" const char irkg_syntax_model_begin[];
extern "C" const char irkg_syntax_model_end[];

namespace irkg::syntax {
namespace {

constexpr std::string_view magic{"IRKGSYN\0", 8};
// Bumped whenever any part's layout or feature set changes, so an old model is refused instead
// of silently scoring garbage.
constexpr std::uint32_t format_version = 3;

// Maps the model's pages in with one call instead of one fault per 4 KB page as it is read:
// in a virtual machine that halves the load time. Only advice: failure changes nothing.
void prefault(std::string_view bytes) {
#ifdef MADV_POPULATE_READ
  const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  const auto begin = reinterpret_cast<std::uintptr_t>(bytes.data()) & ~(page - 1);
  const auto end = reinterpret_cast<std::uintptr_t>(bytes.data()) + bytes.size();
  madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_READ);
#else
  (void)bytes;
#endif
}

}  // namespace

Analyzer::Analyzer(Tagger tagger, Lemmatizer lemmatizer, Parser parser)
    : tagger_(std::move(tagger)), lemmatizer_(std::move(lemmatizer)), parser_(std::move(parser)) {}

void Analyzer::analyse(Sentence& sentence) const {
  if (sentence.words.empty())
    return;
  tagger_.tag(sentence);
  lemmatizer_.lemmatize(sentence);
  parser_.parse(sentence);
}

std::string Analyzer::save() const {
  BinaryWriter out;
  for (char c : magic) out.put(c);
  out.put<std::uint32_t>(format_version);
  tagger_.save(out);
  lemmatizer_.save(out);
  parser_.save(out);
  return out.bytes();
}

Analyzer Analyzer::load(std::string_view bytes, const std::string& name) {
  BinaryReader in(bytes, name);
  if (bytes.substr(0, magic.size()) != magic)
    in.fail("not an irkg syntax model");
  for (std::size_t i = 0; i < magic.size(); ++i) in.get<char>();
  auto version = in.get<std::uint32_t>();
  if (version != format_version)
    in.fail("format version " + std::to_string(version) + ", this irkg reads version " +
            std::to_string(format_version));
  Tagger tagger = Tagger::load(in);
  Lemmatizer lemmatizer = Lemmatizer::load(in);
  Parser parser = Parser::load(in);
  if (!in.at_end())
    in.fail("trailing bytes after the model");
  return Analyzer(std::move(tagger), std::move(lemmatizer), std::move(parser));
}

Analyzer Analyzer::load_file(const std::string& path) {
  return load(read_file(path), path);
}

const Analyzer& Analyzer::builtin() {
  // A function-local static: initialised once, thread-safe; a failed load throws and is retried
  // on the next call.
  static const Analyzer analyzer = [] {
    std::string_view bytes(
        irkg_syntax_model_begin,
        static_cast<std::size_t>(irkg_syntax_model_end - irkg_syntax_model_begin));
    if (bytes.empty())
      throw Error(ErrorKind::Data, "no syntax model built in: run scripts/train-syntax");
    prefault(bytes);
    return load(bytes, "built-in syntax model (lib/syntax/model/en-ud.irkgsyn)");
  }();
  return analyzer;
}

}  // namespace irkg::syntax
