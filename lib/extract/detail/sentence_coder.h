// extract/detail/sentence_coder.h - the coder of one sentence, shared by the extractor's files
// SPDX-License-Identifier: MIT
//
// Private to irkg_extract: the state the extractor keeps while it reads an article and the
// class that codes its sentences. Its members live in sentence_coder.cpp (tokens and passes),
// mentions.cpp (who is named), relations.cpp (triggers, subjects, objects, modality) and
// constructions.cpp (patterns beyond a trigger word: compounds, appositions, quotations).
#ifndef IRKG_EXTRACT_DETAIL_SENTENCE_CODER_H
#define IRKG_EXTRACT_DETAIL_SENTENCE_CODER_H

#include "extract/dates.h"
#include "extract/extractor.h"
#include "extract/rules.h"
#include "lexicon/lexicon.h"
#include "model/model.h"
#include "text/article.h"
#include "text/tokens.h"

#include "syntax/analyzer.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace irkg::extract::detail {

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
  // A demonym only the tree found ("an Indian proposal"): it owns only the word right after it.
  bool tree_only = false;
  bool opposed = false;  // after "anti-" or "counter-": what the word is against
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
  std::vector<irkg::Actor> recent_parties;    // states named other than as a place ("in Syria")
  std::optional<irkg::Actor> regime;          // the state last called a regime ("the Assad regime")
  std::optional<irkg::Actor> group;           // the armed group named last
  std::optional<irkg::Actor> subject;         // the state or body the last sentence was about
  std::optional<irkg::Actor> quote_speaker;   // who spoke the last quotation
  std::optional<irkg::Actor> subject_person;  // the person the last sentence was about
  // Who backs whom so far in the article, by state ("Russia backs Assad"): a war "in" a
  // country one backs is not against it.
  std::set<std::pair<std::string, std::string>> backing;
  std::size_t subject_person_sentence = 0;
  std::size_t quote_speaker_sentence = 0;
  std::vector<irkg::Actor> quoted_targets;  // damned in a quotation still waiting for its speaker
  std::size_t subject_sentence = 0;
};

// Compares the length first, so that the common mismatch costs no call to memcmp.
template <std::size_t N>
inline bool eq(std::string_view word, const char (&literal)[N]) {
  return word.size() == N - 1 && std::memcmp(word.data(), literal, N - 1) == 0;
}

// A trigger for a relation that a construction implies rather than a trigger word states.
inline Trigger implied_trigger(RelationType type, bool noun) {
  Trigger trigger;
  trigger.type = type;
  trigger.noun = noun;
  return trigger;
}

inline bool is_capitalised(std::string_view word) {
  return !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
}

inline bool is_be_form(std::string_view word) {
  static const std::set<std::string_view> kBe{"was", "were", "been", "be", "being",
                                              "is",  "are",  "got",  "get"};
  return kBe.contains(word);
}

class SentenceCoder {
 public:
  SentenceCoder(const Lexicon& lexicon, const Patterns& patterns, const RuleSet* rules,
                const irkg::syntax::Analyzer* analyzer, ArticleState& state,
                const irkg::text::Article& article)
      : lexicon_(lexicon),
        patterns_(patterns),
        rules_(rules),
        analyzer_(analyzer),
        state_(state),
        article_(article) {}

  // What the first pass learnt of a sentence, so that the second does not redo it.
  struct Scan {
    std::vector<irkg::text::Token> tokens;
    std::vector<std::uint32_t> match_length;  // at the positions the pass looked at; else kUnknown
    std::vector<std::span<const NameRef>> match_refs;
  };
  static constexpr std::uint32_t kUnknown = static_cast<std::uint32_t>(-1);

  void set_trace_rules(bool trace) { trace_rules_ = trace; }

  // Collects the ids a careful reader would take as named outright in the article.
  void prescan(std::string_view text, Scan& scan);

  // \p scan is the first pass's result for this sentence, or null when it was not kept.
  // \p span is the sentence's range in the normalised text: its original wording is looked up
  // only when the sentence yields a relation.
  void code(std::string_view text, const Scan* scan, std::pair<std::uint32_t, std::uint32_t> span,
            std::int32_t index, std::vector<irkg::Relation>& out);

 private:
  // Splits the sentence into tokens; with \p classify also their lower-case forms and the
  // per-token facts every rule asks about, looked up once here rather than in each rule.
  void tokenize(std::string_view text, bool classify);

