// text/tokens.cpp - splitting a sentence into words, numbers and punctuation
// SPDX-License-Identifier: MIT
#include "text/tokens.h"

#include "support/strings.h"
#include "text/detail/abbreviations.h"

#include <array>

namespace {

using irkg::text::Token;
using irkg::text::TokenKind;
using namespace irkg::text::detail;

// 1 for the ASCII letters and digits; 0 for every other byte.
constexpr std::array<std::uint8_t, 256> kAlnum = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[static_cast<std::size_t>(c)] =
        is_ascii_letter(static_cast<char>(c)) || is_digit(static_cast<char>(c));
  }
  return table;
}();

// Non-ASCII code points that are punctuation or symbols rather than letters.
bool is_symbol_code_point(char32_t cp) {
  if (cp < 0xC0)
    return cp != 0xAA && cp != 0xB5 && cp != 0xBA;  // Latin-1 symbols, not ª µ º
  if (cp == 0xD7 || cp == 0xF7)
    return true;  // × ÷
  if (cp >= 0x2000 && cp <= 0x2BFF)
    return true;  // punctuation, currency, arrows, math, shapes
  if (cp >= 0x3000 && cp <= 0x303F)
    return true;  // CJK punctuation
  if (cp >= 0xFE30 && cp <= 0xFE6F)
    return true;  // compatibility forms
  if (cp >= 0xFF01 && cp <= 0xFF0F)
    return true;  // full-width punctuation
  if (cp >= 0xFFF0 && cp <= 0xFFFF)
    return true;         // specials, U+FFFD
  return cp >= 0x1F000;  // emoji and pictographs
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<Token>& tokens)
      : t_(text), n_(text.size()), out_(tokens) {}

  void run() {
    std::size_t i = 0;
    while (i < n_) {
      const char c = t_[i];
      if (is_space(c)) {
        ++i;
      } else if (is_ascii_letter(c) || is_digit(c)) {
        i = word(i);
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        std::size_t next = i;
        const char32_t cp = irkg::decode_utf8(t_, next);
        if (is_symbol_code_point(cp)) {
          push(i, next, TokenKind::Punct);
          i = next;
        } else {
          i = word(i);
        }
      } else if (c == '.' || c == '-') {
        std::size_t end = i + 1;
        while (end < n_ && t_[end] == c) ++end;
        push(i, end, TokenKind::Punct);
        i = end;
      } else {
        push(i, i + 1, TokenKind::Punct);
        ++i;
      }
    }
  }

 private:
  void push(std::size_t begin, std::size_t end, TokenKind kind) {
    out_.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), kind});
  }

  // Length of the word character (ASCII letter or digit, or a non-ASCII letter) at \p i, or 0.
  std::size_t word_char(std::size_t i) const {
    if (i >= n_)
      return 0;
    const auto c = static_cast<unsigned char>(t_[i]);
    if (c < 0x80)
      return kAlnum[c];
    std::size_t next = i;
    const char32_t cp = irkg::decode_utf8(t_, next);
    return is_symbol_code_point(cp) ? 0 : next - i;
  }

  // Scans one part of a word from \p i: a number ("1,000.5") or a run of word characters.
  // Clears \p numeric when the part contains a letter.
  std::size_t part(std::size_t i, bool& numeric) const {
    if (is_digit(t_[i])) {
      while (true) {
        while (i < n_ && is_digit(t_[i])) ++i;
        if (i + 1 < n_ && (t_[i] == ',' || t_[i] == '.') && is_digit(t_[i + 1])) {
          ++i;
          continue;
        }
        break;
      }
      if (word_char(i) == 0)
        return i;
    }
    numeric = false;
    while (true) {
      while (i < n_ && kAlnum[static_cast<unsigned char>(t_[i])]) ++i;
      const std::size_t length =
          i < n_ && static_cast<unsigned char>(t_[i]) >= 0x80 ? word_char(i) : 0;
      if (length == 0)
        return i;
      i += length;
    }
  }

  std::size_t next_non_space(std::size_t i) const {
    while (i < n_ && is_space(t_[i])) ++i;
    return i;
  }

  // Scans the word or number starting at \p begin, pushes it (and any clitic) and returns the end.
  std::size_t word(std::size_t begin) {
    bool numeric = true;
    std::size_t segment = begin;  // start of the part after the last hyphen
    std::size_t i = part(begin, numeric);
    while (i < n_) {
      const char c = t_[i];
      if (c == '-' && word_char(i + 1) > 0) {
        segment = i + 1;
        i = part(i + 1, numeric);
        continue;
      }
      if (c == '.') {
        const std::size_t end = abbreviation_end(segment, i);
        if (end > i) {
          i = end;
          if (i < n_ && t_[i] == '-' && word_char(i + 1) > 0) {  // "U.S.-led"
            segment = i + 1;
            i = part(i + 1, numeric);
            continue;
          }
        }
        break;
      }
      if (c == '\'') {
        const std::size_t clitic = clitic_length(i);
        if (clitic > 0) {
          push(begin, i, numeric ? TokenKind::Number : TokenKind::Word);
          push(i, i + clitic, TokenKind::Word);
          return i + clitic;
        }
        if (word_char(i + 1) > 0) {  // O'Brien, don't, d'Ivoire
          i = part(i + 1, numeric);
          continue;
        }
        if (t_[i - 1] == 's' || t_[i - 1] == 'S') {  // countries'
          push(begin, i, TokenKind::Word);
          push(i, i + 1, TokenKind::Punct);
          return i + 1;
        }
      }
      break;
    }
    push(begin, i, numeric ? TokenKind::Number : TokenKind::Word);
    return i;
  }

  // When the word segment t_[segment, dot) and the period at \p dot form an abbreviation, the
  // end of that abbreviation (after its last period); otherwise \p dot.
  std::size_t abbreviation_end(std::size_t segment, std::size_t dot) const {
    // Dotted: "U.S.", "p.m.", "J.P.", "Ph.D." (also "U.S" without the final period).
    if (dot - segment <= 2 && is_ascii_letter(t_[segment]) && is_ascii_letter(t_[dot - 1])) {
      std::size_t i = dot;
      std::size_t segments = 1;
      while (i < n_ && t_[i] == '.') {
        std::size_t k = i + 1;
        while (k < n_ && k - i <= 2 && is_ascii_letter(t_[k])) ++k;
        const std::size_t length = k - i - 1;
        if (length == 0 || length > 2 || word_char(k) > 0)
          break;
        ++segments;
        i = k;
      }
      if (segments >= 2)
        return i < n_ && t_[i] == '.' ? i + 1 : i;
    }
    const std::string_view word = t_.substr(segment, dot - segment);
    switch (classify_abbreviation(word)) {
      case AbbreviationKind::None:
        return dot;
      case AbbreviationKind::Numeral: {
        const std::size_t next = next_non_space(dot + 1);
        return next < n_ && is_digit(t_[next]) ? dot + 1 : dot;
      }
      case AbbreviationKind::Title:
      case AbbreviationKind::Ordinary:
        // Only a whole word: "e.g" is dotted, "3." is not an initial.
        return word_char(dot + 1) == 0 ? dot + 1 : dot;
    }
    return dot;
  }

  // Length of "'s", "'re", "'ve", "'ll", "'d", "'m" at \p quote when a clitic ends there.
  std::size_t clitic_length(std::size_t quote) const {
    static constexpr std::string_view kClitics[] = {"s", "S",  "re", "ve", "ll", "d",
                                                    "m", "RE", "VE", "LL", "D",  "M"};
    for (const std::string_view clitic : kClitics) {
      if (t_.substr(quote + 1, clitic.size()) == clitic &&
          word_char(quote + 1 + clitic.size()) == 0) {
        return clitic.size() + 1;
      }
    }
    return 0;
  }

  std::string_view t_;
  std::size_t n_;
  std::vector<Token>& out_;
};

}  // namespace

void irkg::text::tokenize(std::string_view text, std::vector<Token>& tokens) {
  tokens.clear();
  Tokenizer(text, tokens).run();
}
