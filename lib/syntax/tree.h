// syntax/tree.h - a sentence as Universal Dependencies words: tags, lemma, head and relation
// SPDX-License-Identifier: MIT
#ifndef IRKG_SYNTAX_TREE_H
#define IRKG_SYNTAX_TREE_H

#include <cstdint>
#include <string>
#include <vector>

namespace irkg::syntax {

/// One syntactic word (a CoNLL-U line with an integer id). Tags and relations are UD v2 strings
/// ("PROPN", "NNP", "obl:agent"); `head` is 1-based like CoNLL-U, 0 for the root, -1 before
/// parsing.
struct Word {
  std::string form;
  std::string lemma;
  std::string upos;
  std::string xpos;
  std::string feats;  ///< morphological features as read; the analyser does not predict them
  std::int32_t head = -1;
  std::string deprel;
  /// Byte range of the word in the text it came from (UDPipe's TokenRange); both 0 when the
  /// word did not come from text (a CoNLL-U file without TokenRange).
  std::uint32_t begin = 0, end = 0;
  bool space_after = true;
};

/// A sentence: its words in order, with the CoNLL-U comments worth keeping.
struct Sentence {
  std::string id;    ///< "# sent_id = ..." when read from CoNLL-U
  std::string text;  ///< "# text = ..."
  std::vector<Word> words;

  std::size_t size() const { return words.size(); }
};

}  // namespace irkg::syntax

#endif  // IRKG_SYNTAX_TREE_H
