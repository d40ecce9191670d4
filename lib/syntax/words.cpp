// syntax/words.cpp - UD English words from text: the text layer's tokens split as the treebanks do
// SPDX-License-Identifier: MIT
#include "syntax/words.h"

#include "support/error.h"
#include "support/strings.h"
#include "text/tokens.h"

#include <span>
#include <string>
#include <utility>

namespace irkg::syntax::words_data {
std::span<const std::pair<std::string_view, std::string_view>> embedded_files();
}

namespace {

using irkg::syntax::Word;
using irkg::text::Token;
using irkg::text::TokenKind;

// The clitics UD English writes as words of their own, after an apostrophe ("Russia's",
// "they're"). text::tokenize already cuts them after an ASCII apostrophe; words_of() also cuts
// them after the typographic one that raw text keeps. The negation "n't" is cut before its "n"
// ("don't" → "do" "n't", "can't" → "ca" "n't"). Matched ignoring ASCII case.
constexpr std::string_view kClitics[] = {"s", "re", "ve", "ll", "d", "m"};
constexpr std::string_view kNegationClitic = "t";  // after "n" and an apostrophe
constexpr std::string_view kApostrophes[] = {"'", "\u2019"};
// Runs of these marks are one word: any mix of "!" and "?" ("?!"), or one repeated symbol.
constexpr std::string_view kMixingMarks = "!?";
constexpr std::string_view kRepeatedMarks = "*=_~#+";

/// A byte range of the sentence text that becomes one word.
struct Span {
  std::uint32_t begin = 0, end = 0;
};

char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equals_ignoring_case(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size())
    return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (ascii_lower(text[i]) != lower[i])
      return false;
  }
  return true;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_digits(std::string_view text) {
  if (text.empty())
    return false;
  for (const char c : text) {
    if (c < '0' || c > '9')
      return false;
  }
  return true;
}

/// The exceptions of data/words.txt, parsed once.
struct WordRules {
  irkg::StringMap<std::vector<std::uint32_t>> splits;  ///< lower-case word → part lengths
  irkg::StringSet hyphen_prefixes;                     ///< lower-case
};

WordRules parse_rules(std::string_view data, const std::string& name) {
  WordRules rules;
  std::uint64_t line_number = 0;
  for (std::size_t start = 0; start < data.size();) {
    const std::size_t newline = std::min(data.find('\n', start), data.size());
    const std::string_view line = data.substr(start, newline - start);
    start = newline + 1;
    ++line_number;
    std::vector<std::string> fields;
    for (std::size_t at = 0; at < line.size();) {
      const std::size_t space = std::min(line.find(' ', at), line.size());
      if (space > at)
        fields.emplace_back(line.substr(at, space - at));
      at = space + 1;
    }
    if (fields.empty() || fields[0].starts_with('#'))
      continue;
    for (std::string& field : fields) {
      for (char& c : field) c = ascii_lower(c);
    }
    if (fields[0] == "keep-hyphen" && fields.size() == 2) {
      rules.hyphen_prefixes.insert(fields[1]);
      continue;
    }
    if (fields[0] == "split" && fields.size() >= 4) {
      std::string joined;
      std::vector<std::uint32_t> lengths;
      for (std::size_t i = 2; i < fields.size(); ++i) {
        joined += fields[i];
        lengths.push_back(static_cast<std::uint32_t>(fields[i].size()));
      }
      if (joined != fields[1])
        throw irkg::Error(irkg::ErrorKind::Data, "the parts do not spell '" + fields[1] + "'", name,
                          line_number);
      rules.splits.emplace(fields[1], std::move(lengths));
      continue;
    }
    throw irkg::Error(irkg::ErrorKind::Data,
                      "expected 'split WORD PART PART...' or 'keep-hyphen PREFIX'", name,
                      line_number);
  }
  return rules;
}

const WordRules& word_rules() {
  static const WordRules rules = [] {
    for (const auto& [name, bytes] : irkg::syntax::words_data::embedded_files()) {
      if (name == "words.txt")
        return parse_rules(bytes, "lib/syntax/data/words.txt");
    }
    return WordRules();
  }();
  return rules;
}

