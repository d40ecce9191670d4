// extract/rules_test.cpp - tests for lib/extract/rules.cpp: compiling rule files and matching
// rules over dependency trees written by hand (no parser involved)
// SPDX-License-Identifier: MIT
#include "extract/rules.h"

#include "support/error.h"

#include "syntax/tree.h"
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using irkg::Modality;
using irkg::extract::RuleMatch;
using irkg::extract::RuleSet;
using irkg::extract::TreeView;

namespace {

// A tree from lines "form lemma UPOS XPOS head deprel", one word each.
irkg::syntax::Sentence tree(const std::vector<std::string>& lines) {
  irkg::syntax::Sentence sentence;
  for (const auto& line : lines) {
    std::istringstream in(line);
    irkg::syntax::Word word;
    in >> word.form >> word.lemma >> word.upos >> word.xpos >> word.head >> word.deprel;
    sentence.words.push_back(word);
  }
  return sentence;
}

// The smallest valid file around \p rules: the relations and classes the machinery needs.
std::string file_with(const std::string& rules, const std::string& classes = "") {
  return R"({"relations": ["nsubj", "nsubj:pass", "obj", "obl", "obl:agent", "case", "conj",
    "cc", "appos", "acl", "acl:relcl", "aux", "aux:pass", "advmod", "xcomp", "nmod", "nmod:poss",
    "det", "punct", "root", "mark", "amod", "compound", "ccomp"],
   "classes": {"negation": ["not", "n't", "never", "no"], "modal_auxiliaries": ["would", "may"],
     "conditional_marks": ["if"], "hypothetical_governors": ["plan", "threaten"],
     "negating_governors": ["refuse", "fail"], "hypothetical_modifiers": ["planned"],
     "relative_pronouns": ["which", "who"], "actor_bodies": ["force"],
     "irregular_trigger_forms": ["met"], "inflection_endings": ["s", "ed", "ing"],
     "disjunctions": ["or"], "leading_participles": ["lead"], "owner_prepositions": ["of"], "temporal_nouns": ["friday"], "collective_nouns": ["group"], "pairing_adverbs": ["respectively"], "opposition_nouns": ["rebel"], "subject_pronouns": ["it"], "personal_pronouns": ["he"], "opposing_prefixes": ["anti"])" +
         classes + R"(},
   "rules": [)" +
         rules + "]}";
}

const char* const kAttack = R"({"name": "attack.verb", "type": "attack",
  "trigger": {"lemma": ["attack", "strike"], "pos": ["VERB"]},
  "source": ">nsubj | >obl:agent", "target": ">obj | >nsubj:pass | >obl:{on,against}",
  "examples": [{"text": "Russia attacked Ukraine.", "expect": "RUS attack UKR"}]})";

const char* const kTalks = R"({"name": "talks.verb", "type": "talks",
  "trigger": {"lemma": ["meet"], "pos": ["VERB"]}, "pairwise": true,
  "source": ">nsubj", "target": ">obj | >obl:{with}",
  "examples": [{"text": "Kim met Trump.", "expect": "PRK summit USA"}]})";

std::vector<RuleMatch> match(const RuleSet& rules, const irkg::syntax::Sentence& sentence) {
  const TreeView view(sentence);
  std::vector<RuleMatch> found;
  rules.match(view, found);
  return found;
}

