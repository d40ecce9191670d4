// extract/extractor.h - the event coder: who did what to whom, when, and how sure the text is
// SPDX-License-Identifier: MIT
//
// irkg_extract: a dictionary-and-pattern relation extractor over the lexicon's actors and the
// trigger patterns of data/patterns.json. Depends on lexicon, text, model and support.
#ifndef IRKG_EXTRACT_EXTRACTOR_H
#define IRKG_EXTRACT_EXTRACTOR_H

#include "extract/rules.h"
#include "lexicon/lexicon.h"
#include "model/model.h"
#include "support/strings.h"
#include "support/word_table.h"
#include "text/article.h"

#include "syntax/analyzer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace irkg::extract {

/// One trigger word or phrase of a relation type, with how its arguments are found.
struct Trigger {
  RelationType type = RelationType::Talks;
  bool noun = false;
  std::vector<std::string> words;      ///< the form, one entry per token (lower case)
  std::vector<std::string> preps;      ///< prepositions that introduce the object
  std::vector<std::string> with_noun;  ///< one of these must be near (e.g. "troops" for "sent")
  bool bare_object = false;            ///< a verb whose object may follow without a preposition
  bool prep_required = false;          ///< the object must come after one of preps
  bool leaders_only = false;           ///< only between heads of state or government (summit)
  bool remote = false;                 ///< by telephone or letter: talks, never a summit
  bool mutual = false;                 ///< both sides act on each other ("exchanged threats")
  std::vector<std::string> not_followed_by;  ///< "warned that ...": a report, not the act
  std::vector<std::string> not_after;        ///< "take back", "rolling back": a particle
  bool needs_object = false;  ///< "welcomed", "visited": never coordinated subjects meeting
  bool mediate = false;       ///< the subject brokers between the objects ("brokered a deal with")
  bool among = false;         ///< the names after it act together ("brokered by Russia and Iran")
};

/// A noun that relates its possessor to a named partner: "Assad's backer, Russia".
struct RelationalNoun {
  RelationType type = RelationType::Support;
  std::vector<std::string> words;
  bool emit = true;  ///< false: only names the partner ("Iran's enemy Iraq"), states no relation
};

/// A role title ("foreign minister") in its written forms.
struct Title {
  std::string title;
  bool leader = false;
  std::vector<std::string> words;  ///< one form, lower-case tokens
};

/// What the pattern file says of one word, gathered so that a token needs one lookup.
struct WordFacts {
  const std::vector<Trigger>* triggers = nullptr;  ///< the triggers the word starts
  bool clause_break = false;
  bool speech_verb = false;
  bool preposition = false;
  bool negation = false;
  bool hypothetical = false;
  bool starts_planned = false;  ///< the first word of a hypothetical_after phrase
  bool label_verb = false;      ///< one of label_verbs ("regards X as ...")
};

