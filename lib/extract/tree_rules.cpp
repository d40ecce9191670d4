// extract/tree_rules.cpp - relations read off the dependency tree by the rules of data/rules.json
// SPDX-License-Identifier: MIT
#include "extract/detail/sentence_coder.h"

#include "syntax/words.h"

#include <algorithm>

namespace irkg::extract::detail {

bool SentenceCoder::worth_parsing() const {
  if (!rules_ || !analyzer_)
    return false;
  // Two different actors at least: a relation needs both ends in the sentence.
  const std::string* first = nullptr;
  bool two = false;
  for (const Mention& m : mentions_) {
    if (!first)
      first = &m.actor.id;
    else if (m.actor.id != *first) {
      two = true;
      break;
    }
  }
  if (!two)
    return false;
  for (const auto word : lower_) {
    if (rules_->may_trigger(word))
      return true;
  }
  return false;
}

void SentenceCoder::actors_of(const TreeView& tree, std::size_t word,
                              const std::vector<std::int32_t>& mention_at,
                              std::vector<const Mention*>& out) const {
  if (mention_at[word] >= 0) {
    out.push_back(&mentions_[static_cast<std::size_t>(mention_at[word])]);
    return;
  }
  // "Russian forces", "Iran's foreign ministry", "the government of Syria": a body of a state
  // acts for it.
  if (!rules_->word_class("actor_bodies").contains(tree.lemma(word)))
    return;
  for (const auto c : tree.children(word)) {
    const auto relation = tree.word(c).deprel;
    const bool owner = relation == "amod" || relation == "compound" || relation == "nmod:poss" ||
                       (relation == "nmod" && tree.child(c, "case") >= 0 &&
                        tree.lemma(static_cast<std::size_t>(tree.child(c, "case"))) == "of");
    if (owner && mention_at[c] >= 0) {
      const Mention& m = mentions_[static_cast<std::size_t>(mention_at[c])];
      if (m.actor.kind != ActorKind::Person)
        out.push_back(&m);
      return;
    }
  }
}

void SentenceCoder::code_by_rules(std::string_view text, std::vector<irkg::Relation>& out) {
  if (!worth_parsing())
    return;
  irkg::syntax::Sentence sentence;
  sentence.words = irkg::syntax::words_of(text);
  if (sentence.words.empty())
    return;
  analyzer_->analyse(sentence);
  const TreeView tree(sentence);
  // Which mention each word belongs to, and which token each word starts in.
  std::vector<std::int32_t> mention_at(sentence.size(), -1);
  std::vector<std::size_t> token_at(sentence.size(), 0);
  for (std::size_t w = 0, t = 0; w < sentence.size(); ++w) {
    const auto& word = sentence.words[w];
    while (t + 1 < tokens_.size() && tokens_[t].end <= word.begin) ++t;
    token_at[w] = t;
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      const auto& mention = mentions_[m];
      if (mention.begin >= tokens_.size() || mention.end == 0)
        continue;
      if (word.begin >= tokens_[mention.begin].begin && word.end <= tokens_[mention.end - 1].end) {
        mention_at[w] = static_cast<std::int32_t>(m);
        break;
      }
    }
  }
  std::vector<RuleMatch> matches;
  rules_->match(tree, matches);
  std::vector<const Mention*> sources, targets;
  for (const auto& match : matches) {
    const Rule& rule = *match.rule;
    sources.clear();
    targets.clear();
    for (const auto w : match.sources) actors_of(tree, w, mention_at, sources);
    for (const auto w : match.targets) actors_of(tree, w, mention_at, targets);
    Trigger def = implied_trigger(rule.type, tree.word(match.trigger).upos == "NOUN");
    def.leaders_only = rule.leaders_only;
    def.remote = rule.remote;
    const Modality mood = rule.modality ? *rule.modality : rules_->modality(tree, match.trigger);
    const std::size_t at = token_at[match.trigger];
    rule_name_ = rule.name;
    if (rule.pairwise) {
      std::vector<const Mention*> all = sources;
      all.insert(all.end(), targets.begin(), targets.end());
      for (std::size_t a = 0; a < all.size(); ++a) {
        for (std::size_t b = a + 1; b < all.size(); ++b)
          emit(all[a]->actor, def, all[b]->actor, mood, at, rule.confidence, out);
      }
    } else {
      for (const Mention* source : sources) {
        for (const Mention* target : targets)
          emit(source->actor, def, target->actor, mood, at, rule.confidence, out);
      }
    }
    rule_name_ = {};
  }
}

}  // namespace irkg::extract::detail