std::vector<std::string> forms(const irkg::syntax::Sentence& sentence,
                               const std::vector<std::uint32_t>& words) {
  std::vector<std::string> out;
  for (const auto w : words) out.push_back(sentence.words[w].form);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("the shipped rule file compiles, and every rule has examples") {
  const RuleSet& rules = RuleSet::builtin();
  CHECK(rules.rules().size() >= 30);
  for (const auto& rule : rules.rules()) {
    INFO(rule.name);
    CHECK_FALSE(rule.examples.empty());
  }
  CHECK(rules.may_trigger("attacked"));
  CHECK(rules.may_trigger("supplies"));
  CHECK(rules.may_trigger("met"));
  CHECK_FALSE(rules.may_trigger("weather"));
}

TEST_CASE("every problem of a rule file is reported, each naming its rule") {
  const std::string bad = file_with(R"({"name": "one", "type": "attak",
      "trigger": {"lemma": ["x"]}, "source": ">nsubj", "target": ">objj",
      "examples": [{"text": "a", "expect": "b"}]},
    {"name": "two", "type": "attack", "trigger": {"lemma": ["@nowhere"]}, "colour": "red",
      "source": ">nsubj[lemma=@missing]", "target": "(>obj",
      "examples": [{"text": "a", "expect": "b"}]},
    {"name": "three", "type": "attack", "trigger": {"pos": ["VERB"]}, "source": ">nsubj",
      "pairwise": true, "examples": []})");
  try {
    RuleSet::parse(bad, "bad.json");
    FAIL("a bad rule file was accepted");
  } catch (const irkg::Error& error) {
    const std::string message = error.what();
    CHECK(message.find("bad.json") != std::string::npos);
    CHECK(message.find("rule 'one': unknown type 'attak'") != std::string::npos);
    CHECK(message.find("rule 'one': path '>objj': unknown relation 'objj'") != std::string::npos);
    CHECK(message.find("rule 'two': unknown key 'colour'") != std::string::npos);
    CHECK(message.find("rule 'two': unknown word class '@nowhere'") != std::string::npos);
    CHECK(message.find("unknown word class '@missing'") != std::string::npos);
    CHECK(message.find("rule 'two': path '(>obj': a '(' is not closed") != std::string::npos);
    CHECK(message.find("rule 'three': pairwise needs a symmetric type") != std::string::npos);
    CHECK(message.find("rule 'three': has no examples") != std::string::npos);
  }
  CHECK_THROWS_AS(RuleSet::parse("{not json", "x.json"), irkg::Error);
  CHECK_THROWS_AS(RuleSet::parse(R"({"relations": ["nsubj"], "rules": []})", "x.json"),
                  irkg::Error);  // the machinery's word classes are missing
}

TEST_CASE("a verb rule finds subject and object, and the agent of a passive") {
  const RuleSet rules = RuleSet::parse(file_with(kAttack), "t.json");
  const auto active = tree({"Russia Russia PROPN NNP 2 nsubj", "attacked attack VERB VBD 0 root",
                            "Ukraine Ukraine PROPN NNP 2 obj", ". . PUNCT . 2 punct"});
  auto found = match(rules, active);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule->name == "attack.verb");
  CHECK(forms(active, found[0].sources) == std::vector<std::string>{"Russia"});
  CHECK(forms(active, found[0].targets) == std::vector<std::string>{"Ukraine"});

  const auto passive = tree({"Iraq Iraq PROPN NNP 3 nsubj:pass", "was be AUX VBD 3 aux:pass",
                             "attacked attack VERB VBN 0 root", "by by ADP IN 5 case",
                             "Iran Iran PROPN NNP 3 obl:agent"});
  found = match(rules, passive);
  REQUIRE(found.size() == 1);
  CHECK(forms(passive, found[0].sources) == std::vector<std::string>{"Iran"});
  CHECK(forms(passive, found[0].targets) == std::vector<std::string>{"Iraq"});
}

TEST_CASE("a preposition filter keeps only the obliques with that case word") {
  const RuleSet rules = RuleSet::parse(file_with(kAttack), "t.json");
  // "Israel struck on Monday against Hezbollah"
  const auto sentence =
      tree({"Israel Israel PROPN NNP 2 nsubj", "struck strike VERB VBD 0 root",
            "on on ADP IN 4 case", "Monday Monday PROPN NNP 2 obl", "against against ADP IN 6 case",
            "Hezbollah Hezbollah PROPN NNP 2 obl"});
  const auto found = match(rules, sentence);
  REQUIRE(found.size() == 1);
  CHECK(forms(sentence, found[0].targets) == std::vector<std::string>{"Hezbollah", "Monday"});
}

