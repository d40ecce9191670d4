// extract/extractor.cpp - the event coder: who did what to whom, when, and how sure the text is
// SPDX-License-Identifier: MIT
#include "extract/extractor.h"

#include "extract/detail/sentence_coder.h"
#include "text/sentences.h"

#include <set>
#include <string>
#include <tuple>

using irkg::extract::detail::ArticleState;
using irkg::extract::detail::SentenceCoder;

irkg::extract::Extractor::Extractor(std::shared_ptr<const lexicon::Lexicon> lexicon,
                                    const Patterns& patterns, const RuleSet* rules,
                                    const syntax::Analyzer* analyzer)
    : lexicon_(std::move(lexicon)), patterns_(&patterns), rules_(rules), analyzer_(analyzer) {}

std::vector<irkg::Relation> irkg::extract::Extractor::extract(const text::Article& article) const {
  std::vector<Relation> relations;
  ArticleState state;
  state.date = article.date;
  const std::string& text = article.body.text;
  const auto sentences = text::split_sentences(text);
  SentenceCoder coder(*lexicon_, *patterns_, rules_, analyzer_, state, article);
  coder.set_trace_rules(trace_rules_);
  // The first pass's tokens and matches are kept for the second, except in a huge text, where
  // they would cost more memory than the text itself: there the second pass redoes them.
  constexpr std::size_t kKeepScansUpTo = 1u << 20;
  const bool keep = text.size() <= kKeepScansUpTo;
  std::vector<SentenceCoder::Scan> scans(keep ? sentences.size() : 1);
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    coder.prescan(
        std::string_view(text).substr(sentences[k].begin, sentences[k].end - sentences[k].begin),
        scans[keep ? k : 0]);
  }
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    const auto& sentence = sentences[k];
    const std::string_view body =
        std::string_view(text).substr(sentence.begin, sentence.end - sentence.begin);
    coder.code(
        body, keep ? &scans[k] : nullptr,
        {static_cast<std::uint32_t>(sentence.begin), static_cast<std::uint32_t>(sentence.end)},
        static_cast<std::int32_t>(k), relations);
  }
  // Structural relations are facts about people, not events: one of each per article.
  std::vector<Relation> unique;
  std::set<std::tuple<std::string, RelationType, std::string>> seen;
  for (Relation& relation : relations) {
    if (info(relation.type).structural &&
        !seen.emplace(relation.source.id, relation.type, relation.target.id).second) {
      continue;
    }
    unique.push_back(std::move(relation));
  }
  return unique;
}
