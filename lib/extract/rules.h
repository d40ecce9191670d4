// extract/rules.h - relation rules over dependency trees: a compiled rule file and its matcher
// SPDX-License-Identifier: MIT
//
// A rule names a trigger word (by lemma, word class or part of speech) and paths over Universal
// Dependencies relations from it to the words that name its source and target; the file format
// is documented in docs/rules-format.md. Rules are compiled once into an index by trigger lemma;
// matching a sentence visits only the rules its lemmas select.
#ifndef IRKG_EXTRACT_RULES_H
#define IRKG_EXTRACT_RULES_H

#include "model/model.h"
#include "support/strings.h"

#include "syntax/tree.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irkg::extract {

/// A set of words: listed lemmas (lower case) or a named word class of the rule file.
struct WordSet {
  StringSet words;
  bool contains(std::string_view word) const { return words.contains(word); }
  bool empty() const { return words.empty(); }
};

/// One step of a path: follow a dependency down (">obj") or up ("<acl") whose relation matches,
/// to a word meeting the constraints.
struct PathStep {
  bool up = false;
  std::string relation;      ///< "obl", "nsubj:pass"; "_" for any
  bool any_subtype = false;  ///< "nmod:*": the relation and every subtype of it
  WordSet case_words;        ///< "obl:{with,against}": a case or marker child among these
  WordSet lemmas;            ///< "[lemma=...]" on the word reached
  WordSet pos;               ///< "[pos=NOUN,PROPN]"
  WordSet prefixes;          ///< "[prefix=anti]": a hyphenated word beginning so ("anti-Taliban")
  bool optional = false;     ///< "?": the step may also be skipped
};

/// A path expression: alternatives of step sequences (nested groups are flattened at compile).
struct Path {
  std::vector<std::vector<PathStep>> alternatives;
  std::string text;  ///< as written, for messages and `irkg explain`
  bool empty() const { return alternatives.empty(); }
};

/// Sentences a rule is tested on: each must yield the relation `expect` ("USA attack IRN").
struct RuleExample {
  std::string text;
  std::string expect;
};

/// One compiled rule.
struct Rule {
  std::string name;
  RelationType type = RelationType::Talks;
  WordSet trigger_lemmas;
  WordSet trigger_pos;       ///< UPOS of the trigger; empty: any
  WordSet trigger_relation;  ///< the trigger's own dependency relation; empty: any
  Path source;
  Path target;
  std::vector<Path> require;  ///< each must reach a word
  std::vector<Path> forbid;   ///< none may reach a word
  /// Relate every pair of the words found (sources and targets together): "X and Y met".
  bool pairwise = false;
  bool leaders_only = false;  ///< only between heads of state or government
  bool remote = false;        ///< by telephone or letter: talks, never a summit
  bool mutual = false;        ///< both sides act on each other; people who clash quarrel
  /// What is done to a thing a demonym owns is done to its state ("shelled Iraqi towns",
  /// "rejected an Indian proposal"): for acts on a target, never for partners or backing.
  bool owned_targets = false;
  /// A fixed modality ("proposed talks" are hypothetical whatever the tree says); else from tree.
  std::optional<Modality> modality;
  double confidence = 0.8;
  std::vector<RuleExample> examples;
};

/// What one rule found in one sentence: the trigger and the argument words, each argument
/// already expanded over its conjuncts and appositions and with relative pronouns resolved.
struct RuleMatch {
  const Rule* rule = nullptr;
  std::uint32_t trigger = 0;  ///< 0-based word index
  std::vector<std::uint32_t> sources, targets;
};

/// A sentence prepared for matching: lower-case lemmas and the children of every word.
class TreeView {
 public:
  /// \p vocabulary (RuleSet::vocabulary()) lets lemmas the lemmatiser got slightly wrong be
  /// mended to words the rules name.
  /// \p endings (the class inflection_endings) let an inflected form the lemmatiser missed be
  /// stripped to a word the rules name ("bombed" → "bomb").
  explicit TreeView(const syntax::Sentence& sentence, const StringSet* vocabulary = nullptr,
                    const WordSet* endings = nullptr);

