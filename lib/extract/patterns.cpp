// extract/patterns.cpp - loading the trigger and cue-word pattern file
// SPDX-License-Identifier: MIT
#include "extract/extractor.h"
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

namespace {

std::vector<std::string> words_of(const std::string& form) {
  std::vector<std::string> words;
  for (const std::string& word : irkg::split(irkg::ascii_lower(form), ' ')) {
    if (!word.empty())
      words.push_back(word);
  }
  return words;
}

}  // namespace

irkg::extract::Patterns irkg::extract::Patterns::parse(std::string_view json,
                                                       const std::string& file) {
  rapidjson::Document document;
  document.Parse(json.data(), json.size());
  if (document.HasParseError() || !document.IsObject()) {
    throw Error(ErrorKind::Parse,
                std::string("pattern file is not a JSON object: ") +
                    rapidjson::GetParseError_En(document.GetParseError()),
                file);
  }
  Patterns patterns;
  if (const auto it = document.FindMember("triggers");
      it != document.MemberEnd() && it->value.IsArray()) {
    std::size_t position = 0;
    for (const auto& item : it->value.GetArray()) {
      if (!item.IsObject())
        throw Error(ErrorKind::Parse, "triggers[" + std::to_string(position) + "] is not an object",
                    file);
      const auto type_it = item.FindMember("type");
      const auto type = type_it != item.MemberEnd() && type_it->value.IsString()
                            ? parse_relation_type(type_it->value.GetString())
                            : std::nullopt;
      if (!type)
        throw Error(ErrorKind::Parse, "triggers[" + std::to_string(position) + "]: unknown type",
                    file);
      ++position;
      static const std::set<std::string_view> kKeys{
          "type",   "pos",           "forms",        "preps",           "with_noun",
          "object", "prep_required", "leaders",      "remote",          "mutual",
          "among",  "mediate",       "needs_object", "not_followed_by", "not_after"};
      for (const auto& member : item.GetObject()) {
        if (!kKeys.contains(member.name.GetString()))
          throw Error(ErrorKind::Parse,
                      "triggers[" + std::to_string(position - 1) + "]: unknown key '" +
                          member.name.GetString() + "'",
                      file);
      }
      Trigger base;
      base.type = *type;
      const auto pos = item.FindMember("pos");
      base.noun = pos != item.MemberEnd() && pos->value.IsString() &&
                  std::string_view(pos->value.GetString()) == "noun";
      base.preps = irkg::json_strings(item, "preps");
      base.with_noun = irkg::json_strings(item, "with_noun");
      base.bare_object = irkg::json_bool(item, "object");
      base.prep_required = irkg::json_bool(item, "prep_required");
      base.leaders_only = irkg::json_bool(item, "leaders");
      base.remote = irkg::json_bool(item, "remote");
      base.mutual = irkg::json_bool(item, "mutual");
      base.among = irkg::json_bool(item, "among");
      base.mediate = irkg::json_bool(item, "mediate");
      base.needs_object = irkg::json_bool(item, "needs_object");
      base.not_followed_by = irkg::json_strings(item, "not_followed_by");
      base.not_after = irkg::json_strings(item, "not_after");
      for (const std::string& form : irkg::json_strings(item, "forms")) {
        Trigger trigger = base;
        trigger.words = words_of(form);
        if (trigger.words.empty())
          continue;
        patterns.triggers[trigger.words.front()].push_back(std::move(trigger));
      }
    }
  }
  // Specific readings first: a trigger that needs a nearby noun ("sent" + "troops") is tried
  // before the plain one, and longer phrases before shorter ones.
  for (auto& [word, triggers] : patterns.triggers) {
    std::stable_sort(triggers.begin(), triggers.end(), [](const Trigger& a, const Trigger& b) {
      if (a.words.size() != b.words.size())
        return a.words.size() > b.words.size();
      return !a.with_noun.empty() && b.with_noun.empty();
    });
  }
  if (const auto it = document.FindMember("roles");
      it != document.MemberEnd() && it->value.IsArray()) {
    for (const auto& item : it->value.GetArray()) {
      const auto title_it = item.FindMember("title");
      if (title_it == item.MemberEnd() || !title_it->value.IsString())
        continue;
      for (const std::string& form : irkg::json_strings(item, "forms")) {
        Title title{title_it->value.GetString(), irkg::json_bool(item, "leader"), words_of(form)};
        if (!title.words.empty())
          patterns.titles[title.words.front()].push_back(std::move(title));
      }
    }
    for (auto& [word, titles] : patterns.titles) {
      std::stable_sort(titles.begin(), titles.end(), [](const Title& a, const Title& b) {
        return a.words.size() > b.words.size();
      });
    }
  }
  // The word lists: each key fills one set.
  const std::pair<const char*, StringSet*> word_lists[] = {
      {"titles_before_name", &patterns.name_titles},
      {"state_nouns", &patterns.state_nouns},
      {"hypothetical_cues", &patterns.hypothetical},
      {"negation_cues", &patterns.negation},
      {"clause_breaks", &patterns.clause_breaks},
      {"speech_verbs", &patterns.speech_verbs},
      {"relational_modifiers", &patterns.relational_modifiers},
      {"figurative_modifiers", &patterns.figurative_modifiers},
      {"not_attack_heads", &patterns.not_attack_heads},
      {"war_nouns", &patterns.war_nouns},
      {"non_state_heads", &patterns.non_state_heads},
      {"object_heads", &patterns.object_heads},
      {"not_surnames", &patterns.not_surnames},
      {"sentence_openers", &patterns.sentence_openers},
      {"pair_leader_nouns", &patterns.pair_leader_nouns},
      {"pair_state_nouns", &patterns.pair_state_nouns},
      {"government_nouns", &patterns.government_nouns},
      {"light_verbs", &patterns.light_verbs},
      {"contact_verbs", &patterns.contact_verbs},
      {"verb_companions", &patterns.verb_companions},
      {"have_verbs", &patterns.have_verbs},
      {"speaker_links", &patterns.speaker_links},
      {"auxiliaries", &patterns.auxiliaries},
      {"owner_suffixes", &patterns.owner_suffixes},
      {"sanction_targets", &patterns.sanction_targets},
      {"aid_stoppers", &patterns.aid_stoppers},
      {"label_verbs", &patterns.label_verbs},
      {"naming_verbs", &patterns.naming_verbs},
      {"allegation_nouns", &patterns.allegation_nouns},
      {"ties_breakers", &patterns.ties_breakers},
      {"place_modifiers", &patterns.place_modifiers},
      {"control_verbs", &patterns.control_verbs},
      {"war_parties", &patterns.war_parties},
      {"criticism_words", &patterns.criticism_words}};
  for (const auto& [key, set] : word_lists) {
    for (std::string& word : irkg::json_strings(document, key)) set->insert(std::move(word));
  }
  if (const auto it = document.FindMember("relational_nouns");
      it != document.MemberEnd() && it->value.IsArray()) {
    for (const auto& item : it->value.GetArray()) {
      const auto type = parse_relation_type(irkg::json_string(item, "type"));
      if (!type)
        throw Error(ErrorKind::Parse, "relational_nouns: unknown type", file);
      for (const std::string& form : irkg::json_strings(item, "forms"))
        patterns.relational_nouns[form] = RelationalNoun{
            *type, words_of(form), !item.HasMember("emit") || irkg::json_bool(item, "emit")};
    }
  }
  for (const std::string& phrase : irkg::json_strings(document, "hypothetical_after"))
    patterns.hypothetical_after.push_back(words_of(phrase));
  if (const auto it = document.FindMember("combining_forms");
      it != document.MemberEnd() && it->value.IsObject()) {
    for (const auto& member : it->value.GetObject()) {
      if (member.value.IsString())
        patterns.combining_forms[member.name.GetString()] = member.value.GetString();
    }
  }
  // Per word, the facts above in one place: a flat table, built once, read for every token.
  const auto facts_of = [&](const std::string& word) -> WordFacts& {
    if (const auto index = patterns.word_index.find(0, word))
      return patterns.word_facts[*index];
    patterns.word_index.insert(0, word, static_cast<std::uint32_t>(patterns.word_facts.size()));
    const std::size_t bit = StringHash{}(word) % kWordBits;
    patterns.word_bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
    return patterns.word_facts.emplace_back();
  };
  for (auto& [word, triggers] : patterns.triggers) facts_of(word).triggers = &triggers;
  for (const std::string& word : patterns.clause_breaks) facts_of(word).clause_break = true;
  for (const std::string& word : patterns.speech_verbs) facts_of(word).speech_verb = true;
  for (const std::string& word : irkg::json_strings(document, "prepositions"))
    facts_of(word).preposition = true;
  for (const std::string& word : patterns.negation) facts_of(word).negation = true;
  for (const std::string& word : patterns.hypothetical) facts_of(word).hypothetical = true;
  for (const std::string& word : patterns.label_verbs) facts_of(word).label_verb = true;
  for (const std::string& word : patterns.naming_verbs) facts_of(word).label_verb = true;
  for (const auto& phrase : patterns.hypothetical_after) {
    if (!phrase.empty())
      facts_of(phrase.front()).starts_planned = true;
  }
  return patterns;
}

const irkg::extract::WordFacts& irkg::extract::Patterns::facts(std::string_view word) const {
  static const WordFacts kNone;
  const std::uint64_t hash = StringHash{}(word);
  const std::size_t bit = hash % kWordBits;
  if (!(word_bits[bit / 64] >> (bit % 64) & 1u))
    return kNone;
  const auto index = word_index.find(0, word, hash);
  return index ? word_facts[*index] : kNone;
}

const irkg::extract::Patterns& irkg::extract::Patterns::builtin() {
  static const Patterns kPatterns = [] {
    for (const auto& [name, bytes] : embedded_files()) {
      if (name == "patterns.json")
        return parse(bytes, std::string(name));
    }
    throw Error(ErrorKind::Data, "the built-in pattern file is missing");
  }();
  return kPatterns;
}
