// tests/model/relation_types_doc.cpp - writes docs/relation-types.md from the relation-type
// table (model/relation_types.def), or checks that the committed page is what it would write.
//
// usage: relation_types_doc            print the page
//        relation_types_doc --check F  exit 1, saying how to fix it, when F differs from it
// scripts/relation-types-doc runs the first form; CTest runs the second on the committed page.
#include "io/style.h"
#include "model/model.h"

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

namespace {

std::string markdown() {
  std::ostringstream out;
  out << "# Relation types\n\n"
         "<!-- Generated from lib/model/relation_types.def by scripts/relation-types-doc: edit "
         "the table, not this page. -->\n\n"
         "The relation types irkg writes, as `../shared/spec/ontology.md` defines them. Directed "
         "types read\nsource → target; symmetric types (marked ↔) have no direction: aggregated "
         "views and exports\nfold both directions into one edge. Where the ontology names "
         "several CAMEO roots, irkg writes\nthe one below. The colour is the type's own in "
         "`irkg timeline`; graph exports colour edges by\nquad class.\n\n"
         "## Events\n\n"
         "| type | meaning | CAMEO root | quad class | colour |\n"
         "|---|---|---|---|---|\n";
  for (const irkg::RelationType type : irkg::all_relation_types()) {
    const irkg::RelationTypeInfo& row = irkg::info(type);
    if (row.structural)
      continue;
    out << "| `" << row.name << '`' << (row.symmetric ? " ↔" : "") << " | " << row.description
        << " | " << row.cameo_root << " | " << irkg::quad_number(row.quad) << ' '
        << irkg::io::quad_description(row.quad) << " | `" << row.color << "` |\n";
  }
  out << "\n## Structural relations\n\n"
         "Stated by descriptions rather than events; no CAMEO root, no quad class.\n\n"
         "| type | meaning | colour |\n"
         "|---|---|---|\n";
  for (const irkg::RelationType type : irkg::all_relation_types()) {
    const irkg::RelationTypeInfo& row = irkg::info(type);
    if (row.structural)
      out << "| `" << row.name << "` | " << row.description << " | `" << row.color << "` |\n";
  }
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  const std::string page = markdown();
  if (argc == 1) {
    std::cout << page;
    return 0;
  }
  if (argc == 3 && std::string_view(argv[1]) == "--check") {
    std::ifstream in(argv[2], std::ios::binary);
    std::ostringstream committed;
    committed << in.rdbuf();
    if (in && committed.str() == page)
      return 0;
    std::cerr << argv[2]
              << " is out of date with lib/model/relation_types.def: run "
                 "scripts/relation-types-doc and commit the page\n";
    return 1;
  }
  std::cerr << "usage: relation_types_doc [--check FILE]\n";
  return 2;
}
