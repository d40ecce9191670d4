// extract/explain.h - how a tree rule read a relation: the dependency paths behind it
// SPDX-License-Identifier: MIT
#ifndef IRKG_EXTRACT_EXPLAIN_H
#define IRKG_EXTRACT_EXPLAIN_H

#include "extract/rules.h"

#include "syntax/analyzer.h"

#include <string>
#include <string_view>
#include <vector>

namespace irkg::extract {

/// The tree paths by which the rule named \p rule reads relations off \p sentence, one line per
/// match: "threatened ─xcomp→ break ─obj→ relations ─nmod→ Russia (target); threatened ─nsubj→
/// parliament (source)". Upward steps read "word ←deprel─ head". Empty when \p rule names no
/// tree rule of \p rules (a pattern or an office) or does not match the sentence as parsed now.
std::vector<std::string> rule_paths(std::string_view sentence, std::string_view rule,
                                    const RuleSet& rules = RuleSet::builtin(),
                                    const syntax::Analyzer& analyzer = syntax::Analyzer::builtin());

}  // namespace irkg::extract

#endif  // IRKG_EXTRACT_EXPLAIN_H