  // Marks where a phrase like "to be held" starts; called once the lower-case forms exist.
  void find_planned_phrases();

  // The person a role description refers to: "the North Korean leader", "the U.S. president".
  std::optional<irkg::Actor> office_holder(const std::string& of, const irkg::extract::Title& title,
                                           const irkg::PartialDate& when) const;

  // Matches a role title at token i; returns its length.
  std::size_t match_title(std::size_t i, const irkg::extract::Title*& found) const;

  // "Petro Danylenko" is not Gustavo Petro: a one-word person alias before an unlisted
  // capitalised word is a first name.
  bool first_name_alias(std::size_t at) const;

  // A run of capitalised words not in the lexicon, read as a person's name: "Binali Yildirim".
  std::size_t unknown_name_length(std::size_t i) const;

  bool acceptable(const NameRef& ref, std::size_t begin, std::size_t length) const;

  bool could_be_first_name(std::size_t at) const;

  // Does the sentence itself settle an ambiguous name as the state: listed with plain state
  // names ("Seoul, Washington and Kyiv"), or holding an office ("Turkey's foreign minister")?
  bool resolved_here(std::size_t begin, std::size_t length) const;

  bool listed_with_states(std::size_t begin, std::size_t length) const;

  // The words [begin, end) as written, joined by single spaces.
  std::string surface(std::size_t begin, std::size_t end) const;

  // Does a listed person's name, or a run of unlisted capitalised words, start at \p at?
  bool names_person(std::size_t at) const;

  // The actor of a lexicon entry at the date of the act near \p near.
  irkg::Actor actor_at(std::uint32_t entry, std::size_t near) const;

  // A person the lexicon does not list, named by the \p length words at \p begin, who serves
  // \p of (a state, or an organisation or group).
  irkg::Actor unlisted_person(std::size_t begin, std::size_t length, const std::string& of,
                              ActorKind of_kind) const;

  // Is the demonym at [begin, end) acting as its state ("Russian forces", "the Russians")?
  bool adjective_acts(std::size_t end, std::string_view word) const;

  irkg::PartialDate when(std::size_t near) const;

  void add_structural(const irkg::Actor& person, bool leader, const std::string& of,
                      std::vector<irkg::Relation>& out);

  void find_mentions(std::vector<irkg::Relation>& out);

  // "Sepan Hamo, the overall commander of the YPG", "Bashar Ja'afari, Syria's ambassador to the
  // UN", "Hamza Birqdar, a spokesman for Jaish al-Islam": an unlisted name with its office in
  // apposition serves the state or body the office names; the name becomes an actor.
  void find_appositive_offices(std::vector<irkg::Relation>& out);

  // Does a noun trigger's whole phrase start at \p at ("war", not "military" of "military aid")?
  bool noun_trigger_at(std::size_t at) const;

  // A noun trigger naming an event rather than something said ("deal", "war", not "request").
  bool event_noun_at(std::size_t at) const;

  // The person "he" or "his" refers to within the sentence: the nearest one named before it.
  const Mention* earlier_person() const;

  // The state a person leads at the time of the sentence, if any.
  std::optional<irkg::Actor> led_state(const irkg::Actor& person, std::size_t at) const;

  // "the Assad regime", "the Trump administration", "Assad's forces": a leader's name used for
  // the state's government or forces is the state.
  void stand_for_government(Mention& mention) const;

  // "Iran-Iraq war", "Franco-German talks": a compound of two actors, kept for the noun after it.
  bool find_compound(std::size_t i, std::string_view word);

  void mark_possessive(Mention& mention) const;

  bool is_break(std::size_t i) const { return breaks_[i]; }

  // Mentions coordinated with mentions_[m] ("Seoul, Washington and Kyiv").
  std::vector<std::size_t> coordinated(std::size_t m) const;

  // Is the mention the speaker of a following speech verb ("South Korean officials said")?
  bool speaks(const Mention& mention) const;

  bool joined(std::size_t left_end, std::size_t right_begin) const;

  Modality modality(std::size_t trigger, const Trigger& def, std::size_t left) const;

  static bool is_group_noun(std::string_view word);

  // "allies such as Saudi Arabia and Israel", "America's allies Japan and South Korea", "Nato
  // allies Turkey and the US": the named allies cooperate with the owner, or with one another.
  // "Turkey regards the YPG as a terror group", "Lavrov described the US move as provocative":
  // labelling an actor with a damning word criticises it.
  void code_labels(std::vector<irkg::Relation>& out);
  bool ends_label(std::size_t t) const;

