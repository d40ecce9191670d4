// extract/rules.cpp - compiling the rule file and matching its rules over a dependency tree
// SPDX-License-Identifier: MIT
#include "extract/rules.h"

#include "support/error.h"
#include "support/json_fields.h"
#include "support/strings.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <set>
#include <span>

namespace irkg::extract {
std::span<const std::pair<std::string_view, std::string_view>> embedded_files();
}

namespace irkg::extract {
namespace {

// The rule file's keys: a key not listed is a mistake in the file, reported by name.
const std::set<std::string_view> kFileKeys{"comment", "relations", "classes", "rules"};
const std::set<std::string_view> kRuleKeys{"name",         "type",     "trigger",  "source",
                                           "target",       "require",  "forbid",   "pairwise",
                                           "leaders_only", "remote",   "modality", "mutual",
                                           "confidence",   "examples", "comment",  "owned_targets"};
const std::set<std::string_view> kTriggerKeys{"lemma", "pos", "relation"};
// The word classes the machinery consults (modality, relative pronouns, the nouns that stand
// for their owner's state); the file must define each.
const char* const kRequiredClasses[] = {"negation",
                                        "modal_auxiliaries",
                                        "conditional_marks",
                                        "hypothetical_governors",
                                        "negating_governors",
                                        "hypothetical_modifiers",
                                        "relative_pronouns",
                                        "actor_bodies",
                                        "irregular_trigger_forms",
                                        "inflection_endings",
                                        "disjunctions",
                                        "leading_participles",
                                        "owner_prepositions",
                                        "temporal_nouns",
                                        "collective_nouns",
                                        "pairing_adverbs",
                                        "opposition_nouns",
                                        "subject_pronouns",
                                        "personal_pronouns",
                                        "opposing_prefixes"};

std::string_view base_of(std::string_view relation) {
  return relation.substr(0, relation.find(':'));
}

// Collects every problem of the file, so that one run shows them all.
struct Problems {
  std::vector<std::string> list;
  void add(const std::string& where, const std::string& what) {
    list.push_back(where + ": " + what);
  }
};

// The compiler of one path expression:
//   path := seq ('|' seq)* ;  seq := item+ ;  item := ('(' path ')' | step) '?'?
//   step := ('>'|'<')? relation ( ':' subtype | ':*' | ':{' word (',' word)* '}' )?
//           ('[' key '=' values (';' key '=' values)* ']')?
class PathCompiler {
 public:
  PathCompiler(std::string_view text, const StringSet& relations, const StringMap<WordSet>& classes,
               Problems& problems, std::string where)
      : text_(text),
        relations_(relations),
        classes_(classes),
        problems_(problems),
        where_(std::move(where)) {}

  Path compile() {
    Path path;
    path.text = std::string(text_);
    path.alternatives = alternatives();
    skip_space();
    if (at_ < text_.size())
      fail("unexpected '" + std::string(1, text_[at_]) + "'");
    return path;
  }

 private:
  using Alternatives = std::vector<std::vector<PathStep>>;

  Alternatives alternatives() {
    Alternatives all = sequence();
    for (skip_space(); at_ < text_.size() && text_[at_] == '|'; skip_space()) {
      ++at_;
      for (auto& alternative : sequence()) all.push_back(std::move(alternative));
    }
    return all;
  }

  Alternatives sequence() {
    Alternatives result{{}};
    bool any = false;
    for (skip_space(); at_ < text_.size() && text_[at_] != '|' && text_[at_] != ')'; skip_space()) {
      Alternatives item;
      if (text_[at_] == '(') {
        ++at_;
        item = alternatives();
        skip_space();
        if (at_ >= text_.size() || text_[at_] != ')')
          return fail("a '(' is not closed"), Alternatives{};
        ++at_;
      } else {
        auto step = this->step();
        if (!step)
          return {};
        item = {{*step}};
      }
      if (at_ < text_.size() && text_[at_] == '?') {
        ++at_;
        item.push_back({});
      }
      Alternatives joined;
      for (const auto& left : result) {
        for (const auto& right : item) {
          auto both = left;
          both.insert(both.end(), right.begin(), right.end());
          joined.push_back(std::move(both));
        }
      }
      result = std::move(joined);
      any = true;
    }
    if (!any)
      fail("an empty path or alternative");
    return result;
  }

