// text/tokens.h - splitting a sentence into words, numbers and punctuation
// SPDX-License-Identifier: MIT
#ifndef IRKG_TEXT_TOKENS_H
#define IRKG_TEXT_TOKENS_H

#include <cstdint>
#include <string_view>
#include <vector>

namespace irkg::text {

enum class TokenKind : std::uint8_t { Word, Number, Punct };

/// One token: a byte range in the text given to tokenize().
struct Token {
  std::uint32_t begin = 0, end = 0;
  TokenKind kind = TokenKind::Word;

  friend bool operator==(const Token&, const Token&) = default;
};

/// Splits \p text into words, numbers and punctuation, appending to \p tokens after clearing it
/// (so one vector can be reused for every sentence).
///
/// - Dotted abbreviations stay one token with their period ("U.S.", "U.N.", "p.m.", "J.P."), as
///   do the sentence splitter's abbreviations ("Gen.", "Jan.", "Inc.", initials such as "J.";
///   "No." only before a number).
/// - Hyphenated words are one token ("then-US", "long-range", "Jong-un", "20-year-old").
/// - Clitics are separate Word tokens ("Russia's" → "Russia" "'s"; also 're 've 'll 'd 'm), a
///   plural possessive apostrophe is a Punct token ("countries'" → "countries" "'"); other inner
///   apostrophes stay inside the word ("O'Brien", "don't").
/// - Numbers keep inner "," and "." ("1,000", "3.5"); a number glued to letters is a Word
///   ("10th", "1980s").
/// - Every other ASCII character is one Punct token ("%", "$", "("), except runs of "." or "-"
///   ("...", "--"), which are one token each. Non-ASCII letters are word characters; non-ASCII
///   punctuation and symbols (U+2000..U+2BFF, Latin-1 symbols, U+FFFD, emoji) are Punct.
void tokenize(std::string_view text, std::vector<Token>& tokens);

}  // namespace irkg::text

#endif  // IRKG_TEXT_TOKENS_H
