// extract/constructions.cpp - relations stated by constructions rather than a trigger word
// SPDX-License-Identifier: MIT
#include "extract/detail/sentence_coder.h"
#include "support/strings.h"
#include "text/tokens.h"

#include <algorithm>
#include <set>

namespace irkg::extract::detail {

bool SentenceCoder::is_group_noun(std::string_view word) {
  return word == "allies" || word == "members" || word == "partners" || word == "neighbours" ||
         word == "neighbors" || word == "rivals" || word == "states" || word == "countries";
}

void SentenceCoder::code_labels(std::vector<irkg::Relation>& out) {
  static const Trigger kCriticize = implied_trigger(RelationType::Criticize, false);
  for (std::size_t at = 1; at + 3 < lower_.size(); ++at) {
    if (!label_verb_[at])
      continue;
    // The one who labels: the nearest name before the verb in its clause that no preposition
    // governs ("Sergei Lavrov, giving a press conference, described ...").
    const Mention* labeller = nullptr;
    for (const Mention& m : mentions_) {
      if (m.end > at || at - m.end > 15 || m.possessive || m.adjective ||
          (m.begin > 0 && prep_[m.begin - 1]))
        continue;
      bool same_clause = true;
      for (std::size_t t = m.end; t < at && same_clause; ++t) same_clause = !breaks_[t];
      if (same_clause)
        labeller = &m;
    }
    if (!labeller)
      continue;
    // The one labelled, then "as" and a damning word in the same phrase.
    const Mention* labelled = nullptr;
    for (const Mention& m : mentions_) {
      if (m.begin > at && m.begin - at <= 3) {
        labelled = &m;
        break;
      }
    }
    if (!labelled)
      continue;
    std::size_t as = labelled->end + (labelled->possessive ? 1 : 0);
    while (as < lower_.size() && as - labelled->end <= 4 && !eq(lower_[as], "as") &&
           !eq(lower_[as], ","))
      ++as;
    std::size_t from = as + 1;
    std::size_t reach = 6;
    if (as >= lower_.size() || !eq(lower_[as], "as")) {
      // "called the UK's rebate 'unjustified'": a naming verb takes its label without "as",
      // but only with nothing but an article or a possessive before the one named ("called on
      // Russia to end its aggression" names no one).
      if (!patterns_.naming_verbs.contains(lower_[at]) || labelled->pronoun)
        continue;
      bool bare = true;
      for (std::size_t t = at + 1; t < labelled->begin && bare; ++t)
        bare = eq(lower_[t], "the") || eq(lower_[t], "a") || eq(lower_[t], "its") ||
               eq(lower_[t], "his") || eq(lower_[t], "their") || eq(lower_[t], "her");
      if (!bare)
        continue;
      from = labelled->end;
      reach = 9;
    }
    for (std::size_t t = from; t < lower_.size() && t <= from + reach; ++t) {
      if (patterns_.criticism_words.contains(lower_[t])) {
        emit(labeller->actor, kCriticize, labelled->actor, modality(at, kCriticize, 0), at, 0.7,
             out);
        break;
      }
      if (ends_label(t))
        break;
    }
  }
}

bool SentenceCoder::ends_label(std::size_t t) const {
  // A comma, a dash, a negation, a new clause or an act ends the phrase that labels.
  return eq(lower_[t], ",") || eq(lower_[t], "–") || eq(lower_[t], "-") || negation_[t] ||
         speech_[t] || eq(lower_[t], "that") || eq(lower_[t], "to") || eq(lower_[t], "if") ||
         eq(lower_[t], "unless") || eq(lower_[t], "but") || triggers_[t] != nullptr;
}

void SentenceCoder::code_allies(std::vector<irkg::Relation>& out) {
  static const Trigger kCooperate = implied_trigger(RelationType::Cooperate, true);
  for (std::size_t at = 0; at + 1 < lower_.size(); ++at) {
    if (!eq(lower_[at], "allies") && !eq(lower_[at], "partners"))
      continue;
    std::size_t next = at + 1;
    const bool such_as =
        next + 1 < lower_.size() && ((eq(lower_[next], "such") && eq(lower_[next + 1], "as")) ||
                                     eq(lower_[next], "including") || eq(lower_[next], "like"));
    next += such_as ? (eq(lower_[next], "such") ? 2 : 1) : 0;
    if (next < lower_.size() && eq(lower_[next], "the"))
      ++next;
    std::optional<std::size_t> first;
    std::optional<std::size_t> owner;
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      if (mentions_[m].begin == next)
        first = m;
      if (mentions_[m].end + 1 == at && mentions_[m].possessive)
        owner = m;
    }
    if (!first)
      continue;
    auto group = coordinated(*first);
    std::erase_if(group, [&](std::size_t k) { return mentions_[k].begin < next; });
    if (!owner && such_as) {
      // "The US presence has reassured allies such as ...": the clause's subject.
      for (std::size_t m = mentions_.size(); m-- > 0;) {
        if (mentions_[m].end <= at && !mentions_[m].possessive &&
            !(mentions_[m].begin > 0 && prep_[mentions_[m].begin - 1])) {
          owner = m;
          break;
        }
      }
    }
    if (owner) {
      for (const std::size_t k : group)
        emit(mentions_[*owner].actor, kCooperate, mentions_[k].actor, Modality::Asserted, at, 0.75,
             out);
    } else if (!such_as) {
      for (std::size_t a = 0; a < group.size(); ++a) {
        for (std::size_t b = a + 1; b < group.size(); ++b)
          emit(mentions_[group[a]].actor, kCooperate, mentions_[group[b]].actor, Modality::Asserted,
               at, 0.75, out);
      }
    }
  }
}

