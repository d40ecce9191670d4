// graph/knowledge_graph.cpp - actors and their typed relations as a Boost.Graph multigraph
// SPDX-License-Identifier: MIT
#include "graph/knowledge_graph.h"

#include "support/strings.h"

#include <algorithm>

using irkg::graph::KnowledgeGraph;
using irkg::graph::Vertex;

irkg::graph::StringPool::StringPool() {
  intern("");
}

std::uint32_t irkg::graph::StringPool::intern(std::string_view text) {
  if (const auto it = index_.find(text); it != index_.end())
    return it->second;
  const auto index = static_cast<std::uint32_t>(strings_.size());
  strings_.emplace_back(text);  // a deque: earlier strings never move, so the keys stay valid
  index_.emplace(strings_.back(), index);
  return index;
}

std::size_t irkg::graph::KnowledgeGraph::MentionKeyHash::operator()(const MentionKey& key) const {
  std::size_t hash = key.source * 1000003u ^ key.target;
  hash = hash * 1000003u ^ key.doc;
  hash = hash * 1000003u ^ key.evidence;
  hash = hash * 1000003u ^ static_cast<std::size_t>(key.sentence);
  hash = hash * 31u ^ static_cast<std::size_t>(key.type);
  return hash * 31u ^ static_cast<std::size_t>(key.modality);
}

KnowledgeGraph::KnowledgeGraph() {
  add_document(Document{});
}

Vertex KnowledgeGraph::add_actor(const Actor& actor) {
  auto [it, inserted] = by_id_.try_emplace(actor.id, 0);
  if (inserted) {
    ActorNode node;
    node.id = actor.id;
    node.name = actor.id;
    node.kind = actor.kind;
    it->second = boost::add_vertex(std::move(node), graph_);
    // The id wins over every name, even one another actor already owns.
    by_folded_name_[fold_name(actor.id)] = it->second;
  }
  const Vertex v = it->second;
  ActorNode& node = graph_[v];
  // Only what is new is indexed: every relation names both its actors again, so merging must
  // cost next to nothing when nothing changes.
  const auto index = [&](const std::string& name) { by_folded_name_.emplace(fold_name(name), v); };
  if (!actor.name.empty() && node.name == node.id && actor.name != node.id) {
    node.name = actor.name;
    index(node.name);
  }
  if (node.country.empty())
    node.country = actor.country;
  if (node.org.empty())
    node.org = actor.org;
  for (const std::string& alias : actor.aliases) {
    if (std::find(node.aliases.begin(), node.aliases.end(), alias) != node.aliases.end())
      continue;
    node.aliases.push_back(alias);
    index(alias);
  }
  return v;
}

std::uint32_t KnowledgeGraph::add_document(const Document& document) {
  if (const auto it = document_index_.find(document.id); it != document_index_.end()) {
    Document& known = documents_[it->second];
    if (!document.title.empty())
      known.title = document.title;
    if (!document.url.empty())
      known.url = document.url;
    if (document.date.known())
      known.date = document.date;
    return it->second;
  }
  const auto index = static_cast<std::uint32_t>(documents_.size());
  documents_.push_back(document);
  document_index_.emplace(document.id, index);
  return index;
}

bool KnowledgeGraph::add_relation(const Relation& relation) {
  const Vertex source = add_actor(relation.source);
  const Vertex target = add_actor(relation.target);
  const std::uint32_t doc = add_document(Document{relation.doc, {}, {}, {}});
  const std::uint32_t evidence = evidence_.intern(relation.evidence);
  const MentionKey key{source,        target,           doc, evidence, relation.sentence,
                       relation.type, relation.modality};
  if (!mentions_.insert(key).second)
    return false;
  RelationEdge edge;
  edge.type = relation.type;
  edge.modality = relation.modality;
  edge.date = relation.date;
  edge.doc = doc;
  edge.sentence = relation.sentence;
  edge.evidence = evidence;
  edge.rule = rules_.intern(relation.rule);
  edge.confidence = static_cast<float>(relation.confidence);
  boost::add_edge(source, target, edge, graph_);
  return true;
}

std::optional<Vertex> KnowledgeGraph::find(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  if (it == by_id_.end())
    return std::nullopt;
  return it->second;
}

std::optional<Vertex> KnowledgeGraph::resolve(std::string_view name) const {
  if (auto exact = find(name))
    return exact;
  const auto it = by_folded_name_.find(fold_name(name));
  if (it == by_folded_name_.end())
    return std::nullopt;
  return it->second;
}

std::vector<std::string> KnowledgeGraph::suggest(std::string_view name, std::size_t max) const {
  const std::string folded = fold_name(name);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& [key, v] : by_folded_name_) {
    std::size_t distance = edit_distance(folded, key);
    if (!folded.empty() && key.find(folded) != std::string::npos)
      distance = std::min<std::size_t>(distance, 1);
    if (distance <= std::max<std::size_t>(2, folded.size() / 3)) {
      scored.emplace_back(distance, graph_[v].name == graph_[v].id
                                        ? graph_[v].id
                                        : graph_[v].name + " (" + graph_[v].id + ")");
    }
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> names;
  for (const auto& [distance, label] : scored) {
    if (std::find(names.begin(), names.end(), label) == names.end())
      names.push_back(label);
    if (names.size() == max)
      break;
  }
  return names;
}
