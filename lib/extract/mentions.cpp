// extract/mentions.cpp - who a sentence names: names, demonyms, offices, pronouns and descriptions
// SPDX-License-Identifier: MIT
#include "extract/detail/sentence_coder.h"
#include "support/strings.h"
#include "text/tokens.h"

#include <algorithm>
#include <set>

namespace irkg::extract::detail {

std::optional<irkg::Actor> SentenceCoder::office_holder(const std::string& of,
                                                        const irkg::extract::Title& title,
                                                        const irkg::PartialDate& when) const {
  // Without a date, "the French president" could be anyone who ever held the office.
  if (!when.known())
    return std::nullopt;
  auto person = lexicon_.office_holder(of, title.title, when);
  if (!person && title.leader)
    person = lexicon_.office_holder(of, "", when);
  if (!person)
    return std::nullopt;
  return lexicon_.actor(*person, when);
}

std::size_t SentenceCoder::match_title(std::size_t i, const irkg::extract::Title*& found) const {
  const auto it = patterns_.titles.find(lower_[i]);
  if (it == patterns_.titles.end())
    return 0;
  for (const auto& title : it->second) {
    if (i + title.words.size() > lower_.size())
      continue;
    bool ok = true;
    for (std::size_t k = 0; k < title.words.size() && ok; ++k) ok = lower_[i + k] == title.words[k];
    if (ok) {
      found = &title;
      return title.words.size();
    }
  }
  return 0;
}

bool SentenceCoder::first_name_alias(std::size_t at) const {
  std::span<const NameRef> refs;
  if (at + 1 >= words_.size() || lexicon_.match(words_, at, refs) != 1 ||
      lexicon_.entry(refs.front().entry).kind != ActorKind::Person)
    return false;
  const StringSet& not_surnames = patterns_.not_surnames;
  return is_capitalised(words_[at + 1]) && tokens_[at + 1].kind == irkg::text::TokenKind::Word &&
         !not_surnames.contains(irkg::ascii_lower(words_[at + 1])) &&
         !patterns_.name_titles.contains(words_[at + 1]) && !lexicon_.match(words_, at + 1, refs);
}

std::size_t SentenceCoder::unknown_name_length(std::size_t i) const {
  std::size_t n = 0;
  while (i + n < words_.size() && n < 4 && is_capitalised(words_[i + n]) &&
         tokens_[i + n].kind == irkg::text::TokenKind::Word &&
         !patterns_.name_titles.contains(words_[i + n]) &&
         !irkg::extract::is_calendar_word(irkg::ascii_lower(words_[i + n]))) {
    std::span<const NameRef> refs;
    if (lexicon_.match(words_, i + n, refs) && !(n == 0 && first_name_alias(i)))
      break;
    ++n;
  }
  return n >= 2 ? n : 0;
}

bool SentenceCoder::acceptable(const NameRef& ref, std::size_t begin, std::size_t length) const {
  const auto& entry = lexicon_.entry(ref.entry);
  if (ref.context) {
    for (const std::string& id : lexicon_.context_requirements(ref.context)) {
      if (state_.named.contains(id))
        return true;
    }
    return false;
  }
  if (ref.kind == NameKind::PersonShort && !state_.persons_named_in_full.contains(ref.entry))
    return false;
  // A surname inside someone else's name ("Dooyoung Kim", "Michael Jordan") is not the actor.
  if (length == 1 &&
      (ref.kind == NameKind::PersonShort || ref.ambiguous || ref.kind == NameKind::Person)) {
    if (begin > 0 && is_capitalised(words_[begin - 1]) &&
        tokens_[begin - 1].kind == irkg::text::TokenKind::Word &&
        !patterns_.name_titles.contains(words_[begin - 1])) {
      std::span<const NameRef> refs;
      // At the start of a sentence every word is capitalised: only a word that is neither a
      // pattern word nor a common opener reads as a first name ("Dooyoung Kim said").
      if (!lexicon_.match(words_, begin - 1, refs) &&
          (begin - 1 > 0 || could_be_first_name(begin - 1)))
        return false;
    }
    if (ref.kind == NameKind::Person && first_name_alias(begin))
      return false;
    if (begin + 1 < words_.size() && is_capitalised(words_[begin + 1]) &&
        tokens_[begin + 1].kind == irkg::text::TokenKind::Word && ref.kind != NameKind::Person) {
      std::span<const NameRef> refs;
      if (!lexicon_.match(words_, begin + 1, refs))
        return false;
    }
  }
  if (ref.ambiguous) {
    // "Washington state", "Georgia state" are places in the United States.
    if (begin + length < lower_.size() && eq(lower_[begin + length], "state"))
      return false;
    if (!state_.named.contains(entry.id) && !resolved_here(begin, length))
      return false;
  }
  return true;
}

bool SentenceCoder::could_be_first_name(std::size_t at) const {
  const StringSet& openers = patterns_.sentence_openers;
  const std::string word = irkg::ascii_lower(words_[at]);
  return !openers.contains(word) && !patterns_.facts(word).triggers &&
         !patterns_.facts(word).clause_break && !patterns_.facts(word).preposition &&
         !patterns_.name_titles.contains(words_[at]);
}

bool SentenceCoder::resolved_here(std::size_t begin, std::size_t length) const {
  const std::size_t end = begin + length;
  if (end + 1 < words_.size() && words_[end] == "'s" &&
      patterns_.titles.contains(irkg::ascii_lower(words_[end + 1])))
    return true;
  return listed_with_states(begin, length);
}

bool SentenceCoder::listed_with_states(std::size_t begin, std::size_t length) const {
  const auto plain_state = [&](std::size_t at) {
    if ((words_[at] == "the" || words_[at] == "The") && at + 1 < words_.size())
      ++at;
    std::span<const NameRef> refs;
    if (!lexicon_.match(words_, at, refs))
      return false;
    return std::any_of(refs.begin(), refs.end(), [&](const NameRef& ref) {
      return !ref.ambiguous && !ref.context && ref.kind != NameKind::Adjective &&
             lexicon_.entry(ref.entry).kind == ActorKind::State;
    });
  };
  // Runs in the first pass too, before the lower-case forms exist.
  const auto separator = [&](std::size_t at) {
    return words_[at] == "," || words_[at] == "and" || words_[at] == "or";
  };
  if (begin >= 2 && separator(begin - 1)) {
    for (std::size_t at = begin - 1; at-- > 0 && begin - at <= 4;) {
      if (plain_state(at))
        return true;
    }
  }
  const std::size_t end = begin + length;
  return end + 1 < words_.size() && separator(end) && plain_state(end + 1);
}

std::string SentenceCoder::surface(std::size_t begin, std::size_t end) const {
  std::string text(words_[begin]);
  for (std::size_t k = begin + 1; k < end; ++k) {
    text += ' ';
    text += words_[k];
  }
  return text;
}

irkg::Actor SentenceCoder::actor_at(std::uint32_t entry, std::size_t near) const {
  // Only people's offices and renamed states depend on the date: the others need no search
  // of the sentence for one.
  const auto& known = lexicon_.entry(entry);
  return lexicon_.actor(
      entry, known.roles.empty() && known.predecessors.empty() ? state_.date : when(near));
}

bool SentenceCoder::names_person(std::size_t at) const {
  std::span<const NameRef> refs;
  if (lexicon_.match(words_, at, refs))
    return lexicon_.entry(refs.front().entry).kind == ActorKind::Person;
  return unknown_name_length(at) > 0;
}

irkg::Actor SentenceCoder::unlisted_person(std::size_t begin, std::size_t length,
                                           const std::string& of, ActorKind of_kind) const {
  irkg::Actor actor;
  actor.name = std::string(words_[begin]);
  for (std::size_t k = 1; k < length; ++k) {
    actor.name += ' ';
    actor.name += words_[begin + k];
  }
  actor.id = irkg::slugify(actor.name);
  actor.kind = ActorKind::Person;
  (of_kind == ActorKind::State ? actor.country : actor.org) = of;
  return actor;
}

bool SentenceCoder::adjective_acts(std::size_t end, std::string_view word) const {
  // "Russian and Iranian forces": a demonym coordinated with one that acts acts as well.
  if (end + 1 < lower_.size() &&
      (eq(lower_[end], "and") || eq(lower_[end], ",") || eq(lower_[end], "or"))) {
    std::span<const NameRef> refs;
    const std::size_t length = lexicon_.match(words_, end + 1, refs);
    if (length && std::any_of(refs.begin(), refs.end(),
                              [](const NameRef& ref) { return ref.kind == NameKind::Adjective; }))
      return adjective_acts(end + 1 + length, words_[end + length]);
  }
  if (end >= lower_.size())
    return word.size() > 1 && word.back() == 's';
  // "complained to the Russians about ...": a people named with "the" acts as its state.
  if (word.size() > 1 && word.back() == 's' && end >= 2 && eq(lower_[end - 2], "the") &&
      !patterns_.non_state_heads.contains(lower_[end]))
    return true;
  for (std::size_t n = 3; n >= 1; --n) {
    if (end + n > lower_.size())
      continue;
    std::string phrase(lower_[end]);
    for (std::size_t k = 1; k < n; ++k) {
      phrase += ' ';
      phrase += lower_[end + k];
    }
    if (patterns_.state_nouns.contains(phrase))
      return true;
  }
  // "the Syrian opposition", "Kurdish rebels": people of a country, not its state.
  if (patterns_.non_state_heads.contains(lower_[end]))
    return false;
  if (triggers_[end] && triggers_[end]->front().noun)
    return true;
  // "struck Iranian bases", "attacking Iraqi territory": what a state owns stands for it as
  // the target of an attack.
  if (patterns_.object_heads.contains(lower_[end]) || eq(lower_[end], "territory")) {
    for (std::size_t t = end >= 5 ? end - 5 : 0; t + 1 < end; ++t) {
      if (triggers_[t] &&
          std::any_of(triggers_[t]->begin(), triggers_[t]->end(),
                      [](const Trigger& trigger) { return trigger.type == RelationType::Attack; }))
        return true;
    }
  }
  // A people ("the Russians said") but not "Russians living abroad".
  return word.size() > 1 && word.back() == 's' && !is_capitalised(words_[end]) &&
         tokens_[end].kind == irkg::text::TokenKind::Word && !prep_[end] &&
         !eq(lower_[end], "living");
}

void SentenceCoder::add_structural(const irkg::Actor& person, bool leader, const std::string& of,
                                   std::vector<irkg::Relation>& out) {
  if (of.empty() || of == person.id)
    return;
  const auto entry = lexicon_.find(of);
  irkg::Actor target;
  if (entry) {
    target = lexicon_.actor(*entry, state_.date);
  } else {
    target.id = of;
    target.name = of;
  }
  irkg::Relation relation;
  relation.source = person;
  relation.type = leader ? RelationType::LeaderOf : RelationType::OfficialOf;
  relation.target = target;
  relation.modality = Modality::Asserted;
  relation.date = state_.date;
  relation.doc = article_.id;
  relation.sentence = sentence_;
  relation.evidence = std::string(evidence());
  relation.confidence = 0.85;
  relation.rule = std::string(kOfficeRule);
  out.push_back(std::move(relation));
}

void SentenceCoder::find_mentions(std::vector<irkg::Relation>& out) {
  mentions_.clear();
  for (std::size_t i = 0; i < words_.size();) {
    // Pronouns and plural descriptions that refer back.
    // "Special prosecutor Lawrence Walsh said he": a speaker the lexicon does not list is the
    // antecedent, so the pronoun names no one known.
    const bool pronoun =
        eq(lower_[i], "he") || eq(lower_[i], "she") || eq(lower_[i], "his") || eq(lower_[i], "her");
    const bool unlisted_speaker = pronoun && i >= 2 && speech_[i - 1] &&
                                  is_capitalised(words_[i - 2]) &&
                                  tokens_[i - 2].kind == irkg::text::TokenKind::Word &&
                                  (mentions_.empty() || mentions_.back().end != i - 1);
    if (pronoun && !unlisted_speaker &&
        (earlier_person() ||
         (state_.last_person &&
          sentence_ - static_cast<std::int32_t>(state_.last_person_sentence) <= 2))) {
      // A person named earlier in the sentence is the nearer antecedent; else the person the
      // previous sentence was about (its subject), else the person named last.
      const Mention* same = earlier_person();
      const bool subject_before =
          state_.subject_person &&
          sentence_ - static_cast<std::int32_t>(state_.subject_person_sentence) == 1;
      Mention m{i,
                i + 1,
                same ? same->actor : subject_before ? *state_.subject_person : *state_.last_person,
                false,
                false,
                true};
      m.possessive = eq(lower_[i], "his") || eq(lower_[i], "her");
      mentions_.push_back(std::move(m));
      ++i;
      continue;
    }
    // "the country's military": the first state the sentence named, else the one the article
    // spoke of last.
    if (eq(lower_[i], "the") && i + 1 < lower_.size() && eq(lower_[i + 1], "country")) {
      const auto first_state =
          std::find_if(mentions_.begin(), mentions_.end(),
                       [](const Mention& m) { return m.actor.kind == ActorKind::State; });
      const irkg::Actor* country = first_state != mentions_.end() ? &first_state->actor
                                   : state_.recent_states.empty() ? nullptr
                                                                  : &state_.recent_states.back();
      if (country) {
        Mention description{i, i + 2, *country, false, false, true};
        mark_possessive(description);
        mentions_.push_back(std::move(description));
        i += 2;
        continue;
      }
    }
    // "the regime", "the group", "the militia": the state last called a regime, the armed
    // group named last.
    if (eq(lower_[i], "the") && i + 1 < lower_.size()) {
      const std::string_view noun = lower_[i + 1];
      const std::optional<irkg::Actor>* known =
          eq(noun, "regime") ? &state_.regime
          : (eq(noun, "group") || eq(noun, "militia") || eq(noun, "movement") ||
             eq(noun, "militants") || eq(noun, "insurgents"))
              ? &state_.group
              : nullptr;
      if (known && *known && (i + 2 >= lower_.size() || !is_capitalised(words_[i + 2]))) {
        Mention description{i, i + 2, **known, false, false, true};
        mark_possessive(description);
        mentions_.push_back(std::move(description));
        i += 2;
        continue;
      }
    }
    // "It has also continued to support the alliance": "it" as the subject of a relation verb
    // within the next words is the state or body the previous sentence was about.
    // Not in a participial opener, whose subject comes after its comma ("Explaining why it
    // has asked the WTO ..., the US said").
    if (eq(lower_[i], "it") && state_.subject && !lower_.front().ends_with("ing") &&
        sentence_ - static_cast<std::int32_t>(state_.subject_sentence) == 1 &&
        std::none_of(mentions_.begin(), mentions_.end(),
                     [](const Mention& m) { return m.actor.kind != ActorKind::Person; }) &&
        verb_follows(i + 1)) {
      mentions_.push_back({i, i + 1, *state_.subject, false, false, true});
      ++i;
      continue;
    }
    if (eq(lower_[i], "its")) {
      // "help Moscow in its war": the nearest state or body not governed by a preposition.
      // A state before a body: "Turkey is a Nato member, its cooperation with Moscow".
      const Mention* antecedent = nullptr;
      for (std::size_t k = mentions_.size(); k-- > 0;) {
        const Mention& m = mentions_[k];
        // A demonym is not governed by the preposition before its noun phrase ("targets for
        // Iranian attacks in its war": Iran's war).
        // "in Geneva and Astana": the preposition before a list governs all of it.
        const auto governed = [&] {
          std::size_t head = mentions_[coordinated(k).front()].begin;
          if (head >= 3 && (eq(lower_[head - 1], "and") || eq(lower_[head - 1], "or")) &&
              is_capitalised(words_[head - 2]) && prep_[head - 3])
            head -= 2;  // "in Geneva and Astana", Geneva not being an actor
          return head > 0 && prep_[head - 1];
        };
        if (m.actor.kind != ActorKind::Person && !m.possessive && (m.adjective || !governed()) &&
            (!antecedent ||
             (antecedent->actor.kind != ActorKind::State && m.actor.kind == ActorKind::State)))
          antecedent = &m;
        if (antecedent && antecedent->actor.kind == ActorKind::State)
          break;
      }
      if (antecedent)
        mentions_.push_back({i, i + 1, antecedent->actor, true, false, true});
      ++i;
      continue;
    }
    if (i + 2 < words_.size() &&
        (eq(lower_[i], "both") || (eq(lower_[i], "the") && eq(lower_[i + 1], "two")))) {
      std::size_t noun = eq(lower_[i], "both") ? i + 1 : i + 2;
      const StringSet& leader_nouns = patterns_.pair_leader_nouns;
      const StringSet& state_nouns = patterns_.pair_state_nouns;
      // One modifier may come between: "the two Nato allies", "both nuclear powers".
      if (noun + 1 < lower_.size() && !leader_nouns.contains(lower_[noun]) &&
          !state_nouns.contains(lower_[noun]) &&
          (leader_nouns.contains(lower_[noun + 1]) || state_nouns.contains(lower_[noun + 1])) &&
          tokens_[noun].kind == irkg::text::TokenKind::Word)
        ++noun;
      const std::string_view w = lower_[noun];
      const bool leaders = leader_nouns.contains(w);
      const bool countries = state_nouns.contains(w);
      // The two named last, this sentence's names before the description included ("send
      // Turkish forces ..., a clash between the two allies"); states named as places count
      // only when too few others were named.
      const auto named_last = [&](bool places) {
        std::vector<irkg::Actor> pool = leaders  ? state_.recent_persons
                                        : places ? state_.recent_states
                                                 : state_.recent_parties;
        for (const Mention& m : mentions_) {
          if (m.pronoun || (!places && is_place(m)))
            continue;
          // "his talks with May, Yildirim said the two countries": people stand for their
          // states.
          std::optional<irkg::Actor> named;
          if (leaders ? m.actor.kind == ActorKind::Person : m.actor.kind == ActorKind::State) {
            named = m.actor;
          } else if (!leaders && m.actor.kind == ActorKind::Person && !m.actor.country.empty()) {
            if (const auto entry = lexicon_.find(m.actor.country))
              named = actor_at(*entry, i);
          }
          if (!named || named->kind != (leaders ? ActorKind::Person : ActorKind::State))
            continue;
          std::erase_if(pool, [&](const irkg::Actor& a) { return a.id == named->id; });
          pool.push_back(*named);
        }
        return pool;
      };
      std::vector<irkg::Actor> pool = named_last(false);
      if (pool.size() < 2)
        pool = named_last(true);
      if ((leaders || countries) && pool.size() >= 2) {
        mentions_.push_back({i, noun + 1, pool[pool.size() - 2], false, false, true});
        mentions_.push_back({i, noun + 1, pool.back(), false, false, true});
        // "the two Nato allies": allies cooperate, and belong to the body named.
        if (eq(lower_[noun], "allies") || eq(lower_[noun], "partners")) {
          std::span<const NameRef> refs;
          std::optional<irkg::Actor> body;
          if (noun > i + 1 && lexicon_.match(words_, noun - 1, refs) == 1 &&
              lexicon_.entry(refs.front().entry).kind == ActorKind::Organization)
            body = actor_at(refs.front().entry, i);
          allied_pairs_.push_back({i, pool[pool.size() - 2], pool.back(), body});
        }
        i = noun + 1;
        continue;
      }
    }
    // "then-US", "ex-Soviet": the prefix only dates the reference.
    std::string_view word = words_[i];
    std::span<const NameRef> refs;
    std::size_t length = 0;
    if (scan_ && i < scan_->match_length.size() && scan_->match_length[i] != kUnknown) {
      length = scan_->match_length[i];
      refs = scan_->match_refs[i];
    } else {
      length = lexicon_.match(words_, i, refs);
    }
    const bool hyphenated = word.find('-') != std::string_view::npos;
    if (length == 0 && hyphenated && (word.rfind("then-", 0) == 0 || word.rfind("ex-", 0) == 0)) {
      const std::string_view rest = word.substr(word.find('-') + 1);
      const std::vector<std::string_view> one{rest};
      length = lexicon_.match(one, 0, refs);
      word = rest;
    }
    if (length == 0 && hyphenated &&
        (word.ends_with("-backed") || word.ends_with("-supported") || word.ends_with("-armed") ||
         word.ends_with("-funded") || word.ends_with("-trained") || word.ends_with("-raised") ||
         word.ends_with("-sponsored") || word.ends_with("-financed"))) {
      const std::vector<std::string_view> one{word.substr(0, word.find('-'))};
      if (lexicon_.match(one, 0, refs) && !refs.empty()) {
        backed_.push_back({i, actor_at(refs.front().entry, i)});
      }
    }
    if (length == 0 && hyphenated && find_compound(i, word)) {
      ++i;
      continue;
    }
    // "US-led", "Kuwaiti-flagged", "Iranian-owned": the actor who leads or owns.
    if (length == 0 && hyphenated) {
      const std::size_t dash = word.rfind('-');
      if (dash > 0 && patterns_.owner_suffixes.contains(irkg::ascii_lower(word.substr(dash + 1)))) {
        const std::vector<std::string_view> one{word.substr(0, dash)};
        if (lexicon_.match(one, 0, refs))
          length = 1;
      }
    }
    if (length == 0) {
      ++i;
      continue;
    }
    const NameRef* chosen = nullptr;
    for (const NameRef& ref : refs) {
      if (acceptable(ref, i, length)) {
        chosen = &ref;
        break;
      }
    }
    if (!chosen) {
      i += length;
      continue;
    }
    const std::size_t end = i + length;
    const auto& entry = lexicon_.entry(chosen->entry);
    if (entry.kind == ActorKind::Person && chosen->kind != NameKind::PersonShort) {
      state_.persons_named_in_full.insert(chosen->entry);
    }
    Mention mention{i, end, actor_at(chosen->entry, i), false, false, false};
    // The name as written ("Pyongyang", "the Kremlin", "Russian") is an alias the KB keeps.
    if (std::string seen = surface(i, end); seen != mention.actor.name)
      mention.actor.aliases.push_back(std::move(seen));
    if (chosen->kind == NameKind::Adjective ||
        (chosen->kind == NameKind::Alias && entry.kind == ActorKind::State && end < words_.size() &&
         !is_capitalised(words_[end]) && patterns_.titles.contains(lower_[end]))) {
      // Demonym + title (+ name): "Russian President Vladimir Putin", "the North Korean leader".
      const irkg::extract::Title* title = nullptr;
      std::size_t title_length = end < words_.size() ? match_title(end, title) : 0;
      if (title_length) {
        std::size_t after = end + title_length;
        // "the US secretary of state, Mike Pompeo": the name may follow a comma.
        if (after + 1 < words_.size() && words_[after] == "," && names_person(after + 1))
          ++after;
        // "The UN's special Syria envoy": the possessive employs; the state is the posting.
        std::string employer = entry.id;
        ActorKind employer_kind = entry.kind;
        if (!title->leader && !mentions_.empty()) {
          const Mention& owner = mentions_.back();
          if (owner.possessive && owner.actor.kind != ActorKind::Person && i > owner.end &&
              i - (owner.end + 1) <= 2) {
            employer = owner.actor.id;
            employer_kind = owner.actor.kind;
          }
        }
        std::span<const NameRef> person_refs;
        std::size_t person_length =
            after < words_.size() ? lexicon_.match(words_, after, person_refs) : 0;
        if (person_length && first_name_alias(after))
          person_length = 0;
        if (person_length && lexicon_.entry(person_refs.front().entry).kind == ActorKind::Person) {
          const auto person = person_refs.front().entry;
          state_.persons_named_in_full.insert(person);
          irkg::Actor actor = lexicon_.actor(person, when(after));
          add_structural(actor, title->leader, employer, out);
          mentions_.push_back({i, after + person_length, actor, false, false, false});
          mark_possessive(mentions_.back());
          i = after + person_length;
          continue;
        }
        if (const std::size_t name_length =
                after < words_.size() ? unknown_name_length(after) : 0) {
          const irkg::Actor actor = unlisted_person(after, name_length, employer, employer_kind);
          add_structural(actor, title->leader, employer, out);
          mentions_.push_back({i, after + name_length, actor, false, false, false});
          mark_possessive(mentions_.back());
          i = after + name_length;
          continue;
        }
        // A title without a name refers to the office-holder at the time of the event.
        if (auto holder = office_holder(employer, *title, when(end))) {
          add_structural(*holder, title->leader, employer, out);
          mentions_.push_back({i, after, *holder, false, false, true});
          mark_possessive(mentions_.back());
          i = after;
          continue;
        }
      }
      if (chosen->kind == NameKind::Adjective) {
        // "ethnic Turks", "ethnic Russians": a descent, not a state.
        if (!adjective_acts(end, words_[end - 1]) || (i > 0 && eq(lower_[i - 1], "ethnic"))) {
          i = end;
          continue;
        }
        mention.adjective = true;
      }
    }
    // "President Joe Biden", "Outgoing President Joe Biden": a title right before a known person.
    if (entry.kind == ActorKind::Person && i > 0) {
      std::size_t t = i;
      while (t > 0 && i - t < 4 && patterns_.name_titles.contains(words_[t - 1])) --t;
      if (t < i) {
        const irkg::extract::Title* title = nullptr;
        bool leader = false;
        for (std::size_t k = t; k < i; ++k) {
          if (match_title(k, title)) {
            leader = title->leader;
            break;
          }
        }
        if (title) {
          if (const auto* role = lexicon_.role_at(entry, when(i)); role && role->leader == leader) {
            add_structural(mention.actor, leader, role->of, out);
          }
        }
      }
    }
    mark_possessive(mention);
    stand_for_government(mention);
    mentions_.push_back(std::move(mention));
    i = end;
  }
  // "Turkey's prime minister, Binali Yildirim" / "Binali Yildirim, Turkey's prime minister".
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    const Mention& owner = mentions_[m];
    if (!owner.possessive || owner.actor.kind == ActorKind::Person)
      continue;
    std::size_t at = owner.end + 1;  // after 's
    const irkg::extract::Title* title = nullptr;
    const std::size_t title_length = at < words_.size() ? match_title(at, title) : 0;
    if (!title_length)
      continue;
    std::size_t after = at + title_length;
    if (after < words_.size() && words_[after] == ",")
      ++after;
    std::span<const NameRef> refs;
    const std::size_t known = after < words_.size() ? lexicon_.match(words_, after, refs) : 0;
    if (known && lexicon_.entry(refs.front().entry).kind == ActorKind::Person) {
      add_structural(lexicon_.actor(refs.front().entry, when(after)), title->leader, owner.actor.id,
                     out);
      continue;
    }
    if (const std::size_t name_length = after < words_.size() ? unknown_name_length(after) : 0) {
      const irkg::Actor actor =
          unlisted_person(after, name_length, owner.actor.id, owner.actor.kind);
      add_structural(actor, title->leader, owner.actor.id, out);
      Mention person{after, after + name_length, actor, false, false, false};
      mark_possessive(person);
      mentions_.insert(mentions_.begin() + static_cast<std::ptrdiff_t>(m) + 1, std::move(person));
      continue;
    }
    // "Turkey's foreign minister" without a name: the holder of that office.
    if (auto holder = office_holder(owner.actor.id, *title, when(at))) {
      Mention person{owner.begin, after, *holder, false, false, true};
      mark_possessive(person);
      mentions_[m] = std::move(person);
    }
  }
  find_appositive_offices(out);
  // "Russia's army invaded", "the country's military": the state acts through what it owns.
  const irkg::extract::Title* title_found = nullptr;
  for (Mention& mention : mentions_) {
    const std::size_t next = mention.end + 1;
    if (mention.possessive && mention.actor.kind != ActorKind::Person && next < lower_.size() &&
        patterns_.state_nouns.contains(lower_[next]) && !noun_trigger_at(next) &&
        !match_title(next, title_found)) {
      mention.possessive = false;
      mention.adjective = true;
    }
  }
  // "In his talks with May, Erdogan indicated ...": a possessive pronoun in an opening phrase
  // points ahead to the person named right after its comma.
  if (!mentions_.empty() && prep_[0] && mentions_.front().pronoun && mentions_.front().possessive &&
      mentions_.front().actor.kind == ActorKind::Person) {
    std::size_t comma = mentions_.front().end;
    while (comma < words_.size() && words_[comma] != "," && !breaks_[comma]) ++comma;
    for (const Mention& later : mentions_) {
      if (comma < words_.size() && words_[comma] == "," && later.begin > comma &&
          later.begin <= comma + 2 && later.actor.kind == ActorKind::Person && !later.pronoun) {
        mentions_.front().actor = later.actor;
        break;
      }
    }
  }
}