void SentenceCoder::code_quoted_criticism(std::vector<irkg::Relation>& out) {
  std::vector<std::size_t> quotes;
  for (std::size_t t = 0; t < words_.size(); ++t) {
    if (words_[t] == "\"")
      quotes.push_back(t);
  }
  // A quotation left open by the previous sentence continues up to this one's first mark.
  const bool continued = !state_.quoted_targets.empty();
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t k = 0;
  if (continued && !quotes.empty()) {
    spans.emplace_back(0, quotes.front());
    k = 1;
  }
  for (; k < quotes.size(); k += 2)
    spans.emplace_back(quotes[k] + 1, k + 1 < quotes.size() ? quotes[k + 1] : words_.size());
  const bool left_open = !spans.empty() && spans.back().second == words_.size();
  std::vector<irkg::Actor> pending = std::move(state_.quoted_targets);
  state_.quoted_targets.clear();
  if (spans.empty())
    return;
  const auto quoted = [&](std::size_t t) {
    return std::any_of(spans.begin(), spans.end(),
                       [&](const auto& span) { return t >= span.first && t < span.second; });
  };
  // Who is damned: the quotation's first name, with a damning word after it in the same
  // phrase ("the US case is very weak", "the YPG as a terrorist organisation"), in a
  // quotation that supposes nothing ("if the United States ratifies its offer ...").
  for (const auto& [from, to] : spans) {
    bool conditional = false;
    for (std::size_t t = from; t < to && !conditional; ++t)
      conditional = eq(lower_[t], "if") || eq(lower_[t], "unless");
    if (conditional)
      continue;
    const auto first = std::find_if(mentions_.begin(), mentions_.end(), [&](const Mention& m) {
      return m.begin >= from && m.end <= to && !m.pronoun;
    });
    if (first == mentions_.end())
      continue;
    // "The YPG and the PKK are terrorists": the first name and those listed with it.
    const auto group = coordinated(static_cast<std::size_t>(first - mentions_.begin()));
    const std::size_t after = mentions_[group.back()].end;
    // Within the phrase: a comma or a dash ends it, a negation turns it ("is not the American
    // soldiers – it is the terror organisations").
    for (std::size_t t = after; t < to && t < after + 8 && !eq(lower_[t], ",") &&
                                !eq(lower_[t], "–") && !eq(lower_[t], "-") && !negation_[t];
         ++t) {
      std::string pair(lower_[t]);
      if (t + 1 < to) {
        pair += ' ';
        pair += lower_[t + 1];
      }
      if (patterns_.criticism_words.contains(lower_[t]) ||
          patterns_.criticism_words.contains(pair)) {
        for (const std::size_t k : group) pending.push_back(mentions_[k].actor);
        break;
      }
    }
  }
  // The speaker: next to a speech verb outside the quotation ("said Gooch", "Gooch said"), or,
  // for a sentence that is all quotation, the speaker of the quotation just before it.
  const Mention* speaker = nullptr;
  for (std::size_t t = 0; t < words_.size() && !speaker; ++t) {
    if (!speech_[t] || quoted(t))
      continue;
    for (const Mention& m : mentions_) {
      if (quoted(m.begin) || m.possessive || m.adjective)
        continue;
      if ((m.begin > t && m.begin - t <= 2) || (m.end <= t && t - m.end <= 1)) {
        speaker = &m;
        break;
      }
    }
  }
  std::optional<irkg::Actor> voice;
  if (speaker) {
    voice = speaker->actor;
  } else if (!quotes.empty() && quotes.front() == 0 && state_.quote_speaker &&
             sentence_ - static_cast<std::int32_t>(state_.quote_speaker_sentence) == 1) {
    voice = state_.quote_speaker;
  }
  if (voice) {
    state_.quote_speaker = voice;
    state_.quote_speaker_sentence = static_cast<std::size_t>(sentence_);
  }
  if (pending.empty())
    return;
  if (!voice) {
    if (left_open)
      state_.quoted_targets = std::move(pending);  // the speaker may come after the quote ends
    return;
  }
  static const Trigger kCriticize = implied_trigger(RelationType::Criticize, false);
  for (const irkg::Actor& target : pending)
    emit(*voice, kCriticize, target, Modality::Asserted, quotes.empty() ? 0 : quotes.front(), 0.6,
         out);
}