// Cuts the words of one sentence out of the text layer's tokens.
class WordCutter {
 public:
  explicit WordCutter(std::string_view text) : text_(text), rules_(word_rules()) {}

  std::vector<Span> cut() {
    irkg::text::tokenize(text_, tokens_);
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      const Token& token = tokens_[i];
      std::uint32_t end = token.end;
      if (token.kind == TokenKind::Punct) {
        while (i + 1 < tokens_.size() && continues_marks(token, end, tokens_[i + 1]))
          end = tokens_[++i].end;
        spans_.push_back({token.begin, end});
        continue;
      }
      if (const std::size_t last = web_address_end(i); last != i) {
        spans_.push_back({token.begin, tokens_[last].end});
        i = last;
        continue;
      }
      // "9/11" and "11/28/2000" are one word in EWT; "and/or" is three.
      if (token.kind == TokenKind::Number) {
        while (i + 2 < tokens_.size() && tokens_[i + 1].begin == end &&
               view(tokens_[i + 1]) == "/" && tokens_[i + 2].begin == tokens_[i + 1].end &&
               tokens_[i + 2].kind == TokenKind::Number) {
          end = tokens_[i + 2].end;
          i += 2;
        }
        if (end != token.end) {
          spans_.push_back({token.begin, end});
          continue;
        }
      }
      // The text layer reads a typographic apostrophe as punctuation: "Russia’s" comes as
      // "Russia" "’" "s" and "O’Brien" as "O" "’" "Brien". Glued together they are one word
      // again, which the clitic rules below then cut as they cut "Russia's".
      while (i + 2 < tokens_.size() && tokens_[i + 1].begin == end &&
             is_apostrophe(tokens_[i + 1]) && tokens_[i + 2].begin == tokens_[i + 1].end &&
             tokens_[i + 2].kind != TokenKind::Punct) {
        end = tokens_[i + 2].end;
        i += 2;
      }
      cut_word({token.begin, end});
    }
    return std::move(spans_);
  }

 private:
  std::string_view view(Span span) const { return text_.substr(span.begin, span.end - span.begin); }
  std::string_view view(const Token& token) const { return view(Span{token.begin, token.end}); }

  // When the tokens glued together from word \p first spell a web or e-mail address
  // ("https://www.reuters.com/world/", "www.un.org", "press@un.org"), the last of them that
  // belongs to it (punctuation after it is the sentence's); otherwise \p first. EWT writes
  // each address as one word.
  std::size_t web_address_end(std::size_t first) const {
    std::size_t last = first;
    while (last + 1 < tokens_.size() && tokens_[last + 1].begin == tokens_[last].end) ++last;
    if (last == first)
      return first;
    const std::string_view chunk = view(Span{tokens_[first].begin, tokens_[last].end});
    const std::size_t at = chunk.find('@');
    const bool address =
        chunk.find("://") != std::string_view::npos ||
        equals_ignoring_case(chunk.substr(0, 4), "www.") ||
        (at != std::string_view::npos && at > 0 && chunk.find('.', at) != std::string_view::npos);
    if (!address)
      return first;
    while (last > first && tokens_[last].kind == TokenKind::Punct && view(tokens_[last]) != "/")
      --last;
    return last;
  }

  // Whether \p next belongs to the run of marks that \p first starts and that ends at
  // \p run_end: EWT writes "!!!", "?!" and "***" as one word each.
  bool continues_marks(const Token& first, std::uint32_t run_end, const Token& next) const {
    if (next.kind != TokenKind::Punct || next.begin != run_end || next.end != next.begin + 1 ||
        first.end != first.begin + 1)
      return false;
    const char mark = text_[first.begin], added = text_[next.begin];
    if (kMixingMarks.find(mark) != std::string_view::npos)
      return kMixingMarks.find(added) != std::string_view::npos;
    return added == mark && kRepeatedMarks.find(mark) != std::string_view::npos;
  }

  bool is_apostrophe(const Token& token) const {
    const std::string_view form = view(token);
    for (const std::string_view apostrophe : kApostrophes) {
      if (form == apostrophe)
        return true;
    }
    return false;
  }

  // The length of the clitic that ends \p word (with its apostrophe, and the "n" of "n't"), or
  // 0. A word that is nothing but a clitic ("'s", "n't") stays whole.
  std::uint32_t clitic_length(std::string_view word) const {
    for (const std::string_view apostrophe : kApostrophes) {
      for (const std::string_view clitic : kClitics) {
        const std::size_t length = apostrophe.size() + clitic.size();
        if (word.size() > length &&
            word.substr(word.size() - length, apostrophe.size()) == apostrophe &&
            equals_ignoring_case(word.substr(word.size() - clitic.size()), clitic))
          return static_cast<std::uint32_t>(length);
      }
      const std::size_t length = 1 + apostrophe.size() + kNegationClitic.size();
      if (word.size() > length && ascii_lower(word[word.size() - length]) == 'n' &&
          word.substr(word.size() - length + 1, apostrophe.size()) == apostrophe &&
          equals_ignoring_case(word.substr(word.size() - kNegationClitic.size()), kNegationClitic))
        return static_cast<std::uint32_t>(length);
    }
    return 0;
  }

  void cut_word(Span word) {
    const std::uint32_t clitic = clitic_length(view(word));
    const Span stem{word.begin, word.end - clitic};
    cut_at_hyphens(stem);
    if (clitic > 0)
      spans_.push_back({stem.end, word.end});
  }

  // "long-range" → "long" "-" "range", but "non-stop" and "713-853-3989" stay whole.
  void cut_at_hyphens(Span word) {
    parts_.clear();
    for (std::uint32_t at = word.begin; at <= word.end;) {
      std::uint32_t hyphen = at;
      while (hyphen < word.end && text_[hyphen] != '-') ++hyphen;
      parts_.push_back({at, hyphen});
      at = hyphen + 1;
    }
    if (parts_.size() == 1) {
      cut_known_word(word);
      return;
    }
    // A number of three or more parts is a phone number, a date or a code: the treebanks keep it.
    bool all_numbers = parts_.size() >= 3;
    for (const Span part : parts_) all_numbers = all_numbers && is_digits(view(part));
    if (all_numbers) {
      spans_.push_back(word);
      return;
    }
    Span current = parts_.front();
    for (std::size_t i = 1; i < parts_.size(); ++i) {
      if (is_hyphen_prefix(view(parts_[i - 1]))) {
        current.end = parts_[i].end;
        continue;
      }
      cut_known_word(current);
      spans_.push_back({parts_[i].begin - 1, parts_[i].begin});
      current = parts_[i];
    }
    cut_known_word(current);
  }

  bool is_hyphen_prefix(std::string_view part) {
    lower_.assign(part);
    for (char& c : lower_) c = ascii_lower(c);
    return rules_.hyphen_prefixes.contains(lower_);
  }

  // "cannot" → "can" "not"; any other word stays whole.
  void cut_known_word(Span word) {
    if (word.begin == word.end)
      return;
    lower_.assign(view(word));
    for (char& c : lower_) c = ascii_lower(c);
    const auto split = rules_.splits.find(lower_);
    if (split == rules_.splits.end()) {
      spans_.push_back(word);
      return;
    }
    std::uint32_t at = word.begin;
    for (const std::uint32_t length : split->second) {
      spans_.push_back({at, at + length});
      at += length;
    }
  }

  std::string_view text_;
  const WordRules& rules_;
  std::vector<Token> tokens_;
  std::vector<Span> spans_;
  std::vector<Span> parts_;
  std::string lower_;
};

}  // namespace

std::vector<Word> irkg::syntax::words_of(std::string_view text, std::uint32_t offset) {
  const std::vector<Span> spans = WordCutter(text).cut();
  std::vector<Word> words(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    Word& word = words[i];
    word.form = text.substr(spans[i].begin, spans[i].end - spans[i].begin);
    word.begin = spans[i].begin + offset;
    word.end = spans[i].end + offset;
    word.space_after = spans[i].end == text.size() || is_space(text[spans[i].end]);
  }
  return words;
}
