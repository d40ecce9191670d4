// io/relations_jsonl.cpp - the relations JSON Lines of the ontology: reading and writing
// SPDX-License-Identifier: MIT
#include "io/relations_jsonl.h"

#include "support/json_fields.h"
#include "support/strings.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

namespace {

using irkg::Error;
using irkg::ErrorKind;

// Actor ids alone still say their kind: "USA" is a state, "kim-jong-un" a person.
irkg::ActorKind guess_kind(std::string_view id) {
  bool upper = !id.empty(), lower = !id.empty();
  for (const char c : id) {
    if (c >= 'a' && c <= 'z')
      upper = false;
    if (c >= 'A' && c <= 'Z')
      lower = false;
  }
  if (upper && id.size() == 3 && id.find('_') == std::string_view::npos)
    return irkg::ActorKind::State;
  if (lower)
    return irkg::ActorKind::Person;
  return irkg::ActorKind::Organization;
}

irkg::Actor parse_actor(const rapidjson::Value& value, const char* field, const std::string& file,
                        std::uint64_t line) {
  irkg::Actor actor;
  if (value.IsString()) {
    actor.id = value.GetString();
    actor.kind = guess_kind(actor.id);
  } else if (value.IsObject()) {
    actor.id = std::string(irkg::json_string(value, "id"));
    actor.name = std::string(irkg::json_string(value, "name"));
    if (actor.id.empty())
      actor.id = actor.name;
    const std::string_view kind = irkg::json_string(value, "kind");
    if (!kind.empty()) {
      const auto parsed = irkg::parse_actor_kind(kind);
      if (!parsed) {
        throw Error(ErrorKind::Parse,
                    std::string(field) + ": unknown actor kind '" + std::string(kind) +
                        "' (state, person, organization, group)",
                    file, line);
      }
      actor.kind = *parsed;
    } else {
      actor.kind = guess_kind(actor.id);
    }
    actor.country = std::string(irkg::json_string(value, "country"));
    actor.org = std::string(irkg::json_string(value, "org"));
    actor.aliases = irkg::json_strings(value, "aliases");
  } else {
    throw Error(ErrorKind::Parse, std::string(field) + " must be an actor object or an id string",
                file, line);
  }
  if (irkg::trim(actor.id).empty()) {
    throw Error(ErrorKind::Parse, std::string(field) + " has no id or name", file, line);
  }
  if (actor.name.empty())
    actor.name = actor.id;
  return actor;
}

}  // namespace

bool irkg::io::looks_like_relations(std::string_view bytes) {
  std::size_t start = 0;
  while (start < bytes.size()) {
    std::size_t end = bytes.find('\n', start);
    if (end == std::string_view::npos)
      end = bytes.size();
    const std::string_view line = trim(bytes.substr(start, end - start));
    start = end + 1;
    if (line.empty())
      continue;
    if (line.front() != '{')
      return false;
    rapidjson::Document document;
    document.Parse(line.data(), line.size());
    return !document.HasParseError() && document.IsObject() && document.HasMember("source") &&
           document.HasMember("type") && document.HasMember("target");
  }
  return false;
}

irkg::Relation irkg::io::parse_relation(std::string_view json, const std::string& file,
                                        std::uint64_t line) {
  rapidjson::Document document;
  document.Parse(json.data(), json.size());
  if (document.HasParseError()) {
    throw Error(ErrorKind::Parse,
                std::string("not JSON: ") + rapidjson::GetParseError_En(document.GetParseError()) +
                    " at column " + std::to_string(document.GetErrorOffset() + 1),
                file, line);
  }
  if (!document.IsObject())
    throw Error(ErrorKind::Parse, "not a JSON object", file, line);
  for (const char* field : {"source", "type", "target"}) {
    if (!document.HasMember(field)) {
      throw Error(ErrorKind::Parse, std::string("missing field '") + field + "'", file, line);
    }
  }
  Relation relation;
  relation.source = parse_actor(document["source"], "source", file, line);
  relation.target = parse_actor(document["target"], "target", file, line);
  const std::string_view type = irkg::json_string(document, "type");
  const auto parsed_type = parse_relation_type(type);
  if (!parsed_type) {
    throw Error(ErrorKind::Parse, "unknown relation type '" + std::string(type) + "'", file, line);
  }
  relation.type = *parsed_type;
  if (const std::string_view modality = irkg::json_string(document, "modality");
      !modality.empty()) {
    const auto parsed = parse_modality(modality);
    if (!parsed) {
      throw Error(
          ErrorKind::Parse,
          "unknown modality '" + std::string(modality) + "' (asserted, hypothetical, negated)",
          file, line);
    }
    relation.modality = *parsed;
  }
  if (const auto it = document.FindMember("date");
      it != document.MemberEnd() && !it->value.IsNull()) {
    const std::string_view text =
        it->value.IsString() ? std::string_view(it->value.GetString(), it->value.GetStringLength())
                             : std::string_view();
    const auto date = PartialDate::parse(text);
    if (!it->value.IsString() || !date) {
      throw Error(ErrorKind::Parse, "bad date (want YYYY, YYYY-MM or YYYY-MM-DD)", file, line);
    }
    relation.date = *date;
  }
  relation.doc = std::string(irkg::json_string(document, "doc"));
  if (const auto it = document.FindMember("sentence");
      it != document.MemberEnd() && it->value.IsInt()) {
    relation.sentence = it->value.GetInt();
  }
  relation.evidence = std::string(irkg::json_string(document, "evidence"));
  if (const auto it = document.FindMember("confidence");
      it != document.MemberEnd() && it->value.IsNumber()) {
    relation.confidence = it->value.GetDouble();
  }
  relation.rule = std::string(irkg::json_string(document, "rule"));
  return relation;
}