/// The compiled pattern file: triggers indexed by their first word, role titles, cue words.
struct Patterns {
  StringMap<std::vector<Trigger>> triggers;  ///< by first word
  StringMap<std::vector<Title>> titles;      ///< by first word
  StringSet name_titles;                     ///< capitalised titles before a name
  StringSet state_nouns;
  StringSet hypothetical;
  StringSet negation;
  StringSet clause_breaks;
  StringSet speech_verbs;
  StringMap<RelationalNoun> relational_nouns;  ///< by their single word
  StringSet relational_modifiers;              ///< "Assad's most powerful backer"
  StringMap<std::string> combining_forms;      ///< "franco" -> FRA, as in "Franco-German"
  StringSet figurative_modifiers;              ///< "trade war" is not an attack
  StringSet not_attack_heads;                  ///< "conflict resolution", "war veterans"
  StringSet war_nouns;                         ///< a war is fought by both sides
  std::vector<std::vector<std::string>> hypothetical_after;  ///< "a summit to be held"
  StringSet not_surnames;  ///< words after a one-word alias that are no surname ("Putin Tuesday")
  StringSet
      sentence_openers;  ///< capitalised sentence starts that are no first name ("Then Kim said")
  StringSet pair_leader_nouns;  ///< "both leaders", "the two presidents": a pair of the persons
                                ///< named last
  StringSet pair_state_nouns;   ///< "both countries", "the two Nato allies": a pair of the states
                                ///< named last
  StringSet government_nouns;   ///< after a leader's name, the state ("the Assad regime")
  StringSet
      light_verbs;  ///< verbs that give a noun its coordinated subjects ("X and Y held talks")
  StringSet contact_verbs;    ///< "refused to meet X" rejects X through these verbs
  StringSet verb_companions;  ///< words allowed between coordinated subjects and their verb
  StringSet have_verbs;       ///< "has the support of X": the noun is had, X gives it
  StringSet
      speaker_links;      ///< words between a speaker and the speech verb ("was quoted as saying")
  StringSet auxiliaries;  ///< words between "it" and its relation verb ("it has also signed")
  StringSet owner_suffixes;    ///< "US-led", "Kuwaiti-flagged": the first part leads or owns
  StringSet sanction_targets;  ///< "targeted Venezuelan *officials*": a sanction, not a strike
  StringSet aid_stoppers;      ///< "the ban on arms exports", "cutting aid to": aid not given
  StringSet label_verbs;       ///< "regards X as ...": with a damning word, a criticism
  StringSet control_verbs;     ///< "trained groups to fight": their object does what follows
  StringSet place_modifiers;   ///< "in *northern* Syria": still a place after the preposition
  StringSet ties_breakers;     ///< "strained ties", "severed relations": not cooperation
  StringSet war_parties;       ///< "troops", "forces": armies that meet hold no talks
  StringSet allegation_nouns;  ///< "charges that X attacked": what follows is alleged only
  StringSet naming_verbs;      ///< label verbs that need no "as" ("called X's rebate unjustified")
  StringSet criticism_words;   ///< in a quotation, they make the speaker criticise who is named
  StringSet non_state_heads;   ///< "the Syrian opposition" is not Syria
  StringSet object_heads;      ///< "fighting the last pockets of Isis": the "of" names the object
  WordTable word_index;  ///< word → index into word_facts: per word, the facts above in one place
  std::vector<WordFacts> word_facts;
  // One bit per hash of the words in `words`: most tokens are none of them.
  static constexpr std::size_t kWordBits = 1u << 16;
  std::vector<std::uint64_t> word_bits = std::vector<std::uint64_t>(kWordBits / 64);

  /// The facts of \p word (lower case); all false for a word the patterns do not name.
  const WordFacts& facts(std::string_view word) const;

  // `words` points into `triggers`: a move keeps those nodes, a copy would not.
  Patterns() = default;
  Patterns(Patterns&&) = default;
  Patterns& operator=(Patterns&&) = default;
  Patterns(const Patterns&) = delete;
  Patterns& operator=(const Patterns&) = delete;

  /// Parses a pattern file. Throws irkg::Error (Parse) naming \p file.
  static Patterns parse(std::string_view json, const std::string& file);
  /// The pattern file shipped in the binary.
  static const Patterns& builtin();
};

/// Extracts relations from articles. Immutable after construction: one extractor can serve
/// many threads at once.
class Extractor {
 public:
  /// \p rules and \p analyzer may be null: the extractor then reads no dependency trees.
  explicit Extractor(std::shared_ptr<const lexicon::Lexicon> lexicon,
                     const Patterns& patterns = Patterns::builtin(),
                     const RuleSet* rules = &RuleSet::builtin(),
                     const syntax::Analyzer* analyzer = &syntax::Analyzer::builtin());

  /// Every relation the article states, in sentence order, with modality, date, evidence
  /// (the original text of the sentence) and confidence.
  std::vector<Relation> extract(const text::Article& article) const;

  const lexicon::Lexicon& lexicon() const { return *lexicon_; }

  /// Parse also the sentences whose trigger words the patterns have all coded, so that every
  /// relation a tree rule reads is traced to that rule (slower; for tests and `explain`).
  void set_trace_rules(bool trace) { trace_rules_ = trace; }

 private:
  std::shared_ptr<const lexicon::Lexicon> lexicon_;
  const Patterns* patterns_;
  const RuleSet* rules_;
  const syntax::Analyzer* analyzer_;
  bool trace_rules_ = false;
};

}  // namespace irkg::extract

#endif  // IRKG_EXTRACT_EXTRACTOR_H
