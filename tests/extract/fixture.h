// tests/extract/fixture.h - one built-in lexicon and extractor per test binary, and helpers
// that extract one article and look for relations by actor id and relation type name
// SPDX-License-Identifier: MIT
#ifndef IRKG_TESTS_EXTRACT_FIXTURE_H
#define IRKG_TESTS_EXTRACT_FIXTURE_H

#include "extract/extractor.h"
#include "lexicon/lexicon.h"
#include "model/model.h"
#include "support/error.h"
#include "text/article.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace irkg::testing {

/// The lexicon shipped in the binary, loaded once.
inline const std::shared_ptr<const lexicon::Lexicon>& builtin_lexicon() {
  static const std::shared_ptr<const lexicon::Lexicon> lexicon = lexicon::load_lexicon({});
  return lexicon;
}

inline const extract::Extractor& builtin_extractor() {
  static const extract::Extractor extractor(builtin_lexicon());
  return extractor;
}

/// The relations of one article with \p body, dated \p date ("2018-03-01", "" for none).
inline std::vector<Relation> relations(std::string_view body, std::string_view date,
                                       const extract::Extractor& extractor = builtin_extractor()) {
  std::string text = "date: " + std::string(date.empty() ? "unknown" : date) + "\n\n";
  text += body;
  text += "\n";
  NullDiagnostics diagnostics;
  const auto articles = text::parse_articles(text, "article.txt", diagnostics);
  REQUIRE(articles.size() == 1);
  return extractor.extract(articles.front());
}

/// One line a relation, for failure messages.
inline std::string dump(const std::vector<Relation>& found) {
  std::string out;
  for (const Relation& r : found) {
    out += "\n  " + r.source.id + " " + std::string(to_string(r.type)) + " " + r.target.id + " " +
           std::string(to_string(r.modality)) + " " + r.date.to_string() +
           (r.rule.empty() ? "" : " [" + r.rule + "]");
  }
  return out.empty() ? std::string("\n  (no relations)") : out;
}

inline bool matches(const Relation& r, std::string_view source, std::string_view type,
                    std::string_view target) {
  return r.source.id == source && to_string(r.type) == type && r.target.id == target;
}

/// Is there a relation source -type-> target with \p modality?
inline bool has(const std::vector<Relation>& found, std::string_view source, std::string_view type,
                std::string_view target, Modality modality = Modality::Asserted) {
  REQUIRE_MESSAGE(parse_relation_type(type).has_value(), "unknown relation type ", type);
  return std::any_of(found.begin(), found.end(), [&](const Relation& r) {
    return matches(r, source, type, target) && r.modality == modality;
  });
}

/// Is there a relation source -type-> target with any modality?
inline bool has_any(const std::vector<Relation>& found, std::string_view source,
                    std::string_view type, std::string_view target) {
  REQUIRE_MESSAGE(parse_relation_type(type).has_value(), "unknown relation type ", type);
  return std::any_of(found.begin(), found.end(),
                     [&](const Relation& r) { return matches(r, source, type, target); });
}

/// Does any relation (either direction, any type and modality) join \p a and \p b?
inline bool linked(const std::vector<Relation>& found, std::string_view a, std::string_view b) {
  return std::any_of(found.begin(), found.end(), [&](const Relation& r) {
    return (r.source.id == a && r.target.id == b) || (r.source.id == b && r.target.id == a);
  });
}

/// Does \p id take part in any relation?
inline bool mentions(const std::vector<Relation>& found, std::string_view id) {
  return std::any_of(found.begin(), found.end(),
                     [&](const Relation& r) { return r.source.id == id || r.target.id == id; });
}

/// The first relation source -type-> target, or nullptr.
inline const Relation* find(const std::vector<Relation>& found, std::string_view source,
                            std::string_view type, std::string_view target) {
  const auto it = std::find_if(found.begin(), found.end(),
                               [&](const Relation& r) { return matches(r, source, type, target); });
  return it == found.end() ? nullptr : &*it;
}

}  // namespace irkg::testing

#endif  // IRKG_TESTS_EXTRACT_FIXTURE_H