void SentenceCoder::find_appositive_offices(std::vector<irkg::Relation>& out) {
  const auto mention_at = [&](std::size_t at) -> const Mention* {
    for (const Mention& m : mentions_) {
      if (m.begin == at)
        return &m;
    }
    return nullptr;
  };
  // Only a comma right after a run of capitalised words can start such an apposition.
  for (std::size_t comma = 2; comma + 2 < words_.size(); ++comma) {
    if (words_[comma] != "," || !is_capitalised(words_[comma - 1]))
      continue;
    std::size_t i = comma - 1;
    while (i > 0 && comma - i < 4 && is_capitalised(words_[i - 1]) &&
           tokens_[i - 1].kind == irkg::text::TokenKind::Word)
      --i;
    const std::size_t length = unknown_name_length(i);
    if (!length || i + length != comma)
      continue;
    if (mention_at(i))
      continue;
    std::size_t at = i + length + 1;
    if (eq(lower_[at], "the") || eq(lower_[at], "a") || eq(lower_[at], "an"))
      ++at;
    const Mention* owner = nullptr;
    if (const Mention* m = mention_at(at); m && m->actor.kind != ActorKind::Person && !m->pronoun) {
      owner = m;
      at = m->end + (m->possessive ? 1 : 0);
    }
    const irkg::extract::Title* title = nullptr;
    std::size_t title_length = 0;
    for (std::size_t skipped = 0; at < words_.size() && skipped <= 3; ++skipped, ++at) {
      if ((title_length = match_title(at, title)))
        break;
      if (is_capitalised(words_[at]) || tokens_[at].kind != irkg::text::TokenKind::Word)
        break;
    }
    if (!title_length)
      continue;
    std::size_t after = at + title_length;
    if (!owner && after + 1 < words_.size() &&
        (eq(lower_[after], "of") || eq(lower_[after], "for") || eq(lower_[after], "to") ||
         eq(lower_[after], "at"))) {
      std::size_t next = after + 1;
      if (next < words_.size() && eq(lower_[next], "the"))
        ++next;
      if (const Mention* m = mention_at(next);
          m && m->actor.kind != ActorKind::Person && !m->pronoun && !m->adjective)
        owner = m;
    }
    if (!owner)
      continue;
    const irkg::Actor owner_actor = owner->actor;
    const irkg::Actor person = unlisted_person(i, length, owner_actor.id, owner_actor.kind);
    add_structural(person, title->leader, owner_actor.id, out);
    Mention mention{i, i + length, person, false, false, false};
    const auto position = std::find_if(mentions_.begin(), mentions_.end(),
                                       [&](const Mention& m) { return m.begin > i; });
    mentions_.insert(position, std::move(mention));
  }
}