  std::optional<PathStep> step() {
    PathStep step;
    if (text_[at_] == '<' || text_[at_] == '>') {
      step.up = text_[at_] == '<';
      ++at_;
    }
    const std::size_t start = at_;
    while (at_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[at_])) ||
                                  text_[at_] == '_' || text_[at_] == ':'))
      ++at_;
    std::string relation(text_.substr(start, at_ - start));
    if (at_ < text_.size() && text_[at_] == '*' && !relation.empty() && relation.back() == ':') {
      ++at_;
      relation.pop_back();
      step.any_subtype = true;
    } else if (at_ < text_.size() && text_[at_] == '{' && !relation.empty() &&
               relation.back() == ':') {
      relation.pop_back();
      step.any_subtype = true;
      const auto close = text_.find('}', at_);
      if (close == std::string_view::npos)
        return fail("a '{' is not closed"), std::nullopt;
      step.case_words = words(text_.substr(at_ + 1, close - at_ - 1));
      at_ = close + 1;
    }
    if (relation.empty())
      return fail("a step names no relation"), std::nullopt;
    if (relation != "_" && relation != "self" && !relations_.contains(relation) &&
        !(step.any_subtype && relations_.contains(base_of(relation))))
      fail("unknown relation '" + relation + "'");
    step.relation = relation;
    if (at_ < text_.size() && text_[at_] == '[') {
      const auto close = text_.find(']', at_);
      if (close == std::string_view::npos)
        return fail("a '[' is not closed"), std::nullopt;
      for (const std::string& constraint :
           split(std::string(text_.substr(at_ + 1, close - at_ - 1)), ';')) {
        const auto equals = constraint.find('=');
        const std::string key = trim(constraint.substr(0, equals));
        const WordSet values = equals == std::string::npos
                                   ? WordSet{}
                                   : words(std::string_view(constraint).substr(equals + 1));
        if (key == "lemma")
          step.lemmas = values;
        else if (key == "pos")
          step.pos = values;
        else if (key == "prefix")
          step.prefixes = values;
        else
          fail("unknown constraint '" + key + "' (lemma, pos or prefix)");
      }
      at_ = close + 1;
    }
    return step;
  }

  // "a,b,@class": listed words and the words of named classes.
  WordSet words(std::string_view list) {
    WordSet set;
    for (const std::string& item : split(std::string(list), ',')) {
      const std::string word = trim(item);
      if (word.empty())
        continue;
      if (word[0] == '@') {
        const auto it = classes_.find(word.substr(1));
        if (it == classes_.end())
          fail("unknown word class '" + word + "'");
        else
          set.words.insert(it->second.words.begin(), it->second.words.end());
      } else {
        set.words.insert(word);
      }
    }
    return set;
  }

  static std::string trim(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    return std::string(text);
  }

  void skip_space() {
    while (at_ < text_.size() && text_[at_] == ' ') ++at_;
  }

  void fail(const std::string& what) {
    if (!failed_)
      problems_.add(where_, "path '" + std::string(text_) + "': " + what);
    failed_ = true;
    at_ = text_.size();
  }

  std::string_view text_;
  std::size_t at_ = 0;
  const StringSet& relations_;
  const StringMap<WordSet>& classes_;
  Problems& problems_;
  std::string where_;
  bool failed_ = false;
};

WordSet lower_words(const std::vector<std::string>& list, const StringMap<WordSet>& classes,
                    Problems& problems, const std::string& where) {
  WordSet set;
  for (const std::string& word : list) {
    if (!word.empty() && word[0] == '@') {
      const auto it = classes.find(std::string_view(word).substr(1));
      if (it == classes.end())
        problems.add(where, "unknown word class '" + word + "'");
      else
        set.words.insert(it->second.words.begin(), it->second.words.end());
    } else {
      set.words.insert(ascii_lower(word));
    }
  }
  return set;
}