TEST_CASE("arguments expand over conjuncts and appositions") {
  const RuleSet rules = RuleSet::parse(file_with(kTalks), "t.json");
  // "Wang met Chile and Peru"
  const auto sentence =
      tree({"Wang Wang PROPN NNP 2 nsubj", "met meet VERB VBD 0 root",
            "Chile Chile PROPN NNP 2 obj", "and and CCONJ CC 5 cc", "Peru Peru PROPN NNP 3 conj"});
  auto found = match(rules, sentence);
  REQUIRE(found.size() == 1);
  CHECK(forms(sentence, found[0].targets) == std::vector<std::string>{"Chile", "Peru"});
  // "his counterpart, Wang, met Blinken"
  const auto apposed =
      tree({"his his PRON PRP$ 2 nmod:poss", "counterpart counterpart NOUN NN 6 nsubj",
            ", , PUNCT , 4 punct", "Wang Wang PROPN NNP 2 appos", ", , PUNCT , 4 punct",
            "met meet VERB VBD 0 root", "Blinken Blinken PROPN NNP 6 obj"});
  found = match(rules, apposed);
  REQUIRE(found.size() == 1);
  CHECK(forms(apposed, found[0].sources) == std::vector<std::string>{"Wang", "counterpart"});
}

TEST_CASE("implicit subjects: controller of an infinitive, first conjunct, modified noun") {
  const RuleSet rules = RuleSet::parse(file_with(kAttack), "t.json");
  // "Iran threatened to attack Israel": the subject of threatened attacks.
  const auto control = tree({"Iran Iran PROPN NNP 2 nsubj", "threatened threaten VERB VBD 0 root",
                             "to to PART TO 4 mark", "attack attack VERB VB 2 xcomp",
                             "Israel Israel PROPN NNP 4 obj"});
  auto found = match(rules, control);
  REQUIRE(found.size() == 1);
  CHECK(forms(control, found[0].sources) == std::vector<std::string>{"Iran"});
  CHECK(rules.modality(TreeView(control), 3) == Modality::Hypothetical);
  // "Russia invaded Georgia and attacked Ukraine"
  const auto conj = tree({"Russia Russia PROPN NNP 2 nsubj", "invaded invade VERB VBD 0 root",
                          "Georgia Georgia PROPN NNP 2 obj", "and and CCONJ CC 5 cc",
                          "attacked attack VERB VBD 2 conj", "Ukraine Ukraine PROPN NNP 5 obj"});
  found = match(rules, conj);
  REQUIRE(found.size() == 1);
  CHECK(forms(conj, found[0].sources) == std::vector<std::string>{"Russia"});
  // "the forces, which attacked Kyiv": the relative pronoun is the noun it modifies.
  const auto relative = tree({"the the DET DT 2 det", "forces force NOUN NNS 0 root",
                              ", , PUNCT , 5 punct", "which which PRON WDT 5 nsubj",
                              "attacked attack VERB VBD 2 acl:relcl", "Kyiv Kyiv PROPN NNP 5 obj"});
  found = match(rules, relative);
  REQUIRE(found.size() == 1);
  CHECK(forms(relative, found[0].sources) == std::vector<std::string>{"forces"});
}

TEST_CASE("constraints on a step: a governing verb of a class, then its subject") {
  const RuleSet rules =
      RuleSet::parse(file_with(R"({"name": "talks.held", "type": "talks", "pairwise": true,
        "trigger": {"lemma": ["talk"], "pos": ["NOUN"]},
        "source": "<obj[lemma=@light] >nsubj", "target": ">nmod:{with}",
        "examples": [{"text": "Kim held talks with Moon.", "expect": "PRK summit KOR"}]})",
                               ", \"light\": [\"hold\"]"),
                     "t.json");
  const auto held =
      tree({"Kim Kim PROPN NNP 2 nsubj", "held hold VERB VBD 0 root", "talks talk NOUN NNS 2 obj",
            "with with ADP IN 5 case", "Moon Moon PROPN NNP 3 nmod"});
  auto found = match(rules, held);
  REQUIRE(found.size() == 1);
  CHECK(forms(held, found[0].sources) == std::vector<std::string>{"Kim"});
  CHECK(forms(held, found[0].targets) == std::vector<std::string>{"Moon"});
  // "Kim rejected talks with Moon": rejecting is no light verb, so Kim holds no talks.
  const auto rejected =
      tree({"Kim Kim PROPN NNP 2 nsubj", "rejected reject VERB VBD 0 root",
            "talks talk NOUN NNS 2 obj", "with with ADP IN 5 case", "Moon Moon PROPN NNP 3 nmod"});
  found = match(rules, rejected);
  REQUIRE(found.size() == 1);
  CHECK(found[0].sources.empty());
}

