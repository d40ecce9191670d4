// syntax/conllu.h - reading and writing CoNLL-U (the Universal Dependencies file format)
// SPDX-License-Identifier: MIT
#ifndef IRKG_SYNTAX_CONLLU_H
#define IRKG_SYNTAX_CONLLU_H

#include "syntax/tree.h"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace irkg::syntax {

/// Parses CoNLL-U text. Multiword-token lines ("3-4") and empty nodes ("8.1") are skipped; the
/// words keep their integer ids as positions. Throws irkg::Error (Parse) naming \p file and the
/// line on a malformed line (wrong column count, bad id or head, ids out of order).
std::vector<Sentence> read_conllu(std::string_view text, const std::string& file);

/// Reads a CoNLL-U file from disk; throws irkg::Error (Io) when it cannot be read.
std::vector<Sentence> read_conllu_file(const std::string& path);

/// Writes one sentence as CoNLL-U (comments, ten columns, a blank line). Words with a text span
/// carry `TokenRange=BEGIN:END` in MISC; `SpaceAfter=No` where there is no space after.
void write_conllu(std::ostream& out, const Sentence& sentence);

}  // namespace irkg::syntax

#endif  // IRKG_SYNTAX_CONLLU_H