std::optional<std::size_t> SentenceCoder::named_at(std::size_t at) const {
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    if (mentions_[m].begin == at ||
        (mentions_[m].begin == at + 1 && at < lower_.size() && eq(lower_[at], "the")))
      return m;
  }
  return std::nullopt;
}

const Mention* SentenceCoder::adjacent_speaker(std::size_t speech) const {
  // "Saudi Arabia said", "Aziz was quoted as saying": the speaker right before the verb.
  for (std::size_t m = mentions_.size(); m-- > 0;) {
    const Mention& speaker = mentions_[m];
    if (speaker.end > speech)
      continue;
    if (speaker.possessive || speech - speaker.end > 4)
      return nullptr;
    for (std::size_t t = speaker.end; t < speech; ++t) {
      if (!patterns_.speaker_links.contains(lower_[t]))
        return nullptr;
    }
    return &speaker;
  }
  return nullptr;
}

const Mention* SentenceCoder::speaker_of(std::size_t speech) const {
  if (const Mention* speaker = adjacent_speaker(speech))
    return speaker->adjective ? nullptr : speaker;
  // "Erdogan, in a speech to parliament, said": the person who opens the sentence, set off by
  // a comma, speaks through the first speech verb.
  if (mentions_.empty())
    return nullptr;
  const Mention& opener = mentions_.front();
  if (opener.begin > 1 || opener.actor.kind != ActorKind::Person || opener.possessive ||
      opener.end >= lower_.size() || !eq(lower_[opener.end], ","))
    return nullptr;
  for (std::size_t t = opener.end; t < speech; ++t) {
    if (speech_[t])
      return nullptr;
  }
  return &opener;
}

void SentenceCoder::code_reported_criticism(std::vector<irkg::Relation>& out) {
  static const Trigger kCriticize = implied_trigger(RelationType::Criticize, false);
  for (std::size_t at = 1; at + 2 < lower_.size(); ++at) {
    if (!speech_[at])
      continue;
    const Mention* speaker = speaker_of(at);
    if (!speaker)
      continue;
    // The reported clause's subject, right after the verb ("said (that) the US envoy had").
    std::optional<std::size_t> subject;
    for (std::size_t m = 0; m < mentions_.size() && !subject; ++m) {
      const Mention& mention = mentions_[m];
      if (mention.begin <= at || mention.begin - at > 3)
        continue;
      bool bare = !mention.pronoun;
      for (std::size_t t = at + 1; t < mention.begin && bare; ++t)
        bare = eq(lower_[t], "that") || eq(lower_[t], "the") || words_[t] == "\"";
      if (!bare)
        break;
      subject = m;
    }
    if (!subject)
      continue;
    const auto group = coordinated(*subject);
    const std::size_t from = mentions_[group.back()].end;
    bool damned = false;
    for (std::size_t t = from; t < lower_.size() && t < from + 8 && !damned; ++t) {
      damned = patterns_.criticism_words.contains(lower_[t]);
      if (ends_label(t) || prep_[t] || eq(lower_[t], "would") || eq(lower_[t], "could") ||
          eq(lower_[t], "might"))
        break;
    }
    if (!damned)
      continue;
    for (const std::size_t k : group) {
      if (!same_side(*speaker, k))
        emit(speaker->actor, kCriticize, mentions_[k].actor, modality(at, kCriticize, 0), at, 0.6,
             out);
    }
  }
}