void irkg::io::for_each_relation(
    std::string_view bytes, const std::string& file, bool skip_bad, DiagnosticSink& diagnostics,
    std::size_t& skipped,
    const std::function<void(Relation&, std::string_view line, std::uint64_t number)>& visit) {
  for_each_line(bytes, [&](std::string_view line, std::uint64_t number) {
    Relation relation;
    try {
      relation = parse_relation(line, file, number);
    } catch (const Error& error) {
      if (!skip_bad)
        throw;
      ++skipped;
      diagnostics.warning(file, number, error.message() + " (line skipped)");
      return;
    }
    visit(relation, line, number);
  });
}

irkg::io::RelationsReadStats irkg::io::read_relations(std::string_view bytes,
                                                      const std::string& file,
                                                      graph::KnowledgeGraph& graph,
                                                      const RelationsReadOptions& options,
                                                      DiagnosticSink& diagnostics) {
  RelationsReadStats stats;
  for_each_relation(bytes, file, options.skip_bad, diagnostics, stats.skipped,
                    [&](Relation& relation, std::string_view, std::uint64_t) {
                      ++stats.relations;
                      if (graph.add_relation(relation))
                        ++stats.added;
                    });
  return stats;
}

namespace {

void write_actor(rapidjson::Writer<rapidjson::StringBuffer>& writer, const irkg::Actor& actor) {
  writer.StartObject();
  writer.Key("id");
  writer.String(actor.id.c_str(), static_cast<rapidjson::SizeType>(actor.id.size()));
  writer.Key("name");
  writer.String(actor.name.c_str(), static_cast<rapidjson::SizeType>(actor.name.size()));
  writer.Key("kind");
  const std::string_view kind = irkg::to_string(actor.kind);
  writer.String(kind.data(), static_cast<rapidjson::SizeType>(kind.size()));
  if (!actor.country.empty()) {
    writer.Key("country");
    writer.String(actor.country.c_str(), static_cast<rapidjson::SizeType>(actor.country.size()));
  }
  if (!actor.org.empty()) {
    writer.Key("org");
    writer.String(actor.org.c_str(), static_cast<rapidjson::SizeType>(actor.org.size()));
  }
  if (!actor.aliases.empty()) {
    writer.Key("aliases");
    writer.StartArray();
    for (const std::string& alias : actor.aliases)
      writer.String(alias.c_str(), static_cast<rapidjson::SizeType>(alias.size()));
    writer.EndArray();
  }
  writer.EndObject();
}

}  // namespace

void irkg::io::write_relation(const Relation& relation, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  const auto string = [&](std::string_view text) {
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  };
  writer.StartObject();
  writer.Key("doc");
  string(relation.doc);
  writer.Key("sentence");
  writer.Int(relation.sentence);
  writer.Key("source");
  write_actor(writer, relation.source);
  writer.Key("type");
  string(to_string(relation.type));
  writer.Key("target");
  write_actor(writer, relation.target);
  writer.Key("modality");
  string(to_string(relation.modality));
  writer.Key("date");
  if (relation.date.known()) {
    string(relation.date.to_string());
  } else {
    writer.Null();
  }
  writer.Key("evidence");
  string(relation.evidence);
  writer.Key("confidence");
  writer.Double(std::round(relation.confidence * 100.0) / 100.0);
  const auto& type_info = info(relation.type);
  if (!type_info.structural) {
    writer.Key("cameo_root");
    string(type_info.cameo_root);
    writer.Key("quad_class");
    writer.Int(quad_number(type_info.quad));
  }
  if (!relation.rule.empty()) {
    writer.Key("rule");
    string(relation.rule);
  }
  writer.EndObject();
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out.put('\n');
}
