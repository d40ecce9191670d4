// extract/patterns.cpp - loading the trigger and cue-word pattern file
// SPDX-License-Identifier: MIT
#include "extract/extractor.h"
#include "support/strings.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <span>

namespace irkg::extract {
std::span<const std::pair<std::string_view, std::string_view>> embedded_files();
}

namespace {

std::vector<std::string> strings(const rapidjson::Value& object, const char* name) {
  std::vector<std::string> values;
  const auto it = object.FindMember(name);
  if (it == object.MemberEnd() || !it->value.IsArray())
    return values;
  for (const auto& value : it->value.GetArray()) {
    if (value.IsString())
      values.emplace_back(value.GetString(), value.GetStringLength());
  }
  return values;
}

bool boolean(const rapidjson::Value& object, const char* name) {
  const auto it = object.FindMember(name);
  return it != object.MemberEnd() && it->value.IsBool() && it->value.GetBool();
}

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
      const auto type_it = item.FindMember("type");
      const auto type = type_it != item.MemberEnd() && type_it->value.IsString()
                            ? parse_relation_type(type_it->value.GetString())
                            : std::nullopt;
      if (!type)
        throw Error(ErrorKind::Parse, "triggers[" + std::to_string(position) + "]: unknown type",
                    file);
      ++position;
      Trigger base;
      base.type = *type;
      const auto pos = item.FindMember("pos");
      base.noun = pos != item.MemberEnd() && pos->value.IsString() &&
                  std::string_view(pos->value.GetString()) == "noun";
      base.preps = strings(item, "preps");
      base.with_noun = strings(item, "with_noun");
      base.bare_object = boolean(item, "object");
      base.prep_required = boolean(item, "prep_required");
      base.leaders_only = boolean(item, "leaders");
      for (const std::string& form : strings(item, "forms")) {
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
      for (const std::string& form : strings(item, "forms")) {
        Title title{title_it->value.GetString(), boolean(item, "leader"), words_of(form)};
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
  for (const std::string& word : strings(document, "titles_before_name"))
    patterns.name_titles.insert(word);
  for (const std::string& word : strings(document, "state_nouns"))
    patterns.state_nouns.insert(word);
  for (const std::string& word : strings(document, "hypothetical_cues"))
    patterns.hypothetical.insert(word);
  for (const std::string& word : strings(document, "negation_cues")) patterns.negation.insert(word);
  for (const std::string& word : strings(document, "clause_breaks"))
    patterns.clause_breaks.insert(word);
  for (const std::string& word : strings(document, "speech_verbs"))
    patterns.speech_verbs.insert(word);
  return patterns;
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