template <typename JsonValue>
std::vector<std::string> strings_of(const JsonValue& value) {
  std::vector<std::string> list;
  if (value.IsString())
    list.emplace_back(value.GetString(), value.GetStringLength());
  else if (value.IsArray()) {
    for (const auto& item : value.GetArray()) {
      if (item.IsString())
        list.emplace_back(item.GetString(), item.GetStringLength());
    }
  }
  return list;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The tree view

TreeView::TreeView(const syntax::Sentence& sentence, const StringSet* vocabulary,
                   const WordSet* endings)
    : sentence_(&sentence) {
  const std::size_t n = sentence.words.size();
  lemmas_.resize(n);
  lowers_.resize(n);
  children_.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto& word = sentence.words[i];
    lemmas_[i] = ascii_lower(word.lemma.empty() ? word.form : word.lemma);
    lowers_[i] = ascii_lower(word.form);
    // The lemmatiser guesses unseen words from their endings and can cut one letter too many
    // or too few ("invaded" → "invad", "troops" → "troops"); a lemma the rules do not know is
    // mended when a one-letter repair or the form itself gives one they know.
    if (vocabulary && !vocabulary->contains(lemmas_[i])) {
      const std::string& lemma = lemmas_[i];
      std::string repaired = lemma + 'e';
      if (vocabulary->contains(repaired))
        lemmas_[i] = repaired;
      else if (lemma.size() > 3 && lemma.back() == 's' &&
               vocabulary->contains(std::string_view(lemma).substr(0, lemma.size() - 1)))
        lemmas_[i].pop_back();
      else if (vocabulary->contains(lowers_[i]))
        lemmas_[i] = lowers_[i];
      else if (endings) {
        // The longest ending whose removal leaves a word the rules know.
        std::size_t best = 0;
        for (const auto& ending : endings->words) {
          const std::string& form = lowers_[i];
          if (ending.size() > best && form.size() > ending.size() + 2 && form.ends_with(ending) &&
              vocabulary->contains(std::string_view(form).substr(0, form.size() - ending.size())))
            best = ending.size();
        }
        if (best > 0)
          lemmas_[i] = lowers_[i].substr(0, lowers_[i].size() - best);
      }
    }
    if (word.head >= 1 && static_cast<std::size_t>(word.head) <= n)
      children_[word.head - 1].push_back(static_cast<std::uint32_t>(i));
  }
}

std::string_view TreeView::base_relation(std::size_t i) const {
  return base_of(sentence_->words[i].deprel);
}

