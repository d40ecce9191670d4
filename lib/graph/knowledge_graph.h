// graph/knowledge_graph.h - actors and their typed relations as a Boost.Graph multigraph
// SPDX-License-Identifier: MIT
//
// irkg_graph: the typed actor graph, its filtered and aggregated views, and path queries.
// Depends on model and support; never on text, lexicon or extract.
#ifndef IRKG_GRAPH_KNOWLEDGE_GRAPH_H
#define IRKG_GRAPH_KNOWLEDGE_GRAPH_H

#include "model/model.h"

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace irkg::graph {

/// Vertex bundle: one actor.
struct ActorNode {
  std::string id;
  std::string name;
  ActorKind kind = ActorKind::State;
  std::string country;  ///< persons only: alpha-3 of the state they serve
  std::string org;      ///< persons only: organisation or group they serve
  std::vector<std::string> aliases;
};

/// Edge bundle: one mention of a relation. Strings live in the graph's pools.
struct RelationEdge {
  RelationType type = RelationType::Talks;
  Modality modality = Modality::Asserted;
  PartialDate date;
  std::uint32_t doc = 0;       ///< index into KnowledgeGraph::document()
  std::int32_t sentence = -1;  ///< sentence index in the document, -1 when unknown
  std::uint32_t evidence = 0;  ///< index into KnowledgeGraph::evidence()
  std::uint32_t rule = 0;      ///< index into KnowledgeGraph::rule(); 0 is "" (none known)
  float confidence = 1.0F;
};

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, ActorNode, RelationEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

/// A source document of relations, for provenance ("irkg explain").
struct Document {
  std::string id;
  std::string title;
  std::string url;
  PartialDate date;
};

/// Stores each distinct string once and hands out dense indices; index 0 is "".
class StringPool {
 public:
  StringPool();
  std::uint32_t intern(std::string_view text);
  const std::string& get(std::uint32_t index) const { return strings_[index]; }
  std::size_t size() const { return strings_.size(); }

 private:
  std::deque<std::string> strings_;
  std::unordered_map<std::string_view, std::uint32_t> index_;
};

/// The whole typed multigraph: actors as vertices, every relation mention as a parallel edge.
/// Vertices are never removed, so descriptors stay valid; use views to hide parts.
class KnowledgeGraph {
 public:
  KnowledgeGraph();

  /// Adds an actor or merges it into the one with the same id (aliases united; a missing
  /// name, country or org filled in). Returns its vertex.
  Vertex add_actor(const Actor& actor);

  /// Registers a document (or updates its metadata) and returns its index.
  std::uint32_t add_document(const Document& document);

  /// Adds one mention; both actors are added or merged. An exact repeat (same actors, type,
  /// modality, document and sentence) is ignored, so loading the same file twice changes
  /// nothing. Returns false for such a repeat.
  bool add_relation(const Relation& relation);

  std::optional<Vertex> find(std::string_view id) const;

  /// Finds an actor named by id, name or alias, ignoring case and accents.
  std::optional<Vertex> resolve(std::string_view name) const;

  /// Up to \p max ids or names close to \p name, best first, for "did you mean".
  std::vector<std::string> suggest(std::string_view name, std::size_t max = 3) const;

  const Graph& bgl() const { return graph_; }
  const ActorNode& actor(Vertex v) const { return graph_[v]; }
  const RelationEdge& relation(Edge e) const { return graph_[e]; }
  const Document& document(std::uint32_t index) const { return documents_[index]; }
  std::size_t num_documents() const { return documents_.size(); }
  const std::string& evidence(std::uint32_t index) const { return evidence_.get(index); }
  /// The name of the extraction rule behind a mention (RelationEdge::rule); "" when unknown.
  const std::string& rule(std::uint32_t index) const { return rules_.get(index); }
  std::size_t num_actors() const { return boost::num_vertices(graph_); }
  std::size_t num_relations() const { return boost::num_edges(graph_); }

 private:
  Graph graph_;
  std::unordered_map<std::string, Vertex> by_id_;
  std::unordered_map<std::string, Vertex> by_folded_name_;
  std::vector<Document> documents_;
  std::unordered_map<std::string, std::uint32_t> document_index_;
  StringPool evidence_;
  StringPool rules_;
  struct MentionKey {
    Vertex source, target;
    std::uint32_t doc, evidence;
    std::int32_t sentence;
    RelationType type;
    Modality modality;
    bool operator==(const MentionKey&) const = default;
  };
  struct MentionKeyHash {
    std::size_t operator()(const MentionKey& key) const;
  };
  std::unordered_set<MentionKey, MentionKeyHash> mentions_;
};

}  // namespace irkg::graph

#endif  // IRKG_GRAPH_KNOWLEDGE_GRAPH_H
