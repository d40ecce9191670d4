// extract/extractor.cpp - the event coder: who did what to whom, when, and how sure the text is
// SPDX-License-Identifier: MIT
#include "extract/extractor.h"

#include "extract/dates.h"
#include "support/strings.h"
#include "text/sentences.h"
#include "text/tokens.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <set>

namespace {

using irkg::ActorKind;
using irkg::Modality;
using irkg::RelationType;
using irkg::extract::Patterns;
using irkg::extract::Trigger;
using irkg::lexicon::Lexicon;
using irkg::lexicon::NameKind;
using irkg::lexicon::NameRef;

// How far (in tokens) arguments may lie from their trigger.
constexpr std::size_t kSubjectWindow = 18;
constexpr std::size_t kObjectWindow = 10;
constexpr std::size_t kNounObjectWindow = 4;
constexpr std::size_t kNoRole = static_cast<std::size_t>(-1);

// One reference to an actor in a sentence.
struct Mention {
  std::size_t begin = 0, end = 0;  // token range
  irkg::Actor actor;
  bool possessive = false;  // followed by 's
  bool adjective = false;   // a demonym used as a modifier ("Russian troops")
  bool pronoun = false;
};

// Reading state carried from sentence to sentence within one article.
struct ArticleState {
  irkg::PartialDate date;
  std::set<std::string> named;  // ids named unambiguously anywhere in the article
  std::set<std::uint32_t> persons_named_in_full;
  std::optional<irkg::Actor> last_person;
  std::size_t last_person_sentence = 0;
  std::vector<irkg::Actor> recent_persons;  // most recent last
  std::vector<irkg::Actor> recent_states;
  std::optional<irkg::Actor> regime;        // the state last called a regime ("the Assad regime")
  std::optional<irkg::Actor> group;         // the armed group named last
  std::optional<irkg::Actor> subject;       // the state or body the last sentence was about
  std::vector<irkg::Actor> quoted_targets;  // damned in a quotation still waiting for its speaker
  std::size_t subject_sentence = 0;
};

// Compares the length first, so that the common mismatch costs no call to memcmp.
template <std::size_t N>
bool eq(std::string_view word, const char (&literal)[N]) {
  return word.size() == N - 1 && std::memcmp(word.data(), literal, N - 1) == 0;
}

// A trigger for a relation that a construction implies rather than a trigger word states.
Trigger implied_trigger(RelationType type, bool noun) {
  Trigger trigger;
  trigger.type = type;
  trigger.noun = noun;
  return trigger;
}

bool is_capitalised(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

bool is_be_form(std::string_view word) {
  static const std::set<std::string_view> kBe{"was", "were", "been", "be", "being",
                                              "is",  "are",  "got",  "get"};
  return kBe.contains(word);
}

class SentenceCoder {
 public:
  SentenceCoder(const Lexicon& lexicon, const Patterns& patterns, ArticleState& state,
                const irkg::text::Article& article)
      : lexicon_(lexicon), patterns_(patterns), state_(state), article_(article) {}

  // What the first pass learnt of a sentence, so that the second does not redo it.
  struct Scan {
    std::vector<irkg::text::Token> tokens;
    std::vector<std::uint32_t> match_length;  // at the positions the pass looked at; else kUnknown
    std::vector<std::span<const NameRef>> match_refs;
  };
  static constexpr std::uint32_t kUnknown = static_cast<std::uint32_t>(-1);

  // Collects the ids a careful reader would take as named outright in the article.
  void prescan(std::string_view text, Scan& scan) {
    tokenize(text, false);
    scan.match_length.assign(words_.size(), kUnknown);
    scan.match_refs.assign(words_.size(), {});
    for (std::size_t i = 0; i < words_.size();) {
      std::span<const NameRef> refs;
      const std::size_t length = lexicon_.match(words_, i, refs);
      scan.match_length[i] = static_cast<std::uint32_t>(length);
      scan.match_refs[i] = refs;
      if (length == 0) {
        ++i;
        continue;
      }
      for (const NameRef& ref : refs) {
        if (ref.context || ref.kind == NameKind::PersonShort)
          continue;
        if (ref.ambiguous && !resolved_here(i, length))
          continue;
        state_.named.insert(lexicon_.entry(ref.entry).id);
      }
      i += length;
    }
    scan.tokens = tokens_;
  }

  // \p scan is the first pass's result for this sentence, or null when it was not kept.
  // \p span is the sentence's range in the normalised text: its original wording is looked up
  // only when the sentence yields a relation.
  void code(std::string_view text, const Scan* scan, std::pair<std::uint32_t, std::uint32_t> span,
            std::int32_t index, std::vector<irkg::Relation>& out) {
    scan_ = scan;
    if (scan)
      tokens_ = scan->tokens;
    else
      irkg::text::tokenize(text, tokens_);
    tokenize(text, true);
    find_planned_phrases();
    dates_ = irkg::extract::find_dates(words_, state_.date);
    sentence_ = index;
    span_ = span;
    evidence_.reset();
    find_mentions(out);
    add_known_offices(out);
    find_relations(out);
    remember();
  }

 private:
  // Splits the sentence into tokens; with \p classify also their lower-case forms and the
  // per-token facts every rule asks about, looked up once here rather than in each rule.
  void tokenize(std::string_view text, bool classify) {
    if (!classify)
      irkg::text::tokenize(text, tokens_);
    words_.clear();
    for (const auto& token : tokens_)
      words_.push_back(text.substr(token.begin, token.end - token.begin));
    if (!classify)
      return;
    const std::size_t n = tokens_.size();
    // One lower-case copy of the sentence; each token's form is a view into it.
    lowered_.assign(text);
    for (char& c : lowered_) {
      if (c >= 'A' && c <= 'Z')
        c = static_cast<char>(c + 32);
    }
    lower_.resize(n);
    breaks_.assign(n, false);
    speech_.assign(n, false);
    prep_.assign(n, false);
    conditional_ = kNoRole;
    negation_.assign(n, false);
    starts_planned_.assign(n, false);
    hypothetical_.assign(n, false);
    triggers_.assign(n, nullptr);
    for (std::size_t t = 0; t < n; ++t) {
      lower_[t] =
          std::string_view(lowered_).substr(tokens_[t].begin, tokens_[t].end - tokens_[t].begin);
      const auto& facts = patterns_.facts(lower_[t]);
      speech_[t] = facts.speech_verb;
      prep_[t] = facts.preposition;
      breaks_[t] = facts.speech_verb || facts.clause_break;
      triggers_[t] = facts.triggers;
      if (conditional_ == kNoRole &&
          (eq(lower_[t], "if") || eq(lower_[t], "unless") || eq(lower_[t], "whether")))
        conditional_ = t;
      negation_[t] = facts.negation;
      starts_planned_[t] = facts.starts_planned;
      hypothetical_[t] = facts.hypothetical;
    }
  }

  // Marks where a phrase like "to be held" starts; called once the lower-case forms exist.
  void find_planned_phrases() {
    planned_at_.assign(lower_.size(), false);
    for (std::size_t at = 0; at < lower_.size(); ++at) {
      if (!starts_planned_[at])
        continue;
      for (const auto& phrase : patterns_.hypothetical_after) {
        if (lower_[at] != phrase.front() || at + phrase.size() > lower_.size())
          continue;
        bool matches = true;
        for (std::size_t k = 1; k < phrase.size() && matches; ++k)
          matches = lower_[at + k] == phrase[k];
        if (matches) {
          planned_at_[at] = true;
          break;
        }
      }
    }
  }

  // The person a role description refers to: "the North Korean leader", "the U.S. president".
  std::optional<irkg::Actor> office_holder(const std::string& of, const irkg::extract::Title& title,
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

  // Matches a role title at token i; returns its length.
  std::size_t match_title(std::size_t i, const irkg::extract::Title*& found) const {
    const auto it = patterns_.titles.find(lower_[i]);
    if (it == patterns_.titles.end())
      return 0;
    for (const auto& title : it->second) {
      if (i + title.words.size() > lower_.size())
        continue;
      bool ok = true;
      for (std::size_t k = 0; k < title.words.size() && ok; ++k)
        ok = lower_[i + k] == title.words[k];
      if (ok) {
        found = &title;
        return title.words.size();
      }
    }
    return 0;
  }

  // "Petro Danylenko" is not Gustavo Petro: a one-word person alias before an unlisted
  // capitalised word is a first name.
  bool first_name_alias(std::size_t at) const {
    std::span<const NameRef> refs;
    if (at + 1 >= words_.size() || lexicon_.match(words_, at, refs) != 1 ||
        lexicon_.entry(refs.front().entry).kind != ActorKind::Person)
      return false;
    static const std::set<std::string_view> kNotSurnames{
        "monday",   "tuesday", "wednesday", "thursday",  "friday",  "saturday",
        "sunday",   "january", "february",  "march",     "april",   "may",
        "june",     "july",    "august",    "september", "october", "november",
        "december", "jr",      "jr.",       "sr",        "sr.",     "administration"};
    return is_capitalised(words_[at + 1]) && tokens_[at + 1].kind == irkg::text::TokenKind::Word &&
           !kNotSurnames.contains(irkg::ascii_lower(words_[at + 1])) &&
           !patterns_.name_titles.contains(words_[at + 1]) && !lexicon_.match(words_, at + 1, refs);
  }

  // A run of capitalised words not in the lexicon, read as a person's name: "Binali Yildirim".
  std::size_t unknown_name_length(std::size_t i) const {
    std::size_t n = 0;
    while (i + n < words_.size() && n < 4 && is_capitalised(words_[i + n]) &&
           tokens_[i + n].kind == irkg::text::TokenKind::Word &&
           !patterns_.name_titles.contains(words_[i + n])) {
      std::span<const NameRef> refs;
      if (lexicon_.match(words_, i + n, refs) && !(n == 0 && first_name_alias(i)))
        break;
      ++n;
    }
    return n >= 2 ? n : 0;
  }

  bool acceptable(const NameRef& ref, std::size_t begin, std::size_t length) const {
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

  bool could_be_first_name(std::size_t at) const {
    static const std::set<std::string_view> kOpeners{
        "the",        "a",        "an",      "then",   "meanwhile", "later",     "yesterday",
        "today",      "now",      "also",    "still",  "but",       "and",       "so",
        "yet",        "when",     "while",   "after",  "before",    "since",     "as",
        "if",         "although", "though",  "on",     "in",        "at",        "last",
        "this",       "that",     "both",    "former", "outgoing",  "new",       "earlier",
        "separately", "however",  "instead", "for",    "with",      "president", "leader",
        "mr",         "mrs",      "ms",      "dr",     "north",     "south",     "why",
        "what",       "how",      "where",   "who",    "tonight",   "there",     "here"};
    const std::string word = irkg::ascii_lower(words_[at]);
    return !kOpeners.contains(word) && !patterns_.facts(word).triggers &&
           !patterns_.facts(word).clause_break && !patterns_.facts(word).preposition &&
           !patterns_.name_titles.contains(words_[at]);
  }

  // Does the sentence itself settle an ambiguous name as the state: listed with plain state
  // names ("Seoul, Washington and Kyiv"), or holding an office ("Turkey's foreign minister")?
  bool resolved_here(std::size_t begin, std::size_t length) const {
    const std::size_t end = begin + length;
    if (end + 1 < words_.size() && words_[end] == "'s" &&
        patterns_.titles.contains(irkg::ascii_lower(words_[end + 1])))
      return true;
    return listed_with_states(begin, length);
  }

  bool listed_with_states(std::size_t begin, std::size_t length) const {
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

  // The words [begin, end) as written, joined by single spaces.
  std::string surface(std::size_t begin, std::size_t end) const {
    std::string text(words_[begin]);
    for (std::size_t k = begin + 1; k < end; ++k) {
      text += ' ';
      text += words_[k];
    }
    return text;
  }

  // Does a listed person's name, or a run of unlisted capitalised words, start at \p at?
  bool names_person(std::size_t at) const {
    std::span<const NameRef> refs;
    if (lexicon_.match(words_, at, refs))
      return lexicon_.entry(refs.front().entry).kind == ActorKind::Person;
    return unknown_name_length(at) > 0;
  }

  // A person the lexicon does not list, named by the \p length words at \p begin, who serves
  // \p of (a state, or an organisation or group).
  irkg::Actor unlisted_person(std::size_t begin, std::size_t length, const std::string& of,
                              ActorKind of_kind) const {
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

  // Is the demonym at [begin, end) acting as its state ("Russian forces", "the Russians")?
  bool adjective_acts(std::size_t end, std::string_view word) const {
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
    // A people ("the Russians said") but not "Russians living abroad".
    return word.size() > 1 && word.back() == 's' && !is_capitalised(words_[end]) &&
           tokens_[end].kind == irkg::text::TokenKind::Word && !prep_[end] &&
           !eq(lower_[end], "living");
  }

  irkg::PartialDate when(std::size_t near) const {
    return irkg::extract::nearest_date(dates_, near, state_.date);
  }

  void add_structural(const irkg::Actor& person, bool leader, const std::string& of,
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
    out.push_back(std::move(relation));
  }

  void find_mentions(std::vector<irkg::Relation>& out) {
    mentions_.clear();
    for (std::size_t i = 0; i < words_.size();) {
      // Pronouns and plural descriptions that refer back.
      if ((eq(lower_[i], "he") || eq(lower_[i], "she") || eq(lower_[i], "his") ||
           eq(lower_[i], "her")) &&
          (earlier_person() ||
           (state_.last_person &&
            sentence_ - static_cast<std::int32_t>(state_.last_person_sentence) <= 2))) {
        // A person named earlier in the sentence is the nearer antecedent.
        const Mention* same = earlier_person();
        Mention m{i, i + 1, same ? same->actor : *state_.last_person, false, false, true};
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
          if (m.actor.kind != ActorKind::Person && !m.possessive &&
              !(m.begin > 0 && prep_[m.begin - 1]) &&
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
        static const std::set<std::string_view> kLeaders{"leaders", "men", "presidents", "heads",
                                                         "premiers"};
        static const std::set<std::string_view> kCountries{
            "countries", "nations", "states",      "governments", "allies",  "neighbours",
            "neighbors", "powers",  "adversaries", "rivals",      "capitals"};
        // One modifier may come between: "the two Nato allies", "both nuclear powers".
        if (noun + 1 < lower_.size() && !kLeaders.contains(lower_[noun]) &&
            !kCountries.contains(lower_[noun]) &&
            (kLeaders.contains(lower_[noun + 1]) || kCountries.contains(lower_[noun + 1])) &&
            tokens_[noun].kind == irkg::text::TokenKind::Word)
          ++noun;
        const std::string_view w = lower_[noun];
        const bool leaders = kLeaders.contains(w);
        const bool countries = kCountries.contains(w);
        const auto& pool = leaders ? state_.recent_persons : state_.recent_states;
        if ((leaders || countries) && pool.size() >= 2) {
          mentions_.push_back({i, noun + 1, pool[pool.size() - 2], false, false, true});
          mentions_.push_back({i, noun + 1, pool.back(), false, false, true});
          // "the two Nato allies": allies cooperate, and belong to the body named.
          if (eq(lower_[noun], "allies") || eq(lower_[noun], "partners")) {
            std::span<const NameRef> refs;
            std::optional<irkg::Actor> body;
            if (noun > i + 1 && lexicon_.match(words_, noun - 1, refs) == 1 &&
                lexicon_.entry(refs.front().entry).kind == ActorKind::Organization)
              body = lexicon_.actor(refs.front().entry, when(i));
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
          backed_.push_back({i, lexicon_.actor(refs.front().entry, when(i))});
        }
      }
      if (length == 0 && hyphenated && find_compound(i, word)) {
        ++i;
        continue;
      }
      if (length == 0 && hyphenated && word.size() > 4 && word.ends_with("-led")) {
        const std::vector<std::string_view> one{word.substr(0, word.size() - 4)};
        if (lexicon_.match(one, 0, refs))
          length = 1;
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
      Mention mention{i, end, lexicon_.actor(chosen->entry, when(i)), false, false, false};
      // The name as written ("Pyongyang", "the Kremlin", "Russian") is an alias the KB keeps.
      if (std::string seen = surface(i, end); seen != mention.actor.name)
        mention.actor.aliases.push_back(std::move(seen));
      if (chosen->kind == NameKind::Adjective ||
          (chosen->kind == NameKind::Alias && entry.kind == ActorKind::State &&
           end < words_.size() && !is_capitalised(words_[end]) &&
           patterns_.titles.contains(lower_[end]))) {
        // Demonym + title (+ name): "Russian President Vladimir Putin", "the North Korean leader".
        const irkg::extract::Title* title = nullptr;
        std::size_t title_length = end < words_.size() ? match_title(end, title) : 0;
        if (title_length) {
          std::size_t after = end + title_length;
          // "the US secretary of state, Mike Pompeo": the name may follow a comma.
          if (after + 1 < words_.size() && words_[after] == "," && names_person(after + 1))
            ++after;
          std::span<const NameRef> person_refs;
          std::size_t person_length =
              after < words_.size() ? lexicon_.match(words_, after, person_refs) : 0;
          if (person_length && first_name_alias(after))
            person_length = 0;
          if (person_length &&
              lexicon_.entry(person_refs.front().entry).kind == ActorKind::Person) {
            const auto person = person_refs.front().entry;
            state_.persons_named_in_full.insert(person);
            irkg::Actor actor = lexicon_.actor(person, when(after));
            add_structural(actor, title->leader, entry.id, out);
            mentions_.push_back({i, after + person_length, actor, false, false, false});
            mark_possessive(mentions_.back());
            i = after + person_length;
            continue;
          }
          if (const std::size_t name_length =
                  after < words_.size() ? unknown_name_length(after) : 0) {
            const irkg::Actor actor = unlisted_person(after, name_length, entry.id, entry.kind);
            add_structural(actor, title->leader, entry.id, out);
            mentions_.push_back({i, after + name_length, actor, false, false, false});
            mark_possessive(mentions_.back());
            i = after + name_length;
            continue;
          }
          // A title without a name refers to the office-holder at the time of the event.
          if (auto holder = office_holder(entry.id, *title, when(end))) {
            add_structural(*holder, title->leader, entry.id, out);
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
            if (const auto* role = lexicon_.role_at(entry, when(i));
                role && role->leader == leader) {
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
        add_structural(lexicon_.actor(refs.front().entry, when(after)), title->leader,
                       owner.actor.id, out);
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
  }

  // "Sepan Hamo, the overall commander of the YPG", "Bashar Ja'afari, Syria's ambassador to the
  // UN", "Hamza Birqdar, a spokesman for Jaish al-Islam": an unlisted name with its office in
  // apposition serves the state or body the office names; the name becomes an actor.
  void find_appositive_offices(std::vector<irkg::Relation>& out) {
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
      if (const Mention* m = mention_at(at);
          m && m->actor.kind != ActorKind::Person && !m->pronoun) {
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

  // Does a noun trigger's whole phrase start at \p at ("war", not "military" of "military aid")?
  bool noun_trigger_at(std::size_t at) const {
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

  // A noun trigger naming an event rather than something said ("deal", "war", not "request").
  bool event_noun_at(std::size_t at) const {
    if (!noun_trigger_at(at))
      return false;
    const RelationType type = triggers_[at]->front().type;
    return type != RelationType::Demand && type != RelationType::Reject &&
           type != RelationType::Criticize && type != RelationType::Threaten;
  }

  // The person "he" or "his" refers to within the sentence: the nearest one named before it.
  const Mention* earlier_person() const {
    for (std::size_t m = mentions_.size(); m-- > 0;) {
      if (mentions_[m].actor.kind == ActorKind::Person)
        return &mentions_[m];
    }
    return nullptr;
  }

  // The state a person leads at the time of the sentence, if any.
  std::optional<irkg::Actor> led_state(const irkg::Actor& person, std::size_t at) const {
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

  // "the Assad regime", "the Trump administration", "Assad's forces": a leader's name used for
  // the state's government or forces is the state.
  void stand_for_government(Mention& mention) const {
    if (mention.actor.kind != ActorKind::Person || mention.pronoun)
      return;
    std::size_t next = mention.end + (mention.possessive ? 1 : 0);
    if (next >= lower_.size())
      return;
    static const std::set<std::string_view> kGovernment{
        "regime", "government", "administration", "cabinet", "forces",         "troops",
        "army",   "military",   "loyalists",      "junta",   "security forces"};
    if (!kGovernment.contains(lower_[next]))
      return;
    if (auto state = led_state(mention.actor, mention.begin)) {
      mention.actor = std::move(*state);
      mention.possessive = false;
      mention.adjective = true;
    }
  }

  // "Iran-Iraq war", "Franco-German talks": a compound of two actors, kept for the noun after it.
  bool find_compound(std::size_t i, std::string_view word) {
    const auto dash = word.find('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= word.size() ||
        word.find('-', dash + 1) != std::string_view::npos)
      return false;
    const auto part = [&](std::string_view text) -> std::optional<irkg::Actor> {
      if (const auto form = patterns_.combining_forms.find(irkg::ascii_lower(text));
          form != patterns_.combining_forms.end()) {
        if (const auto entry = lexicon_.find(form->second))
          return lexicon_.actor(*entry, when(i));
      }
      const std::vector<std::string_view> one{text};
      std::span<const NameRef> refs;
      if (!lexicon_.match(one, 0, refs))
        return std::nullopt;
      for (const NameRef& ref : refs) {
        const auto& entry = lexicon_.entry(ref.entry);
        if (!ref.ambiguous && !ref.context && entry.kind != ActorKind::Person)
          return lexicon_.actor(ref.entry, when(i));
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

  void mark_possessive(Mention& mention) const {
    if (mention.end < lower_.size() &&
        (eq(lower_[mention.end], "'s") || eq(lower_[mention.end], "'"))) {
      mention.possessive = true;
    }
  }

  bool is_break(std::size_t i) const { return breaks_[i]; }

  // Mentions coordinated with mentions_[m] ("Seoul, Washington and Kyiv").
  std::vector<std::size_t> coordinated(std::size_t m) const {
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

  // Is the mention the speaker of a following speech verb ("South Korean officials said")?
  bool speaks(const Mention& mention) const {
    for (std::size_t t = mention.end; t < speech_.size() && t < mention.end + 3; ++t) {
      if (speech_[t])
        return true;
      if (tokens_[t].kind != irkg::text::TokenKind::Word)
        return false;
    }
    return false;
  }

  bool joined(std::size_t left_end, std::size_t right_begin) const {
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

  Modality modality(std::size_t trigger, const Trigger& def, std::size_t left) const {
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
    for (std::size_t t = opened; t < trigger; ++t) {
      if (hypothetical_[t] &&
          !(def.type == RelationType::Threaten && lower_[t].starts_with("threat"))) {
        return Modality::Hypothetical;
      }
    }
    if (conditional_ < trigger)
      return Modality::Hypothetical;  // "if", "unless", "whether" earlier in the sentence
    // "a three-way summit ... to be held in Tehran on Friday".
    const std::size_t after = trigger + def.words.size();
    if (def.noun) {
      for (std::size_t at = after; at < after + 6 && at < lower_.size() && !breaks_[at]; ++at) {
        if (planned_at_[at])
          return Modality::Hypothetical;
      }
    }
    return Modality::Asserted;
  }

  static bool is_group_noun(std::string_view word) {
    return word == "allies" || word == "members" || word == "partners" || word == "neighbours" ||
           word == "neighbors" || word == "rivals" || word == "states" || word == "countries";
  }

  // "allies such as Saudi Arabia and Israel", "America's allies Japan and South Korea", "Nato
  // allies Turkey and the US": the named allies cooperate with the owner, or with one another.
  void code_allies(std::vector<irkg::Relation>& out) {
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
          emit(mentions_[*owner].actor, kCooperate, mentions_[k].actor, Modality::Asserted, at,
               0.75, out);
      } else if (!such_as) {
        for (std::size_t a = 0; a < group.size(); ++a) {
          for (std::size_t b = a + 1; b < group.size(); ++b)
            emit(mentions_[group[a]].actor, kCooperate, mentions_[group[b]].actor,
                 Modality::Asserted, at, 0.75, out);
        }
      }
    }
  }

  // '"We think the US case is very weak," said Anthony Gooch': a speaker who says something
  // damning of an actor named in the quotation criticises that actor.
  void code_quoted_criticism(std::vector<irkg::Relation>& out) {
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
      for (std::size_t t = first->end; t < to && t < first->end + 8 && !eq(lower_[t], ","); ++t) {
        if (patterns_.criticism_words.contains(lower_[t])) {
          pending.push_back(first->actor);
          break;
        }
      }
    }
    if (pending.empty())
      return;
    // The speaker: next to a speech verb outside the quotation ("said Gooch", "Gooch said").
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
    if (!speaker) {
      if (left_open)
        state_.quoted_targets = std::move(pending);  // the speaker may come after the quote ends
      return;
    }
    static const Trigger kCriticize = implied_trigger(RelationType::Criticize, false);
    for (const irkg::Actor& target : pending)
      emit(speaker->actor, kCriticize, target, Modality::Asserted, speaker->begin, 0.6, out);
  }

  // "Nato allies Turkey and the US", "Turkey, a Nato member", "Poland, a member of the EU":
  // states named as members of an organisation belong to it.
  void code_memberships(std::vector<irkg::Relation>& out) {
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

  // "Kim and Trump held talks", "Seoul and Tokyo's talks": the list is the noun's subject only
  // when near it or joined to it by a light verb; not "aid to Jordan, Morocco and Egypt ... by
  // 60 pct from the previous pact".
  bool close_or_held(std::size_t from, std::size_t noun) const {
    if (noun - from <= 3)
      return true;
    static const std::set<std::string_view> kLight{
        "held",       "hold",         "holds",     "holding",      "had",      "have",
        "has",        "began",        "begin",     "begins",       "opened",   "open",
        "resumed",    "resume",       "launched",  "signed",       "sign",     "reached",
        "reach",      "concluded",    "struck",    "agreed",       "agree",    "start",
        "started",    "starts",       "entered",   "enter",        "renewed",  "restored",
        "sealed",     "forged",       "forge",     "built",        "build",    "deepened",
        "deepen",     "strengthened", "expanded",  "overseeing",   "oversee",  "oversaw",
        "attended",   "attend",       "attending", "joined",       "join",     "joining",
        "sponsoring", "sponsored",    "sponsor",   "co-sponsored", "chaired",  "co-chaired",
        "hosting",    "hosted",       "host",      "mediating",    "brokering"};
    for (std::size_t t = from; t < noun && t < from + 6; ++t) {
      if (kLight.contains(lower_[t]))
        return true;
    }
    return false;
  }

  // "refused to meet Bolton" rejects Bolton; "refused to deny HTS is planning" does not.
  bool rejects_through(std::size_t after_trigger) const {
    static const std::set<std::string_view> kContact{
        "meet",    "see",   "receive", "talk",   "negotiate", "recognise", "recognize",
        "accept",  "allow", "attend",  "host",   "join",      "back",      "support",
        "endorse", "sign",  "admit",   "invite", "engage",    "deal",      "cooperate"};
    std::size_t to = after_trigger;
    while (to < lower_.size() && to < after_trigger + 2 && !eq(lower_[to], "to")) ++to;
    return to + 1 < lower_.size() && eq(lower_[to], "to") && kContact.contains(lower_[to + 1]);
  }

  // "Russia, Iran and Turkey will meet": coordinated subjects of a verb stand right before it,
  // perhaps with auxiliaries, not in another clause ("... that Germany, France and Britain
  // repatriate their citizens has met a mixed response").
  bool right_before_verb(std::size_t from, std::size_t verb) const {
    if (from > verb)
      return true;  // the main clause's subjects of an opener ("After exchanging threats, ...")
    static const std::set<std::string_view> kBetween{
        "will",     "would",     "could",   "may",      "might",      "to",         "have",
        "has",      "had",       "did",     "do",       "does",       "also",       "again",
        "then",     "last",      "first",   "both",     "jointly",    "once",       "–",
        "-",        "failed",    "fail",    "refused",  "agreed",     "decided",    "want",
        "wanted",   "plan",      "planned", "tried",    "sought",     "hope",       "hoped",
        "expected", "are",       "were",    "is",       "was",        "not",        "never",
        "n't",      "already",   "finally", "yet",      "still",      "due",        "set",
        "began",    "begin",     "can",     "should",   "must",       "shall",      "now",
        "today",    "yesterday", "tonight", "formally", "officially", "reportedly", "recently",
        "later",    "earlier",   "on",      "monday",   "tuesday",    "wednesday",  "thursday",
        "friday",   "saturday",  "sunday",  "quietly",  "secretly",   "swiftly"};
    for (std::size_t t = from; t < verb; ++t) {
      if (!kBetween.contains(lower_[t]))
        return false;
    }
    return verb - from <= 4;
  }

  bool passive_agent_between(std::size_t from, std::size_t verb) const {
    for (std::size_t t = from; t + 2 < verb; ++t) {
      if (is_be_form(lower_[t]) &&
          (lower_[t + 1].ends_with("ed") || lower_[t + 1].ends_with("en")) &&
          eq(lower_[t + 2], "by"))
        return true;
    }
    return false;
  }

  bool has_pronoun_subject(std::size_t from, std::size_t verb) const {
    for (std::size_t t = std::max(from, verb >= 3 ? verb - 3 : 0); t < verb; ++t) {
      if (eq(lower_[t], "it") || eq(lower_[t], "they") || eq(lower_[t], "we") ||
          eq(lower_[t], "i") || eq(lower_[t], "you"))
        return true;
    }
    return false;
  }

  bool verb_between(std::size_t from, std::size_t to) const {
    for (std::size_t t = from; t < to; ++t) {
      if (triggers_[t] && std::none_of(triggers_[t]->begin(), triggers_[t]->end(),
                                       [](const Trigger& trigger) { return trigger.noun; }))
        return true;
    }
    return false;
  }

  // "has the support of", "with the backing of": the noun is had, not given, by the subject.
  bool has_the_noun(std::size_t trigger) const {
    static const std::set<std::string_view> kHave{
        "has",     "have",     "had",      "having", "with",  "enjoys", "enjoyed", "won",
        "gained",  "secured",  "received", "gets",   "got",   "sought", "seeks",   "lost",
        "retains", "retained", "win",      "gain",   "enjoy", "without"};
    for (std::size_t t = trigger, steps = 0; t-- > 0 && steps < 4; ++steps) {
      if (is_be_form(lower_[t]))
        return false;  // "have been the staunchest backers of": the subject gives it
      if (kHave.contains(lower_[t]))
        return true;
      if (is_break(t) || triggers_[t])
        return false;
    }
    return false;
  }

  bool has_nearby(const std::vector<std::string>& nouns, std::size_t trigger,
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

  // Does the person lead a state or organisation (only a state, with \p of_state) at the time
  // of the event?
  bool is_leader(const irkg::Actor& actor, std::size_t trigger, bool of_state) const {
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

  void emit(const irkg::Actor& source, const Trigger& def, const irkg::Actor& target,
            Modality modality, std::size_t trigger, double confidence,
            std::vector<irkg::Relation>& out) {
    if (source.id == target.id)
      return;
    // A person acting on their own state, or a state on its own official, is not a relation.
    if (source.kind == ActorKind::Person && source.country == target.id)
      return;
    if (target.kind == ActorKind::Person && target.country == source.id)
      return;
    RelationType type = def.type;
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
    for (const auto& known : found_) {
      if (known.source.id == source.id && known.target.id == target.id && known.type == type)
        return;
      if (irkg::info(type).symmetric && known.type == type && known.source.id == target.id &&
          known.target.id == source.id)
        return;
    }
    irkg::Relation relation;
    relation.source = source;
    relation.type = type;
    relation.target = target;
    relation.modality = modality;
    relation.date = when(trigger);
    relation.doc = article_.id;
    relation.sentence = sentence_;
    relation.evidence = std::string(evidence());
    relation.confidence = confidence;
    found_.push_back(relation);
    out.push_back(std::move(relation));
  }

  void find_relations(std::vector<irkg::Relation>& out) {
    found_.clear();
    // "the US-backed Manbij council": support from the backer to the next actor named.
    static const Trigger kBacking = implied_trigger(RelationType::Support, false);
    for (const auto& [position, backer] : backed_) {
      for (const Mention& m : mentions_) {
        if (m.begin > position && m.begin - position <= 3) {
          // "UN-sponsored Syrian talks": the talks are sponsored, not Syria.
          if (!(m.adjective && m.end < lower_.size() && noun_trigger_at(m.end)))
            emit(backer, kBacking, m.actor, Modality::Asserted, position, 0.8, out);
          break;
        }
      }
    }
    backed_.clear();
    code_compounds(out);
    code_relational_nouns(out);
    code_allies(out);
    code_memberships(out);
    code_quoted_criticism(out);
    std::vector<bool> used(words_.size(), false);
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

  // "the Iran-Iraq war": both sides of a war attack each other; "Franco-German talks".
  void code_compounds(std::vector<irkg::Relation>& out) {
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

  // "Vladimir Putin, Russia's president and Assad's most powerful backer": the possessor of a
  // relational noun is related to the actor in apposition with it.
  void code_relational_nouns(std::vector<irkg::Relation>& out) {
    partners_.clear();
    for (std::size_t m = 0; m < mentions_.size(); ++m) {
      const Mention& owner = mentions_[m];
      if (!owner.possessive)
        continue;
      std::size_t at = owner.end + 1;
      while (at < lower_.size() && at - owner.end <= 4 &&
             patterns_.relational_modifiers.contains(lower_[at]))
        ++at;
      if (at >= lower_.size())
        continue;
      const auto noun = patterns_.relational_nouns.find(lower_[at]);
      if (noun == patterns_.relational_nouns.end())
        continue;
      std::optional<std::size_t> partner;
      // After it: "Assad's backer, Russia" / "Russia's ally Belarus".
      std::size_t next = at + 1;
      if (next < lower_.size() && eq(lower_[next], ","))
        ++next;
      if (next < lower_.size() && eq(lower_[next], "the"))
        ++next;
      for (std::size_t k = m + 1; k < mentions_.size(); ++k) {
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
      emit(mentions_[*partner].actor, def, owner.actor, Modality::Asserted, at, 0.8, out);
    }
  }

  bool code_trigger(std::size_t i, const Trigger& def, std::vector<irkg::Relation>& out) {
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
    // "a negotiated settlement", "the attacked ship": a participle used as an adjective.
    if (!def.noun && i > 0 &&
        (eq(lower_[i - 1], "a") || eq(lower_[i - 1], "an") || eq(lower_[i - 1], "the")))
      return false;
    if (last < lower_.size() && std::find(def.not_followed_by.begin(), def.not_followed_by.end(),
                                          lower_[last]) != def.not_followed_by.end())
      return false;
    if (i > 0 &&
        std::find(def.not_after.begin(), def.not_after.end(), lower_[i - 1]) != def.not_after.end())
      return false;
    // "the ban on arms exports to China": aid that is banned is not given.
    if (def.noun &&
        (def.type == RelationType::MilitaryAid || def.type == RelationType::EconomicAid)) {
      for (std::size_t t = i >= 3 ? i - 3 : 0; t < i; ++t) {
        if (eq(lower_[t], "ban") || eq(lower_[t], "embargo") || eq(lower_[t], "halt") ||
            eq(lower_[t], "freeze") || eq(lower_[t], "suspension") || eq(lower_[t], "cut") ||
            eq(lower_[t], "cuts"))
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
    const bool participle = !def.noun && def.words.size() == 1 && i >= 1 &&
                            eq(lower_[i - 1], ",") && last < lower_.size() &&
                            eq(lower_[last], "by");
    const bool passive = !def.noun && i >= 1 &&
                         (participle || is_be_form(lower_[i - 1]) ||
                          (i >= 2 && is_be_form(lower_[i - 2]) && lower_[i - 1].ends_with("ly"))) &&
                         (lower_[i].ends_with("ed") || eq(lower_[i], "struck") ||
                          eq(lower_[i], "hit") || eq(lower_[i], "shot") || eq(lower_[i], "fought"));

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
      if (def.noun && !mention.possessive && i - mention.end <= 1 && !mention.adjective) {
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
      // "... neighbouring South Africa and 50 mln dlrs in military assistance for": a name in
      // another list item is not the noun's subject.
      if (def.noun && i - mention.end > 1 &&
          (eq(lower_[mention.end], "and") || eq(lower_[mention.end], ",")))
        break;
      subject = m;
      break;
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
      }
    }
    if (participle) {
      // The participle modifies the name right before its comma, whatever governs that name.
      subject.reset();
      for (std::size_t m = mentions_.size(); m-- > 0;) {
        // "The Syrian army, backed by Russia", "Assad's forces, backed by Russia".
        std::size_t end = mentions_[m].end;
        while (end < i - 1 &&
               (eq(lower_[end], "'s") || patterns_.state_nouns.contains(lower_[end])))
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
      const std::size_t before =
          pronoun > 0 && eq(lower_[pronoun - 1], ",") ? pronoun - 1 : pronoun;
      for (std::size_t m = mentions_.size(); m-- > 0;) {
        if (mentions_[m].end == before) {
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
    if (!subject && speech != kNoRole) {
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
      std::size_t p = mention.begin;
      while (p > last && (eq(lower_[p - 1], "the") || eq(lower_[p - 1], "its") ||
                          eq(lower_[p - 1], "their") || eq(lower_[p - 1], "both")))
        --p;
      const std::string_view before = p > last ? lower_[p - 1] : std::string_view();
      bool by_prep = !before.empty() &&
                     std::find(def.preps.begin(), def.preps.end(), before) != def.preps.end();
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
      // A verb's object may be a little further: "sent thousands of troops to help Moscow".
      const bool loose =
          !def.noun && !def.prep_required &&
          (by_prep || bare ||
           (def.bare_object && !patterns_.facts(before).preposition && mention.begin - last <= 2 &&
            std::none_of(lower_.begin() + static_cast<std::ptrdiff_t>(last),
                         lower_.begin() + static_cast<std::ptrdiff_t>(mention.begin),
                         [&](std::string_view w) {
                           // "refused to meet Bolton" rejects Bolton; "backed Kurds to oust
                           // Isis" does not back Isis.
                           return eq(w, ",") || (eq(w, "to") && !rejects_through(last));
                         })));
      if (by_prep || bare || loose ||
          (!def.with_noun.empty() &&
           (eq(before, "to") || eq(before, "help") || eq(before, "for")))) {
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
    // "asking Turkey, Russia and Iran to meet": an act asked for is only wanted.
    if (!wanted && !def.noun && subject && i > 0 && eq(lower_[i - 1], "to")) {
      const std::size_t first = mentions_[coordinated(*subject).front()].begin;
      if (first > 0 && triggers_[first - 1] &&
          std::any_of(triggers_[first - 1]->begin(), triggers_[first - 1]->end(),
                      [](const Trigger& t) { return t.type == RelationType::Demand && !t.noun; }))
        wanted = true;
    }
    const Modality mood = wanted ? Modality::Hypothetical : modality(i, def, left);
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
        mentions_[subjects[0]].begin == mentions_[subjects[1]].begin) {
      // "Both countries eased restrictions": each side acts on the other.
      emit(actor_of(subjects[0]), def, actor_of(subjects[1]), mood, i, confidence - 0.1, out);
      emit(actor_of(subjects[1]), def, actor_of(subjects[0]), mood, i, confidence - 0.1, out);
      return true;
    }
    if (objects.empty()) {
      accuse(def, mood, speech, subjects, out);  // "Iran has attacked several ships"
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
      // "Blair met Berlusconi and Schroeder": the guests met one another too.
      for (std::size_t a = 0; a < objects.size(); ++a) {
        for (std::size_t b = a + 1; b < objects.size(); ++b)
          emit(actor_of(objects[a]), def, actor_of(objects[b]), mood, i, confidence - 0.2, out);
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
        const bool verbal =
            def.type == RelationType::Attack && !def.noun &&
            mentions_[o].actor.kind == ActorKind::Person &&
            (mentions_[o].possessive || mentions_[s].actor.kind == ActorKind::Person);
        emit(actor_of(s), verbal ? kCriticize : def, actor_of(o), mood, i, score, out);
        if (def.mutual)
          emit(actor_of(o), def, actor_of(s), mood, i, score, out);
        any = true;
      }
    }
    accuse(def, mood, speech, subjects, out);
    return any;
  }

  // "Aziz was quoted as saying Iran has attacked several ships": a third party who reports an
  // attack accuses the attacker.
  void accuse(const Trigger& def, Modality mood, std::size_t speech,
              const std::vector<std::size_t>& subjects, std::vector<irkg::Relation>& out) {
    if (def.type != RelationType::Attack || def.noun || def.mutual || mood != Modality::Asserted ||
        speech == kNoRole || subjects.empty() || mentions_[subjects.front()].pronoun)
      return;
    // The report is the speech verb's own clause: its attacker comes right after the verb
    // ("said Turkish troops fired", "saying Iran has attacked").
    const Mention& attacker = mentions_[subjects.front()];
    if (attacker.begin < speech || attacker.begin - speech > 3)
      return;
    static const std::set<std::string_view> kQuoted{"was",  "were", "quoted", "as",  "has",
                                                    "have", "had",  "also",   "been"};
    static const Trigger kAccuse = implied_trigger(RelationType::Criticize, false);
    for (std::size_t m = mentions_.size(); m-- > 0;) {
      const Mention& speaker = mentions_[m];
      if (speaker.end > speech || speaker.possessive)
        continue;
      // "Saudi Arabia said", "Aziz was quoted as saying": the speaker right before the verb.
      bool adjacent = true;
      for (std::size_t t = speaker.end; t < speech && adjacent; ++t)
        adjacent = kQuoted.contains(lower_[t]);
      if (!adjacent || speech - speaker.end > 4)
        return;
      // Not the attacker speaking of its own attack ("Russia said it attacked").
      if (std::none_of(subjects.begin(), subjects.end(),
                       [&](std::size_t k) { return same_side(speaker, k); })) {
        for (const std::size_t s : subjects)
          emit(speaker.actor, kAccuse, mentions_[s].actor, mood, speech, 0.6, out);
      }
      return;
    }
  }

  // Is the speaker one of the parties, or of their state ("Russian officials said Russia ...")?
  bool same_side(const Mention& speaker, std::size_t party) const {
    const irkg::Actor& a = speaker.actor;
    const irkg::Actor& b = mentions_[party].actor;
    return a.id == b.id || (!a.country.empty() && a.country == b.id) ||
           (!b.country.empty() && b.country == a.id) ||
           (!a.country.empty() && a.country == b.country);
  }

  // A listed person's office is part of what the article tells a reader who knows them: "Putin"
  // is Russia's president. Repeats within the article are dropped at its end.
  void add_known_offices(std::vector<irkg::Relation>& out) {
    for (const Mention& mention : mentions_) {
      if (mention.actor.kind != ActorKind::Person || mention.pronoun)
        continue;
      const auto entry = lexicon_.find(mention.actor.id);
      if (!entry)
        continue;
      if (const auto* role = lexicon_.role_at(lexicon_.entry(*entry), when(mention.begin)))
        add_structural(mention.actor, role->leader, role->of, out);
    }
  }

  // A relation verb next, perhaps after auxiliaries and adverbs ("it has also recently signed"),
  // not a dummy "it" ("make it difficult to blame Iran").
  bool verb_follows(std::size_t at) const {
    static const std::set<std::string_view> kAuxiliaries{
        "has",   "have",     "had",        "will",   "would", "can",        "could",
        "may",   "might",    "must",       "should", "also",  "already",    "previously",
        "since", "recently", "repeatedly", "again",  "then",  "now",        "just",
        "long",  "is",       "was",        "did",    "does",  "reportedly", "has been"};
    for (std::size_t t = at; t < lower_.size() && t < at + 4; ++t) {
      if (triggers_[t] && std::any_of(triggers_[t]->begin(), triggers_[t]->end(),
                                      [](const Trigger& def) { return !def.noun; }))
        return true;
      if (!kAuxiliaries.contains(lower_[t]))
        return false;
    }
    return false;
  }

  // Keeps the few actors of a kind named last, most recent last: descriptions like "both
  // countries" look back no further.
  static void remember_recent(std::vector<irkg::Actor>& recent, const irkg::Actor& actor) {
    constexpr std::size_t kKept = 4;
    if (!recent.empty() && recent.back().id == actor.id)
      return;
    std::erase_if(recent, [&](const irkg::Actor& a) { return a.id == actor.id; });
    if (recent.size() == kKept)
      recent.erase(recent.begin());
    recent.push_back(actor);
  }

  void remember() {
    // The sentence's subject: its first state or body that no preposition governs.
    for (const Mention& mention : mentions_) {
      if (mention.actor.kind != ActorKind::Person && !mention.possessive && !mention.adjective &&
          !(mention.begin > 0 && prep_[mention.begin - 1])) {
        state_.subject = mention.actor;
        state_.subject_sentence = static_cast<std::size_t>(sentence_);
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
      } else if (mention.actor.kind == ActorKind::State) {
        remember_recent(state_.recent_states, mention.actor);
      }
    }
  }

  const Lexicon& lexicon_;
  const Patterns& patterns_;
  ArticleState& state_;
  const irkg::text::Article& article_;
  std::vector<irkg::text::Token> tokens_;
  const Scan* scan_ = nullptr;
  std::vector<std::string_view> words_;
  std::string lowered_;                  // the sentence in lower case, once
  std::vector<std::string_view> lower_;  // each token's lower-case form, a view into lowered_
  std::vector<bool> breaks_;             // clause breaks and speech verbs
  std::vector<bool> speech_;
  std::vector<bool> prep_;
  std::vector<bool> starts_planned_;
  std::vector<bool> planned_at_;       // a "to be held"-like phrase starts here
  std::size_t conditional_ = kNoRole;  // the first "if", "unless" or "whether", if any
  std::vector<bool> negation_;
  std::vector<bool> hypothetical_;
  std::vector<const std::vector<Trigger>*> triggers_;  // the triggers a token starts, if any
  std::vector<Mention> mentions_;
  std::vector<irkg::Relation> found_;
  std::vector<irkg::extract::DateMention> dates_;  // the sentence's time expressions
  std::vector<std::pair<std::size_t, irkg::Actor>> backed_;
  struct Compound {
    std::size_t at;
    irkg::Actor left, right;
  };
  std::vector<Compound> compounds_;
  std::map<std::size_t, std::size_t> partners_;
  struct AlliedPair {
    std::size_t at;
    irkg::Actor left, right;
    std::optional<irkg::Actor> body;  // "the two Nato allies"
  };
  std::vector<AlliedPair> allied_pairs_;  // "Assad's backer, Russia": Assad -> Russia
  std::int32_t sentence_ = 0;
  std::pair<std::uint32_t, std::uint32_t> span_;
  std::optional<std::string_view> evidence_;  // the original text of the sentence, once asked

  std::string_view evidence() {
    if (!evidence_)
      evidence_ = article_.body.original_span(span_.first, span_.second);
    return *evidence_;
  }
};

}  // namespace

irkg::extract::Extractor::Extractor(std::shared_ptr<const lexicon::Lexicon> lexicon,
                                    const Patterns& patterns)
    : lexicon_(std::move(lexicon)), patterns_(&patterns) {}

std::vector<irkg::Relation> irkg::extract::Extractor::extract(const text::Article& article) const {
  std::vector<Relation> relations;
  ArticleState state;
  state.date = article.date;
  const std::string& text = article.body.text;
  const auto sentences = text::split_sentences(text);
  SentenceCoder coder(*lexicon_, *patterns_, state, article);
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