void SentenceCoder::code_supplied_by(std::vector<irkg::Relation>& out) {
  for (std::size_t at = 1; at + 2 < lower_.size(); ++at) {
    if (!triggers_[at] || (!lower_[at].ends_with("ed") && !lower_[at].ends_with("en") &&
                           !eq(lower_[at], "sent") && !eq(lower_[at], "sold")))
      continue;
    const auto aid = std::find_if(triggers_[at]->begin(), triggers_[at]->end(), [](const auto& d) {
      return !d.noun && d.words.size() == 1 && !d.with_noun.empty() &&
             (d.type == RelationType::MilitaryAid || d.type == RelationType::EconomicAid);
    });
    if (aid == triggers_[at]->end())
      continue;
    // The thing given names itself right before the participle: "missiles supplied by",
    // "weapons were supplied to Iraq by".
    std::size_t thing = at - 1;
    if (thing > 0 && is_be_form(lower_[thing]))
      --thing;
    if (std::find(aid->with_noun.begin(), aid->with_noun.end(), lower_[thing]) ==
        aid->with_noun.end())
      continue;
    // "to Iraq" may come first, or "to him": the one who uses the thing; then "by" and the
    // giver.
    std::optional<std::size_t> receiver;
    std::size_t by = at + 1;
    if (eq(lower_[by], "to") && by + 1 < lower_.size() &&
        (eq(lower_[by + 1], "him") || eq(lower_[by + 1], "her") || eq(lower_[by + 1], "it") ||
         eq(lower_[by + 1], "them"))) {
      // The person the sentence is about, named before.
      for (std::size_t m = mentions_.size(); m-- > 0 && !receiver;) {
        const Mention& user = mentions_[m];
        if (user.end <= thing && user.actor.kind == ActorKind::Person && !user.possessive &&
            !(user.begin > 0 && prep_[user.begin - 1]))
          receiver = m;
      }
      if (!receiver)
        continue;
      by += 2;
    } else if (eq(lower_[by], "to")) {
      receiver = named_at(by + 1);
      if (!receiver)
        continue;
      by = mentions_[*receiver].end;
    }
    if (by + 1 >= lower_.size() || !eq(lower_[by], "by"))
      continue;
    const std::optional<std::size_t> giver = named_at(by + 1);
    if (!giver || mentions_[*giver].possessive)
      continue;
    // "weapons sold by Russia to Syria".
    const std::size_t after = mentions_[coordinated(*giver).back()].end;
    if (!receiver && after + 1 < lower_.size() && eq(lower_[after], "to"))
      receiver = named_at(after + 1);
    if (!receiver) {
      // "Iraq used missiles supplied by ...": the one who holds what was given, named as the
      // clause's subject before it with a verb in between.
      for (std::size_t m = mentions_.size(); m-- > 0 && !receiver;) {
        const Mention& user = mentions_[m];
        if (user.end > thing)
          continue;
        if (thing - user.end > 5 || user.possessive || user.adjective ||
            (user.begin > 0 && prep_[user.begin - 1]))
          break;
        bool clause = true;
        for (std::size_t t = user.end; t < thing && clause; ++t) clause = !breaks_[t];
        if (clause && user.end < thing)
          receiver = m;
        break;
      }
    }
    if (!receiver)
      continue;
    for (const std::size_t g : coordinated(*giver))
      emit(mentions_[g].actor, *aid, mentions_[*receiver].actor, modality(at, *aid, 0), at, 0.75,
           out);
  }
}

