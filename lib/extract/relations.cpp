// extract/relations.cpp - triggers, their subjects and objects, modality, and the relations emitted
// SPDX-License-Identifier: MIT
#include "extract/detail/sentence_coder.h"
#include "support/strings.h"
#include "text/tokens.h"

#include <algorithm>
#include <set>

namespace irkg::extract::detail {

bool SentenceCoder::noun_trigger_at(std::size_t at) const {
  if (!triggers_[at])
    return false;
  return std::any_of(triggers_[at]->begin(), triggers_[at]->end(), [&](const Trigger& def) {
    if (!def.noun || at + def.words.size() > lower_.size())
      return false;
    for (std::size_t k = 1; k < def.words.size(); ++k) {
      if (lower_[at + k] != def.words[k])
        return false;
    }
    return true;
  });
}

bool SentenceCoder::event_noun_at(std::size_t at) const {
  if (!noun_trigger_at(at))
    return false;
  const RelationType type = triggers_[at]->front().type;
  return type != RelationType::Demand && type != RelationType::Reject &&
         type != RelationType::Criticize && type != RelationType::Threaten;
}

std::vector<std::size_t> SentenceCoder::coordinated(std::size_t m) const {
  // Two neighbouring mentions are one list when joined by commas or a conjunction, both
  // possessive or neither ("Russia's president and Assad's backer" are two phrases), or
  // when they are the two readings of "both countries".
  const auto linked = [&](std::size_t a, std::size_t b) {
    const Mention& left = mentions_[a];
    const Mention& right = mentions_[b];
    if (left.begin == right.begin)
      return true;
    return joined(left.end, right.begin) && left.possessive == right.possessive;
  };
  std::vector<std::size_t> group{m};
  for (std::size_t k = m; k > 0 && linked(k - 1, k); --k) group.insert(group.begin(), k - 1);
  for (std::size_t k = m; k + 1 < mentions_.size() && linked(k, k + 1); ++k) {
    if (speaks(mentions_[k + 1]))
      break;  // "... in Ukraine, South Korean officials said": the source, not a list item
    group.push_back(k + 1);
  }
  // Commas alone make no list: "According to officials in Washington, Israel struck Syria".
  bool conjunction = group.size() == 1;
  for (std::size_t k = 0; k + 1 < group.size() && !conjunction; ++k) {
    const Mention& left = mentions_[group[k]];
    const Mention& right = mentions_[group[k + 1]];
    conjunction = left.begin == right.begin;
    for (std::size_t t = left.end; t < right.begin && !conjunction; ++t)
      conjunction = eq(lower_[t], "and") || eq(lower_[t], "or") || eq(lower_[t], "as");
  }
  // "The US, Britain and other countries": the list ends in a phrase that names no actor.
  const std::size_t after = mentions_[group.back()].end;
  if (!conjunction && after < lower_.size())
    conjunction = eq(lower_[after], "and") || eq(lower_[after], "or");
  return conjunction ? group : std::vector<std::size_t>{m};
}

bool SentenceCoder::speaks(const Mention& mention) const {
  for (std::size_t t = mention.end; t < speech_.size() && t < mention.end + 3; ++t) {
    if (speech_[t])
      return true;
    if (tokens_[t].kind != irkg::text::TokenKind::Word)
      return false;
  }
  return false;
}

bool SentenceCoder::joined(std::size_t left_end, std::size_t right_begin) const {
  if (right_begin < left_end || right_begin - left_end > 3)
    return false;
  bool conjunction = false;
  for (std::size_t t = left_end; t < right_begin; ++t) {
    const std::string_view w = lower_[t];
    if (eq(w, "and") || eq(w, "or") || eq(w, ",") || eq(w, "as") || eq(w, "well")) {
      conjunction = true;
    } else if (!eq(w, "the")) {
      return false;
    }
  }
  return conjunction;
}

Modality SentenceCoder::modality(std::size_t trigger, const Trigger& def, std::size_t left) const {
  const std::size_t from = trigger > 6 ? trigger - 6 : 0;
  for (std::size_t t = std::max(from, left); t < trigger; ++t) {
    const std::string_view w = lower_[t];
    if (def.type == RelationType::Reject &&
        (eq(w, "refused") || eq(w, "denied") || eq(w, "rejected")))
      continue;
    // "failed to persuade or pressure Pyongyang": the pressure was applied, without success.
    if (def.type == RelationType::Demand && (eq(w, "failed") || eq(w, "fails") || eq(w, "fail")))
      continue;
    if (negation_[t]) {
      // "not only" and "no longer ... but" are not negations of the event.
      if (eq(w, "not") && t + 1 < lower_.size() && eq(lower_[t + 1], "only"))
        continue;
      return Modality::Negated;
    }
  }
  std::size_t opened = std::max(from, left);
  for (std::size_t t = opened; t < trigger; ++t) {
    if (eq(lower_[t], "that"))
      opened = t + 1;  // "could be a sign that the talks ...": the cue is the sign's
  }
  // "despite Iranian charges that Kuwait is supporting Iraq": an allegation, not a fact.
  for (std::size_t t = trigger > 12 ? trigger - 12 : 0; t + 1 < trigger; ++t) {
    if (eq(lower_[t + 1], "that") && patterns_.allegation_nouns.contains(lower_[t]))
      return Modality::Hypothetical;
  }
  for (std::size_t t = opened; t < trigger; ++t) {
    if (hypothetical_[t] &&
        !(def.type == RelationType::Threaten && lower_[t].starts_with("threat"))) {
      return Modality::Hypothetical;
    }
  }
  // "France and Britain should use their influence ... to intensify pressure on Putin": a
  // modal further back still governs the act, unless a new clause begins in between.
  // Nouns of past events ("will not issue a statement on the U.S. attack") keep their mood.
  const bool governed_by_modal = !def.noun || def.type == RelationType::Talks ||
                                 def.type == RelationType::Summit ||
                                 def.type == RelationType::Treaty;
  for (std::size_t t = trigger;
       governed_by_modal && t-- > (trigger > 11 ? trigger - 11 : 0) && t >= left;) {
    const std::string_view w = lower_[t];
    if (eq(w, "that") || eq(w, "when") || eq(w, "after") || eq(w, "before") || eq(w, "because") ||
        eq(w, "since") || eq(w, "while") || eq(w, "who") || eq(w, "which") || eq(w, "whose") ||
        eq(w, "where") || eq(w, "but") || eq(w, "and") || eq(w, "or") || breaks_[t])
      break;
    if (eq(w, "should") || eq(w, "must") || eq(w, "would") || eq(w, "could") || eq(w, "might") ||
        eq(w, "will") || eq(w, "ought"))
      return Modality::Hypothetical;
  }
  if (conditional_ < trigger)
    return Modality::Hypothetical;  // "if", "unless", "whether" earlier in the sentence
  // "designed to prevent a large-scale Russian-Syrian attack": an act to be prevented.
  if (def.noun) {
    for (std::size_t t = trigger >= 5 ? trigger - 5 : 0; t < trigger; ++t) {
      if (lower_[t].starts_with("prevent") || lower_[t].starts_with("avert") ||
          eq(lower_[t], "deter") || eq(lower_[t], "deterring") || eq(lower_[t], "avoid") ||
          eq(lower_[t], "avoiding"))
        return Modality::Hypothetical;
    }
  }
  // "calls for attacks on U.S. interests": what is called for is only wanted.
  if (def.noun && trigger >= 2 && eq(lower_[trigger - 1], "for") &&
      (lower_[trigger - 2].starts_with("call") || lower_[trigger - 2].starts_with("appeal") ||
       lower_[trigger - 2].starts_with("press") || lower_[trigger - 2].starts_with("push")))
    return Modality::Hypothetical;
  // "any coming war", "in the event of any U.S. strike", "in case of war with Turkey".
  if (def.noun) {
    for (std::size_t t = trigger >= 4 ? trigger - 4 : 0; t < trigger; ++t) {
      if (eq(lower_[t], "any") || ((eq(lower_[t], "event") || eq(lower_[t], "case")) &&
                                   t + 1 < trigger && eq(lower_[t + 1], "of")))
        return Modality::Hypothetical;
    }
  }
  // "a three-way summit ... to be held in Tehran on Friday".
  const std::size_t after = trigger + def.words.size();
  // "a new U.S.-Soviet summit could emerge": a meeting or an agreement named before a modal
  // is only in prospect.
  if (def.noun && (def.type == RelationType::Summit || def.type == RelationType::Talks ||
                   def.type == RelationType::Treaty)) {
    for (std::size_t at = after; at < after + 3 && at < lower_.size() && !breaks_[at]; ++at) {
      const std::string_view w = lower_[at];
      if (!is_capitalised(words_[at]) &&  // "talks with May" names Theresa May
          (eq(w, "could") || eq(w, "might") || eq(w, "may") || eq(w, "would") || eq(w, "will")))
        return Modality::Hypothetical;
    }
  }
  // "happy to discuss punishing Russia": an act under discussion has not happened; a war
  // discussed has ("discuss the Iran-Iraq war"), and so have the talks it is discussed in.
  if (def.type != RelationType::Attack && def.type != RelationType::Talks &&
      def.type != RelationType::Summit) {
    for (std::size_t t = trigger >= 3 ? trigger - 3 : 0; t < trigger; ++t) {
      if (lower_[t].starts_with("discuss") || eq(lower_[t], "debating") || eq(lower_[t], "debated"))
        return Modality::Hypothetical;
    }
  }
  if (def.noun) {
    for (std::size_t at = after; at < after + 6 && at < lower_.size() && !breaks_[at]; ++at) {
      if (planned_at_[at])
        return Modality::Hypothetical;
    }
  }
  return Modality::Asserted;
}

bool SentenceCoder::close_or_held(std::size_t from, std::size_t noun) const {
  if (noun - from <= 3)
    return true;
  const StringSet& light_verbs = patterns_.light_verbs;
  for (std::size_t t = from; t < noun && t < from + 6; ++t) {
    if (light_verbs.contains(lower_[t]))
      return true;
  }
  return false;
}

bool SentenceCoder::rejects_through(std::size_t after_trigger) const {
  const StringSet& contact_verbs = patterns_.contact_verbs;
  std::size_t to = after_trigger;
  while (to < lower_.size() && to < after_trigger + 2 && !eq(lower_[to], "to")) ++to;
  return to + 1 < lower_.size() && eq(lower_[to], "to") && contact_verbs.contains(lower_[to + 1]);
}

bool SentenceCoder::right_before_verb(std::size_t from, std::size_t verb) const {
  if (from > verb)
    return true;  // the main clause's subjects of an opener ("After exchanging threats, ...")
  const StringSet& companions = patterns_.verb_companions;
  for (std::size_t t = from; t < verb; ++t) {
    if (!companions.contains(lower_[t]))
      return false;
  }
  return verb - from <= 4;
}

bool SentenceCoder::passive_agent_between(std::size_t from, std::size_t verb) const {
  for (std::size_t t = from; t + 2 < verb; ++t) {
    if (is_be_form(lower_[t]) && (lower_[t + 1].ends_with("ed") || lower_[t + 1].ends_with("en")) &&
        eq(lower_[t + 2], "by"))
      return true;
  }
  return false;
}

bool SentenceCoder::has_pronoun_subject(std::size_t from, std::size_t verb) const {
  for (std::size_t t = std::max(from, verb >= 3 ? verb - 3 : 0); t < verb; ++t) {
    if (eq(lower_[t], "it") || eq(lower_[t], "they") || eq(lower_[t], "we") || eq(lower_[t], "i") ||
        eq(lower_[t], "you"))
      return true;
  }
  return false;
}

bool SentenceCoder::verb_between(std::size_t from, std::size_t to) const {
  // A verb reading counts only where all its words are there ("arrives" alone is not
  // "arrives in").
  for (std::size_t t = from; t < to; ++t) {
    if (triggers_[t] &&
        std::none_of(triggers_[t]->begin(), triggers_[t]->end(),
                     [](const Trigger& trigger) { return trigger.noun; }) &&
        std::any_of(triggers_[t]->begin(), triggers_[t]->end(), [&](const Trigger& trigger) {
          if (t + trigger.words.size() > lower_.size())
            return false;
          for (std::size_t k = 1; k < trigger.words.size(); ++k) {
            if (lower_[t + k] != trigger.words[k])
              return false;
          }
          return true;
        }))
      return true;
  }
  return false;
}

bool SentenceCoder::has_the_noun(std::size_t trigger) const {
  const StringSet& have_verbs = patterns_.have_verbs;
  for (std::size_t t = trigger, steps = 0; t-- > 0 && steps < 4; ++steps) {
    if (is_be_form(lower_[t]))
      return false;  // "have been the staunchest backers of": the subject gives it
    if (have_verbs.contains(lower_[t]))
      return true;
    if (is_break(t) || triggers_[t])
      return false;
  }
  return false;
}

bool SentenceCoder::has_nearby(const std::vector<std::string>& nouns, std::size_t trigger,
                               std::size_t right) const {
  const std::size_t from = trigger > 3 ? trigger - 3 : 0;
  for (std::size_t t = from; t < std::min(right, trigger + 9); ++t) {
    if (t == trigger)
      continue;
    if (std::find(nouns.begin(), nouns.end(), lower_[t]) != nouns.end())
      return true;
  }
  return false;
}

bool SentenceCoder::is_leader(const irkg::Actor& actor, std::size_t trigger, bool of_state) const {
  if (actor.kind != ActorKind::Person)
    return false;
  const auto entry = lexicon_.find(actor.id);
  if (!entry)
    return false;
  // In office on the day: a former president meeting someone holds no summit.
  // Undated, the article gives no day to check: the person's latest office stands.
  const auto& person = lexicon_.entry(*entry);
  const auto* role = when(trigger).known() ? lexicon_.office_on(person, when(trigger))
                                           : lexicon_.role_at(person, when(trigger));
  if (!role || !role->leader)
    return false;
  if (!of_state)
    return true;
  const auto of = lexicon_.find(role->of);
  return of && lexicon_.entry(*of).kind == ActorKind::State;
}

void SentenceCoder::emit(const irkg::Actor& source, const Trigger& def, const irkg::Actor& target,
                         Modality modality, std::size_t trigger, double confidence,
                         std::vector<irkg::Relation>& out) {
  if (source.id == target.id)
    return;
  // A person acting on their own state, or a state on its own official, is not a relation.
  if (source.kind == ActorKind::Person && source.country == target.id)
    return;
  if (target.kind == ActorKind::Person && target.country == source.id)
    return;
  // "Bolton pressing upon Trump": politics inside one state is not international relations.
  if (source.kind == ActorKind::Person && target.kind == ActorKind::Person &&
      !source.country.empty() && source.country == target.country)
    return;
  RelationType type = def.type;
  // "Nasr al-Hariri ... denied the SNC was irrelevant": a person and the body they serve are one
  // side.
  if ((source.kind == ActorKind::Person && !source.org.empty() && source.org == target.id) ||
      (target.kind == ActorKind::Person && !target.org.empty() && target.org == source.id))
    return;
  // "Ellwood clashed with Trump's assessment": people who clash quarrel; armies fight.
  if (type == RelationType::Attack && def.mutual &&
      (source.kind == ActorKind::Person || target.kind == ActorKind::Person))
    type = RelationType::Criticize;
  if (type == RelationType::MemberOf &&
      (source.kind != ActorKind::State || target.kind != ActorKind::Organization)) {
    return;
  }
  if (def.leaders_only &&
      (!is_leader(source, trigger, false) || !is_leader(target, trigger, false)))
    return;
  // Talks between two heads of state or government are a summit.
  if (type == RelationType::Talks && !def.remote && is_leader(source, trigger, true) &&
      is_leader(target, trigger, true))
    type = RelationType::Summit;
  for (std::size_t k = 0; k < found_.size(); ++k) {
    const auto& known = found_[k];
    const bool same =
        known.type == type && ((known.source.id == source.id && known.target.id == target.id) ||
                               (irkg::info(type).symmetric && known.source.id == target.id &&
                                known.target.id == source.id));
    if (!same)
      continue;
    // A tree rule that reads what the patterns already found confirms it: the relation is
    // traced to the rule.
    if (!rule_name_.empty() && out[found_at_[k]].rule.rfind(kPatternRule, 0) == 0) {
      out[found_at_[k]].rule = std::string(rule_name_);
      // The tree sees what governs the word ("threatened to shell", "refused to meet"), which
      // the patterns' window may not.
      if (modality != Modality::Asserted && known.modality == Modality::Asserted) {
        out[found_at_[k]].modality = modality;
        found_[k].modality = modality;
      }
    }
    return;
  }
  if (confirm_only_)
    return;
  irkg::Relation relation;
  relation.source = source;
  relation.type = type;
  relation.target = target;
  relation.modality = modality;
  relation.date = when(trigger);
  // What the text dates after the article was written, right by the act, has not happened
  // yet ("hosts a summit ... on Friday" in a Wednesday paper).
  if (modality == Modality::Asserted && relation.date.known() && state_.date.known() &&
      relation.date.first_day() > state_.date.last_day() &&
      std::any_of(dates().begin(), dates().end(), [&](const irkg::extract::DateMention& d) {
        return d.date == relation.date &&
               (d.position > trigger ? d.position - trigger : trigger - d.position) <= 8;
      }))
    relation.modality = Modality::Hypothetical;
  relation.doc = article_.id;
  relation.sentence = sentence_;
  relation.evidence = std::string(evidence());
  relation.confidence = confidence;
  relation.rule = rule_name_.empty() ? std::string(kPatternRule) + std::string(lower_[trigger])
                                     : std::string(rule_name_);
  if (rule_name_.empty())
    pattern_triggers_.push_back({trigger, type, out.size()});
  if (relation.modality == Modality::Asserted &&
      (type == RelationType::Support || type == RelationType::MilitaryAid ||
       type == RelationType::TroopDeployment || type == RelationType::EconomicAid))
    state_.backing.emplace(state_of(source), state_of(target));
  found_.push_back(relation);
  found_at_.push_back(out.size());
  out.push_back(std::move(relation));
}

std::string SentenceCoder::state_of(const irkg::Actor& actor) {
  return actor.kind == ActorKind::Person && !actor.country.empty() ? actor.country : actor.id;
}

const Trigger& SentenceCoder::backing_of(std::size_t position) const {
  // "the US-armed Saudi regime": arms; "US-backed", "US-raised": support.
  static const Trigger kBacking = implied_trigger(RelationType::Support, false);
  static const Trigger kArming = implied_trigger(RelationType::MilitaryAid, false);
  const std::string_view word = lower_[position];
  return word.ends_with("-armed") || word.ends_with("-equipped") || word.ends_with("-trained")
             ? kArming
             : kBacking;
}

void SentenceCoder::find_relations(std::vector<irkg::Relation>& out) {
  found_.clear();
  found_at_.clear();
  pattern_triggers_.clear();
  // "the US-backed Manbij council": support from the backer to the next actor named.
  static const Trigger kBacking = implied_trigger(RelationType::Support, false);
  for (const auto& [position, backer] : backed_) {
    // "the SDF – a US-raised proxy force": an apposition describes the name before it.
    if (position >= 3 && (eq(lower_[position - 1], "a") || eq(lower_[position - 1], "an")) &&
        (words_[position - 2] == "," || words_[position - 2] == "–" ||
         words_[position - 2] == "-" || words_[position - 2] == "(")) {
      const auto described =
          std::find_if(mentions_.begin(), mentions_.end(),
                       [&](const Mention& m) { return m.end == position - 2 && !m.possessive; });
      if (described != mentions_.end()) {
        emit(backer, backing_of(position), described->actor, Modality::Asserted, position, 0.8,
             out);
        continue;
      }
    }
    for (const Mention& m : mentions_) {
      if (m.begin > position && m.begin - position <= 3) {
        // "UN-sponsored Syrian talks": the talks are sponsored, not Syria.
        // "the Turkey-backed opposition in Syria": a place after the backed one is not it.
        // "Iranian-backed militias or Isis": what is backed ends before "or"/"and".
        bool adjacent = true;
        for (std::size_t t = position + 1; t < m.begin && adjacent; ++t) {
          const bool plain = !is_capitalised(words_[t]) &&
                             words_[t].find('-') == std::string_view::npos &&
                             tokens_[t].kind == irkg::text::TokenKind::Word;
          adjacent =
              !eq(lower_[t], "or") &&
              !(plain && t + 1 < m.begin && (eq(lower_[t + 1], "or") || eq(lower_[t + 1], "and")));
        }
        if (adjacent && !(m.adjective && m.end < lower_.size() && noun_trigger_at(m.end)) &&
            !(m.begin > 0 && prep_[m.begin - 1]))
          emit(backer, backing_of(position), m.actor, Modality::Asserted, position, 0.8, out);
        break;
      }
    }
  }
  backed_.clear();
  code_compounds(out);
  code_relational_nouns(out);
  code_allies(out);
  if (any_label_verb_)
    code_labels(out);
  code_memberships(out);
  if (any_quote_ || !state_.quoted_targets.empty())
    code_quoted_criticism(out);
  if (any_speech_)
    code_reported_criticism(out);
  if (any_by_)
    code_supplied_by(out);
  if (any_under_)
    code_under_attack(out);
  if (any_summit_)
    code_body_summits(out);
  used_.assign(words_.size(), 0);
  auto& used = used_;
  for (std::size_t i = 0; i < words_.size(); ++i) {
    if (used[i])
      continue;
    if (!triggers_[i])
      continue;
    // Tokens inside a mention are names, not triggers ("Security Council", "Trade Minister").
    bool inside = false;
    for (const Mention& m : mentions_) inside = inside || (i >= m.begin && i < m.end);
    if (inside)
      continue;
    for (const Trigger& def : *triggers_[i]) {
      if (i + def.words.size() > words_.size())
        continue;
      bool matches = true;
      for (std::size_t k = 1; k < def.words.size() && matches; ++k)
        matches = lower_[i + k] == def.words[k];
      if (!matches)
        continue;
      // A reading for leaders only ("met" as a summit) gives way to the next reading ("met"
      // as talks) when the two who met are not both leaders.
      const std::size_t emitted = out.size();
      if (code_trigger(i, def, out) && (!def.leaders_only || out.size() > emitted)) {
        for (std::size_t k = 0; k < def.words.size(); ++k) used[i + k] = true;
        break;
      }
    }
  }
}

bool SentenceCoder::code_trigger(std::size_t i, const Trigger& def,
                                 std::vector<irkg::Relation>& out) {
  const std::size_t last = i + def.words.size();  // first token after the trigger
  // Clause around the trigger.
  std::size_t left = i;
  std::size_t speech = kNoRole;
  while (left > 0 && i - left < kSubjectWindow && !is_break(left - 1)) --left;
  if (left > 0 && speech_[left - 1])
    speech = left - 1;
  std::size_t right = last;
  while (right < words_.size() && right - last < kObjectWindow + 6 &&
         !(is_break(right) && !eq(lower_[right], "("))) {
    ++right;
  }
  if (!def.with_noun.empty() && !has_nearby(def.with_noun, i, right))
    return false;
  // "a negotiated settlement", "the attacked ship": a participle used as an adjective; "such
  // attacks", "these strikes": a plural noun.
  if (!def.noun && i > 0 &&
      (eq(lower_[i - 1], "a") || eq(lower_[i - 1], "an") || eq(lower_[i - 1], "the") ||
       eq(lower_[i - 1], "such") || eq(lower_[i - 1], "these") || eq(lower_[i - 1], "those") ||
       eq(lower_[i - 1], "no") || eq(lower_[i - 1], "any")))
    return false;
  // "a victim of terrorist attacks": after a preposition and a modifier, a verb form in -s is a
  // plural noun.
  if (!def.noun && i >= 2 && prep_[i - 2] && lower_[i].ends_with('s') &&
      tokens_[i - 1].kind == irkg::text::TokenKind::Word && !is_capitalised(words_[i - 1]))
    return false;
  // "helped raise and train groups to fight Assad": the infinitive's subject is the plural
  // noun before it, which is no actor ("sent troops to fight Isis" keeps the sender).
  if (!def.noun && i >= 4 && eq(lower_[i - 1], "to")) {
    const std::string_view noun = lower_[i - 2];
    const std::string_view before = lower_[i - 3];
    const bool mention_ends_before =
        std::any_of(mentions_.begin(), mentions_.end(),
                    [&](const Mention& m) { return m.end == i - 2 || m.end == i - 1; });
    if (noun.size() > 3 && noun.ends_with('s') && !is_capitalised(words_[i - 2]) &&
        tokens_[i - 2].kind == irkg::text::TokenKind::Word && !mention_ends_before &&
        !patterns_.state_nouns.contains(noun) && !patterns_.war_parties.contains(noun) &&
        !is_capitalised(words_[i - 3]) && tokens_[i - 3].kind == irkg::text::TokenKind::Word &&
        !patterns_.state_nouns.contains(before) && !eq(before, "it") && !eq(before, "he") &&
        !eq(before, "she") && !eq(before, "they") && !eq(before, "who") && !eq(before, "which") &&
        !eq(before, "that") && !eq(before, "also") && !patterns_.auxiliaries.contains(before)) {
      // "sent tactical advisers to support Assad": those sent act for the sender.
      bool sent = false;
      for (std::size_t t = i >= 6 ? i - 6 : 0; t < i - 2 && !sent; ++t)
        sent = lower_[t].starts_with("sen") || lower_[t].starts_with("deploy") ||
               lower_[t].starts_with("dispatch");
      if (!sent)
        return false;
    }
  }
  // "helped raise and train groups within the organisation to fight Assad": after a verb whose
  // object does what follows, that object (no actor here) is the infinitive's subject.
  if (!def.noun && i >= 4 && eq(lower_[i - 1], "to")) {
    for (std::size_t c = i - 2; c-- > 0 && i - 2 - c <= 6;) {
      if (breaks_[c] || std::any_of(mentions_.begin(), mentions_.end(),
                                    [&](const Mention& m) { return m.begin <= c && c < m.end; }))
        break;
      if (!patterns_.control_verbs.contains(lower_[c]))
        continue;
      bool object = false;
      for (std::size_t t = c + 1; t < i - 1 && !object; ++t)
        object = tokens_[t].kind == irkg::text::TokenKind::Word && !eq(lower_[t], "the") &&
                 !eq(lower_[t], "a") && !eq(lower_[t], "an") && !eq(lower_[t], "and");
      bool mention_between = std::any_of(mentions_.begin(), mentions_.end(), [&](const Mention& m) {
        return m.begin > c && m.end <= i - 1;
      });
      if (object && !mention_between)
        return false;
      break;
    }
  }
  // "in Japan's favour", "their backing": after a possessive, a verb form is a noun.
  if (!def.noun && i >= 1 &&
      (eq(lower_[i - 1], "'s") || eq(lower_[i - 1], "its") || eq(lower_[i - 1], "their") ||
       eq(lower_[i - 1], "his") || eq(lower_[i - 1], "her") || eq(lower_[i - 1], "our") ||
       eq(lower_[i - 1], "my") || eq(lower_[i - 1], "your")))
    return false;
  // "any U.S. strike against Iran", "a Russian attack": a determiner before the name that
  // modifies the word makes it a noun.
  if (!def.noun) {
    for (const Mention& m : mentions_) {
      if (m.end != i || m.begin == 0)
        continue;
      const std::string_view det = lower_[m.begin - 1];
      // "the U.S. opposes" keeps its verb; "the Russian attack" does not.
      if (eq(det, "a") || eq(det, "an") || eq(det, "any") || eq(det, "every") || eq(det, "each") ||
          (m.adjective && (eq(det, "the") || eq(det, "its") || eq(det, "their"))))
        return false;
    }
  }
  // "the forces were fighting on the side of Assad": after a form of "be", a word in -ing is
  // a verb, not the noun.
  if (def.noun && def.type == RelationType::Attack && i >= 1 && lower_[i].ends_with("ing") &&
      is_be_form(lower_[i - 1]))
    return false;
  // "exerting military pressure on Israel": force, not a demand.
  if (def.type == RelationType::Demand && i >= 1 &&
      (eq(lower_[i - 1], "military") || eq(lower_[i - 1], "armed")))
    return false;
  // "57 strikes", "many attacks": counted, a verb form in -s is a plural noun.
  if (!def.noun && i >= 1 && lower_[i].ends_with('s') &&
      (tokens_[i - 1].kind == irkg::text::TokenKind::Number || eq(lower_[i - 1], "many") ||
       eq(lower_[i - 1], "more") || eq(lower_[i - 1], "several") || eq(lower_[i - 1], "few") ||
       eq(lower_[i - 1], "two") || eq(lower_[i - 1], "three") || eq(lower_[i - 1], "dozens")))
    return false;
  if (last < lower_.size() && std::find(def.not_followed_by.begin(), def.not_followed_by.end(),
                                        lower_[last]) != def.not_followed_by.end())
    return false;
  if (i > 0 &&
      std::find(def.not_after.begin(), def.not_after.end(), lower_[i - 1]) != def.not_after.end())
    return false;
  // "the ban on arms exports to China": aid that is banned is not given.
  if (def.type == RelationType::MilitaryAid || def.type == RelationType::EconomicAid) {
    for (std::size_t t = i >= 3 ? i - 3 : 0; t < i; ++t) {
      if (patterns_.aid_stoppers.contains(lower_[t]))
        return false;
    }
  }
  // "conflict resolution", "war veterans": the noun modifies another.
  if (def.type == RelationType::Attack && def.noun && last < lower_.size() &&
      patterns_.not_attack_heads.contains(lower_[last]))
    return false;
  // "a trade war", "a war of words": not an armed attack.
  if (def.type == RelationType::Attack && def.noun && i > 0 &&
      (patterns_.figurative_modifiers.contains(lower_[i - 1]) ||
       (last + 2 < lower_.size() && eq(lower_[last], "of") && eq(lower_[last + 1], "words"))))
    return false;

  // Passive: "Ukraine was attacked by Russia".
  // A participle after a comma with its agent: "the Assad regime, backed by Russia".
  const bool participle = !def.noun && def.words.size() == 1 && i >= 1 && eq(lower_[i - 1], ",") &&
                          last < lower_.size() && eq(lower_[last], "by");
  const bool passive = !def.noun && i >= 1 &&
                       (participle || is_be_form(lower_[i - 1]) ||
                        (i >= 2 && is_be_form(lower_[i - 2]) && lower_[i - 1].ends_with("ly"))) &&
                       (lower_[i].ends_with("ed") || eq(lower_[i], "struck") ||
                        eq(lower_[i], "hit") || eq(lower_[i], "shot") || eq(lower_[i], "fought"));

  // "missiles supplied by Iran": aid named by its participle is coded by code_supplied_by.
  if (!def.noun && !passive && !participle && last < lower_.size() && eq(lower_[last], "by") &&
      (def.type == RelationType::MilitaryAid || def.type == RelationType::EconomicAid))
    return false;

  // "stopping momentum from their successful campaign against Isis": a noun owned by a pronoun
  // that names no one known has no subject further left.
  // "Both countries reached agreement at their talks": a pair named before owns it.
  if (def.noun) {
    for (std::size_t t = i >= 3 ? i - 3 : 0; t < i; ++t) {
      if (!(eq(lower_[t], "their") || eq(lower_[t], "its") || eq(lower_[t], "our")) ||
          std::any_of(mentions_.begin(), mentions_.end(),
                      [&](const Mention& m) { return m.begin == t; }))
        continue;
      bool pair_before = false;
      for (std::size_t m = 0; m < mentions_.size() && mentions_[m].end <= t && !pair_before; ++m)
        pair_before = coordinated(m).size() >= 2;
      if (!pair_before)
        return false;
    }
  }

  // Subject: the nearest mention to the left not governed by a preposition; for a noun, a
  // possessive or demonym right before it ("Russia's war", "Russian strikes").
  std::optional<std::size_t> subject;
  std::vector<std::size_t> objects;
  for (std::size_t m = mentions_.size(); m-- > 0;) {
    const Mention& mention = mentions_[m];
    if (mention.end > i || mention.begin < left)
      continue;
    if (def.noun && (mention.possessive || mention.adjective) && i - mention.end <= 4) {
      subject = m;
      break;
    }
    if (def.noun && !mention.possessive && mention.end == i && !mention.adjective) {
      // "the NATO summit", "US sanctions": a name used as a modifier is the actor.
      subject = m;
      break;
    }
    // A preposition before the first of coordinated names governs them all.
    std::size_t head = mentions_[coordinated(m).front()].begin;
    const std::size_t first = head;
    while (head > 0 && first - head < 2 &&
           (eq(lower_[head - 1], "the") || eq(lower_[head - 1], "both") ||
            eq(lower_[head - 1], "its") || eq(lower_[head - 1], "their")))
      --head;
    // "in Geneva and Astana" (Geneva no actor), "in northern Syria": still governed.
    if (head >= 3 && (eq(lower_[head - 1], "and") || eq(lower_[head - 1], "or")) &&
        is_capitalised(words_[head - 2]) && prep_[head - 3])
      head -= 2;
    if (head >= 2 && patterns_.place_modifiers.contains(lower_[head - 1]))
      --head;
    // "lifted under former president Barack Obama": a title between keeps the preposition's
    // hold on the person.
    if (mention.actor.kind == ActorKind::Person) {
      const irkg::extract::Title* title = nullptr;
      for (std::size_t k = 1; k <= 3 && head >= k; ++k) {
        if (match_title(head - k, title) == k) {
          head -= k;
          break;
        }
      }
      if (head >= 2 && (eq(lower_[head - 1], "former") || eq(lower_[head - 1], "then")))
        --head;
    }
    const bool governed = head > 0 && prep_[head - 1];
    if (governed || mention.possessive)
      continue;
    // "But the US, he added, also recognised": the speaker of an aside is not the subject.
    if (mention.begin > 0 && eq(lower_[mention.begin - 1], ",") && mention.end < lower_.size() &&
        speech_[mention.end])
      continue;
    if (def.noun && verb_between(mention.end, i))
      break;  // "Italy favours an early start to talks": the noun is not Italy's act
    // "a reminder to Iraq that it must cooperate": the verb has a subject of its own.
    if (!def.noun && has_pronoun_subject(mention.end, i))
      break;
    // "Isis documents were recovered by a researcher embedded with Iraqi troops": the verb
    // belongs to the agent of the passive in between.
    if (!def.noun && passive_agent_between(mention.end, i))
      break;
    // "sanctions on firms that continue to trade with Iran": the act is in a relative clause
    // of a plural noun that names no actor.
    {
      bool relative = false;
      for (std::size_t t = mention.end + 1; t + 1 < i && !relative; ++t) {
        relative = (eq(lower_[t], "that") || eq(lower_[t], "which") || eq(lower_[t], "who")) &&
                   lower_[t - 1].size() > 3 && lower_[t - 1].ends_with('s') &&
                   !is_capitalised(words_[t - 1]) && !speech_[t - 1] &&
                   tokens_[t - 1].kind == irkg::text::TokenKind::Word &&
                   std::none_of(mentions_.begin(), mentions_.end(),
                                [&](const Mention& other) { return other.end == t; });
      }
      if (relative)
        break;
    }
    // "... neighbouring South Africa and 50 mln dlrs in military assistance for": a name in
    // another list item is not the noun's subject.
    if (def.noun && i - mention.end > 1 &&
        (eq(lower_[mention.end], "and") || eq(lower_[mention.end], ",")))
      break;
    subject = m;
    break;
  }
  if (!def.noun) {
    // "the PKK, a designated terrorist group that has fought ...": the relative clause of an
    // apposition belongs to the name it describes, whatever governs that name.
    std::size_t p = i;
    while (p > 0 && i - p < 4 && patterns_.auxiliaries.contains(lower_[p - 1])) --p;
    if (p > 0 &&
        (eq(lower_[p - 1], "that") || eq(lower_[p - 1], "which") || eq(lower_[p - 1], "who"))) {
      std::size_t c = p - 1;
      while (c > 0 && p - c < 8 && words_[c - 1] != "," &&
             tokens_[c - 1].kind == irkg::text::TokenKind::Word)
        --c;
      if (c >= 2 && words_[c - 1] == "," && c + 1 < p &&
          (eq(lower_[c], "a") || eq(lower_[c], "an"))) {
        for (std::size_t m = mentions_.size(); m-- > 0;) {
          if (mentions_[m].end + 2 < c)
            break;
          if (mentions_[m].begin >= c)
            subject.reset();  // a name inside the description: not this construction
          else if (!mentions_[m].possessive &&
                   (mentions_[m].end == c - 1 ||
                    (mentions_[m].end == c - 2 && words_[c - 2] == ")")))
            subject = m;
        }
      }
    }
  }
  if (!def.noun && subject && i > 0 && eq(lower_[i - 1], "by") && lower_[i].ends_with("ing")) {
    // "Iran came to challenge the US by threatening Israel": the clause's subject acts.
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      const Mention& mention = mentions_[m];
      if (mention.begin >= left && mention.end <= i && !mention.possessive &&
          !(mention.begin > 0 && prep_[mention.begin - 1])) {
        subject = m;
        break;
      }
    }
  }
  // "an EU demand for Turkey to recognise Cyprus": the infinitive's subject follows "for",
  // and the act is only wanted.
  bool wanted = false;
  if (!def.noun && i >= 3 && eq(lower_[i - 1], "to")) {
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      const Mention& mention = mentions_[m];
      if (mention.end == i - 1 && mention.begin > 0 && eq(lower_[mention.begin - 1], "for")) {
        subject = m;
        wanted = true;
      }
      // "decisions by Donald Trump to recognise Jerusalem": the one who decided acts.
      if (mention.end == i - 1 && mention.begin > 0 && eq(lower_[mention.begin - 1], "by") &&
          !mention.possessive)
        subject = m;
    }
  }
  // "asked Congress to impose sanctions on Japan", "called on Russia to stop attacking
  // Ukraine": the one asked is the infinitive's subject, and its act is only wanted (unless
  // it is to be stopped, which says it goes on).
  bool presupposed = false;
  if (!def.noun && def.type != RelationType::Demand && !wanted) {
    std::size_t to = i;
    while (to > 0 && i - to < 2 && !eq(lower_[to - 1], "to") &&
           tokens_[to - 1].kind == irkg::text::TokenKind::Word && !triggers_[to - 1])
      --to;
    if (to >= 3 && eq(lower_[to - 1], "to")) {
      --to;
      presupposed = i >= 2 && (eq(lower_[i - 1], "stop") || eq(lower_[i - 1], "halt") ||
                               eq(lower_[i - 1], "cease") || eq(lower_[i - 1], "end"));
      for (std::size_t d = to; d-- > 0 && to - d <= 5;) {
        if (!triggers_[d] ||
            std::none_of(triggers_[d]->begin(), triggers_[d]->end(), [](const Trigger& t) {
              return t.type == RelationType::Demand && !t.noun;
            }))
          continue;
        std::optional<std::size_t> asked;
        for (std::size_t m = 0; m < mentions_.size(); ++m) {
          if (mentions_[m].begin > d && mentions_[m].end <= to && coordinated(m).back() == m &&
              mentions_[m].end + 1 >= to)
            asked = m;
        }
        if (!asked)
          return false;  // the one asked is no actor we know
        subject = asked;
        wanted = !presupposed;
        break;
      }
    }
  }
  if (participle) {
    // The participle modifies the name right before its comma, whatever governs that name.
    subject.reset();
    for (std::size_t m = mentions_.size(); m-- > 0;) {
      // "The Syrian army, backed by Russia", "Assad's forces, backed by Russia".
      std::size_t end = mentions_[m].end;
      while (end < i - 1 && (eq(lower_[end], "'s") || patterns_.state_nouns.contains(lower_[end])))
        ++end;
      if (end == i - 1) {
        subject = m;
        break;
      }
    }
  }
  if (!subject && left > 0 &&
      (eq(lower_[left - 1], "who") || eq(lower_[left - 1], "whose") ||
       eq(lower_[left - 1], "which"))) {
    // "Assad, who has been backed by Russia": the relative pronoun's antecedent.
    std::size_t pronoun = left - 1;
    const std::size_t before = pronoun > 0 && eq(lower_[pronoun - 1], ",") ? pronoun - 1 : pronoun;
    // Not a passive agent: "the Kurds, supported by the US, who have been fighting Isis".
    for (std::size_t m = mentions_.size(); m-- > 0;) {
      if (mentions_[m].end == before) {
        if (!(mentions_[m].begin > 0 && eq(lower_[mentions_[m].begin - 1], "by")) &&
            !(mentions_[m].begin > 1 && eq(lower_[mentions_[m].begin - 2], "by") &&
              eq(lower_[mentions_[m].begin - 1], "the")))
          subject = m;
        break;
      }
    }
  }
  if (!subject && !def.noun && lower_[i].ends_with("ing") && left > 0 &&
      (eq(lower_[left - 1], "after") || eq(lower_[left - 1], "before") ||
       eq(lower_[left - 1], "while") || eq(lower_[left - 1], "since") ||
       eq(lower_[left - 1], "when"))) {
    // "After exchanging threats ..., Kim and Trump held talks": the main clause's subject.
    std::size_t comma = last;
    while (comma < words_.size() && words_[comma] != "," && !is_break(comma)) ++comma;
    for (std::size_t m = 0; comma < words_.size() && words_[comma] == "," && m < mentions_.size();
         ++m) {
      if (mentions_[m].begin > comma && mentions_[m].begin <= comma + 2) {
        subject = m;
        break;
      }
    }
  }
  if (!subject && def.noun && left == 0 && i > 0 && prep_[0]) {
    // "In a joint telephone call to the Kremlin on Sunday, Angela Merkel ... urged Putin": a
    // noun in an opening phrase belongs to the main clause's subject.
    std::size_t comma = last;
    while (comma < words_.size() && words_[comma] != "," && !is_break(comma)) ++comma;
    for (std::size_t m = 0; comma < words_.size() && words_[comma] == "," && m < mentions_.size();
         ++m) {
      if (mentions_[m].begin > comma && mentions_[m].begin <= comma + 2 &&
          !mentions_[m].possessive) {
        subject = m;
        break;
      }
    }
  }
  if (!subject && passive && i >= 2 && eq(lower_[i - 1], "being") && left > 0 &&
      (eq(lower_[left - 1], "after") || eq(lower_[left - 1], "before") ||
       eq(lower_[left - 1], "while") || eq(lower_[left - 1], "when") ||
       eq(lower_[left - 1], "since"))) {
    // "The Arab League acted after being urged by Trump": the main clause's subject.
    for (std::size_t m = 0; m < mentions_.size() && mentions_[m].end < left; ++m) {
      if (!mentions_[m].possessive && !mentions_[m].adjective &&
          !(mentions_[m].begin > 0 && prep_[mentions_[m].begin - 1])) {
        subject = m;
        break;
      }
    }
  }
  if (!subject && !def.noun && lower_[i].ends_with("ing") && i >= 2 && eq(lower_[i - 1], ",")) {
    // "Jan Egeland ... said this week, begging Jordan to reopen its border": the speaker.
    for (std::size_t t = i - 1; t-- > 0;) {
      if (!speech_[t])
        continue;
      if (const Mention* speaker = speaker_of(t))
        subject = static_cast<std::size_t>(speaker - mentions_.data());
      break;
    }
  }
  // A noun after "of" belongs to another noun, not to the speaker ("said ... in the wake of the
  // fight against Isis", "in the case of war with Turkey").
  const bool owned_noun =
      def.noun && ((i >= 1 && (eq(lower_[i - 1], "of") || eq(lower_[i - 1], "such") ||
                               eq(lower_[i - 1], "these") || eq(lower_[i - 1], "those") ||
                               eq(lower_[i - 1], "similar") || eq(lower_[i - 1], "other"))) ||
                   (i >= 2 && eq(lower_[i - 2], "of") &&
                    (eq(lower_[i - 1], "the") || eq(lower_[i - 1], "a") ||
                     tokens_[i - 1].kind == irkg::text::TokenKind::Word)));
  // "Harrigan said the attacking forces were fighting on the side of Assad": the clause has a
  // subject of its own, only not an actor.
  bool own_subject = false;
  if (speech != kNoRole && !def.noun) {
    std::size_t t = speech + 1;
    if (t < i && eq(lower_[t], "that"))
      ++t;
    own_subject = t < i && (eq(lower_[t], "the") || eq(lower_[t], "a") || eq(lower_[t], "an") ||
                            eq(lower_[t], "these") || eq(lower_[t], "those"));
  }
  if (!subject && speech != kNoRole && !owned_noun && !own_subject) {
    // "Russia said it attacked": the speaker, when the clause has no subject of its own.
    for (std::size_t m = mentions_.size(); m-- > 0;) {
      if (mentions_[m].end <= speech && speech - mentions_[m].end <= 3) {
        subject = m;
        break;
      }
    }
    // "But the US, he added, also recognised": an aside; the subject is before its comma.
    if (subject && speech + 1 < lower_.size() && eq(lower_[speech + 1], ",") &&
        mentions_[*subject].begin > 0 && eq(lower_[mentions_[*subject].begin - 1], ",")) {
      const std::size_t comma = mentions_[*subject].begin - 1;
      subject.reset();
      for (std::size_t m = mentions_.size(); m-- > 0;) {
        if (mentions_[m].end == comma) {
          subject = m;
          break;
        }
      }
    }
  }

  // Object: the first mention after the trigger, introduced by one of the trigger's
  // prepositions, or bare right after a transitive verb.
  std::optional<std::size_t> between;
  std::string object_prep;
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    const Mention& mention = mentions_[m];
    if (mention.begin < last || mention.begin >= right)
      continue;
    // A noun's object follows it closely ("war in Ukraine", "support for the Syrian
    // government"); a verb's may come after its own object phrase.
    if (mention.begin - last > (def.noun ? kNounObjectWindow : kObjectWindow))
      break;
    // "between Nato allies Turkey and the US": a name modifying a plural noun is not a party;
    // nor is one modifying another trigger noun ("support for the Iran nuclear deal").
    if (mention.end + 1 < lower_.size() && is_group_noun(lower_[mention.end]))
      continue;
    // "persuaded Iraq's Kurds": the Kurds, not Iraq.
    if (mention.possessive && mention.end + 1 < lower_.size() &&
        patterns_.non_state_heads.contains(lower_[mention.end + 1]))
      continue;
    // A speech act named after its author ("rejected a US request") keeps the author as
    // the object.
    if (!mention.possessive && !mention.adjective &&
        ((mention.end < lower_.size() && event_noun_at(mention.end)) ||
         (mention.end + 1 < lower_.size() && !is_capitalised(words_[mention.end]) &&
          !prep_[mention.end] && event_noun_at(mention.end + 1))))
      continue;
    // "air defences downed two Israeli missiles": a munition intercepted is no attack on the
    // state that fired it.
    if (def.type == RelationType::Attack && !def.noun && mention.adjective &&
        (eq(lower_[i], "downed") || eq(lower_[i], "shot") || eq(lower_[i], "intercepted")) &&
        mention.end < lower_.size() &&
        (lower_[mention.end].starts_with("missile") || lower_[mention.end].starts_with("rocket") ||
         lower_[mention.end].starts_with("projectile")))
      break;
    std::size_t p = mention.begin;
    while (p > last && (eq(lower_[p - 1], "the") || eq(lower_[p - 1], "its") ||
                        eq(lower_[p - 1], "their") || eq(lower_[p - 1], "both")))
      --p;
    const std::string_view before = p > last ? lower_[p - 1] : std::string_view();
    bool by_prep =
        !before.empty() && std::find(def.preps.begin(), def.preps.end(), before) != def.preps.end();
    // "asked Congress to impose sanctions on Japan": after the infinitive, its own objects.
    if (by_prep && !def.noun && def.type == RelationType::Demand && p > last + 1 &&
        std::find(lower_.begin() + static_cast<std::ptrdiff_t>(last),
                  lower_.begin() + static_cast<std::ptrdiff_t>(p - 1),
                  "to") != lower_.begin() + static_cast<std::ptrdiff_t>(p - 1))
      by_prep = false;
    if (passive) {
      if (eq(before, "by")) {
        objects = coordinated(m);
        std::erase_if(objects, [&](std::size_t k) { return mentions_[k].begin < last; });
        break;
      }
      continue;
    }
    // "talks between Seoul and Tokyo", "ties between Nato allies Turkey and the US".
    // "a ceasefire agreed last year between Russia, the US and Jordan".
    for (std::size_t t = p; t > last && p - t < 3; --t) {
      if (eq(lower_[t - 1], "between") && t - 1 - last <= 3 &&
          std::all_of(tokens_.begin() + static_cast<std::ptrdiff_t>(last),
                      tokens_.begin() + static_cast<std::ptrdiff_t>(t - 1),
                      [](const irkg::text::Token& token) {
                        return token.kind == irkg::text::TokenKind::Word;
                      })) {
        between = m;
        break;
      }
      if (tokens_[t - 1].kind != irkg::text::TokenKind::Word)
        break;
    }
    // "meetings in Hanoi and the border between North and South Korea": a place, not a party.
    if (eq(before, "between") && between != m)
      by_prep = false;
    // "fighting the forces of Nazi Germany": the forces stand for their state.
    const bool forces_of = eq(before, "of") && !def.noun && p >= last + 2 && p - 2 - last <= 4 &&
                           (patterns_.state_nouns.contains(lower_[p - 2]) ||
                            patterns_.object_heads.contains(lower_[p - 2]));
    const bool bare = def.bare_object && !def.prep_required && (p == last || forces_of);
    // "talks with (the) leaders of Romania": the noun's partner is the state they lead.
    if (def.noun && eq(before, "of") && p >= last + 3 &&
        patterns_.state_nouns.contains(lower_[p - 2])) {
      const std::size_t prep = eq(lower_[p - 3], "the") && p >= last + 4 ? p - 4 : p - 3;
      if (std::find(def.preps.begin(), def.preps.end(), lower_[prep]) != def.preps.end())
        by_prep = true;
    }
    // A verb's object may be a little further: "sent thousands of troops to help Moscow".
    const bool loose =
        !def.noun && !def.prep_required &&
        (by_prep || bare ||
         (def.bare_object && !patterns_.facts(before).preposition && mention.begin - last <= 2 &&
          std::none_of(
              lower_.begin() + static_cast<std::ptrdiff_t>(last),
              lower_.begin() + static_cast<std::ptrdiff_t>(mention.begin), [&](std::string_view w) {
                // "refused to meet Bolton" rejects Bolton; "backed Kurds to oust
                // Isis" does not back Isis.
                // "fought to drive Isis from Syria" fights Isis.
                return eq(w, ",") ||
                       (eq(w, "to") && !rejects_through(last) && def.type != RelationType::Attack);
              })));
    // "the fighting in Syria", "a drone strike in Somalia", "bombardment seen elsewhere in
    // Syria": "in" names the place of an act; only a war's theatre right after the word "war"
    // is its enemy ("Russia's war in Ukraine").
    // "Mr Putin's war in Syria", Russia backing Syria: a war fought in an ally's country.
    if (by_prep && def.type == RelationType::Attack && def.noun && eq(before, "in") && subject &&
        state_.backing.contains({state_of(mentions_[*subject].actor), state_of(mention.actor)}))
      by_prep = false;
    if (by_prep && def.type == RelationType::Attack && def.noun && eq(before, "in") &&
        (!patterns_.war_nouns.contains(lower_[i]) || lower_[i].ends_with("ing") || p - 1 != last))
      by_prep = false;
    if (by_prep || bare || loose ||
        (!def.with_noun.empty() && (eq(before, "to") || eq(before, "help") || eq(before, "for")))) {
      objects = coordinated(m);
      std::erase_if(objects, [&](std::size_t k) { return mentions_[k].begin < last; });
      object_prep = before;
      // "talks with Assad's backer, Russia": the talks are with Russia.
      if (const auto partner = partners_.find(m); partner != partners_.end()) {
        objects = {partner->second};
        object_prep.clear();
      }
      break;
    }
    if (mention.possessive && def.noun)
      continue;
    if (!def.noun && def.bare_object && !patterns_.facts(before).preposition)
      continue;
  }

  // "met Russia's president, Vladimir Putin": the office holder named after the possessive is
  // the one met.
  for (std::size_t& o : objects) {
    const Mention& owner = mentions_[o];
    if (!owner.possessive || owner.actor.kind != ActorKind::State || def.noun)
      continue;
    for (std::size_t m = o + 1; m < mentions_.size(); ++m) {
      const Mention& holder = mentions_[m];
      if (holder.begin > owner.end + 5)
        break;
      if (holder.actor.kind == ActorKind::Person && holder.actor.country == owner.actor.id &&
          !holder.pronoun) {
        o = m;
        break;
      }
    }
  }
  bool any = false;
  const double confidence = 0.9;
  if (objects.empty() && left >= 2 && eq(lower_[left - 1], "whom") &&
      (eq(lower_[left - 2], "with") || eq(lower_[left - 2], "against"))) {
    // "the PKK in Turkey, with whom Ankara has fought a civil war": the antecedent, the
    // nearest name before it that no preposition governs.
    for (std::size_t m = mentions_.size(); m-- > 0;) {
      const Mention& antecedent = mentions_[m];
      if (antecedent.end > left - 2 || left - 2 - antecedent.end > 6)
        continue;
      if (!antecedent.possessive && !(antecedent.begin > 0 && prep_[antecedent.begin - 1])) {
        objects.push_back(m);
        break;
      }
    }
  }
  const auto actor_of = [&](std::size_t m) { return mentions_[m].actor; };
  // "warned the United States that any interference would meet a strong response": a warning
  // of what may come, not a demand of the one warned.
  // "warned Iran of stronger American countermeasures": a threat.
  bool warning_of = false;
  if (def.type == RelationType::Demand && !def.noun && lower_[i].starts_with("warn") &&
      !objects.empty()) {
    const std::size_t after = mentions_[objects.back()].end;
    if (after < lower_.size() && eq(lower_[after], "that"))
      return false;
    warning_of = after < lower_.size() && eq(lower_[after], "of");
  }
  // "asking Turkey, Russia and Iran to meet": an act asked for is only wanted.
  if (!wanted && !def.noun && subject && i > 0 && eq(lower_[i - 1], "to")) {
    const std::size_t first = mentions_[coordinated(*subject).front()].begin;
    if (first > 0 && triggers_[first - 1] &&
        std::any_of(triggers_[first - 1]->begin(), triggers_[first - 1]->end(),
                    [](const Trigger& t) { return t.type == RelationType::Demand && !t.noun; }))
      wanted = true;
  }
  // "SDF troops met Syrian government forces": armies that meet on the ground hold no talks.
  if ((def.type == RelationType::Talks || def.type == RelationType::Summit) && !def.noun &&
      subject && mentions_[*subject].end < lower_.size() &&
      patterns_.war_parties.contains(lower_[mentions_[*subject].end]))
    return false;
  Modality mood = wanted ? Modality::Hypothetical : modality(i, def, left);
  // "further deterioration in ties between Ankara and Washington": ties that break are not
  // cooperation.
  if (def.type == RelationType::Cooperate && def.noun && mood == Modality::Asserted) {
    // "relations between Erdogan and the Trump administration, which have steadily
    // deteriorated": the break may follow the ties.
    for (std::size_t t = i + 1; t < lower_.size() && t < i + 12 && mood == Modality::Asserted;
         ++t) {
      if (eq(lower_[t], "but") || words_[t] == ";" || eq(lower_[t], "while"))
        break;
      // "should not be undermined": a break denied leaves the ties.
      if (patterns_.ties_breakers.contains(lower_[t]) && !(t >= 1 && negation_[t - 1]) &&
          !(t >= 2 && negation_[t - 2]))
        mood = Modality::Negated;
    }
    // "did not mean that Libya had cut its ties": a break denied leaves the ties.
    for (std::size_t t = i >= 3 ? i - 3 : 0; t < i; ++t) {
      if (!patterns_.ties_breakers.contains(lower_[t]))
        continue;
      bool denied = false;
      for (std::size_t n = t >= 8 ? t - 8 : 0; n < t && !denied; ++n) denied = negation_[n];
      if (!denied)
        mood = Modality::Negated;
    }
  }
  if (def.among && def.type != RelationType::Cooperate) {
    // "The meeting was attended by ... President Mitterrand, his Prime Minister Chirac, and by
    // Chancellor Kohl": everyone named after it took part, with one another.
    std::vector<std::size_t> parties;
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      if (mentions_[m].begin >= last && mentions_[m].begin < right && !mentions_[m].adjective &&
          !mentions_[m].possessive)
        parties.push_back(m);
    }
    for (std::size_t a = 0; a < parties.size(); ++a) {
      for (std::size_t b = a + 1; b < parties.size(); ++b) {
        emit(actor_of(parties[a]), def, actor_of(parties[b]), mood, i, confidence - 0.1, out);
        any = true;
      }
    }
    return any;
  }
  if (def.among) {
    // "talks brokered by Russia, Turkey and Iran": the named parties act together.
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      if (mentions_[m].begin != last &&
          !(mentions_[m].begin == last + 1 && eq(lower_[last], "the")))
        continue;
      const auto group = coordinated(m);
      for (std::size_t a = 0; a < group.size(); ++a) {
        for (std::size_t b = a + 1; b < group.size(); ++b) {
          emit(actor_of(group[a]), def, actor_of(group[b]), mood, i, confidence - 0.1, out);
          any = true;
        }
      }
      break;
    }
    return any;
  }

  if (passive) {
    if (objects.empty() || !subject)
      return false;
    for (const std::size_t s : coordinated(*subject)) {
      for (const std::size_t o : objects)
        emit(actor_of(o), def, actor_of(s), mood, i, confidence - 0.1, out), any = true;
    }
    return any;
  }
  const bool symmetric = irkg::info(def.type).symmetric || def.mutual;
  if (between && def.noun && def.type == RelationType::Attack &&
      patterns_.war_nouns.contains(lower_[i])) {
    // "the war between Iran and Iraq": each side attacks the other, whoever speaks of it.
    const auto pair = coordinated(*between);
    // "a war between Hezbollah and Iran against Israel": the pair are allies against the last.
    const std::size_t after = mentions_[pair.back()].end;
    if (after + 1 < lower_.size() && eq(lower_[after], "against")) {
      if (const auto enemy = named_at(after + 1)) {
        for (const std::size_t k : pair)
          emit(actor_of(k), def, actor_of(*enemy), mood, i, confidence, out);
        return true;
      }
    }
    if (pair.size() == 2) {
      emit(actor_of(pair[0]), def, actor_of(pair[1]), mood, i, confidence, out);
      emit(actor_of(pair[1]), def, actor_of(pair[0]), mood, i, confidence, out);
      return true;
    }
  }
  if (between && symmetric) {
    const auto pair = coordinated(*between);
    if (pair.size() >= 2) {
      for (std::size_t a = 0; a < pair.size(); ++a) {
        for (std::size_t b = a + 1; b < pair.size(); ++b) {
          emit(actor_of(pair[a]), def, actor_of(pair[b]), mood, i, confidence, out);
          if (def.mutual)
            emit(actor_of(pair[b]), def, actor_of(pair[a]), mood, i, confidence, out);
          any = true;
        }
      }
      return any;
    }
    // "talks between the regime and the opposition": one party named is no pair, and the
    // subject ("the envoy convened talks between ...") is not a party either.
    if (std::find(objects.begin(), objects.end(), *between) != objects.end())
      return false;
  }
  if (!subject)
    return false;
  // "Russian and Iranian support": coordinated modifiers are all agents of the noun.
  auto subjects = coordinated(*subject);
  if (def.noun && (mentions_[*subject].possessive || mentions_[*subject].adjective)) {
    std::erase_if(subjects, [&](std::size_t k) {
      return k != *subject && !mentions_[k].possessive && !mentions_[k].adjective;
    });
  }
  if (objects.empty() && symmetric && subjects.size() >= 2 && !def.needs_object &&
      (def.noun ? close_or_held(mentions_[subjects.back()].end, i)
                : right_before_verb(mentions_[subjects.back()].end, i))) {
    // "Kim and Trump held talks": the coordinated subjects meet one another.
    for (std::size_t a = 0; a < subjects.size(); ++a) {
      for (std::size_t b = a + 1; b < subjects.size(); ++b) {
        emit(actor_of(subjects[a]), def, actor_of(subjects[b]), mood, i, confidence - 0.1, out);
        if (def.mutual)
          emit(actor_of(subjects[b]), def, actor_of(subjects[a]), mood, i, confidence - 0.1, out);
        any = true;
      }
    }
    return any;
  }
  if (objects.empty() && subjects.size() == 2 && def.type != RelationType::Attack &&
      mentions_[subjects[0]].begin == mentions_[subjects[1]].begin &&
      !mentions_[subjects[0]].possessive) {
    // "Both countries eased restrictions": each side acts on the other.
    emit(actor_of(subjects[0]), def, actor_of(subjects[1]), mood, i, confidence - 0.1, out);
    emit(actor_of(subjects[1]), def, actor_of(subjects[0]), mood, i, confidence - 0.1, out);
    return true;
  }
  if (objects.empty()) {
    accuse(def, mood, speech, subjects, {}, out);  // "Iran has attacked several ships"
    return false;
  }
  // "North Korea has the support of China": the noun's "of" names the agent.
  if (def.noun && eq(object_prep, "of") && has_the_noun(i) && subjects.size() == 1 &&
      !mentions_[*subject].possessive && !mentions_[*subject].adjective) {
    for (const std::size_t o : objects)
      emit(actor_of(o), def, actor_of(*subject), mood, i, confidence - 0.1, out), any = true;
    return any;
  }
  if (subjects.size() >= 2 &&
      std::find(lower_.begin() + static_cast<std::ptrdiff_t>(left),
                lower_.begin() + static_cast<std::ptrdiff_t>(right),
                "respectively") != lower_.begin() + static_cast<std::ptrdiff_t>(right)) {
    // "Putin and Erdogan, who backed the government and rebels respectively".
    for (std::size_t k = 0; k < subjects.size() && k < objects.size(); ++k)
      emit(actor_of(subjects[k]), def, actor_of(objects[k]), mood, i, confidence - 0.1, out);
    return true;
  }
  if (!def.noun && objects.size() >= 2 &&
      (def.type == RelationType::Talks || def.type == RelationType::Summit)) {
    // "Blair met Berlusconi and Schroeder": the guests met one another too; states visited
    // one after the other ("is to visit Thailand and Indonesia") did not.
    for (std::size_t a = 0; a < objects.size(); ++a) {
      for (std::size_t b = a + 1; b < objects.size(); ++b) {
        if (actor_of(objects[a]).kind == ActorKind::Person &&
            actor_of(objects[b]).kind == ActorKind::Person)
          emit(actor_of(objects[a]), def, actor_of(objects[b]), mood, i, confidence - 0.2, out);
      }
    }
  }
  if (def.mediate) {
    // "Turkey brokered the deal with Russia and Ukraine": the parties agree with each other;
    // the broker holds talks with each of them.
    static const Trigger kTalks = implied_trigger(RelationType::Talks, false);
    for (std::size_t a = 0; a < objects.size(); ++a) {
      for (std::size_t b = a + 1; b < objects.size(); ++b)
        emit(actor_of(objects[a]), def, actor_of(objects[b]), mood, i, confidence - 0.1, out);
    }
    for (const std::size_t s : subjects) {
      for (const std::size_t o : objects)
        emit(actor_of(s), kTalks, actor_of(o), mood, i, confidence - 0.2, out);
    }
    return true;
  }
  if (symmetric && subjects.size() >= 2) {
    // "Romania and Bulgaria signed an agreement with Turkey": all three are parties.
    for (std::size_t a = 0; a < subjects.size(); ++a) {
      for (std::size_t b = a + 1; b < subjects.size(); ++b)
        emit(actor_of(subjects[a]), def, actor_of(subjects[b]), mood, i, confidence - 0.1, out);
    }
  }
  const double distance =
      static_cast<double>(i - mentions_[*subject].end + mentions_[objects.front()].begin - last);
  const double score = std::max(0.5, confidence - distance * 0.02);
  static const Trigger kCriticize = implied_trigger(RelationType::Criticize, false);
  for (const std::size_t s : subjects) {
    for (const std::size_t o : objects) {
      // "Pompeo attacked Obama's support for the deal": a person attacked in words.
      const bool verbal = def.type == RelationType::Attack && !def.noun &&
                          mentions_[o].actor.kind == ActorKind::Person &&
                          (mentions_[o].possessive || mentions_[s].actor.kind == ActorKind::Person);
      // "targeted 13 more Venezuelan officials": people and firms are targeted by sanctions.
      static const Trigger kSanction = implied_trigger(RelationType::Sanction, false);
      // "targeting Iran's oil, banking and shipping industries": past the possessive too.
      const std::size_t head =
          mentions_[o].end + (mentions_[o].possessive && mentions_[o].end < lower_.size() &&
                                      eq(lower_[mentions_[o].end], "'s")
                                  ? 1
                                  : 0);
      bool sanctioned = false;
      if (def.type == RelationType::Attack && !def.noun && lower_[i].starts_with("target")) {
        for (std::size_t t = head; t < lower_.size() && t < head + 5 && !sanctioned; ++t)
          sanctioned = patterns_.sanction_targets.contains(lower_[t]);
      }
      // "recognised Turkey's legitimate right to protect its citizens": a right recognised is
      // support, not recognition.
      static const Trigger kSupport = implied_trigger(RelationType::Support, false);
      bool right = false;
      if (def.type == RelationType::Recognize && mentions_[o].possessive) {
        for (std::size_t t = mentions_[o].end; t < lower_.size() && t < mentions_[o].end + 4; ++t)
          right = right || lower_[t].starts_with("right") || eq(lower_[t], "concerns") ||
                  eq(lower_[t], "interests") || eq(lower_[t], "role");
      }
      static const Trigger kThreaten = implied_trigger(RelationType::Threaten, false);
      emit(actor_of(s),
           verbal       ? kCriticize
           : sanctioned ? kSanction
           : right      ? kSupport
           : warning_of ? kThreaten
                        : def,
           actor_of(o), mood, i, score, out);
      // "with whom Ankara has fought a four-decade civil war": a war has two sides; an
      // insurgency "against" a state is the insurgents' act.
      bool war = false;
      if (def.type == RelationType::Attack && !def.noun && !verbal && !sanctioned) {
        for (std::size_t t = last; t < lower_.size() && t < last + 4 && !war; ++t)
          war = patterns_.war_nouns.contains(lower_[t]) ||
                (eq(lower_[t], "insurgency") && !eq(object_prep, "against"));
      }
      // "Ellwood clashed with Trump's assessment", "Pierce clashed with Trump": a clash with
      // someone's view, or a person's clash in words, is the subject's; armies fight each other.
      const bool in_words =
          def.type == RelationType::Attack &&
          (actor_of(s).kind == ActorKind::Person || actor_of(o).kind == ActorKind::Person);
      if ((def.mutual && !mentions_[o].possessive && !in_words) || war)
        emit(actor_of(o), def, actor_of(s), mood, i, score, out);
      any = true;
    }
  }
  accuse(def, mood, speech, subjects, objects, out);
  return any;
}