std::int32_t TreeView::child(std::size_t i, std::string_view relation) const {
  for (const auto c : children_[i]) {
    if (sentence_->words[c].deprel == relation)
      return static_cast<std::int32_t>(c);
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Compiling

RuleSet RuleSet::parse(std::string_view json, const std::string& file) {
  rapidjson::Document document;
  document.Parse<rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag>(json.data(),
                                                                                      json.size());
  if (document.HasParseError() || !document.IsObject()) {
    throw Error(ErrorKind::Parse,
                std::string("rule file is not a JSON object: ") +
                    rapidjson::GetParseError_En(document.GetParseError()) + " at byte " +
                    std::to_string(document.GetErrorOffset()),
                file);
  }
  Problems problems;
  for (const auto& member : document.GetObject()) {
    if (!kFileKeys.contains(member.name.GetString()))
      problems.add("file", std::string("unknown key '") + member.name.GetString() + "'");
  }
  RuleSet set;
  StringSet relations;
  if (const auto it = document.FindMember("relations"); it != document.MemberEnd()) {
    for (const auto& relation : strings_of(it->value)) relations.insert(relation);
  }
  if (relations.empty())
    problems.add("file", "no 'relations' list of the UD relations that paths may use");
  if (const auto it = document.FindMember("classes");
      it != document.MemberEnd() && it->value.IsObject()) {
    // Classes may name other classes defined before them.
    for (const auto& member : it->value.GetObject()) {
      set.classes_[member.name.GetString()] =
          lower_words(strings_of(member.value), set.classes_, problems,
                      std::string("class '") + member.name.GetString() + "'");
    }
  }
  for (const char* name : kRequiredClasses) {
    if (!set.classes_.contains(name))
      problems.add("file", std::string("the word class '") + name + "' is missing");
  }
  const auto rules = document.FindMember("rules");
  if (rules == document.MemberEnd() || !rules->value.IsArray())
    problems.add("file", "no 'rules' array");
  else {
    std::set<std::string> names;
    std::size_t position = 0;
    for (const auto& item : rules->value.GetArray()) {
      const std::string where_index = "rules[" + std::to_string(position++) + "]";
      if (!item.IsObject()) {
        problems.add(where_index, "not an object");
        continue;
      }
      Rule rule;
      rule.name = std::string(json_string(item, "name"));
      const std::string where = rule.name.empty() ? where_index : "rule '" + rule.name + "'";
      if (rule.name.empty())
        problems.add(where, "has no name");
      else if (!names.insert(rule.name).second)
        problems.add(where, "the name is used twice");
      for (const auto& member : item.GetObject()) {
        if (!kRuleKeys.contains(member.name.GetString()))
          problems.add(where, std::string("unknown key '") + member.name.GetString() + "'");
      }
      if (const auto type = parse_relation_type(json_string(item, "type")))
        rule.type = *type;
      else
        problems.add(where, "unknown type '" + std::string(json_string(item, "type")) + "'");
      const auto trigger = item.FindMember("trigger");
      if (trigger == item.MemberEnd() || !trigger->value.IsObject()) {
        problems.add(where, "no trigger object");
      } else {
        for (const auto& member : trigger->value.GetObject()) {
          if (!kTriggerKeys.contains(member.name.GetString()))
            problems.add(where,
                         std::string("unknown trigger key '") + member.name.GetString() + "'");
        }
        const auto& t = trigger->value;
        if (const auto m = t.FindMember("lemma"); m != t.MemberEnd())
          rule.trigger_lemmas = lower_words(strings_of(m->value), set.classes_, problems, where);
        if (const auto m = t.FindMember("pos"); m != t.MemberEnd())
          for (const auto& pos : strings_of(m->value)) rule.trigger_pos.words.insert(pos);
        if (const auto m = t.FindMember("relation"); m != t.MemberEnd()) {
          for (const auto& relation : strings_of(m->value)) {
            if (!relations.contains(relation))
              problems.add(where, "unknown trigger relation '" + relation + "'");
            rule.trigger_relation.words.insert(relation);
          }
        }
        if (rule.trigger_lemmas.empty() && rule.trigger_pos.empty())
          problems.add(where, "the trigger names no lemma and no part of speech");
      }
      const auto compile = [&](const std::string& text) {
        return PathCompiler(text, relations, set.classes_, problems, where).compile();
      };
      if (const auto source = json_string(item, "source"); !source.empty())
        rule.source = compile(std::string(source));
      else
        problems.add(where, "no source path");
      if (const auto target = json_string(item, "target"); !target.empty())
        rule.target = compile(std::string(target));
      rule.pairwise = json_bool(item, "pairwise");
      if (rule.target.empty() && !rule.pairwise)
        problems.add(where, "no target path (or \"pairwise\": true)");
      if (rule.pairwise && !info(rule.type).symmetric)
        problems.add(where, "pairwise needs a symmetric type");
      for (const char* key : {"require", "forbid"}) {
        if (const auto m = item.FindMember(key); m != item.MemberEnd()) {
          auto& paths = std::string_view(key) == "require" ? rule.require : rule.forbid;
          for (const auto& text : strings_of(m->value)) paths.push_back(compile(text));
        }
      }
      rule.leaders_only = json_bool(item, "leaders_only");
      rule.remote = json_bool(item, "remote");
      rule.mutual = json_bool(item, "mutual");
      rule.owned_targets = json_bool(item, "owned_targets");
      if (const auto text = json_string(item, "modality"); !text.empty()) {
        rule.modality = parse_modality(text);
        if (!rule.modality)
          problems.add(where, "unknown modality '" + std::string(text) + "'");
      }
      if (const auto m = item.FindMember("confidence"); m != item.MemberEnd()) {
        if (!m->value.IsNumber() || m->value.GetDouble() <= 0 || m->value.GetDouble() > 1)
          problems.add(where, "confidence must be a number in (0, 1]");
        else
          rule.confidence = m->value.GetDouble();
      }
      if (const auto m = item.FindMember("examples"); m != item.MemberEnd() && m->value.IsArray()) {
        for (const auto& example : m->value.GetArray()) {
          if (!example.IsObject() || json_string(example, "text").empty() ||
              json_string(example, "expect").empty()) {
            problems.add(where, "an example needs \"text\" and \"expect\"");
            continue;
          }
          rule.examples.push_back({std::string(json_string(example, "text")),
                                   std::string(json_string(example, "expect"))});
        }
      }
      if (rule.examples.empty())
        problems.add(where, "has no examples");
      set.rules_->push_back(std::move(rule));
    }
  }
  if (!problems.list.empty()) {
    std::string message = std::to_string(problems.list.size()) + " problem" +
                          (problems.list.size() == 1 ? "" : "s") + " in the rule file: ";
    for (std::size_t i = 0; i < problems.list.size(); ++i)
      message += (i ? "; " : "") + problems.list[i];
    throw Error(ErrorKind::Parse, message, file);
  }
  for (std::uint32_t i = 0; i < set.rules_->size(); ++i) {
    const Rule& rule = (*set.rules_)[i];
    if (rule.trigger_lemmas.empty())
      set.any_lemma_.push_back(i);
    for (const auto& lemma : rule.trigger_lemmas.words) {
      set.by_lemma_[lemma].push_back(i);
      set.stems_.insert(lemma);
      set.forms_.insert(lemma);
      if (lemma.size() > 3 && (lemma.back() == 'e' || lemma.back() == 'y'))
        set.stems_.insert(lemma.substr(0, lemma.size() - 1));
    }
  }
  for (const auto& form : set.word_class("irregular_trigger_forms").words) set.forms_.insert(form);
  for (const auto& [name, words] : set.classes_)
    set.vocabulary_.insert(words.words.begin(), words.words.end());
  for (const Rule& rule : *set.rules_) {
    set.vocabulary_.insert(rule.trigger_lemmas.words.begin(), rule.trigger_lemmas.words.end());
    for (const Path* path : {&rule.source, &rule.target}) {
      for (const auto& steps : path->alternatives) {
        for (const auto& step : steps)
          set.vocabulary_.insert(step.lemmas.words.begin(), step.lemmas.words.end());
      }
    }
  }
  return set;
}

const RuleSet& RuleSet::builtin() {
  static const RuleSet rules = [] {
    for (const auto& [name, bytes] : embedded_files()) {
      if (name == "rules.json")
        return parse(bytes, "rules.json (built in)");
    }
    throw Error(ErrorKind::Data, "no rule file built in");
  }();
  return rules;
}

bool RuleSet::may_trigger(std::string_view form) const {
  if (forms_.contains(form))
    return true;
  // Only an inflectional ending may follow a stem ("attacked", "supplies", "planned"), so that
  // "first" is no form of "fire" nor "all" of "ally".
  const auto& endings = word_class("inflection_endings");
  constexpr std::size_t kLongestEnding = 5;
  for (std::size_t cut = 1; cut <= kLongestEnding && cut + 3 <= form.size(); ++cut) {
    const std::string_view stem = form.substr(0, form.size() - cut);
    std::string_view ending = form.substr(form.size() - cut);
    // A doubled final consonant belongs to the ending: "plan" + "ned".
    if (ending.size() > 2 && ending[0] == stem.back())
      ending.remove_prefix(1);
    if (stems_.contains(stem) && endings.contains(ending))
      return true;
  }
  return false;
}

const WordSet& RuleSet::word_class(std::string_view name) const {
  static const WordSet kEmpty;
  const auto it = classes_.find(name);
  return it == classes_.end() ? kEmpty : it->second;
}

// ---------------------------------------------------------------------------------------------
// Matching

namespace {

bool relation_matches(const PathStep& step, std::string_view relation) {
  if (step.relation == "_")
    return true;
  if (relation == step.relation)
    return true;
  return step.any_subtype && base_of(relation) == step.relation;
}

bool word_fits(const TreeView& tree, std::size_t w, const PathStep& step) {
  if (!step.lemmas.empty() && !step.lemmas.contains(tree.lemma(w)))
    return false;
  if (!step.pos.empty() && !step.pos.contains(tree.word(w).upos))
    return false;
  if (!step.prefixes.empty()) {
    const auto form = tree.lower(w);
    const auto hyphen = form.find('-');
    if (hyphen == std::string_view::npos || !step.prefixes.contains(form.substr(0, hyphen)))
      return false;
  }
  if (!step.case_words.empty()) {
    bool found = false;
    for (const auto c : tree.children(w)) {
      const auto relation = tree.base_relation(c);
      found = found || ((relation == "case" || relation == "mark") &&
                        step.case_words.contains(tree.lemma(c)));
    }
    if (!found)
      return false;
  }
  return true;
}

bool has_subject(const TreeView& tree, std::size_t w) {
  for (const auto c : tree.children(w)) {
    const auto relation = tree.base_relation(c);
    if (relation == "nsubj" || relation == "csubj")
      return true;
  }
  return false;
}

// The subjects a verb leaves unsaid but the tree implies: the controller of an infinitive
// ("Russia agreed to supply Syria"; "urged Iran to stop" — the object controls), the subject
// of the first conjunct ("Russia invaded and annexed"), the noun a participle modifies ("the
// missiles supplied by Iran", "forces fighting Isis"), the owner of the noun an infinitive
// completes ("Bush's decision to invade Iraq"), the subject of the clause an adverbial
// participle hangs on ("Backed by Russia, Assad ...").
void implicit_subjects(const TreeView& tree, std::size_t w, bool passive,
                       std::vector<std::uint32_t>& out, int depth = 0) {
  const auto head = tree.head(w);
  if (head < 0 || depth > 4 || has_subject(tree, w))
    return;
  const auto& word = tree.word(w);
  const std::string_view relation = word.deprel;
  const auto subjects_of_head = [&](bool want_passive) {
    const auto subject = tree.child(head, want_passive ? "nsubj:pass" : "nsubj");
    if (subject >= 0)
      out.push_back(static_cast<std::uint32_t>(subject));
    else
      implicit_subjects(tree, head, want_passive, out, depth + 1);
  };
  if (relation == "xcomp") {
    if (passive)
      return;
    auto object = tree.child(head, "obj");
    if (object < 0)
      object = tree.child(head, "iobj");
    if (object >= 0)
      out.push_back(static_cast<std::uint32_t>(object));
    else
      subjects_of_head(false);
  } else if (relation == "conj") {
    subjects_of_head(passive);
  } else if (base_of(relation) == "acl" && word.xpos == "VB" && !passive) {
    // An infinitive after a noun is done by the noun's owner: "Bush's decision to invade Iraq",
    // "the Russian attempt to seize the port".
    for (const auto c : tree.children(static_cast<std::size_t>(head))) {
      const auto owner = tree.word(c).deprel;
      if (owner == "nmod:poss" || owner == "amod" || owner == "compound")
        out.push_back(c);
    }
    // Without an owner it has none: "a chance to talk", "in Syria to fight Isis".
  } else if (base_of(relation) == "acl") {
    // A past participle modifies what it was done to; a present participle, who does it.
    const bool past = word.xpos == "VBN";
    if (past == passive && relation != "acl:relcl")
      out.push_back(static_cast<std::uint32_t>(head));
  } else if (relation == "advcl" && (word.xpos == "VBN" || word.xpos == "VBG")) {
    const bool past = word.xpos == "VBN";
    if (past == passive) {
      const auto subject = tree.child(head, "nsubj");
      if (subject >= 0)
        out.push_back(static_cast<std::uint32_t>(subject));
    }
  }
}

void step_from(const TreeView& tree, std::size_t w, const PathStep& step,
               std::vector<std::uint32_t>& out) {
  if (step.relation == "self") {
    if (word_fits(tree, w, step))
      out.push_back(static_cast<std::uint32_t>(w));
    return;
  }
  if (step.up) {
    const auto head = tree.head(w);
    if (head >= 0 && relation_matches(step, tree.word(w).deprel) && word_fits(tree, head, step))
      out.push_back(static_cast<std::uint32_t>(head));
    return;
  }
  const std::size_t before = out.size();
  for (const auto c : tree.children(w)) {
    if (relation_matches(step, tree.word(c).deprel) && word_fits(tree, c, step))
      out.push_back(c);
  }
  if (out.size() == before && (step.relation == "nsubj" || step.relation == "nsubj:pass")) {
    std::vector<std::uint32_t> implied;
    implicit_subjects(tree, w, step.relation == "nsubj:pass", implied);
    for (const auto i : implied) {
      if (word_fits(tree, i, step))
        out.push_back(i);
    }
  }
}

}  // namespace

std::vector<std::uint32_t> RuleSet::follow(const TreeView& tree, std::size_t from,
                                           const Path& path) const {
  std::vector<std::uint32_t> reached;
  std::vector<std::uint32_t> frontier, next;
  for (const auto& steps : path.alternatives) {
    frontier.assign(1, static_cast<std::uint32_t>(from));
    for (const auto& step : steps) {
      next.clear();
      for (const auto w : frontier) step_from(tree, w, step, next);
      frontier.swap(next);
      if (frontier.empty())
        break;
    }
    reached.insert(reached.end(), frontier.begin(), frontier.end());
  }
  // A relative pronoun stands for the noun its clause modifies ("Venezuela, which Washington
  // accused"); every conjunct and apposition of an argument is one too ("talks with Chile and
  // Peru", "his counterpart, Wang Yi").
  const auto& relatives = word_class("relative_pronouns");
  const auto& disjunctions = word_class("disjunctions");
  std::vector<std::uint32_t> expanded;
  std::vector<bool> seen(tree.size(), false);
  const auto add = [&](std::uint32_t w) {
    if (!seen[w]) {
      seen[w] = true;
      expanded.push_back(w);
    }
  };
  for (auto w : reached) {
    if (relatives.contains(tree.lemma(w))) {
      // "charges that Kuwait is supporting Iraq": a clause that has its own word in the
      // pronoun's role is a complement, and "that" no pronoun.
      const auto verb = tree.head(w);
      if (verb >= 0 &&
          std::any_of(tree.children(static_cast<std::size_t>(verb)).begin(),
                      tree.children(static_cast<std::size_t>(verb)).end(), [&](std::uint32_t c) {
                        return c != w && tree.word(c).deprel == tree.word(w).deprel;
                      }))
        continue;
      auto clause = tree.head(w);
      while (clause >= 0 && tree.word(clause).deprel != "acl:relcl" &&
             tree.base_relation(clause) != "acl")
        clause = tree.head(clause);
      if (clause < 0 || tree.head(clause) < 0)
        continue;
      w = static_cast<std::uint32_t>(tree.head(clause));
    }
    add(w);
  }
  for (std::size_t k = 0; k < expanded.size(); ++k) {
    const auto w = expanded[k];
    for (const auto c : tree.children(w)) {
      const auto relation = tree.word(c).deprel;
      // "militias or Isis" names alternatives, not both.
      bool alternative = false;
      for (const auto d : tree.children(c))
        alternative =
            alternative || (tree.word(d).deprel == "cc" && disjunctions.contains(tree.lemma(d)));
      if ((relation == "conj" && !alternative) || relation == "appos")
        add(c);
    }
    if (tree.word(w).deprel == "appos" && tree.head(w) >= 0)
      add(static_cast<std::uint32_t>(tree.head(w)));
  }
  return expanded;
}

void RuleSet::match(const TreeView& tree, std::vector<RuleMatch>& out) const {
  const auto try_rule = [&](std::uint32_t index, std::uint32_t w) {
    const Rule& rule = (*rules_)[index];
    const auto& word = tree.word(w);
    if (!rule.trigger_pos.empty() && !rule.trigger_pos.contains(word.upos))
      return;
    if (!rule.trigger_relation.empty() && !rule.trigger_relation.contains(word.deprel))
      return;
    for (const auto& path : rule.require) {
      if (follow(tree, w, path).empty())
        return;
    }
    for (const auto& path : rule.forbid) {
      if (!follow(tree, w, path).empty())
        return;
    }
    RuleMatch match;
    match.rule = &rule;
    match.trigger = w;
    match.sources = follow(tree, w, rule.source);
    if (!rule.target.empty())
      match.targets = follow(tree, w, rule.target);
    if (match.sources.empty() && match.targets.empty())
      return;
    out.push_back(std::move(match));
  };
  for (std::uint32_t w = 0; w < tree.size(); ++w) {
    if (const auto it = by_lemma_.find(tree.lemma(w)); it != by_lemma_.end()) {
      for (const auto index : it->second) try_rule(index, w);
    }
    for (const auto index : any_lemma_) try_rule(index, w);
  }
}

Modality RuleSet::modality(const TreeView& tree, std::size_t trigger) const {
  const auto& negation = word_class("negation");
  const auto& modals = word_class("modal_auxiliaries");
  const auto& conditions = word_class("conditional_marks");
  const auto& hypothetical = word_class("hypothetical_governors");
  const auto& negating = word_class("negating_governors");
  const auto& modifiers = word_class("hypothetical_modifiers");
  // What the words attached to one word say of it: "not", "no", "would", "if", "planned".
  const auto own = [&](std::size_t w) -> std::optional<Modality> {
    for (const auto c : tree.children(w)) {
      const auto relation = tree.base_relation(c);
      const auto lemma = tree.lemma(c);
      if ((relation == "advmod" || relation == "det" || relation == "aux") &&
          negation.contains(lemma))
        return Modality::Negated;
      if (relation == "aux" && modals.contains(lemma))
        return Modality::Hypothetical;
      if (relation == "mark" && conditions.contains(lemma))
        return Modality::Hypothetical;
      if ((relation == "amod" || relation == "compound") && modifiers.contains(lemma))
        return Modality::Hypothetical;
    }
    return std::nullopt;
  };
  std::size_t w = trigger;
  for (int depth = 0; depth < 8; ++depth) {
    if (const auto found = own(w))
      return *found;
    const auto head = tree.head(w);
    if (head < 0)
      break;
    const auto relation = tree.base_relation(w);
    const auto governor = tree.lemma(static_cast<std::size_t>(head));
    // An event named by a noun takes the mood of the verb that has it ("will hold talks",
    // "proposed talks"); an infinitive that of the verb it completes ("plans to meet").
    const bool governed = relation == "xcomp" || relation == "obj" || relation == "nsubj" ||
                          relation == "ccomp" || relation == "csubj" || relation == "obl" ||
                          relation == "acl";
    if (governed && negating.contains(governor))
      return Modality::Negated;
    // "in the absence of an understanding", "the collapse of the truce".
    if (relation == "nmod" && negating.contains(governor) &&
        tree.word(static_cast<std::size_t>(head)).upos == "NOUN")
      return Modality::Negated;
    if (governed && hypothetical.contains(governor))
      return Modality::Hypothetical;
    // A reported or adverbial clause keeps its own mood ("said Russia had attacked"), unless it
    // is a bare participle or infinitive, which takes the mood of the verb it hangs on ("could
    // lead to Turkey reaching a deal", "would respond by attacking").
    const auto& form = tree.word(w).xpos;
    const bool bare = (form == "VBG" || form == "VB") && !has_subject(tree, w);
    // A conjunct with a tense of its own is not under the first one's modal ("would defend its
    // rights and urged Iran").
    if (relation == "conj" && (form == "VBD" || form == "VBZ" || form == "VBP"))
      break;
    if ((relation == "ccomp" || relation == "advcl" || relation == "acl" ||
         relation == "parataxis" || relation == "nmod" || relation == "appos" ||
         relation == "obl" || relation == "csubj") &&
        !(bare && (relation == "advcl" || relation == "obl" || relation == "acl")))
      break;
    w = static_cast<std::size_t>(head);
  }
  return Modality::Asserted;
}

void mend_news_tree(syntax::Sentence& sentence, const RuleSet& rules) {
  const auto& temporal = rules.word_class("temporal_nouns");
  auto& words = sentence.words;
  for (std::size_t w = 0; w < words.size(); ++w) {
    auto& word = words[w];
    if (word.deprel != "obj" && word.deprel != "nsubj" && word.deprel != "iobj")
      continue;
    if (!temporal.contains(ascii_lower(word.form)))
      continue;
    // "demanded Friday that ...", "rejected Thursday a request", "Pakistan today threatened":
    // a bare day is when, never who or what.
    word.deprel = "obl:unmarked";
    // A that-clause or infinitive the parser hung on the day completes the verb.
    const auto day = static_cast<std::int32_t>(w) + 1;
    for (auto& other : words) {
      if (other.head != day || (other.deprel != "acl:relcl" && other.deprel != "acl"))
        continue;
      const auto clause = static_cast<std::int32_t>(&other - words.data()) + 1;
      const bool finite = std::any_of(words.begin(), words.end(), [&](const syntax::Word& m) {
        return m.head == clause && m.deprel == "mark" && m.upos == "SCONJ";
      });
      other.head = word.head;
      other.deprel = finite ? "ccomp" : "xcomp";
    }
  }
}

}  // namespace irkg::extract
