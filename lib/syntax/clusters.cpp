// syntax/clusters.cpp - exchange clustering of words by their neighbours in unlabelled text
// SPDX-License-Identifier: MIT
//
// Word classes from raw text let the tagger and parser generalise from a treebank word to the
// many words that occur in the same contexts (Koo et al. 2008, Turian et al. 2010). Brown
// clustering is too slow for the training budget; the exchange algorithm in its predictive form
// (Uszkoreit & Brants 2008) maximises the same kind of class-bigram likelihood,
//   F = sum_{v,c} f(N(v,c)) - sum_c f(N(c)),  f(x) = x log x,
// where N(v,c) counts word v followed by a word of class c, by moving one word at a time to
// the class that raises F most. It runs twice, once on the text reversed, so a word has a class
// from what precedes it and one from what follows it; each at 256 and at 32 classes.
#include "syntax/clusters.h"

#include "support/error.h"
#include "support/file.h"

#include "syntax/detail/hash.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <map>
#include <numeric>

namespace irkg::syntax {

namespace {

using detail::mix;

constexpr std::string_view kMagic = "irkg-clusters-1";
constexpr std::size_t kMaxWords = 50'000;  // the most frequent words are clustered
constexpr std::size_t kMinCount = 3;       // rarer ones share one "unknown" word
constexpr int kIterations = 12;

bool word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/// Splits raw text roughly as UD English does: words, numbers with their inner points and
/// commas, hyphenated words whole, clitics ("n't", "'s") apart, every other mark alone.
void tokenize(std::string_view text, std::vector<std::string>& out) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  while (i < n) {
    unsigned char c = byte(i);
    if (c <= ' ') {
      ++i;
      continue;
    }
    if (!word_byte(c)) {
      out.emplace_back(1, static_cast<char>(c));
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < n && (word_byte(byte(j)) ||
                     ((text[j] == '.' || text[j] == ',' || text[j] == '-' || text[j] == '\'') &&
                      j + 1 < n && word_byte(byte(j + 1)))))
      ++j;
    std::string_view word = text.substr(i, j - i);
    std::size_t cut = word.size();
    if (word.size() > 3 && (word.ends_with("n't") || word.ends_with("N'T")))
      cut = word.size() - 3;
    else if (auto q = word.rfind('\'');
             q != std::string_view::npos && q > 0 && word.size() - q <= 3)
      cut = q;
    out.emplace_back(word.substr(0, cut));
    if (cut < word.size())
      out.emplace_back(word.substr(cut));
    i = j;
  }
}

/// The body texts of a Reuters-21578 SGML file, entities decoded.
std::string reuters_bodies(const std::string& sgml) {
  std::string out;
  std::size_t at = 0;
  while ((at = sgml.find("<BODY>", at)) != std::string::npos) {
    at += 6;
    std::size_t end = sgml.find("</BODY>", at);
    if (end == std::string::npos)
      break;
    std::string body = sgml.substr(at, end - at);
    for (auto [entity, text] : {std::pair{"&lt;", "<"},
                                {"&gt;", ">"},
                                {"&amp;", "&"},
                                {"&#3;", " "},
                                {"&#127;", " "},
                                {"&#22;", " "}})
      for (std::size_t k = 0; (k = body.find(entity, k)) != std::string::npos;)
        body.replace(k, std::strlen(entity), text);
    out += body;
    out += '\n';
    at = end;
  }
  return out;
}

double xlogx(double x) {
  return x > 0 ? x * std::log(x) : 0.0;
}

/// Exchange clustering of words 0..V-1 into \p classes classes by their predecessors.
/// \p pairs holds (word, predecessor, count) sorted by word; \p totals the words' counts.
std::vector<std::uint16_t> exchange(
    std::size_t words, int classes,
    const std::vector<std::pair<std::uint32_t, std::uint32_t>>& preds,
    const std::vector<std::uint32_t>& counts, const std::vector<std::size_t>& begin,
    const std::vector<double>& totals, std::ostream* log) {
  const auto C = static_cast<std::size_t>(classes);
  std::vector<std::uint16_t> cls(words);
  // Frequency order: the most frequent words each start in a class of their own.
  for (std::size_t w = 0; w < words; ++w) cls[w] = static_cast<std::uint16_t>(w % C);
  std::vector<std::int32_t> N(words * C, 0);  // N[v*C + c]: v followed by a word of class c
  std::vector<double> Nc(C, 0);
  for (std::size_t w = 0; w < words; ++w) {
    Nc[cls[w]] += totals[w];
    for (std::size_t k = begin[w]; k < begin[w + 1]; ++k)
      N[preds[k].first * C + cls[w]] += static_cast<std::int32_t>(counts[k]);
  }
  // x log x of small counts from a table: most evaluations are of small counts.
  std::vector<double> table(1 << 16);
  for (std::size_t x = 0; x < table.size(); ++x) table[x] = xlogx(static_cast<double>(x));
  auto f = [&](std::int64_t x) {
    return x < static_cast<std::int64_t>(table.size()) ? table[static_cast<std::size_t>(x)]
                                                       : xlogx(static_cast<double>(x));
  };
  std::vector<double> delta(C);
  for (int it = 0; it < kIterations; ++it) {
    std::size_t moved = 0;
    for (std::size_t w = 0; w < words; ++w) {
      const std::uint16_t from = cls[w];
      for (std::size_t k = begin[w]; k < begin[w + 1]; ++k)
        N[preds[k].first * C + from] -= static_cast<std::int32_t>(counts[k]);
      Nc[from] -= totals[w];
      for (std::size_t c = 0; c < C; ++c) delta[c] = xlogx(Nc[c]) - xlogx(Nc[c] + totals[w]);
      for (std::size_t k = begin[w]; k < begin[w + 1]; ++k) {
        const std::int32_t* row = &N[preds[k].first * C];
        const auto n = static_cast<std::int64_t>(counts[k]);
        for (std::size_t c = 0; c < C; ++c) delta[c] += f(row[c] + n) - f(row[c]);
      }
      std::size_t best = from;
      for (std::size_t c = 0; c < C; ++c)
        if (delta[c] > delta[best] + 1e-9)
          best = c;
      cls[w] = static_cast<std::uint16_t>(best);
      moved += best != from;
      for (std::size_t k = begin[w]; k < begin[w + 1]; ++k)
        N[preds[k].first * C + best] += static_cast<std::int32_t>(counts[k]);
      Nc[best] += totals[w];
    }
    if (log)
      *log << "clusters: " << classes << " classes, iteration " << it + 1 << ": " << moved
           << " words moved\n"
           << std::flush;
  }
  return cls;
}

}  // namespace

