// syntax/conllu.cpp - reading and writing CoNLL-U (the Universal Dependencies file format)
// SPDX-License-Identifier: MIT
#include "syntax/conllu.h"

#include "support/error.h"
#include "support/file.h"

#include <array>
#include <charconv>
#include <cstdint>

namespace {

using irkg::Error;
using irkg::ErrorKind;
using irkg::syntax::Sentence;
using irkg::syntax::Word;

constexpr std::size_t kColumns = 10;
enum Column { kId, kForm, kLemma, kUpos, kXpos, kFeats, kHead, kDeprel, kDeps, kMisc };

constexpr std::string_view kTokenRange = "TokenRange=";
constexpr std::string_view kNoSpaceAfter = "SpaceAfter=No";
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos)
    return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// A whole field as a non-negative decimal number.
template <class Number>
bool parse_number(std::string_view text, Number& value) {
  if (text.empty() || text.front() == '-' || text.front() == '+')
    return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

// Reads the lines of one file, keeping the line number for messages.
class Reader {
 public:
  Reader(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  std::vector<Sentence> read() {
    if (text_.starts_with(kByteOrderMark))  // as some Windows editors save UTF-8
      at_ = kByteOrderMark.size();
    while (at_ < text_.size()) {
      const std::size_t newline = text_.find('\n', at_);
      std::string_view line = text_.substr(
          at_, newline == std::string_view::npos ? std::string_view::npos : newline - at_);
      at_ = newline == std::string_view::npos ? text_.size() : newline + 1;
      ++line_number_;
      if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
      read_line(line);
    }
    end_sentence();
    return std::move(sentences_);
  }

 private:
  [[noreturn]] void fail(const std::string& message, std::uint64_t line) const {
    throw Error(ErrorKind::Parse, message, file_, line);
  }

  void read_line(std::string_view line) {
    if (trim(line).empty()) {
      end_sentence();
      return;
    }
    if (line.front() == '#') {
      read_comment(line.substr(1));
      return;
    }
    std::array<std::string_view, kColumns> fields;
    std::size_t count = 0;
    for (std::size_t start = 0;;) {
      const std::size_t tab = line.find('\t', start);
      if (count < kColumns)
        fields[count] = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
      ++count;
      if (tab == std::string_view::npos)
        break;
      start = tab + 1;
    }
    if (count != kColumns) {
      fail("expected 10 tab-separated columns, found " + std::to_string(count), line_number_);
    }
    read_word(fields);
  }

  // "# sent_id = ..." and "# text = ..." are kept; other comments are dropped.
  void read_comment(std::string_view comment) {
    const std::size_t equals = comment.find('=');
    if (equals == std::string_view::npos)
      return;
    const std::string_view key = trim(comment.substr(0, equals));
    const std::string_view value = trim(comment.substr(equals + 1));
    if (key == "sent_id")
      sentence_.id = value;
    else if (key == "text")
      sentence_.text = value;
  }

  void read_word(const std::array<std::string_view, kColumns>& fields) {
    const std::string_view id = fields[kId];
    // A multiword token ("3-4") only says which words share a surface token: its SpaceAfter
    // belongs to its last word. An empty node ("8.1") is not a word of the basic tree.
    if (const std::size_t dash = id.find('-'); dash != std::string_view::npos) {
      std::uint32_t first = 0, last = 0;
      if (!parse_number(id.substr(0, dash), first) || !parse_number(id.substr(dash + 1), last) ||
          first > last)
        fail("bad multiword token range '" + std::string(id) + "'", line_number_);
      multiword_last_ = last;
      multiword_space_after_ = !has_no_space_after(fields[kMisc]);
      return;
    }
    if (const std::size_t dot = id.find('.'); dot != std::string_view::npos) {
      std::uint32_t major = 0, minor = 0;
      if (!parse_number(id.substr(0, dot), major) || !parse_number(id.substr(dot + 1), minor))
        fail("bad empty node id '" + std::string(id) + "'", line_number_);
      return;
    }
    std::uint32_t number = 0;
    if (!parse_number(id, number))
      fail("word id '" + std::string(id) + "' is not a number", line_number_);
    if (number != sentence_.words.size() + 1) {
      fail("word id " + std::to_string(number) + " out of order (expected " +
               std::to_string(sentence_.words.size() + 1) + ")",
           line_number_);
    }
    Word& word = sentence_.words.emplace_back();
    word_lines_.push_back(line_number_);
    word.form = fields[kForm];
    word.lemma = fields[kLemma];
    word.upos = fields[kUpos];
    word.xpos = fields[kXpos];
    word.feats = fields[kFeats];
    word.deprel = fields[kDeprel];
    if (fields[kHead] == "_") {
      word.head = -1;
    } else if (!parse_number(fields[kHead], word.head)) {
      fail("head '" + std::string(fields[kHead]) + "' is not a number", line_number_);
    }
    read_misc(fields[kMisc], word);
    if (multiword_last_ != 0) {
      word.space_after = number == multiword_last_ ? multiword_space_after_ : false;
      if (number >= multiword_last_)
        multiword_last_ = 0;
    }
  }

  static bool has_no_space_after(std::string_view misc) {
    for (std::size_t start = 0; start <= misc.size();) {
      const std::size_t bar = std::min(misc.find('|', start), misc.size());
      if (misc.substr(start, bar - start) == kNoSpaceAfter)
        return true;
      start = bar + 1;
    }
    return false;
  }

  void read_misc(std::string_view misc, Word& word) {
    if (misc == "_")
      return;
    for (std::size_t start = 0; start <= misc.size();) {
      const std::size_t bar = std::min(misc.find('|', start), misc.size());
      const std::string_view item = misc.substr(start, bar - start);
      start = bar + 1;
      if (item == kNoSpaceAfter) {
        word.space_after = false;
      } else if (item.starts_with(kTokenRange)) {
        const std::string_view range = item.substr(kTokenRange.size());
        const std::size_t colon = range.find(':');
        if (colon == std::string_view::npos || !parse_number(range.substr(0, colon), word.begin) ||
            !parse_number(range.substr(colon + 1), word.end) || word.end < word.begin)
          fail("bad TokenRange '" + std::string(range) + "' (expected BEGIN:END)", line_number_);
      }
    }
  }

  void end_sentence() {
    if (!sentence_.words.empty()) {
      const auto size = static_cast<std::int32_t>(sentence_.words.size());
      for (std::size_t i = 0; i < sentence_.words.size(); ++i) {
        if (sentence_.words[i].head > size) {
          fail("head " + std::to_string(sentence_.words[i].head) +
                   " is outside the sentence (it has " + std::to_string(size) + " words)",
               word_lines_[i]);
        }
      }
      sentences_.push_back(std::move(sentence_));
    }
    sentence_ = Sentence();
    word_lines_.clear();
    multiword_last_ = 0;
  }

  std::string_view text_;
  const std::string& file_;
  std::size_t at_ = 0;
  std::uint64_t line_number_ = 0;
  std::vector<Sentence> sentences_;
  Sentence sentence_;
  std::vector<std::uint64_t> word_lines_;  // where each word of sentence_ was read
  std::uint32_t multiword_last_ = 0;       // last word of the multiword token being read
  bool multiword_space_after_ = true;
};

void append_field(std::string& line, std::string_view value) {
  line += value.empty() ? std::string_view("_") : value;
}

}  // namespace

std::vector<Sentence> irkg::syntax::read_conllu(std::string_view text, const std::string& file) {
  return Reader(text, file).read();
}

std::vector<Sentence> irkg::syntax::read_conllu_file(const std::string& path) {
  const std::string bytes = read_file(path);
  return read_conllu(bytes, path);
}

void irkg::syntax::write_conllu(std::ostream& out, const Sentence& sentence) {
  std::string block;
  if (!sentence.id.empty())
    block.append("# sent_id = ").append(sentence.id).append("\n");
  if (!sentence.text.empty()) {
    // A comment is one line: a sentence cut from a hard-wrapped paragraph keeps its words.
    std::string text = sentence.text;
    for (char& c : text) {
      if (c == '\n' || c == '\r')
        c = ' ';
    }
    block.append("# text = ").append(text).append("\n");
  }
  for (std::size_t i = 0; i < sentence.words.size(); ++i) {
    const Word& word = sentence.words[i];
    block += std::to_string(i + 1);
    for (const std::string_view field :
         {std::string_view(word.form), std::string_view(word.lemma), std::string_view(word.upos),
          std::string_view(word.xpos), std::string_view(word.feats)}) {
      block += '\t';
      append_field(block, field);
    }
    block += '\t';
    block += word.head < 0 ? std::string("_") : std::to_string(word.head);
    block += '\t';
    append_field(block, word.deprel);
    block += "\t_\t";
    std::string misc;
    if (!word.space_after)
      misc = kNoSpaceAfter;
    if (word.begin != 0 || word.end != 0) {
      if (!misc.empty())
        misc += '|';
      misc.append(kTokenRange)
          .append(std::to_string(word.begin))
          .append(":")
          .append(std::to_string(word.end));
    }
    append_field(block, misc);
    block += '\n';
  }
  block += '\n';
  out << block;
}