void SentenceCoder::code_under_attack(std::vector<irkg::Relation>& out) {
  static const Trigger kAttack = implied_trigger(RelationType::Attack, false);
  for (std::size_t at = 1; at + 3 < lower_.size(); ++at) {
    if (!eq(lower_[at], "under"))
      continue;
    const std::string_view what = lower_[at + 1];
    if (!eq(what, "attack") && !eq(what, "attacks") && !eq(what, "fire") &&
        !eq(what, "bombardment") && !eq(what, "shelling") && !eq(what, "assault") &&
        !eq(what, "siege"))
      continue;
    const std::size_t from = at + 2;
    if (!eq(lower_[from], "from") && !eq(lower_[from], "by"))
      continue;
    const std::optional<std::size_t> attacker = named_at(from + 1);
    if (!attacker)
      continue;
    // The one under attack: the nearest name before it in its clause that no preposition
    // governs.
    std::optional<std::size_t> attacked;
    for (std::size_t m = mentions_.size(); m-- > 0;) {
      const Mention& mention = mentions_[m];
      if (mention.end > at)
        continue;
      bool same_clause = true;
      for (std::size_t t = mention.end; t < at && same_clause; ++t) same_clause = !breaks_[t];
      if (!same_clause || at - mention.end > 3)
        break;
      std::size_t head = mention.begin;
      if (head > 0 && eq(lower_[head - 1], "the"))
        --head;
      if (!mention.possessive && !(head > 0 && prep_[head - 1])) {
        attacked = m;
        break;
      }
    }
    if (!attacked)
      continue;
    for (const std::size_t k : coordinated(*attacker))
      emit(mentions_[k].actor, kAttack, mentions_[*attacked].actor, modality(at, kAttack, 0), at,
           0.75, out);
  }
}

void SentenceCoder::code_body_summits(std::vector<irkg::Relation>& out) {
  static const Trigger kSummit = implied_trigger(RelationType::Summit, true);
  for (std::size_t at = 1; at < lower_.size(); ++at) {
    if (!eq(lower_[at], "summit"))
      continue;
    // The body: named right before ("the EU summit") or after "of" ("a summit of the CIS").
    std::optional<std::size_t> body;
    std::size_t phrase = at;  // where the summit's noun phrase begins
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      const Mention& mention = mentions_[m];
      if (mention.actor.kind != ActorKind::Organization)
        continue;
      if (mention.end == at) {
        body = m;
        phrase = mention.begin;
      } else if (at + 2 < lower_.size() && eq(lower_[at + 1], "of") && named_at(at + 2) == m) {
        body = m;
      }
    }
    if (!body)
      continue;
    while (phrase > 0 && (eq(lower_[phrase - 1], "the") || eq(lower_[phrase - 1], "a") ||
                          eq(lower_[phrase - 1], "an") || eq(lower_[phrase - 1], "this") ||
                          eq(lower_[phrase - 1], "last") || eq(lower_[phrase - 1], "its")))
      --phrase;
    // Being there: "at", "attended", "hosted", "after", "during" right before the phrase.
    if (phrase == 0)
      continue;
    const std::string_view cue = lower_[phrase - 1];
    const bool there = eq(cue, "at") || cue.starts_with("attend") || cue.starts_with("host") ||
                       eq(cue, "after") || eq(cue, "during") || cue.starts_with("address") ||
                       eq(cue, "joined") || eq(cue, "sidelines") || eq(cue, "of");
    if (!there || (eq(cue, "of") && !(phrase >= 2 && eq(lower_[phrase - 2], "sidelines"))))
      continue;
    // The leader who was there: the sentence's first person in office not inside the phrase.
    for (const Mention& person : mentions_) {
      if (person.actor.kind != ActorKind::Person || person.possessive ||
          (person.begin >= phrase && person.begin <= mentions_[*body].end) ||
          !is_leader(person.actor, at, false))
        continue;
      emit(person.actor, kSummit, mentions_[*body].actor, modality(phrase - 1, kSummit, 0),
           phrase - 1, 0.7, out);
      break;
    }
  }
}

