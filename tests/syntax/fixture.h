// tests/syntax/fixture.h - helpers shared by the syntax tests: sentences written inline as
// "form/UPOS/XPOS" or "form/UPOS/XPOS/lemma" words
// SPDX-License-Identifier: MIT
#ifndef IRKG_TESTS_SYNTAX_FIXTURE_H
#define IRKG_TESTS_SYNTAX_FIXTURE_H

#include "syntax/tree.h"

#include <cstddef>
#include <sstream>
#include <string>

namespace irkg::testing {

/// A sentence from "form/UPOS/XPOS" or "form/UPOS/XPOS/lemma" words separated by spaces. A
/// field may start with '/' (so "//SYM" is the form "/"); the lemma is left empty when absent.
inline syntax::Sentence sentence(const std::string& text) {
  syntax::Sentence out;
  std::istringstream words(text);
  std::string item;
  while (words >> item) {
    syntax::Word word;
    std::size_t slash = item.find('/', 1);
    word.form = item.substr(0, slash);
    std::size_t at = slash + 1;
    slash = item.find('/', at + 1);
    word.upos = item.substr(at, slash - at);
    at = slash + 1;
    slash = item.find('/', at + 1);
    word.xpos = item.substr(at, slash - at);
    if (slash != std::string::npos)
      word.lemma = item.substr(slash + 1);
    out.words.push_back(word);
  }
  return out;
}

}  // namespace irkg::testing

#endif  // IRKG_TESTS_SYNTAX_FIXTURE_H
