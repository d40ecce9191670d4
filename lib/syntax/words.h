// syntax/words.h - UD English words from text: the text layer's tokens split as the treebanks do
// SPDX-License-Identifier: MIT
#ifndef IRKG_SYNTAX_WORDS_H
#define IRKG_SYNTAX_WORDS_H

#include "syntax/tree.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace irkg::syntax {

/// The words of one sentence of text, following UD English tokenisation: text::tokenize()'s
/// tokens with clitics split ("don't" → "do" "n't", "Russia's" → "Russia" "'s", "cannot" →
/// "can" "not") and hyphenated words split at their hyphens ("long-range" → "long" "-"
/// "range"), as EWT and GUM do. Each word's begin/end are byte offsets in \p text plus
/// \p offset; space_after says whether whitespace follows.
std::vector<Word> words_of(std::string_view text, std::uint32_t offset = 0);

}  // namespace irkg::syntax

#endif  // IRKG_SYNTAX_WORDS_H