  void code_allies(std::vector<irkg::Relation>& out);

  // '"We think the US case is very weak," said Anthony Gooch': a speaker who says something
  // damning of an actor named in the quotation criticises that actor.
  void code_quoted_criticism(std::vector<irkg::Relation>& out);

  // "Erdogan said the US envoy had made a serious mistake": a speaker whose reported clause
  // damns its own subject criticises that subject.
  void code_reported_criticism(std::vector<irkg::Relation>& out);

  // "Iraq used missiles supplied by the Soviet Union", "weapons given to him by the United
  // States": aid named by its participle, the giver after "by", the receiver after "to" or the
  // user of what was given.
  void code_supplied_by(std::vector<irkg::Relation>& out);

  // "Iran came under attack from Israel", "the convoy came under fire from Turkish forces":
  // the one after "from" or "by" attacks the one under it.
  void code_under_attack(std::vector<irkg::Relation>& out);

  // "Tony Blair attended the EU summit", "At the Nato summit, Trump said": a leader at a
  // body's summit meets the body.
  void code_body_summits(std::vector<irkg::Relation>& out);
  const Mention* speaker_of(std::size_t speech) const;
  // The speaker named right before a speech verb, only speaker links between ("Aziz was quoted
  // as saying").
  const Mention* adjacent_speaker(std::size_t speech) const;
  // The mention that begins at \p at, or right after a "the" there ("by the United States").
  std::optional<std::size_t> named_at(std::size_t at) const;

  // "Nato allies Turkey and the US", "Turkey, a Nato member", "Poland, a member of the EU":
  // states named as members of an organisation belong to it.
  void code_memberships(std::vector<irkg::Relation>& out);

  // "Kim and Trump held talks", "Seoul and Tokyo's talks": the list is the noun's subject only
  // when near it or joined to it by a light verb; not "aid to Jordan, Morocco and Egypt ... by
  // 60 pct from the previous pact".
  bool close_or_held(std::size_t from, std::size_t noun) const;

  // "refused to meet Bolton" rejects Bolton; "refused to deny HTS is planning" does not.
  bool rejects_through(std::size_t after_trigger) const;

  // "Russia, Iran and Turkey will meet": coordinated subjects of a verb stand right before it,
  // perhaps with auxiliaries, not in another clause ("... that Germany, France and Britain
  // repatriate their citizens has met a mixed response").
  bool right_before_verb(std::size_t from, std::size_t verb) const;

  bool passive_agent_between(std::size_t from, std::size_t verb) const;

  bool has_pronoun_subject(std::size_t from, std::size_t verb) const;

  bool verb_between(std::size_t from, std::size_t to) const;

  // "has the support of", "with the backing of": the noun is had, not given, by the subject.
  bool has_the_noun(std::size_t trigger) const;

  bool has_nearby(const std::vector<std::string>& nouns, std::size_t trigger,
                  std::size_t right) const;

  // Does the person lead a state or organisation (only a state, with \p of_state) at the time
  // of the event?
  bool is_leader(const irkg::Actor& actor, std::size_t trigger, bool of_state) const;

  void emit(const irkg::Actor& source, const Trigger& def, const irkg::Actor& target,
            Modality modality, std::size_t trigger, double confidence,
            std::vector<irkg::Relation>& out);

  void find_relations(std::vector<irkg::Relation>& out);

  // The relations the rule file reads off the sentence's dependency tree (tree_rules.cpp).
  void code_by_rules(std::string_view text, std::vector<irkg::Relation>& out);
  // Is the sentence worth parsing: two actors and a word that may trigger a rule?
  bool worth_parsing() const;
  // The actors a word of the tree names: its own mention, the holder of a title a state owns
  // ("the leaders of Iran and Turkey"), or the state owning the body it names ("Russian
  // forces", "the government of Syria"); with \p owned, also the state of any noun its demonym
  // modifies ("shell Iraqi towns").
  void actors_of(const TreeView& tree, std::size_t word,
                 const std::vector<std::int32_t>& mention_at,
                 const std::vector<std::size_t>& token_at, bool owned,
                 std::vector<irkg::Actor>& out) const;
  // The relation a "US-backed" or "US-armed" word gives.
  const Trigger& backing_of(std::size_t position) const;

  // "the Iran-Iraq war": both sides of a war attack each other; "Franco-German talks".
  void code_compounds(std::vector<irkg::Relation>& out);

