// extract/tree_rules.cpp - relations read off the dependency tree by the rules of data/rules.json
// SPDX-License-Identifier: MIT
#include "extract/detail/sentence_coder.h"

#include "syntax/words.h"

#include <algorithm>

namespace irkg::extract::detail {
namespace {

// "which back the Houthis and the Yemeni government respectively": the adverb sits on the
// trigger or on one of its arguments.
bool paired_by_position(const TreeView& tree, const RuleMatch& match, const WordSet& pairing) {
  const auto marks = [&](std::uint32_t word) {
    return std::any_of(tree.children(word).begin(), tree.children(word).end(),
                       [&](std::uint32_t c) { return pairing.contains(tree.lemma(c)); });
  };
  return marks(match.trigger) || std::any_of(match.targets.begin(), match.targets.end(), marks) ||
         std::any_of(match.sources.begin(), match.sources.end(), marks);
}

}  // namespace

bool SentenceCoder::worth_parsing() const {
  if (!rules_ || !analyzer_)
    return false;
  // Two sides at least: a person and their own state are one ("Putin said Russia ..."), and a
  // relation needs both ends in the sentence.
  const std::string* first = nullptr;
  bool two = false;
  for (const Mention& m : mentions_) {
    const std::string& side = m.actor.kind == ActorKind::Person && !m.actor.country.empty()
                                  ? m.actor.country
                                  : m.actor.id;
    if (!first)
      first = &side;
    else if (side != *first) {
      two = true;
      break;
    }
  }
  // A demonym the surface mentions left out may be the other side ("rejected an Indian
  // proposal"): the tree decides whether it is one.
  for (std::size_t t = 0; t < words_.size() && !two; ++t) {
    std::string_view form = words_[t];
    if (const auto hyphen = form.find('-');
        hyphen != std::string_view::npos &&
        rules_->word_class("opposing_prefixes").contains(ascii_lower(form.substr(0, hyphen))))
      form.remove_prefix(hyphen + 1);
    if (!is_capitalised(form) ||
        std::any_of(mentions_.begin(), mentions_.end(),
                    [&](const Mention& m) { return m.begin <= t && t < m.end; }))
      continue;
    std::span<const NameRef> refs;
    if (lexicon_.match(std::span<const std::string_view>(&form, 1), 0, refs) != 1)
      continue;
    for (const NameRef& ref : refs) {
      if ((form.size() == words_[t].size() && ref.kind != NameKind::Adjective) || ref.context)
        continue;
      const std::string& side = lexicon_.entry(ref.entry).id;
      if (!first)
        first = &side;
      else if (side != *first)
        two = true;
      break;
    }
  }
  if (!two)
    return false;
  // A word that may trigger a rule, which the patterns have not already coded: on a word they
  // coded a rule can only confirm them.
  for (std::size_t t = 0; t < lower_.size(); ++t) {
    if (!rules_->may_trigger(lower_[t]))
      continue;
    const bool coded = std::any_of(pattern_triggers_.begin(), pattern_triggers_.end(),
                                   [&](const auto& coded) { return coded.token == t; });
    if (!coded || trace_rules_)
      return true;
  }
  return false;
}

void SentenceCoder::actors_of(const TreeView& tree, std::size_t word,
                              const std::vector<std::int32_t>& mention_at,
                              const std::vector<std::size_t>& token_at, bool owned_too,
                              std::vector<irkg::Actor>& out) const {
  if (mention_at[word] >= 0) {
    out.push_back(mentions_[static_cast<std::size_t>(mention_at[word])].actor);
    return;
  }
  // "The EU said it would not provide aid", "Russia warned that it would respond": a subject
  // pronoun of a reported or adverbial clause is the subject of the clause that has it, when
  // that one agrees (a person for "he" and "she", no person for "it").
  if (const auto pronoun = tree.lemma(word);
      tree.word(word).upos == "PRON" && rules_->word_class("subject_pronouns").contains(pronoun) &&
      tree.base_relation(word) == "nsubj") {
    const bool personal = rules_->word_class("personal_pronouns").contains(pronoun);
    auto clause = tree.head(word);
    for (int depth = 0; clause >= 0 && depth < 3; ++depth) {
      const auto relation = tree.base_relation(static_cast<std::size_t>(clause));
      if (relation != "ccomp" && relation != "advcl" && relation != "conj" &&
          relation != "parataxis")
        break;
      const auto governor = tree.head(static_cast<std::size_t>(clause));
      // "asked Russia whether it could": with an object there, the pronoun may be either.
      if (governor < 0 || tree.child(static_cast<std::size_t>(governor), "obj") >= 0 ||
          tree.child(static_cast<std::size_t>(governor), "iobj") >= 0)
        break;
      for (const auto c : tree.children(static_cast<std::size_t>(governor))) {
        if (tree.base_relation(c) != "nsubj" || c == word || mention_at[c] < 0)
          continue;
        const auto& actor = mentions_[static_cast<std::size_t>(mention_at[c])].actor;
        if ((actor.kind == ActorKind::Person) == personal) {
          out.push_back(actor);
          return;
        }
      }
      clause = governor;
    }
    // "It has also supported the rebels": a subject "it" with no antecedent in its sentence is
    // the state or body the previous sentence was about.
    // Only as the subject of the sentence's main verb: "Explaining why it has asked the WTO,
    // the US said" looks ahead, not back.
    const auto verb = tree.head(word);
    const bool main_clause =
        verb >= 0 && (tree.word(static_cast<std::size_t>(verb)).deprel == "root" ||
                      tree.word(static_cast<std::size_t>(verb)).deprel == "conj");
    bool participle_before = false;
    for (std::size_t w = 0; w < word; ++w)
      participle_before |= tree.word(w).xpos == "VBG" && tree.base_relation(w) == "advcl";
    if (!personal && pronoun == "it" && main_clause && !participle_before && state_.subject &&
        state_.subject->kind != ActorKind::Person &&
        sentence_ - static_cast<std::int32_t>(state_.subject_sentence) == 1) {
      out.push_back(*state_.subject);
      return;
    }
  }
  // "the US-led coalition", "a coalition led by Saudi Arabia" acts as its leader.
  for (const auto c : tree.children(word)) {
    const auto relation = tree.base_relation(c);
    if ((relation != "amod" && relation != "acl") ||
        !rules_->word_class("leading_participles").contains(tree.lemma(c)))
      continue;
    for (const auto d : tree.children(c)) {
      const auto by = tree.word(d).deprel;
      if ((by == "compound" || by == "obl:unmarked" || by == "obl:agent") && mention_at[d] >= 0) {
        out.push_back(mentions_[static_cast<std::size_t>(mention_at[d])].actor);
        return;
      }
    }
  }
  // "Russia's president, Vladimir Putin": the apposition names the actor, and is an argument of
  // its own.
  for (const auto c : tree.children(word)) {
    if (tree.word(c).deprel == "appos" && mention_at[c] >= 0)
      return;
  }
  // The states or bodies that own a word: "Russian forces", "Iran's foreign minister", "the
  // leaders of Iran and Turkey".
  const auto owners_of = [&](std::size_t owned) {
    std::vector<const Mention*> found;
    // "Syrian rebels", "the Syrian opposition": no state's.
    if (rules_->word_class("opposition_nouns").contains(tree.lemma(owned)))
      return found;
    bool blocked = false;
    // The nearest modifier first: "the Syrian Kurdish YPG militia" is the YPG's.
    const auto& children = tree.children(owned);
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
      const auto c = *it;
      const auto relation = tree.word(c).deprel;
      const auto preposition = tree.child(c, "case");
      const bool owner = relation == "amod" || relation == "compound" || relation == "nmod:poss" ||
                         (relation == "nmod" && preposition >= 0 &&
                          rules_->word_class("owner_prepositions")
                              .contains(tree.lemma(static_cast<std::size_t>(preposition))));
      // A demonym or name modifies a body right before it ("Russian forces", "the Russian armed
      // forces"); one further away belongs to another noun the parse has misplaced.
      constexpr std::size_t kOwnerReach = 3;
      // "Syrian Kurdish forces": a capitalised modifier nearer the word that names no actor
      // leaves it to no demonym only the tree found.
      if (owner && mention_at[c] < 0 && c < owned && is_capitalised(tree.word(c).form))
        blocked = true;
      if (!owner || mention_at[c] < 0 ||
          (relation != "nmod" && relation != "nmod:poss" && c + kOwnerReach < owned))
        continue;
      // "the Syrian opposition delegation" is not Syria's.
      const Mention& mention = mentions_[static_cast<std::size_t>(mention_at[c])];
      // "anti-Taliban forces" are no one's but their own.
      if (mention.opposed)
        continue;
      if (mention.tree_only && (blocked || (!owned_too && c + 1 != owned)))
        continue;
      found.push_back(&mention);
      for (const auto d : tree.children(c)) {
        if (tree.word(d).deprel == "conj" && mention_at[d] >= 0)
          found.push_back(&mentions_[static_cast<std::size_t>(mention_at[d])]);
      }
      break;
    }
    return found;
  };
  const auto& bodies = rules_->word_class("actor_bodies");
  // "Pakistan President Mohammad Zia-ul-Haq", a person the lexicon does not know, acts for the
  // state or body owning the title before the name.
  if (tree.word(word).upos == "PROPN") {
    for (const auto c : tree.children(word)) {
      const auto relation = tree.word(c).deprel;
      if (c > word || mention_at[c] >= 0 || !bodies.contains(tree.lemma(c)) ||
          (relation != "nmod:desc" && relation != "compound"))
        continue;
      bool named = false;
      for (const Mention* owner : owners_of(c)) {
        if (owner->actor.kind != ActorKind::Person) {
          out.push_back(owner->actor);
          named = true;
        }
      }
      if (named)
        return;
    }
  }
  const std::vector<const Mention*> owners = owners_of(word);
  if (owners.empty()) {
    // "a group of Moroccan diplomats", "leaders of Romania's new government": a collective or a
    // body of another body is whoever that one is.
    const auto lemma = tree.lemma(word);
    if (!bodies.contains(lemma) && !rules_->word_class("collective_nouns").contains(lemma))
      return;
    for (const auto c : tree.children(word)) {
      const auto preposition = tree.child(c, "case");
      if (tree.word(c).deprel == "nmod" && preposition >= 0 &&
          rules_->word_class("owner_prepositions")
              .contains(tree.lemma(static_cast<std::size_t>(preposition)))) {
        actors_of(tree, c, mention_at, token_at, owned_too, out);
        return;
      }
    }
    return;
  }
  // A title owned by a state names whoever held it then: "the leaders of Iran and Turkey" meet
  // as leaders.
  const std::size_t at = token_at[word];
  const irkg::extract::Title* title = nullptr;
  for (std::size_t from = at >= 2 ? at - 2 : 0; from <= at && !title; ++from) {
    const irkg::extract::Title* found = nullptr;
    if (match_title(from, found) && from + found->words.size() == at + 1)
      title = found;
  }
  // "the leaders of": a plural title is its lemma.
  if (const auto it = patterns_.titles.find(tree.lemma(word));
      !title && it != patterns_.titles.end()) {
    for (const auto& candidate : it->second) {
      if (candidate.words.size() == 1)
        title = &candidate;
    }
  }
  const bool body = bodies.contains(tree.lemma(word));
  for (const Mention* owner : owners) {
    if (owner->actor.kind == ActorKind::Person)
      continue;
    if (title && owner->actor.kind == ActorKind::State) {
      if (auto holder = office_holder(owner->actor.id, *title, when(at))) {
        out.push_back(std::move(*holder));
        continue;
      }
    }
    // What is done to "Iraqi towns" or "German goods" is done to their state.
    if (body || title || (owned_too && owner->adjective))
      out.push_back(owner->actor);
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
  mend_news_tree(sentence, *rules_);
  const TreeView tree(sentence, &rules_->vocabulary(), &rules_->word_class("inflection_endings"));
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
  // "US-backed", "Saudi-led": a name inside a hyphenated token, which the tokens' mentions do
  // not see, is looked up on its own.
  // A demonym modifying a noun names its state wherever the tree puts it ("an Indian proposal",
  // "Iraqi towns"), though the surface mentions keep only those that act.
  for (std::size_t w = 0; w < sentence.size(); ++w) {
    const auto& word = sentence.words[w];
    const auto& token = tokens_[token_at[w]];
    const bool whole = word.begin == token.begin && word.end == token.end;
    // "Palestinians blamed Israel": a people named as a party is its state.
    const bool people = tree.word(w).upos == "PROPN" || tree.word(w).upos == "NOUN";
    const auto dash = std::string_view(word.form).find('-');
    const bool prefixed = dash != std::string_view::npos && dash + 1 < word.form.size() &&
                          is_capitalised(std::string_view(word.form).substr(dash + 1));
    if (mention_at[w] >= 0 || (!is_capitalised(word.form) && !prefixed) ||
        (whole && tree.word(w).deprel != "amod" && !people))
      continue;
    std::string_view form = word.form;
    // "anti-Taliban operations": the name after an opposing prefix.
    if (const auto hyphen = form.find('-');
        whole && hyphen != std::string_view::npos &&
        rules_->word_class("opposing_prefixes").contains(ascii_lower(form.substr(0, hyphen))))
      form.remove_prefix(hyphen + 1);
    const bool opposed = form.size() != word.form.size();
    std::span<const NameRef> refs;
    if (lexicon_.match(std::span<const std::string_view>(&form, 1), 0, refs) != 1)
      continue;
    for (const NameRef& ref : refs) {
      const bool usable = opposed || !whole
                              ? !ref.ambiguous && !ref.context && ref.kind != NameKind::PersonShort
                              : ref.kind == NameKind::Adjective && !ref.context;
      if (!usable)
        continue;
      Mention part;
      part.begin = token_at[w];
      part.end = token_at[w] + 1;
      part.actor = actor_at(ref.entry, token_at[w]);
      part.adjective = ref.kind == NameKind::Adjective;
      part.tree_only = whole;
      part.opposed = opposed;
      mention_at[w] = static_cast<std::int32_t>(mentions_.size());
      mentions_.push_back(std::move(part));
      break;
    }
  }
  std::vector<RuleMatch> matches;
  rules_->match(tree, matches);
  std::vector<irkg::Actor> sources, targets;
  std::vector<std::size_t> overruled;  // outputs of the patterns a complete tree reading replaces
  for (const auto& match : matches) {
    const Rule& rule = *match.rule;
    sources.clear();
    targets.clear();
    for (const auto w : match.sources) actors_of(tree, w, mention_at, token_at, false, sources);
    // What is done to a state's towns or goods is done to it; a partner in talks or a deal must
    // be an actor itself ("signed an agreement with British interests").
    for (const auto w : match.targets)
      actors_of(tree, w, mention_at, token_at, rule.owned_targets, targets);
    Trigger def = implied_trigger(rule.type, tree.word(match.trigger).upos == "NOUN");
    def.leaders_only = rule.leaders_only;
    def.remote = rule.remote;
    def.mutual = rule.mutual;
    const Modality tree_mood =
        rule.modality ? *rule.modality : rules_->modality(tree, match.trigger);
    const std::size_t at = token_at[match.trigger];
    rule_name_ = rule.name;
    // Where the patterns already coded this word as this type, their special cases stand: the
    // rule only confirms what they found.
    const auto family = [](RelationType type) {
      return type == RelationType::Summit ? RelationType::Talks : type;
    };
    confirm_only_ =
        std::any_of(pattern_triggers_.begin(), pattern_triggers_.end(), [&](const auto& coded) {
          return coded.token == at && family(coded.type) == family(rule.type);
        });
    // A verb whose arguments the tree finds in full is read off the tree: what the patterns
    // took from the words around it ("complained to the UN over Israeli raids") gives way.
    // Complete: some source and target that are not one actor.
    const auto distinct = [](const std::vector<irkg::Actor>& a, const std::vector<irkg::Actor>& b) {
      for (const auto& x : a) {
        for (const auto& y : b) {
          if (x.id != y.id)
            return true;
        }
      }
      return false;
    };
    std::vector<irkg::Actor> everyone = sources;
    everyone.insert(everyone.end(), targets.begin(), targets.end());
    const bool complete = rule.pairwise ? distinct(everyone, everyone) : distinct(sources, targets);
    if (confirm_only_ && complete && tree.word(match.trigger).upos == "VERB") {
      confirm_only_ = false;
      for (const auto& coded : pattern_triggers_) {
        if (coded.token == at && family(coded.type) == family(rule.type))
          overruled.push_back(coded.output);
      }
    }
    // Confirming, the tree's mood overrides the patterns' only for a verb: a noun event under
    // "ready to continue the war" or "agreed to discuss ... in its talks" is going on already.
    const Modality mood =
        confirm_only_ && tree.word(match.trigger).upos != "VERB" ? Modality::Asserted : tree_mood;
    if (rule.pairwise) {
      std::vector<irkg::Actor> all = sources;
      all.insert(all.end(), targets.begin(), targets.end());
      for (std::size_t a = 0; a < all.size(); ++a) {
        for (std::size_t b = a + 1; b < all.size(); ++b)
          emit(all[a], def, all[b], mood, at, rule.confidence, out);
      }
    } else if (const auto& pairing = rules_->word_class("pairing_adverbs");
               match.sources.size() == match.targets.size() && match.sources.size() > 1 &&
               paired_by_position(tree, match, pairing)) {
      // "Russia and Iran, which back Assad and Hezbollah respectively": by position.
      for (std::size_t k = 0; k < match.sources.size(); ++k) {
        std::vector<irkg::Actor> one_source, one_target;
        actors_of(tree, match.sources[k], mention_at, token_at, false, one_source);
        actors_of(tree, match.targets[k], mention_at, token_at, rule.owned_targets, one_target);
        for (const auto& source : one_source) {
          for (const auto& target : one_target)
            emit(source, def, target, mood, at, rule.confidence, out);
        }
      }
    } else {
      for (const auto& source : sources) {
        for (const auto& target : targets) {
          emit(source, def, target, mood, at, rule.confidence, out);
          // "Russia's war with Georgia", "India clashed with China": each acts on the other.
          if (rule.mutual) {
            const bool confirming = confirm_only_;
            confirm_only_ = false;
            emit(target, def, source, mood, at, rule.confidence, out);
            confirm_only_ = confirming;
          }
        }
      }
    }
    rule_name_ = {};
    confirm_only_ = false;
  }
  // The overruled relations that no rule confirmed go.
  std::sort(overruled.begin(), overruled.end());
  overruled.erase(std::unique(overruled.begin(), overruled.end()), overruled.end());
  for (auto it = overruled.rbegin(); it != overruled.rend(); ++it) {
    const std::size_t index = *it;
    if (out[index].rule.rfind(kPatternRule, 0) != 0)
      continue;
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(index));
    for (std::size_t k = found_at_.size(); k-- > 0;) {
      if (found_at_[k] == index) {
        found_at_.erase(found_at_.begin() + static_cast<std::ptrdiff_t>(k));
        found_.erase(found_.begin() + static_cast<std::ptrdiff_t>(k));
      } else if (found_at_[k] > index) {
        --found_at_[k];
      }
    }
  }
}

}  // namespace irkg::extract::detail