std::uint64_t cluster_key(std::string_view form) {
  // ASCII lower-cased and every digit '0': unlike the parser's hash_lower, so not shared.
  std::uint64_t h = mix(detail::fnv1a(form, [](unsigned char c) {
    if (c >= 'A' && c <= 'Z')
      return static_cast<unsigned char>(c - 'A' + 'a');
    if (c >= '0' && c <= '9')
      return static_cast<unsigned char>('0');
    return c;
  }));
  return h == 0 ? 1 : h;
}

WordClusters WordClusters::learn(const std::vector<std::string>& texts,
                                 const std::vector<Sentence>& treebank, std::ostream* log) {
  // The corpus as word keys, documents and sentences separated by 0 (a boundary "word").
  std::vector<std::uint64_t> stream{0};
  std::vector<std::string> tokens;
  for (const std::string& path : texts) {
    std::string text = read_file(path);
    if (path.ends_with(".sgm"))
      text = reuters_bodies(text);
    std::size_t at = 0;
    while (at < text.size()) {  // line by line: a CSV row or a paragraph is one unit
      std::size_t end = text.find('\n', at);
      if (end == std::string::npos)
        end = text.size();
      tokens.clear();
      tokenize(std::string_view(text).substr(at, end - at), tokens);
      for (const auto& t : tokens) stream.push_back(cluster_key(t));
      if (path.ends_with(".csv") || (end + 1 < text.size() && text[end + 1] == '\n'))
        stream.push_back(0);
      at = end + 1;
    }
    stream.push_back(0);
  }
  for (const Sentence& s : treebank) {
    for (const Word& w : s.words) stream.push_back(cluster_key(w.form));
    stream.push_back(0);
  }
  // The vocabulary: frequent words by count, ties by key, so ids never depend on hash order.
  std::map<std::uint64_t, std::uint32_t> freq;
  for (std::uint64_t k : stream) ++freq[k];
  std::vector<std::pair<std::uint32_t, std::uint64_t>> ranked;
  for (const auto& [k, n] : freq)
    if (k != 0 && n >= kMinCount)
      ranked.emplace_back(n, k);
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (ranked.size() > kMaxWords - 2)
    ranked.resize(kMaxWords - 2);
  // Ids: 0.. the ranked words, then the boundary, then "unknown".
  const std::size_t V = ranked.size() + 2, boundary = V - 2, unknown = V - 1;
  std::unordered_map<std::uint64_t, std::uint32_t> id;
  for (std::size_t i = 0; i < ranked.size(); ++i)
    id.emplace(ranked[i].second, static_cast<std::uint32_t>(i));
  std::vector<std::uint32_t> ids(stream.size());
  for (std::size_t i = 0; i < stream.size(); ++i) {
    auto at = id.find(stream[i]);
    ids[i] = static_cast<std::uint32_t>(stream[i] == 0   ? boundary
                                        : at == id.end() ? unknown
                                                         : at->second);
  }
  if (log)
    *log << "clusters: " << stream.size() << " tokens, " << V << " words\n";

  WordClusters out;
  for (const auto& r : ranked) out.keys_.push_back(r.second);
  std::vector<std::size_t> order(ranked.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return ranked[a].second < ranked[b].second; });
  std::sort(out.keys_.begin(), out.keys_.end());
  out.classes_.assign(ranked.size(), Classes{});

  for (int direction = 0; direction < 2; ++direction) {
    // (word, neighbour) bigram counts: the predecessor, or on the second pass the successor.
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> bigrams;
    for (std::size_t i = 1; i < ids.size(); ++i) {
      std::uint32_t a = ids[i - 1], b = ids[i];
      if (direction == 0)
        ++bigrams[{b, a}];
      else
        ++bigrams[{a, b}];
    }
    std::vector<std::pair<std::uint32_t, std::uint32_t>> preds;
    std::vector<std::uint32_t> counts;
    std::vector<std::size_t> begin(V + 1, 0);
    std::vector<double> totals(V, 0);
    for (const auto& [pair, n] : bigrams) {
      preds.emplace_back(pair.second, pair.first);
      counts.push_back(n);
      ++begin[pair.first + 1];
      totals[pair.first] += n;
    }
    for (std::size_t w = 0; w < V; ++w) begin[w + 1] += begin[w];
    for (int classes : {256, 32}) {
      auto cls = exchange(V, classes, preds, counts, begin, totals, log);
      for (std::size_t j = 0; j < order.size(); ++j) {
        // keys_ is sorted and order[j] is the rank of keys_[j]. Class numbers from 1: 0 is "not
        // clustered".
        auto c = static_cast<std::uint16_t>(cls[order[j]] + 1);
        Classes& target = out.classes_[j];
        (direction == 0 ? (classes == 256 ? target.left : target.left_coarse)
                        : (classes == 256 ? target.right : target.right_coarse)) = c;
      }
    }
  }
  out.index();
  return out;
}

void WordClusters::index() {
  index_.clear();
  index_.reserve(keys_.size());
  for (std::size_t i = 0; i < keys_.size(); ++i)
    index_.emplace(keys_[i], static_cast<std::uint32_t>(i));
}

void WordClusters::save(BinaryWriter& out) const {
  out.put_string(kMagic);
  out.put_vector(keys_);
  out.put_vector(classes_);
}

WordClusters WordClusters::load(BinaryReader& in) {
  WordClusters c;
  if (in.get_string() != kMagic)
    in.fail("not a word cluster table (or another version)");
  c.keys_ = in.get_vector<std::uint64_t>();
  c.classes_ = in.get_vector<Classes>();
  if (c.keys_.size() != c.classes_.size() || !std::is_sorted(c.keys_.begin(), c.keys_.end()))
    in.fail("damaged word cluster table");
  c.index();
  return c;
}

}  // namespace irkg::syntax