  // "Vladimir Putin, Russia's president and Assad's most powerful backer": the possessor of a
  // relational noun is related to the actor in apposition with it.
  void code_relational_nouns(std::vector<irkg::Relation>& out);

  bool code_trigger(std::size_t i, const Trigger& def, std::vector<irkg::Relation>& out);

  // "Aziz was quoted as saying Iran has attacked several ships": a third party who reports an
  // attack accuses the attacker.
  void accuse(const Trigger& def, Modality mood, std::size_t speech,
              const std::vector<std::size_t>& subjects, const std::vector<std::size_t>& objects,
              std::vector<irkg::Relation>& out);

  // Is the speaker one of the parties, or of their state ("Russian officials said Russia ...")?
  bool same_side(const Mention& speaker, std::size_t party) const;

  // The state a person acts for, or the actor itself.
  static std::string state_of(const irkg::Actor& actor);

  // A listed person's office is part of what the article tells a reader who knows them: "Putin"
  // is Russia's president. Repeats within the article are dropped at its end.
  void add_known_offices(std::vector<irkg::Relation>& out);

  // A relation verb next, perhaps after auxiliaries and adverbs ("it has also recently signed"),
  // not a dummy "it" ("make it difficult to blame Iran").
  bool verb_follows(std::size_t at) const;

  // Keeps the few actors of a kind named last, most recent last: descriptions like "both
  // countries" look back no further.
  static void remember_recent(std::vector<irkg::Actor>& recent, const irkg::Actor& actor);

  void remember();
  // "in Syria", "across Iraq": a state named as the place where something happens.
  bool is_place(const Mention& mention) const;

  const Lexicon& lexicon_;
  const Patterns& patterns_;
  const RuleSet* rules_;
  const irkg::syntax::Analyzer* analyzer_;
  std::string_view rule_name_;  // the rule whose relation emit() is writing, if any
  bool confirm_only_ = false;   // emit() only traces relations already found to rule_name_
  bool trace_rules_ = false;    // parse even where the patterns coded every trigger word
  ArticleState& state_;
  const irkg::text::Article& article_;
  std::vector<irkg::text::Token> tokens_;
  const Scan* scan_ = nullptr;
  std::vector<std::string_view> words_;
  std::string lowered_;                  // the sentence in lower case, once
  std::vector<std::string_view> lower_;  // each token's lower-case form, a view into lowered_
  // One byte a token rather than std::vector<bool>'s bits: set for every token of every
  // sentence, read far more often.
  using Flags = std::vector<std::uint8_t>;
  Flags breaks_;  // clause breaks and speech verbs
  Flags speech_;
  Flags prep_;
  // Whether the sentence has any of these at all: most constructions need one.
  bool any_speech_ = false, any_label_verb_ = false, any_by_ = false, any_under_ = false,
       any_quote_ = false, any_summit_ = false;
  Flags starts_planned_;
  Flags label_verb_;
  Flags planned_at_;                   // a "to be held"-like phrase starts here
  Flags used_;                         // tokens already read as part of a trigger
  std::size_t conditional_ = kNoRole;  // the first "if", "unless" or "whether", if any
  Flags negation_;
  Flags hypothetical_;
  std::vector<const std::vector<Trigger>*> triggers_;  // the triggers a token starts, if any
  std::vector<Mention> mentions_;
  std::vector<irkg::Relation> found_;
  std::vector<std::size_t> found_at_;  // where each of found_ is in the output
  // The trigger tokens the patterns coded, with the type: a tree rule on the same word and type
  // adds nothing the patterns' special cases ruled out ("respectively", brokers).
  struct PatternTrigger {
    std::size_t token;
    RelationType type;
    std::size_t output;  // where the relation is in the output
  };
  std::vector<PatternTrigger> pattern_triggers_;
  // The rule name of relations the patterns found, followed by their trigger word.
  static constexpr std::string_view kPatternRule = "pattern:";
  // The rule name of the offices a title or the lexicon states ("President Trump").
  static constexpr std::string_view kOfficeRule = "office";
  // The sentence's time expressions, found on first use: most sentences never ask.
  const std::vector<irkg::extract::DateMention>& dates() const;
  mutable std::vector<irkg::extract::DateMention> dates_;
  mutable bool dates_found_ = false;
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

  std::string_view evidence();
};

}  // namespace irkg::extract::detail

#endif  // IRKG_EXTRACT_DETAIL_SENTENCE_CODER_H
