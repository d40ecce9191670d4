// pipeline/parse.cpp - dependency trees for articles and for the words of CoNLL-U files
// SPDX-License-Identifier: MIT
#include "pipeline/parse.h"

#include "pipeline/extract.h"
#include "text/article.h"
#include "text/sentences.h"

#include "syntax/analyzer.h"
#include "syntax/conllu.h"
#include "syntax/words.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

namespace {

using irkg::syntax::Sentence;
using irkg::syntax::Word;

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Maps the words' spans in the normalised body back to the original bytes, so that TokenRange
// points at what the user's file holds ("“Yes”", not "\"Yes\"").
void map_to_original(const irkg::text::NormalizedText& body, std::vector<Word>& words) {
  const std::size_t last = body.to_original.size() - 1;
  for (Word& word : words) {
    word.begin = body.to_original[std::min<std::size_t>(word.begin, last)];
    word.end = body.to_original[std::min<std::size_t>(word.end, last)];
  }
}

// One line of the text format: "  5  Trump  Trump  PROPN  nsubj ← 10 touted".
void write_word_line(std::string& block, const Sentence& sentence, std::size_t index,
                     std::size_t depth) {
  const Word& word = sentence.words[index];
  block.append(2 * depth, ' ');
  block.append(std::to_string(index + 1)).append("  ").append(word.form);
  block.append("  ").append(word.lemma).append("  ").append(word.upos).append("  ");
  block.append(word.deprel.empty() ? std::string_view("_") : std::string_view(word.deprel));
  const auto head = static_cast<std::size_t>(word.head);
  if (word.head > 0 && head <= sentence.size()) {
    block.append(" \u2190 ").append(std::to_string(head)).append(" ");
    block.append(sentence.words[head - 1].form);
  }
  block += '\n';
}

// The tree from the root down, each word followed by its dependents in sentence order. Words
// the root does not reach (a parse with a cycle or without heads) follow at depth 0.
void write_text_tree(std::string& block, const Sentence& sentence) {
  const std::size_t size = sentence.size();
  std::vector<std::vector<std::size_t>> dependents(size + 1);  // [0] is the root's
  for (std::size_t i = 0; i < size; ++i) {
    const std::int32_t head = sentence.words[i].head;
    if (head >= 0 && static_cast<std::size_t>(head) <= size &&
        static_cast<std::size_t>(head) != i + 1)
      dependents[static_cast<std::size_t>(head)].push_back(i);
  }
  std::vector<bool> written(size, false);
  const std::function<void(std::size_t, std::size_t)> write_below = [&](std::size_t node,
                                                                        std::size_t depth) {
    for (const std::size_t child : dependents[node]) {
      if (written[child])
        continue;
      written[child] = true;
      write_word_line(block, sentence, child, depth);
      write_below(child + 1, depth + 1);
    }
  };
  write_below(0, 0);
  for (std::size_t i = 0; i < size; ++i) {
    if (written[i])
      continue;
    written[i] = true;
    write_word_line(block, sentence, i, 0);
    write_below(i + 1, 1);
  }
}

void clear_analysis(Sentence& sentence) {
  for (Word& word : sentence.words) {
    word.lemma.clear();
    word.upos.clear();
    word.xpos.clear();
    word.feats.clear();
    word.head = -1;
    word.deprel.clear();
  }
}

std::string two_decimals(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

}  // namespace

void irkg::pipeline::write_tree(std::ostream& out, const Sentence& sentence, TreeFormat format) {
  switch (format) {
    case TreeFormat::Conllu:
      syntax::write_conllu(out, sentence);
      return;
    case TreeFormat::Text: {
      std::string block = "# " + sentence.id;
      block.append(sentence.id.empty() ? "" : ": ").append(sentence.text);
      std::replace(block.begin(), block.end(), '\n', ' ');
      block += '\n';
      write_text_tree(block, sentence);
      block += '\n';
      out << block;
      return;
    }
  }
}

irkg::pipeline::ParseReport irkg::pipeline::parse_articles(const std::vector<std::string>& inputs,
                                                           TreeFormat format,
                                                           DiagnosticSink& diagnostics,
                                                           std::ostream& out) {
  ParseReport report;
  const syntax::Analyzer* analyzer = nullptr;  // loaded on the first article, as the lexicon is
  const std::vector<std::string> missing = for_each_article_input(
      inputs, diagnostics, [&](std::string_view bytes, const std::string& name) {
        text::for_each_article(bytes, name, diagnostics, [&](text::Article& article) {
          if (!analyzer)
            analyzer = &syntax::Analyzer::builtin();
          ++report.documents;
          const std::string& body = article.body.text;
          std::size_t number = 0;
          const std::size_t first_sentence = report.sentences + 1;
          for (const text::Sentence& span : text::split_sentences(body)) {
            Sentence sentence;
            sentence.id = article.id + "-" + std::to_string(++number);
            sentence.text = body.substr(span.begin, span.end - span.begin);
            sentence.words = syntax::words_of(sentence.text, span.begin);
            if (sentence.words.empty())
              continue;
            analyzer->analyse(sentence);
            map_to_original(article.body, sentence.words);
            ++report.sentences;
            report.words += sentence.size();
            if (format == TreeFormat::Conllu && report.sentences == first_sentence)
              out << "# newdoc id = " << article.id << '\n';
            write_tree(out, sentence, format);
          }
        });
      });
  if (!missing.empty())
    throw missing_inputs_error(missing);
  return report;
}

std::vector<Sentence> irkg::pipeline::parse_tokenized(const std::string& path) {
  std::vector<Sentence> sentences = syntax::read_conllu_file(path);
  const syntax::Analyzer& analyzer = syntax::Analyzer::builtin();
  for (Sentence& sentence : sentences) {
    clear_analysis(sentence);
    analyzer.analyse(sentence);
  }
  return sentences;
}

irkg::pipeline::TokenizedEvaluation irkg::pipeline::evaluate_tokenized(const std::string& path) {
  const std::vector<Sentence> gold = syntax::read_conllu_file(path);
  TokenizedEvaluation evaluation;
  const Clock::time_point load_start = Clock::now();
  const syntax::Analyzer& analyzer = syntax::Analyzer::builtin();
  evaluation.load_seconds = seconds_since(load_start);
  std::vector<Sentence> predicted = gold;
  for (Sentence& sentence : predicted) clear_analysis(sentence);
  const Clock::time_point parse_start = Clock::now();
  for (Sentence& sentence : predicted) analyzer.analyse(sentence);
  evaluation.parse_seconds = seconds_since(parse_start);
  evaluation.scores = syntax::evaluate(gold, predicted);
  evaluation.sentences = gold.size();
  return evaluation;
}

void irkg::pipeline::print_evaluation(const TokenizedEvaluation& evaluation, std::ostream& out) {
  const syntax::Scores& scores = evaluation.scores;
  const double seconds = evaluation.parse_seconds;
  std::string text;
  const auto line = [&](std::string_view label, const std::string& value) {
    text.append(label).append(std::max<std::size_t>(15, label.size() + 1) - label.size(), ' ');
    text.append(value).append("\n");
  };
  line("words", std::to_string(scores.words));
  line("UPOS", two_decimals(scores.percent(scores.upos)));
  line("XPOS", two_decimals(scores.percent(scores.xpos)));
  line("lemma", two_decimals(scores.percent(scores.lemma)));
  line("UAS", two_decimals(scores.percent(scores.uas)));
  line("LAS", two_decimals(scores.percent(scores.las)));
  line("sentences", std::to_string(evaluation.sentences));
  line("seconds", two_decimals(seconds));
  line("ms/sentence",
       two_decimals(evaluation.sentences ? 1000 * seconds / evaluation.sentences : 0));
  line("tokens/s",
       seconds > 0 ? std::to_string(static_cast<std::uint64_t>(scores.words / seconds)) : "-");
  line("model load ms", two_decimals(1000 * evaluation.load_seconds));
  out << text;
}