  const syntax::Sentence& sentence() const { return *sentence_; }
  std::size_t size() const { return sentence_->words.size(); }
  const syntax::Word& word(std::size_t i) const { return sentence_->words[i]; }
  std::string_view lemma(std::size_t i) const { return lemmas_[i]; }
  std::string_view lower(std::size_t i) const { return lowers_[i]; }
  /// The 0-based head, or -1 for the root.
  std::int32_t head(std::size_t i) const { return sentence_->words[i].head - 1; }
  const std::vector<std::uint32_t>& children(std::size_t i) const { return children_[i]; }
  /// The relation without its subtype ("obl" of "obl:agent").
  std::string_view base_relation(std::size_t i) const;
  /// The first child of \p i with relation \p relation (exact), or -1.
  std::int32_t child(std::size_t i, std::string_view relation) const;

 private:
  const syntax::Sentence* sentence_;
  std::vector<std::string> lemmas_, lowers_;
  std::vector<std::vector<std::uint32_t>> children_;
};

/// The compiled rule file: the rules, the word classes and the index by trigger lemma.
class RuleSet {
 public:
  /// Parses and compiles a rule file (JSON, `//` comments allowed). Every problem in the file
  /// is reported, each naming its rule, in one irkg::Error (Parse) naming \p file.
  static RuleSet parse(std::string_view json, const std::string& file);
  /// The rule file shipped in the binary (lib/extract/data/rules.json).
  static const RuleSet& builtin();

  const std::vector<Rule>& rules() const { return *rules_; }
  /// A named word class of the file; an empty set when there is none.
  const WordSet& word_class(std::string_view name) const;
  /// Does any rule trigger on \p lemma (lower case)?
  bool triggers_on(std::string_view lemma) const { return by_lemma_.contains(lemma); }
  /// Can the lower-case word form be an inflection of a trigger lemma? A cheap test before any
  /// parsing: true for "attacked", "supplies", "met" (the class irregular_trigger_forms).
  bool may_trigger(std::string_view form) const;

  /// Every lemma the file names (triggers, classes, path constraints).
  const StringSet& vocabulary() const { return vocabulary_; }
  /// Every match of every rule in \p tree, in trigger order.
  void match(const TreeView& tree, std::vector<RuleMatch>& out) const;

  /// Modality read off the tree: negation of the trigger or of the verb it depends on, modal
  /// auxiliaries, conditional clauses, and governing verbs of planning, proposing, fearing or
  /// alleging (the word classes `negation`, `modal_auxiliaries`, `conditional_marks`,
  /// `hypothetical_governors`, `negating_governors` of the rule file).
  Modality modality(const TreeView& tree, std::size_t trigger) const;

  /// The words \p path reaches from \p from, expanded over conjuncts and appositions.
  std::vector<std::uint32_t> follow(const TreeView& tree, std::size_t from, const Path& path) const;

 private:
  std::shared_ptr<std::vector<Rule>> rules_ = std::make_shared<std::vector<Rule>>();
  StringMap<WordSet> classes_;
  StringMap<std::vector<std::uint32_t>> by_lemma_;  ///< rule indices by trigger lemma
  std::vector<std::uint32_t> any_lemma_;            ///< rules triggered by part of speech only
  StringSet vocabulary_;
  StringSet forms_;  ///< trigger lemmas and their irregular forms, matched whole
  StringSet stems_;  ///< trigger lemmas, also without a final e or y, before an ending
};

/// Mends what the treebank-trained parser gets wrong in news English before rules read the tree:
/// a bare day or "today" taken for a subject or object ("demanded Friday that ...") becomes a
/// time, and a clause hung on it goes back to the verb (the word class `temporal_nouns`).
void mend_news_tree(syntax::Sentence& sentence, const RuleSet& rules);

}  // namespace irkg::extract

#endif  // IRKG_EXTRACT_RULES_H