const Mention* SentenceCoder::earlier_person() const {
  for (std::size_t m = mentions_.size(); m-- > 0;) {
    if (mentions_[m].actor.kind == ActorKind::Person)
      return &mentions_[m];
  }
  return nullptr;
}

std::optional<irkg::Actor> SentenceCoder::led_state(const irkg::Actor& person,
                                                    std::size_t at) const {
  if (person.kind != ActorKind::Person)
    return std::nullopt;
  const auto entry = lexicon_.find(person.id);
  if (!entry)
    return std::nullopt;
  const auto* role = lexicon_.role_at(lexicon_.entry(*entry), when(at));
  if (!role || !role->leader)
    return std::nullopt;
  const auto of = lexicon_.find(role->of);
  if (!of || lexicon_.entry(*of).kind != ActorKind::State)
    return std::nullopt;
  return lexicon_.actor(*of, when(at));
}

void SentenceCoder::stand_for_government(Mention& mention) const {
  if (mention.actor.kind != ActorKind::Person || mention.pronoun)
    return;
  std::size_t next = mention.end + (mention.possessive ? 1 : 0);
  if (next >= lower_.size())
    return;
  const StringSet& government_nouns = patterns_.government_nouns;
  if (!government_nouns.contains(lower_[next]))
    return;
  if (auto state = led_state(mention.actor, mention.begin)) {
    mention.actor = std::move(*state);
    mention.possessive = false;
    mention.adjective = true;
  }
}

