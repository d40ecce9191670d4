// syntax/clusters.h - word classes learnt from unlabelled text, as features for tagger and parser
// SPDX-License-Identifier: MIT
#ifndef IRKG_SYNTAX_CLUSTERS_H
#define IRKG_SYNTAX_CLUSTERS_H

#include "syntax/binary.h"
#include "syntax/tree.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace irkg::syntax {

/// The key a word is clustered under: its form lower-cased (ASCII), digits as '0'.
std::uint64_t cluster_key(std::string_view form);

/// Words grouped into classes by the exchange algorithm (Martin et al. 1998; the predictive
/// form of Uszkoreit & Brants 2008) over the words before and the words after them, at two
/// granularities. A word has four class numbers, each 0 when it was not clustered.
class WordClusters {
 public:
  struct Classes {
    std::uint16_t left = 0, right = 0, left_coarse = 0, right_coarse = 0;
  };
  /// Clusters the words of \p texts (raw text files: Reuters SGML bodies, CSV rows, plain
  /// text) and of \p treebank. Deterministic for the same inputs.
  static WordClusters learn(const std::vector<std::string>& texts,
                            const std::vector<Sentence>& treebank, std::ostream* log);

  Classes find(std::uint64_t key) const {
    auto at = index_.find(key);
    return at == index_.end() ? Classes{} : classes_[at->second];
  }
  bool known(std::uint64_t key) const { return index_.count(key) != 0; }
  bool empty() const { return keys_.empty(); }
  /// The keys of the clustered words (cluster_key of each), sorted.
  const std::vector<std::uint64_t>& keys() const { return keys_; }

  void save(BinaryWriter& out) const;
  static WordClusters load(BinaryReader& in);

 private:
  void index();
  std::vector<std::uint64_t> keys_;  // sorted
  std::vector<Classes> classes_;
  std::unordered_map<std::uint64_t, std::uint32_t> index_;
};

}  // namespace irkg::syntax

#endif  // IRKG_SYNTAX_CLUSTERS_H
