// text/sentences.cpp - rule-based sentence splitting for news English
// SPDX-License-Identifier: MIT
#include "text/sentences.h"

#include "text/detail/abbreviations.h"

#include <algorithm>
#include <array>

namespace {

using irkg::text::Sentence;
using namespace irkg::text::detail;

bool is_terminal(char c) {
  return c == '.' || c == '?' || c == '!';
}
bool is_closer(char c) {
  return c == '"' || c == '\'' || c == ')' || c == ']';
}
bool is_opener(char c) {
  return c == '"' || c == '\'' || c == '(' || c == '[';
}
bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}

// The bytes the splitter stops at: line breaks and sentence-final punctuation.
constexpr std::array<bool, 256> kInteresting = [] {
  std::array<bool, 256> table{};
  table['\n'] = table['.'] = table['?'] = table['!'] = true;
  return table;
}();

/// How line breaks behave in one text.
struct Layout {
  bool wrapped = false;  ///< hard-wrapped prose: a single newline is a space
  std::size_t short_line =
      0;  ///< in wrapped text, a line this short ending in "." ends a paragraph
};

// Hard-wrapped prose continues lines with lower-case words; one-paragraph-per-line text and
// headline or bullet lists almost never do.
Layout detect_layout(std::string_view text) {
  std::size_t breaks = 0;
  std::size_t lower = 0;
  std::size_t wrapped_length = 0;
  std::size_t line_start = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string_view::npos;
       line_start = nl + 1, nl = text.find('\n', line_start)) {
    if (nl + 1 >= text.size() || nl == line_start)
      continue;
    const char next = text[nl + 1];
    if (next == '\n' || is_blank(next) || is_blank(text[line_start]))
      continue;
    ++breaks;
    if (is_ascii_lower(next)) {
      ++lower;
      wrapped_length += nl - line_start;
    }
  }
  Layout layout;
  layout.wrapped = lower >= 2 && lower * 5 >= breaks;
  if (layout.wrapped)
    layout.short_line = wrapped_length / lower * 3 / 5;
  return layout;
}

class Splitter {
 public:
  explicit Splitter(std::string_view text)
      : t_(text), n_(text.size()), layout_(detect_layout(text)) {}

  std::vector<Sentence> run() {
    std::size_t& start = start_;
    std::size_t line_start = 0;
    std::size_t i = 0;
    while (i < n_) {
      while (i < n_ && !kInteresting[static_cast<unsigned char>(t_[i])]) ++i;
      if (i >= n_)
        break;
      const char c = t_[i];
      if (c == '\n') {
        if (newline_ends_sentence(i, line_start)) {
          emit(start, i);
          start = i + 1;
        }
        line_start = ++i;
        continue;
      }
      std::size_t j = i;
      std::size_t dots = 0;
      bool question = false;
      for (; j < n_ && is_terminal(t_[j]); ++j) {
        if (t_[j] == '.') {
          ++dots;
        } else {
          question = true;
        }
      }
      std::size_t closers = j;
      while (closers < n_ && is_closer(t_[closers])) ++closers;
      const std::size_t boundary = sentence_end(i, j, closers, dots, question, line_start);
      if (boundary != kNone) {
        emit(start, boundary);
        start = boundary;
      }
      i = closers;
    }
    emit(start, n_);
    return std::move(sentences_);
  }

 private:
  void emit(std::size_t begin, std::size_t end) {
    while (begin < end && is_space(t_[begin])) ++begin;
    while (end > begin && is_space(t_[end - 1])) --end;
    if (begin < end) {
      sentences_.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
    }
  }

  bool previous_line_ends_sentence(std::size_t newline) const {
    std::size_t k = newline;
    while (k > 0 && (is_blank(t_[k - 1]) || is_closer(t_[k - 1]))) --k;
    return k > 0 && is_terminal(t_[k - 1]);
  }