bool SentenceCoder::find_compound(std::size_t i, std::string_view word) {
  const auto dash = word.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 >= word.size() ||
      word.find('-', dash + 1) != std::string_view::npos)
    return false;
  const auto part = [&](std::string_view text) -> std::optional<irkg::Actor> {
    if (const auto form = patterns_.combining_forms.find(irkg::ascii_lower(text));
        form != patterns_.combining_forms.end()) {
      if (const auto entry = lexicon_.find(form->second))
        return actor_at(*entry, i);
    }
    const std::vector<std::string_view> one{text};
    std::span<const NameRef> refs;
    if (!lexicon_.match(one, 0, refs))
      return std::nullopt;
    for (const NameRef& ref : refs) {
      const auto& entry = lexicon_.entry(ref.entry);
      if (!ref.ambiguous && !ref.context && entry.kind != ActorKind::Person)
        return actor_at(ref.entry, i);
    }
    return std::nullopt;
  };
  auto left = part(word.substr(0, dash));
  if (!left)
    return false;
  auto right = part(word.substr(dash + 1));
  if (!right || right->id == left->id)
    return false;
  compounds_.push_back({i, std::move(*left), std::move(*right)});
  return true;
}

void SentenceCoder::mark_possessive(Mention& mention) const {
  if (mention.end < lower_.size() &&
      (eq(lower_[mention.end], "'s") || eq(lower_[mention.end], "'"))) {
    mention.possessive = true;
  }
}