void SentenceCoder::code_memberships(std::vector<irkg::Relation>& out) {
  static const Trigger kMember = implied_trigger(RelationType::MemberOf, true);
  static const Trigger kAllies = implied_trigger(RelationType::Cooperate, true);
  for (const AlliedPair& pair : allied_pairs_) {
    emit(pair.left, kAllies, pair.right, Modality::Asserted, pair.at, 0.7, out);
    if (pair.body && pair.left.kind == ActorKind::State && pair.right.kind == ActorKind::State) {
      emit(pair.left, kMember, *pair.body, Modality::Asserted, pair.at, 0.7, out);
      emit(pair.right, kMember, *pair.body, Modality::Asserted, pair.at, 0.7, out);
    }
  }
  allied_pairs_.clear();
  const auto is_member_noun = [&](std::size_t at) {
    return at < lower_.size() && (eq(lower_[at], "allies") || eq(lower_[at], "ally") ||
                                  eq(lower_[at], "member") || eq(lower_[at], "members"));
  };
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    const Mention& org = mentions_[m];
    if (org.actor.kind != ActorKind::Organization || org.possessive || org.pronoun)
      continue;
    std::size_t noun = org.end;
    if (!is_member_noun(noun))
      continue;
    if (noun + 1 < lower_.size() && eq(lower_[noun + 1], "states"))
      ++noun;
    // Named after the noun: "Nato allies Turkey and the US".
    for (std::size_t k = m + 1; k < mentions_.size(); ++k) {
      if (mentions_[k].begin != noun + 1 && mentions_[k].begin != noun + 2)
        continue;
      if (mentions_[k].begin == noun + 2 && !eq(lower_[noun + 1], "the"))
        continue;
      for (const std::size_t member : coordinated(k)) {
        if (mentions_[member].actor.kind == ActorKind::State)
          emit(mentions_[member].actor, kMember, org.actor, Modality::Asserted, org.begin, 0.8,
               out);
      }
      break;
    }
    // In apposition before it: "Turkey, a Nato member".
    if (m > 0 && org.begin >= 3 &&
        (eq(lower_[org.begin - 1], "a") || eq(lower_[org.begin - 1], "an")) &&
        eq(lower_[org.begin - 2], ",")) {
      const Mention& state = mentions_[m - 1];
      if (state.end == org.begin - 2 && state.actor.kind == ActorKind::State)
        emit(state.actor, kMember, org.actor, Modality::Asserted, org.begin, 0.8, out);
    }
  }
  // "Poland, a member of the EU", "Turkey, a Nato ally of the US" is left to the triggers.
  for (std::size_t m = 0; m + 1 < mentions_.size(); ++m) {
    const Mention& state = mentions_[m];
    const std::size_t at = state.end;
    if (state.actor.kind != ActorKind::State || at + 4 >= lower_.size() || !eq(lower_[at], ",") ||
        !(eq(lower_[at + 1], "a") || eq(lower_[at + 1], "an")) || !eq(lower_[at + 2], "member") ||
        !eq(lower_[at + 3], "of"))
      continue;
    const std::size_t org_at = at + 4 + (eq(lower_[at + 4], "the") ? 1 : 0);
    for (std::size_t k = m + 1; k < mentions_.size(); ++k) {
      if (mentions_[k].begin == org_at && mentions_[k].actor.kind == ActorKind::Organization)
        emit(state.actor, kMember, mentions_[k].actor, Modality::Asserted, at, 0.8, out);
    }
  }
}

void SentenceCoder::code_compounds(std::vector<irkg::Relation>& out) {
  for (const Compound& compound : compounds_) {
    std::size_t at = compound.at + 1;
    while (at < lower_.size() && at - compound.at <= 3) {
      const Trigger* noun = nullptr;
      if (triggers_[at]) {
        for (const Trigger& def : *triggers_[at]) {
          bool matches = def.noun && at + def.words.size() <= lower_.size();
          for (std::size_t k = 1; k < def.words.size() && matches; ++k)
            matches = lower_[at + k] == def.words[k];
          if (matches) {
            noun = &def;
            break;
          }
        }
      }
      // "a US-China trade war": the last of a run of nouns is the head.
      if (noun && at + 1 < lower_.size() && triggers_[at + 1] &&
          std::any_of(triggers_[at + 1]->begin(), triggers_[at + 1]->end(),
                      [](const Trigger& def) { return def.noun; })) {
        ++at;
        continue;
      }
      if (noun) {
        const bool figurative = patterns_.figurative_modifiers.contains(lower_[at - 1]);
        const Modality mood = modality(at, *noun, 0);
        if (noun->type == RelationType::Attack && !figurative &&
            patterns_.war_nouns.contains(lower_[at])) {
          emit(compound.left, *noun, compound.right, mood, at, 0.8, out);
          emit(compound.right, *noun, compound.left, mood, at, 0.8, out);
        } else if (noun->type == RelationType::Attack && !figurative) {
          // "a Russian-Syrian attack on Idlib": a joint attack, on what follows.
          static const Trigger kCooperate = implied_trigger(RelationType::Cooperate, true);
          emit(compound.left, kCooperate, compound.right, mood, at, 0.75, out);
          for (const Mention& target : mentions_) {
            if (target.begin > at && target.begin <= at + 4 &&
                (eq(lower_[target.begin - 1], "on") || eq(lower_[target.begin - 1], "against") ||
                 (eq(lower_[target.begin - 1], "the") && target.begin >= 2 &&
                  (eq(lower_[target.begin - 2], "on") ||
                   eq(lower_[target.begin - 2], "against"))))) {
              emit(compound.left, *noun, target.actor, mood, at, 0.75, out);
              emit(compound.right, *noun, target.actor, mood, at, 0.75, out);
              break;
            }
          }
        } else if (irkg::info(noun->type).symmetric && !figurative) {
          emit(compound.left, *noun, compound.right, mood, at, 0.8, out);
        }
        break;
      }
      // Only modifiers may stand between the compound and its noun ("border war").
      if (!std::all_of(lower_[at].begin(), lower_[at].end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }))
        break;
      ++at;
    }
  }
  compounds_.clear();
}