  bool newline_ends_sentence(std::size_t newline, std::size_t line_start) const {
    std::size_t k = newline + 1;
    while (k < n_ && is_blank(t_[k])) ++k;
    if (k >= n_ || t_[k] == '\n')
      return true;  // blank line: a paragraph ends
    if (layout_.wrapped) {
      if (k > newline + 1)
        return true;  // an indented line starts a paragraph
      return newline - line_start < layout_.short_line && previous_line_ends_sentence(newline);
    }
    return !is_ascii_lower(t_[k]);
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // Where the sentence ends, or kNone, for the terminal run t_[dot, run_end) followed by closing
  // quotes and brackets up to \p after.
  std::size_t sentence_end(std::size_t dot, std::size_t run_end, std::size_t after,
                           std::size_t dots, bool question, std::size_t line_start) const {
    if (after >= n_)
      return after;
    if (!is_space(t_[after])) {
      // "reported.Major General", "reasons.\"They do": punctuation glued between a lower-case
      // word and the next sentence (text whose paragraphs were joined without a space).
      std::size_t next = run_end;
      std::size_t boundary = run_end;
      if (next < n_ && t_[next] == '"') {
        // An odd number of quotes so far: this one closes the sentence's quotation.
        const auto quotes = std::count(t_.begin() + static_cast<std::ptrdiff_t>(start_),
                                       t_.begin() + static_cast<std::ptrdiff_t>(dot), '"');
        ++next;
        if (quotes % 2 == 1)
          boundary = next;
      }
      const bool glued = run_end == dot + 1 && dot >= 2 && is_ascii_lower(t_[dot - 1]) &&
                         is_ascii_lower(t_[dot - 2]) && next < n_ && is_ascii_upper(t_[next]) &&
                         (next + 1 >= n_ || is_ascii_letter(t_[next + 1]) || t_[next + 1] == ' ');
      return glued ? boundary : kNone;
    }
    return ends_sentence(dot, run_end, after, dots, question, line_start) ? after : kNone;
  }

  // The terminal run t_[dot, run_end), closers up to \p after, then white space.
  bool ends_sentence(std::size_t dot, std::size_t run_end, std::size_t after, std::size_t dots,
                     bool question, std::size_t line_start) const {
    std::size_t k = after;
    while (k < n_ && is_space(t_[k])) ++k;
    if (k >= n_)
      return true;
    const char next = t_[k];
    if (question)
      return !is_ascii_lower(next);
    if (dots > 1)
      return is_ascii_upper(next) || next == '"';
    if (after > run_end)
      return !is_ascii_lower(next);  // `said."` ends whatever came before

    // A single period: look at the word before it.
    constexpr std::size_t kLongestAbbreviation = 12;
    std::size_t begin = dot;
    while (begin > 0 && dot - begin < kLongestAbbreviation && !is_space(t_[begin - 1]) &&
           !is_opener(t_[begin - 1])) {
      --begin;
    }
    if (begin > 0 && !is_space(t_[begin - 1]) && !is_opener(t_[begin - 1])) {
      return !is_ascii_lower(next);  // a long word: no abbreviation
    }
    const std::string_view word = t_.substr(begin, dot - begin);
    if (word.empty())
      return !is_ascii_lower(next);
    if (word.size() <= 3 && is_digit(word[0]) && only_blanks(line_start, begin)) {
      return false;  // "1. First item"
    }
    switch (classify_abbreviation(word)) {
      case AbbreviationKind::Title:
        return false;
      case AbbreviationKind::Numeral:
        if (is_digit(next))
          return false;
        return !is_ascii_lower(next);
      case AbbreviationKind::Ordinary: {
        if (next == '"')
          return true;
        std::size_t end = k;
        while (end < n_ && end - k < 16 && is_ascii_letter(t_[end])) ++end;
        return is_sentence_starter(t_.substr(k, end - k));
      }
      case AbbreviationKind::None:
        return !is_ascii_lower(next);
    }
    return false;
  }

  bool only_blanks(std::size_t begin, std::size_t end) const {
    for (std::size_t k = begin; k < end; ++k) {
      if (!is_blank(t_[k]))
        return false;
    }
    return true;
  }

  std::string_view t_;
  std::size_t n_;
  Layout layout_;
  std::size_t start_ = 0;  // where the current sentence began
  std::vector<Sentence> sentences_;
};

}  // namespace

std::vector<Sentence> irkg::text::split_sentences(std::string_view normalized_text) {
  return Splitter(normalized_text).run();
}
