// lexicon/lexicon.cpp - the actor gazetteer: states, organisations, groups and office-holders
// SPDX-License-Identifier: MIT
#include "lexicon/lexicon.h"

#include "support/file.h"
#include "support/json_fields.h"
#include "support/strings.h"
#include "text/tokens.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>

namespace irkg::lexicon {
std::span<const std::pair<std::string_view, std::string_view>> embedded_files();
}

namespace {

using irkg::Error;
using irkg::ErrorKind;
using irkg::lexicon::NameKind;

// The token texts of a name, as the extractor's tokenizer will see them in running text.
std::vector<std::string> name_tokens(std::string_view name) {
  std::vector<irkg::text::Token> tokens;
  irkg::text::tokenize(name, tokens);
  std::vector<std::string> words;
  for (const auto& token : tokens)
    words.emplace_back(name.substr(token.begin, token.end - token.begin));
  if (words.size() > 1 && (words.front() == "the" || words.front() == "The"))
    words.erase(words.begin());
  return words;
}

bool covers(const irkg::lexicon::Role& role, const irkg::PartialDate& date) {
  if (!date.known())
    return !role.to.known();
  if (role.from.known() && role.from.first_day() > date.last_day())
    return false;
  if (role.to.known() && role.to.last_day() < date.first_day())
    return false;
  return true;
}

// Whether a membership span overlaps \p date; an unknown date asks about today.
bool overlaps(const irkg::lexicon::Membership& membership, const irkg::PartialDate& date) {
  if (!date.known())
    return !membership.until.known();
  if (membership.since.first_day() > date.last_day())
    return false;
  if (membership.until.known() && membership.until.last_day() < date.first_day())
    return false;
  return true;
}

// The date an undated question about a member list is answered at: today (unknown) while the
// body has members, else the end of its last membership, so that "the Warsaw Pact states" in an
// undated text still names the pact's final members.
irkg::PartialDate undated_reading(const std::vector<irkg::lexicon::Membership>& members) {
  irkg::PartialDate last;
  for (const auto& membership : members) {
    if (!membership.until.known())
      return {};
    if (!last.known() || membership.until.last_day() > last.last_day())
      last = membership.until;
  }
  return last;
}

bool is_alpha3(std::string_view id) {
  return id.size() == 3 &&
         std::all_of(id.begin(), id.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// One item of an organisation's "members" list; nullopt, with the problem recorded under
// \p where, when it is malformed.
std::optional<irkg::lexicon::Membership> parse_membership(const rapidjson::Value& value,
                                                          const std::string& where,
                                                          std::vector<std::string>& problems) {
  if (!value.IsObject()) {
    problems.push_back(where + " is not an object");
    return std::nullopt;
  }
  irkg::lexicon::Membership membership;
  membership.state = irkg::json_string(value, "id");
  if (!is_alpha3(membership.state)) {
    problems.push_back(where + ": 'id' must be a state's ISO alpha-3 code, not '" +
                       membership.state + "'");
    return std::nullopt;
  }
  const auto since = irkg::PartialDate::parse(irkg::json_string(value, "since"));
  if (!since || !since->known()) {
    problems.push_back(where + " (" + membership.state + "): 'since' must be an ISO date");
    return std::nullopt;
  }
  membership.since = *since;
  if (value.HasMember("until")) {
    const auto until = irkg::PartialDate::parse(irkg::json_string(value, "until"));
    if (!until || !until->known()) {
      problems.push_back(where + " (" + membership.state + "): 'until' must be an ISO date");
      return std::nullopt;
    }
    if (until->last_day() < since->first_day()) {
      problems.push_back(where + " (" + membership.state + "): 'until' is before 'since'");
      return std::nullopt;
    }
    membership.until = *until;
  }
  return membership;
}

}  // namespace

std::size_t irkg::lexicon::Lexicon::match(std::span<const std::string_view> words,
                                          std::size_t start, std::span<const NameRef>& refs) const {
  if (start >= words.size())
    return 0;
  const std::uint64_t first = StringHash{}(words[start]);
  const std::size_t bit = first % kFirstWordBits;
  if (!(first_words_[bit / 64] >> (bit % 64) & 1u))
    return 0;
  std::uint32_t node = 0;
  std::size_t best = 0;
  for (std::size_t i = start; i < words.size(); ++i) {
    const auto next = edges_.find(node, words[i], i == start ? first : StringHash{}(words[i]));
    if (!next)
      break;
    node = *next;
    if (!nodes_[node].refs.empty()) {
      best = i - start + 1;
      refs = nodes_[node].refs;
    }
  }
  return best;
}

std::optional<std::uint32_t> irkg::lexicon::Lexicon::find(std::string_view id) const {
  const auto it = by_id_.find(id);
  if (it == by_id_.end())
    return std::nullopt;
  return it->second;
}

const irkg::lexicon::Role* irkg::lexicon::Lexicon::office_on(const Entry& person,
                                                             const PartialDate& date) const {
  const Role* best = nullptr;
  for (const Role& role : person.roles) {
    if (covers(role, date) && (!best || role.leader > best->leader))
      best = &role;
  }
  return best;
}

const irkg::lexicon::Role* irkg::lexicon::Lexicon::role_at(const Entry& person,
                                                           const PartialDate& date) const {
  const Role* best = nullptr;
  for (const Role& role : person.roles) {
    if (covers(role, date)) {
      if (!best || role.leader > best->leader)
        best = &role;
    }
  }
  if (best)
    return best;
  // No office at that date: the latest one begun before it (or any, when undated).
  for (const Role& role : person.roles) {
    if (date.known() && role.from.known() && role.from.first_day() > date.last_day())
      continue;
    if (!best || best->from.first_day() < role.from.first_day())
      best = &role;
  }
  if (!best && !person.roles.empty())
    best = &person.roles.front();
  return best;
}

std::optional<std::uint32_t> irkg::lexicon::Lexicon::office_holder(std::string_view of,
                                                                   std::string_view title,
                                                                   const PartialDate& date) const {
  const auto it = holders_.find(of);
  if (it == holders_.end())
    return std::nullopt;
  for (const std::uint32_t person : it->second) {
    for (const Role& role : entries_[person].roles) {
      if (role.of != of || !covers(role, date))
        continue;
      if (title.empty() ? role.leader : role.title == title)
        return person;
    }
  }
  return std::nullopt;
}

std::vector<std::string> irkg::lexicon::Lexicon::members_of(std::string_view org_id,
                                                            const PartialDate& when) const {
  std::vector<std::string> states;
  const auto index = find(org_id);
  if (!index)
    return states;
  const auto& members = entries_[*index].members;
  const PartialDate date = when.known() ? when : undated_reading(members);
  // Sorted by state, so a state with two spans over the date is adjacent to itself.
  for (const Membership& membership : members) {
    if (overlaps(membership, date) && (states.empty() || states.back() != membership.state))
      states.push_back(membership.state);
  }
  return states;
}

bool irkg::lexicon::Lexicon::is_member(std::string_view state, std::string_view org_id,
                                       const PartialDate& when) const {
  const auto index = find(org_id);
  if (!index)
    return false;
  const auto& members = entries_[*index].members;
  const PartialDate date = when.known() ? when : undated_reading(members);
  return std::any_of(members.begin(), members.end(), [&](const Membership& membership) {
    return membership.state == state && overlaps(membership, date);
  });
}

irkg::Actor irkg::lexicon::Lexicon::actor(std::uint32_t index, const PartialDate& date) const {
  // Names outlive the states they named: an event before the successor existed belongs to the
  // predecessor. An undated event keeps the present-day state.
  if (date.known()) {
    for (const Predecessor& before : entries_[index].predecessors) {
      if (date.last_day() >= before.until.first_day())
        break;
      if (const auto older = find(before.id); older && *older != index)
        index = *older;
    }
  }
  const Entry& entry = entries_[index];
  Actor actor;
  actor.id = entry.id;
  actor.name = entry.name;
  actor.kind = entry.kind;
  if (entry.kind == ActorKind::Person) {
    if (const Role* role = role_at(entry, date)) {
      const auto of = find(role->of);
      if (of && entries_[*of].kind == ActorKind::State) {
        actor.country = role->of;
      } else {
        actor.org = role->of;
      }
    }
  }
  return actor;
}

void irkg::lexicon::LexiconBuilder::add_json(std::string_view json, const std::string& file) {
  rapidjson::Document document;
  document.Parse(json.data(), json.size());
  if (document.HasParseError()) {
    throw Error(ErrorKind::Parse,
                std::string("lexicon is not JSON: ") +
                    rapidjson::GetParseError_En(document.GetParseError()) + " at byte " +
                    std::to_string(document.GetErrorOffset()),
                file);
  }
  if (!document.IsObject())
    throw Error(ErrorKind::Parse, "lexicon must be a JSON object with 'actors' and/or 'persons'",
                file);
  std::vector<std::string> problems;
  const auto add = [&](const rapidjson::Value& item, bool person, std::size_t position) {
    const std::string where = (person ? "persons[" : "actors[") + std::to_string(position) + "]";
    if (!item.IsObject()) {
      problems.push_back(where + " is not an object");
      return;
    }
    const std::string id(irkg::json_string(item, "id"));
    if (id.empty()) {
      problems.push_back(where + " has no id");
      return;
    }
    auto [it, inserted] = index_.try_emplace(id, pending_.size());
    if (inserted)
      pending_.push_back({});
    Pending& entry = pending_[it->second];
    entry.entry.id = id;
    if (const std::string name(irkg::json_string(item, "name")); !name.empty())
      entry.entry.name = name;
    if (person) {
      entry.entry.kind = ActorKind::Person;
    } else if (const std::string kind(irkg::json_string(item, "kind")); !kind.empty()) {
      const auto parsed = parse_actor_kind(kind);
      if (!parsed) {
        problems.push_back(where + " (" + id + "): unknown kind '" + kind + "'");
      } else {
        entry.entry.kind = *parsed;
      }
    }
    for (auto& name : irkg::json_strings(item, "aliases"))
      entry.names.emplace_back(name, person ? NameKind::Person : NameKind::Alias);
    for (auto& name : irkg::json_strings(item, "short_aliases"))
      entry.names.emplace_back(name, NameKind::PersonShort);
    for (auto& name : irkg::json_strings(item, "metonyms"))
      entry.names.emplace_back(name, NameKind::Metonym);
    for (auto& name : irkg::json_strings(item, "adjectives"))
      entry.names.emplace_back(name, NameKind::Adjective);
    for (auto& name : irkg::json_strings(item, "ambiguous")) entry.ambiguous.push_back(name);
    if (const auto ctx = item.FindMember("context_aliases");
        ctx != item.MemberEnd() && ctx->value.IsArray()) {
      for (const auto& alias : ctx->value.GetArray()) {
        if (!alias.IsObject())
          continue;
        entry.context_aliases.emplace_back(irkg::json_string(alias, "alias"),
                                           irkg::json_strings(alias, "requires"));
      }
    }
    if (const auto predecessors = item.FindMember("predecessors");
        predecessors != item.MemberEnd() && predecessors->value.IsArray()) {
      for (const auto& value : predecessors->value.GetArray()) {
        const auto until =
            value.IsObject() ? PartialDate::parse(irkg::json_string(value, "until")) : std::nullopt;
        const std::string before_id(value.IsObject() ? irkg::json_string(value, "id") : "");
        if (!until || !until->known() || before_id.empty()) {
          problems.push_back(where + " (" + id + "): a predecessor needs 'id' and 'until'");
          continue;
        }
        entry.entry.predecessors.push_back({before_id, *until});
      }
      std::sort(entry.entry.predecessors.begin(), entry.entry.predecessors.end(),
                [](const Predecessor& a, const Predecessor& b) {
                  return a.until.first_day() > b.until.first_day();
                });
    }
    if (const auto members = item.FindMember("members"); members != item.MemberEnd()) {
      if (entry.entry.kind != ActorKind::Organization) {
        problems.push_back(where + " (" + id + "): only an organization has 'members'");
      } else if (!members->value.IsArray()) {
        problems.push_back(where + " (" + id + "): 'members' must be an array");
      } else {
        std::size_t n = 0;
        for (const auto& value : members->value.GetArray()) {
          const std::string at = where + " (" + id + "): members[" + std::to_string(n++) + "]";
          if (auto membership = parse_membership(value, at, problems))
            entry.entry.members.push_back(std::move(*membership));
        }
      }
    }
    if (const auto roles = item.FindMember("roles");
        roles != item.MemberEnd() && roles->value.IsArray()) {
      for (const auto& value : roles->value.GetArray()) {
        if (!value.IsObject())
          continue;
        Role role;
        role.leader = irkg::json_string(value, "role") == "leader";
        role.title = irkg::json_string(value, "title");
        role.of = irkg::json_string(value, "of");
        const auto from = PartialDate::parse(irkg::json_string(value, "from"));
        const auto to = PartialDate::parse(irkg::json_string(value, "to"));
        if (!from || !to)
          problems.push_back(where + " (" + id + "): bad role date");
        if (from)
          role.from = *from;
        if (to)
          role.to = *to;
        if (role.of.empty())
          problems.push_back(where + " (" + id + "): role without 'of'");
        entry.entry.roles.push_back(std::move(role));
      }
    }
  };
  for (const char* key : {"actors", "persons"}) {
    const auto it = document.FindMember(key);
    if (it == document.MemberEnd())
      continue;
    if (!it->value.IsArray()) {
      problems.push_back(std::string("'") + key + "' must be an array");
      continue;
    }
    std::size_t position = 0;
    for (const auto& item : it->value.GetArray())
      add(item, std::string_view(key) == "persons", position++);
  }
  if (!problems.empty()) {
    std::string message = problems.front();
    for (std::size_t i = 1; i < problems.size() && i < 20; ++i) message += "; " + problems[i];
    if (problems.size() > 20)
      message += "; and " + std::to_string(problems.size() - 20) + " more";
    throw Error(ErrorKind::Parse, message, file);
  }
}

std::shared_ptr<const irkg::lexicon::Lexicon> irkg::lexicon::LexiconBuilder::build() {
  auto lexicon = std::make_shared<Lexicon>();
  const auto insert = [&](const std::string& name, NameRef ref) {
    const auto words = name_tokens(name);
    if (words.empty())
      return;
    const std::size_t bit = StringHash{}(words.front()) % Lexicon::kFirstWordBits;
    lexicon->first_words_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    std::uint32_t node = 0;
    for (const std::string& word : words) {
      if (const auto child = lexicon->edges_.find(node, word)) {
        node = *child;
      } else {
        const auto next = static_cast<std::uint32_t>(lexicon->nodes_.size());
        lexicon->edges_.insert(node, word, next);
        lexicon->nodes_.emplace_back();
        node = next;
      }
    }
    auto& refs = lexicon->nodes_[node].refs;
    for (const NameRef& known : refs) {
      if (known.entry == ref.entry && known.kind == ref.kind)
        return;
    }
    refs.push_back(ref);
    ++lexicon->names_;
  };
  for (Pending& pending : pending_) {
    const auto index = static_cast<std::uint32_t>(lexicon->entries_.size());
    if (pending.entry.name.empty()) {
      pending.entry.name = pending.names.empty() ? pending.entry.id : pending.names.front().first;
    }
    lexicon->by_id_.emplace(pending.entry.id, index);
    // By state then start, as members_of() relies on; a span listed in two merged files once.
    auto& members = pending.entry.members;
    std::sort(members.begin(), members.end(), [](const Membership& a, const Membership& b) {
      if (a.state != b.state)
        return a.state < b.state;
      if (a.since.first_day() != b.since.first_day())
        return a.since.first_day() < b.since.first_day();
      return a.until.last_day() < b.until.last_day();
    });
    members.erase(std::unique(members.begin(), members.end(),
                              [](const Membership& a, const Membership& b) {
                                return a.state == b.state && a.since == b.since &&
                                       a.until == b.until;
                              }),
                  members.end());
    for (const Role& role : pending.entry.roles) {
      auto& holders = lexicon->holders_[role.of];
      if (std::find(holders.begin(), holders.end(), index) == holders.end())
        holders.push_back(index);
    }
    const auto is_ambiguous = [&](const std::string& name) {
      return std::find(pending.ambiguous.begin(), pending.ambiguous.end(), name) !=
             pending.ambiguous.end();
    };
    // The codes of states, organisations and groups ("USA", "NATO") are written as names too;
    // a person's id is a slug that running text never contains.
    if (pending.entry.kind != ActorKind::Person) {
      insert(pending.entry.id, NameRef{index, NameKind::Alias, is_ambiguous(pending.entry.id), 0});
    }
    for (const auto& [name, kind] : pending.names)
      insert(name, NameRef{index, kind, is_ambiguous(name), 0});
    for (const auto& [alias, requirements] : pending.context_aliases) {
      lexicon->contexts_.push_back(requirements);
      insert(alias, NameRef{index, NameKind::Alias, false,
                            static_cast<std::uint32_t>(lexicon->contexts_.size())});
    }
    lexicon->entries_.push_back(std::move(pending.entry));
  }
  pending_.clear();
  index_.clear();
  return lexicon;
}

std::shared_ptr<const irkg::lexicon::Lexicon> irkg::lexicon::load_lexicon(
    const std::vector<std::string>& extra_files) {
  LexiconBuilder builder;
  for (const auto& [name, bytes] : embedded_files()) builder.add_json(bytes, std::string(name));
  for (const std::string& file : extra_files) builder.add_json(read_file(file), file);
  return builder.build();
}