void SentenceCoder::code_relational_nouns(std::vector<irkg::Relation>& out) {
  partners_.clear();
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    const Mention& owner = mentions_[m];
    if (!owner.possessive)
      continue;
    // After "'s", or right after "its".
    std::size_t at = owner.end + (owner.end < lower_.size() && (eq(lower_[owner.end], "'s") ||
                                                                eq(lower_[owner.end], "'"))
                                      ? 1
                                      : 0);
    while (at < lower_.size() && at - owner.end <= 4 &&
           patterns_.relational_modifiers.contains(lower_[at]))
      ++at;
    // "the Syrian regime and its Russian backers": the demonym names the partner.
    std::optional<std::size_t> partner;
    for (std::size_t k = m + 1; k < mentions_.size(); ++k) {
      if (mentions_[k].begin == at && mentions_[k].adjective) {
        partner = k;
        at = mentions_[k].end;
      }
    }
    if (at >= lower_.size())
      continue;
    const auto noun = patterns_.relational_nouns.find(lower_[at]);
    if (noun == patterns_.relational_nouns.end())
      continue;
    // After it: "Assad's backer, Russia" / "Russia's ally Belarus".
    std::size_t next = at + 1;
    if (next < lower_.size() && eq(lower_[next], ","))
      ++next;
    if (next < lower_.size() && eq(lower_[next], "the"))
      ++next;
    for (std::size_t k = m + 1; k < mentions_.size() && !partner; ++k) {
      if (mentions_[k].begin == next)
        partner = k;
    }
    // Before it: "Russia, Assad's main backer" / "Putin, Russia's president and Assad's backer".
    for (std::size_t k = m; !partner && k-- > 0;) {
      const Mention& left = mentions_[k];
      if (owner.begin - left.end > 8 || left.end >= lower_.size() || !eq(lower_[left.end], ","))
        continue;
      bool clean = true;
      for (std::size_t t = left.end; t < owner.begin && clean; ++t)
        clean = !is_break(t) && !triggers_[t];
      if (clean && !left.possessive)
        partner = k;
      break;
    }
    if (!partner)
      continue;
    partners_.emplace(m, *partner);
    if (noun->second.type == RelationType::Attack) {
      // "Iran, Iraq's enemy in the Gulf war": enemies at war attack each other.
      bool at_war = false;
      for (std::size_t t = at + 1; t < lower_.size() && t <= at + 7 && !at_war; ++t)
        at_war = patterns_.war_nouns.contains(lower_[t]);
      if (at_war) {
        static const Trigger kAttack = implied_trigger(RelationType::Attack, true);
        emit(mentions_[*partner].actor, kAttack, owner.actor, Modality::Asserted, at, 0.75, out);
        emit(owner.actor, kAttack, mentions_[*partner].actor, Modality::Asserted, at, 0.75, out);
      }
      continue;
    }
    if (!noun->second.emit)
      continue;
    static const Trigger kSupport = implied_trigger(RelationType::Support, true);
    static const Trigger kCooperate = implied_trigger(RelationType::Cooperate, true);
    const Trigger& def = noun->second.type == RelationType::Cooperate ? kCooperate : kSupport;
    // A standing relation, whatever the clause around it wants or denies.
    // "Assad's allies, Russia and Iran": every partner named.
    for (const std::size_t k : coordinated(*partner)) {
      if (k >= *partner)
        emit(mentions_[k].actor, def, owner.actor, Modality::Asserted, at, 0.8, out);
    }
  }
}

}  // namespace irkg::extract::detail