TEST_CASE("modality is read off the tree") {
  const RuleSet rules = RuleSet::parse(file_with(kAttack), "t.json");
  const auto negated =
      tree({"Russia Russia PROPN NNP 4 nsubj", "did do AUX VBD 4 aux", "not not PART RB 4 advmod",
            "attack attack VERB VB 0 root", "Ukraine Ukraine PROPN NNP 4 obj"});
  CHECK(rules.modality(TreeView(negated), 3) == Modality::Negated);
  const auto modal = tree({"Russia Russia PROPN NNP 3 nsubj", "would would AUX MD 3 aux",
                           "attack attack VERB VB 0 root", "Ukraine Ukraine PROPN NNP 3 obj"});
  CHECK(rules.modality(TreeView(modal), 2) == Modality::Hypothetical);
  const auto refused = tree({"Russia Russia PROPN NNP 2 nsubj", "refused refuse VERB VBD 0 root",
                             "to to PART TO 4 mark", "attack attack VERB VB 2 xcomp",
                             "Ukraine Ukraine PROPN NNP 4 obj"});
  CHECK(rules.modality(TreeView(refused), 3) == Modality::Negated);
  // "Russia said Iran attacked Israel": a reported clause keeps its own mood.
  const auto reported = tree({"Russia Russia PROPN NNP 2 nsubj", "said say VERB VBD 0 root",
                              "Iran Iran PROPN NNP 4 nsubj", "attacked attack VERB VBD 2 ccomp",
                              "Israel Israel PROPN NNP 4 obj"});
  CHECK(rules.modality(TreeView(reported), 3) == Modality::Asserted);
  // "if Iran attacks Israel, ..."
  const auto conditional = tree({"if if SCONJ IN 3 mark", "Iran Iran PROPN NNP 3 nsubj",
                                 "attacks attack VERB VBZ 5 advcl", "Israel Israel PROPN NNP 3 obj",
                                 "respond respond VERB VB 0 root"});
  CHECK(rules.modality(TreeView(conditional), 2) == Modality::Hypothetical);
}

TEST_CASE("a bare day taken for an object is mended into a time, its clause given back") {
  const RuleSet rules = RuleSet::parse(file_with(kAttack), "t.json");
  // "Chile demanded Friday that Peru pay": the parser's reading hangs the clause on the day.
  auto sentence = tree({"Chile Chile PROPN NNP 2 nsubj", "demanded demand VERB VBD 0 root",
                        "Friday Friday PROPN NNP 2 obj", "that that SCONJ IN 6 mark",
                        "Peru Peru PROPN NNP 6 nsubj", "pay pay VERB VB 3 acl:relcl"});
  irkg::extract::mend_news_tree(sentence, rules);
  CHECK(sentence.words[2].deprel == "obl:unmarked");
  CHECK(sentence.words[5].head == 2);
  CHECK(sentence.words[5].deprel == "ccomp");
  // A real object stays one.
  auto plain = tree({"Chile Chile PROPN NNP 2 nsubj", "attacked attack VERB VBD 0 root",
                     "Peru Peru PROPN NNP 2 obj"});
  irkg::extract::mend_news_tree(plain, rules);
  CHECK(plain.words[2].deprel == "obj");
}

TEST_CASE("a lemma the lemmatiser missed is mended by stripping an inflection the rules know") {
  const RuleSet rules = RuleSet::parse(file_with(kAttack), "t.json");
  const auto attacked = tree({"Russia Russia PROPN NNP 2 nsubj", "attacked attac VERB VBD 0 root",
                              "Ukraine Ukraine PROPN NNP 2 obj"});
  const TreeView mended(attacked, &rules.vocabulary(), &rules.word_class("inflection_endings"));
  CHECK(mended.lemma(1) == "attack");
  const TreeView unmended(attacked, &rules.vocabulary());
  CHECK(unmended.lemma(1) == "attac");
}
