// tests/graph/fixture.h - small graphs built from relations written for the tests
#ifndef IRKG_TESTS_GRAPH_FIXTURE_H
#define IRKG_TESTS_GRAPH_FIXTURE_H

#include "graph/knowledge_graph.h"

#include <string>

namespace irkg::testing {

inline Actor state(const std::string& id, const std::string& name) {
  return Actor{id, name, ActorKind::State, "", "", {}};
}

inline Relation relation(const Actor& source, RelationType type, const Actor& target,
                         const std::string& doc, const std::string& date = "",
                         Modality modality = Modality::Asserted, int sentence = 0) {
  Relation r;
  r.source = source;
  r.type = type;
  r.target = target;
  r.doc = doc;
  r.date = *PartialDate::parse(date);
  r.modality = modality;
  r.sentence = sentence;
  r.evidence = source.name + " and " + target.name + " in " + doc;
  return r;
}

}  // namespace irkg::testing

#endif  // IRKG_TESTS_GRAPH_FIXTURE_H