void SentenceCoder::accuse(const Trigger& def, Modality mood, std::size_t speech,
                           const std::vector<std::size_t>& subjects,
                           const std::vector<std::size_t>& objects,
                           std::vector<irkg::Relation>& out) {
  if (def.type != RelationType::Attack || def.noun || def.mutual || mood != Modality::Asserted ||
      speech == kNoRole || subjects.empty() || mentions_[subjects.front()].pronoun)
    return;
  // The report is the speech verb's own clause: its attacker comes right after the verb
  // ("said Turkish troops fired", "saying Iran has attacked").
  const Mention& attacker = mentions_[subjects.front()];
  if (attacker.begin < speech || attacker.begin - speech > 3)
    return;
  static const Trigger kAccuse = implied_trigger(RelationType::Criticize, false);
  const Mention* speaker = adjacent_speaker(speech);
  if (!speaker)
    return;
  // Not the attacker speaking of its own attack ("Russia said it attacked"), nor the one
  // attacked reporting it ("Saudi Arabia said Houthi rebels fired missiles at Riyadh").
  if (std::none_of(subjects.begin(), subjects.end(),
                   [&](std::size_t k) { return same_side(*speaker, k); }) &&
      std::none_of(objects.begin(), objects.end(),
                   [&](std::size_t k) { return same_side(*speaker, k); })) {
    for (const std::size_t s : subjects)
      emit(speaker->actor, kAccuse, mentions_[s].actor, mood, speech, 0.6, out);
  }
}

bool SentenceCoder::same_side(const Mention& speaker, std::size_t party) const {
  const irkg::Actor& a = speaker.actor;
  const irkg::Actor& b = mentions_[party].actor;
  return a.id == b.id || (!a.country.empty() && a.country == b.id) ||
         (!b.country.empty() && b.country == a.id) ||
         (!a.country.empty() && a.country == b.country);
}

bool SentenceCoder::verb_follows(std::size_t at) const {
  const StringSet& auxiliaries = patterns_.auxiliaries;
  for (std::size_t t = at; t < lower_.size() && t < at + 4; ++t) {
    if (triggers_[t] && std::any_of(triggers_[t]->begin(), triggers_[t]->end(),
                                    [](const Trigger& def) { return !def.noun; }))
      return true;
    if (!auxiliaries.contains(lower_[t]))
      return false;
  }
  return false;
}

}  // namespace irkg::extract::detail