void SentenceCoder::add_known_offices(std::vector<irkg::Relation>& out) {
  for (const Mention& mention : mentions_) {
    if (mention.actor.kind != ActorKind::Person || mention.pronoun)
      continue;
    const auto entry = lexicon_.find(mention.actor.id);
    if (!entry)
      continue;
    // The article's date, not a date the sentence happens to name ("the 1999 constitution").
    const auto* role = lexicon_.role_at(lexicon_.entry(*entry), state_.date);
    // An office taken up after the article was written is not one it speaks of.
    if (role && !(state_.date.known() && role->from.known() &&
                  role->from.first_day() > state_.date.last_day()))
      add_structural(mention.actor, role->leader, role->of, out);
  }
}

void SentenceCoder::remember_recent(std::vector<irkg::Actor>& recent, const irkg::Actor& actor) {
  constexpr std::size_t kKept = 4;
  if (!recent.empty() && recent.back().id == actor.id)
    return;
  std::erase_if(recent, [&](const irkg::Actor& a) { return a.id == actor.id; });
  if (recent.size() == kKept)
    recent.erase(recent.begin());
  recent.push_back(actor);
}

void SentenceCoder::remember() {
  // The sentence's subject: its first state or body that no preposition governs.
  for (const Mention& mention : mentions_) {
    if (mention.actor.kind != ActorKind::Person && !mention.possessive && !mention.adjective &&
        !(mention.begin > 0 && prep_[mention.begin - 1])) {
      state_.subject = mention.actor;
      state_.subject_sentence = static_cast<std::size_t>(sentence_);
      break;
    }
  }
  // The person the sentence is about: the first named that is neither a possessive nor
  // governed by a preposition ("Pompeo accused Obama ..." is about Pompeo).
  state_.subject_person.reset();
  for (const Mention& mention : mentions_) {
    // A pronoun carries the chain on only as the sentence's opening subject ("He said ...");
    // "The spokesman said he believed Baker ..." is about an unnamed speaker.
    if (mention.actor.kind == ActorKind::Person && !mention.possessive &&
        !(mention.begin > 0 && prep_[mention.begin - 1]) &&
        (!mention.pronoun || mention.begin <= 1)) {
      state_.subject_person = mention.actor;
      state_.subject_person_sentence = static_cast<std::size_t>(sentence_);
      break;
    }
  }
  for (const Mention& mention : mentions_) {
    // "the Syrian regime" (a name ending in the word) or "Syria's regime" (followed by it).
    if (mention.actor.kind == ActorKind::State && !mention.pronoun &&
        (eq(lower_[mention.end - 1], "regime") ||
         (mention.end < lower_.size() && eq(lower_[mention.end], "regime")) ||
         (mention.end + 1 < lower_.size() && eq(lower_[mention.end + 1], "regime"))))
      state_.regime = mention.actor;
    if (mention.actor.kind == ActorKind::Group && !mention.pronoun)
      state_.group = mention.actor;
    if (mention.actor.kind == ActorKind::Person) {
      if (!mention.pronoun) {
        state_.last_person = mention.actor;
        state_.last_person_sentence = static_cast<std::size_t>(sentence_);
      }
      remember_recent(state_.recent_persons, mention.actor);
      // "Blinken met Wang Yi. The two countries agreed ...": a person named brings their state
      // to mind for the descriptions that follow.
      if (!mention.actor.country.empty() && !mention.pronoun) {
        if (const auto entry = lexicon_.find(mention.actor.country)) {
          const irkg::Actor state = actor_at(*entry, mention.begin);
          if (state.kind == ActorKind::State) {
            remember_recent(state_.recent_states, state);
            remember_recent(state_.recent_parties, state);
          }
        }
      }
    } else if (mention.actor.kind == ActorKind::State) {
      remember_recent(state_.recent_states, mention.actor);
      if (!is_place(mention))
        remember_recent(state_.recent_parties, mention.actor);
    }
  }
}

bool SentenceCoder::is_place(const Mention& mention) const {
  if (mention.begin == 0 || mention.adjective || mention.possessive)
    return false;
  const std::string_view before = lower_[mention.begin - 1];
  return eq(before, "in") || eq(before, "into") || eq(before, "inside") || eq(before, "across") ||
         eq(before, "throughout") || eq(before, "near");
}

}  // namespace irkg::extract::detail
