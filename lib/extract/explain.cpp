// extract/explain.cpp - the dependency paths from a rule's trigger to its arguments
// SPDX-License-Identifier: MIT
#include "extract/explain.h"

#include "syntax/words.h"

#include <algorithm>

namespace irkg::extract {
namespace {

// The words from \p from up to the root, \p from first.
std::vector<std::size_t> ancestors(const TreeView& tree, std::size_t from) {
  std::vector<std::size_t> chain{from};
  for (auto head = tree.head(from); head >= 0 && chain.size() <= tree.size();
       head = tree.head(static_cast<std::size_t>(head)))
    chain.push_back(static_cast<std::size_t>(head));
  return chain;
}

// "a ─rel→ b ─rel→ c" down the tree, "a ←rel─ b" up it, through the lowest common ancestor.
std::string path_between(const TreeView& tree, std::size_t from, std::size_t to) {
  const auto up = ancestors(tree, from);
  const auto down = ancestors(tree, to);
  std::size_t i = 0, j = 0;
  bool met = false;
  for (i = 0; i < up.size() && !met; ++i) {
    const auto at = std::find(down.begin(), down.end(), up[i]);
    if (at != down.end()) {
      j = static_cast<std::size_t>(at - down.begin());
      met = true;
    }
  }
  if (!met)
    return tree.word(from).form + " … " + tree.word(to).form;
  const std::size_t common = i - 1;
  std::string text = tree.word(from).form;
  for (std::size_t k = 0; k < common; ++k)
    text += " ←" + tree.word(up[k]).deprel + "─ " + tree.word(up[k + 1]).form;
  for (std::size_t k = j; k-- > 0;)
    text += " ─" + tree.word(down[k]).deprel + "→ " + tree.word(down[k]).form;
  return text;
}

}  // namespace

std::vector<std::string> rule_paths(std::string_view sentence, std::string_view rule,
                                    const RuleSet& rules, const syntax::Analyzer& analyzer) {
  std::vector<std::string> lines;
  if (std::none_of(rules.rules().begin(), rules.rules().end(),
                   [&](const Rule& r) { return r.name == rule; }))
    return lines;
  syntax::Sentence parsed;
  parsed.words = syntax::words_of(sentence);
  if (parsed.words.empty())
    return lines;
  analyzer.analyse(parsed);
  mend_news_tree(parsed, rules);
  const TreeView tree(parsed, &rules.vocabulary(), &rules.word_class("inflection_endings"));
  std::vector<RuleMatch> matches;
  rules.match(tree, matches);
  for (const auto& match : matches) {
    if (match.rule->name != rule || (match.sources.empty() && match.targets.empty()))
      continue;
    std::string line;
    for (const auto w : match.sources)
      line += (line.empty() ? "" : "; ") + path_between(tree, match.trigger, w) + " (source)";
    for (const auto w : match.targets)
      line += (line.empty() ? "" : "; ") + path_between(tree, match.trigger, w) + " (target)";
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace irkg::extract
