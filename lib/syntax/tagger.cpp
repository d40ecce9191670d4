// syntax/tagger.cpp - greedy averaged-perceptron tagger over hashed features
// SPDX-License-Identifier: MIT
//
// One joint class per word, the (UPOS, XPOS) pair seen in training, so the two tags never
// disagree. Features follow Collins (2002) and Honnibal's "a good POS tagger in 200 lines":
// the word, its affixes and shape, the words around it and the two tags already predicted.
// Every feature is a 64-bit hash of its template and strings, so the model stores no strings
// for features and the tagger builds none while tagging.
#include "syntax/tagger.h"

#include "support/error.h"

#include "syntax/clusters.h"
#include "syntax/detail/hash.h"
#include "syntax/detail/utf8.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace irkg::syntax {

namespace {

constexpr std::string_view kMagic = "irkg-tagger-3";
constexpr std::uint16_t kStart = 0xFFFF;   // the "tag" before the first word
constexpr std::uint16_t kStart2 = 0xFFFE;  // the one before that

using detail::mix;

/// Seeded by the length alone; the lemmatiser's hash_text differs in its seed, so the two stay
/// apart (their keys are in the model).
std::uint64_t hash_text(std::string_view text) {
  return detail::mix_chunks(mix(0x9E3779B97F4A7C15ull ^ text.size()), text);
}

/// A feature key: template id and up to two values. Never 0, the empty slot of the tables.
std::uint64_t feature(std::uint64_t templ, std::uint64_t a, std::uint64_t b = 0) {
  std::uint64_t key = mix(mix(a ^ (templ * 0x9E3779B97F4A7C15ull)) ^ b);
  return key ? key : 1;
}

using detail::is_continuation;

/// The last \p n characters (code points) of \p text, or all of it.
std::string_view suffix(std::string_view text, int n) {
  std::size_t at = text.size();
  for (int k = 0; k < n && at > 0; ++k) {
    --at;
    while (at > 0 && is_continuation(text[at])) --at;
  }
  return text.substr(at);
}

std::string_view prefix(std::string_view text, int n) {
  std::size_t at = 0;
  for (int k = 0; k < n && at < text.size(); ++k) {
    ++at;
    while (at < text.size() && is_continuation(text[at])) ++at;
  }
  return text.substr(0, at);
}

/// What the features see of one word, computed once per sentence.
struct WordInfo {
  std::string norm;  // lower-cased, digits as '0', so "1996" and "2003" share weights
  std::uint64_t word = 0, suffix3 = 0, shape = 0;
  std::uint64_t flags = 0;
  std::uint64_t ambiguity = 0;  // the set of classes the word had in training
  // Its word classes from unlabelled text (fine and coarse, by left and right neighbours): they
  // carry what the treebank cannot teach about words it saw seldom or never.
  std::uint64_t left = 0, right = 0, left_coarse = 0, right_coarse = 0;
};

// Flags: a bit set summarising capitalisation and character classes.
constexpr std::uint64_t kUpperFirst = 1, kAllUpper = 2, kHasDigit = 4, kHasHyphen = 8,
                        kHasLower = 16, kHasOther = 32, kSentenceStart = 64, kHasPeriod = 128;

void describe(std::string_view form, bool first, WordInfo& info, std::string& shape) {
  info.norm.clear();
  shape.clear();
  std::uint64_t flags = first ? kSentenceStart : 0;
  bool all_upper = true;
  char last = 0;
  int run = 0;
  for (std::size_t i = 0; i < form.size(); ++i) {
    char c = form[i];
    char s;
    if (c >= 'A' && c <= 'Z') {
      info.norm.push_back(static_cast<char>(c - 'A' + 'a'));
      s = 'X';
      if (i == 0)
        flags |= kUpperFirst;
    } else if (c >= 'a' && c <= 'z') {
      info.norm.push_back(c);
      s = 'x';
      all_upper = false;
      flags |= kHasLower;
    } else if (c >= '0' && c <= '9') {
      info.norm.push_back('0');
      s = 'd';
      all_upper = false;
      flags |= kHasDigit;
    } else {
      info.norm.push_back(c);
      if (is_continuation(c))
        continue;  // one shape character per code point
      s = static_cast<unsigned char>(c) >= 0x80 ? 'u' : c;
      if (c == '-')
        flags |= kHasHyphen;
      if (c == '.')
        flags |= kHasPeriod;
      if (static_cast<unsigned char>(c) < 0x80) {
        all_upper = false;
        flags |= kHasOther;
      }
    }
    // Runs longer than four collapse, as spaCy's shape does: "Xxxxx" for any capitalised word.
    run = s == last ? run + 1 : 1;
    last = s;
    if (run <= 4)
      shape.push_back(s);
  }
  if (all_upper && (flags & kUpperFirst))
    flags |= kAllUpper;
  info.flags = flags;
  info.word = hash_text(info.norm);
  info.suffix3 = hash_text(suffix(info.norm, 3));
  info.shape = hash_text(shape);
}

/// An open-addressing index from 64-bit keys (never 0) to 32-bit values, built once.
class KeyIndex {
 public:
  static constexpr std::uint32_t kMissing = std::numeric_limits<std::uint32_t>::max();

  void build(const std::vector<std::uint64_t>& keys) {
    std::size_t capacity = 16;
    while (capacity < keys.size() * 2) capacity *= 2;
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    for (std::uint32_t i = 0; i < keys.size(); ++i) {
      std::size_t at = keys[i] & mask_;
      while (slots_[at].key) at = (at + 1) & mask_;
      slots_[at] = Slot{keys[i], i};
    }
  }
  std::uint32_t find(std::uint64_t key) const {
    std::size_t at = key & mask_;
    while (true) {
      const Slot& slot = slots_[at];
      if (slot.key == key)
        return slot.value;
      if (!slot.key)
        return kMissing;
      at = (at + 1) & mask_;
    }
  }
  void prefetch(std::uint64_t key) const { __builtin_prefetch(&slots_[key & mask_]); }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = 0;
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

/// Ambiguity classes (as in SVMTool): for each word of the training data, a hash of the set of
/// classes it had. They let the features see what the words to the right may be.
struct Lexicon {
  std::vector<std::uint64_t> keys;  // word hashes, sorted
  std::vector<std::uint64_t> ambiguity;
  KeyIndex index;

  std::uint64_t find(std::uint64_t word) const {
    std::uint32_t at = index.find(word ? word : 1);
    return at == KeyIndex::kMissing ? unknown() : ambiguity[at];
  }
  static std::uint64_t unknown() {
    static const std::uint64_t hash = hash_text("-UNKNOWN-");
    return hash;
  }
};

std::uint64_t ambiguity_of(const std::map<std::uint16_t, std::size_t>& counts) {
  std::size_t total = 0;
  for (const auto& entry : counts) total += entry.second;
  if (total == 0)
    return Lexicon::unknown();
  std::uint64_t ambiguity = hash_text("-AMBIGUITY-");
  for (const auto& [cls, count] : counts)
    if (20 * count >= total)
      ambiguity = mix(ambiguity ^ (cls + 1u));
  return ambiguity;
}

/// Per-sentence word descriptions with two pads on each side ("-START-", "-END-").
struct Context {
  std::vector<WordInfo> words;          // index i + 2 is word i
  std::vector<std::string_view> forms;  // as written: the tag dictionary tells "US" from "us"
  std::string shape;

  void fill(const Sentence& sentence, const Lexicon& lexicon, const WordClusters& clusters) {
    std::size_t n = sentence.size();
    if (words.size() < n + 4)
      words.resize(n + 4);
    static const std::uint64_t start = hash_text("-START-"), end = hash_text("-END-");
    for (std::size_t pad : {std::size_t{0}, std::size_t{1}}) {
      words[pad].word = words[pad].suffix3 = words[pad].ambiguity = start;
      words[n + 2 + pad].word = words[n + 2 + pad].suffix3 = words[n + 2 + pad].ambiguity = end;
      for (WordInfo* w : {&words[pad], &words[n + 2 + pad]})
        w->left = w->right = w->left_coarse = w->right_coarse = w->word;
    }
    forms.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      forms[i] = sentence.words[i].form;
      describe(forms[i], i == 0, words[i + 2], shape);
      words[i + 2].ambiguity = lexicon.find(words[i + 2].word);
      WordClusters::Classes c = clusters.find(cluster_key(forms[i]));
      words[i + 2].left = c.left;
      words[i + 2].right = c.right | 0x10000;
      words[i + 2].left_coarse = c.left_coarse;
      words[i + 2].right_coarse = c.right_coarse | 0x10000;
    }
  }
};

constexpr int kStaticFeatures = 34;
constexpr int kDynamicFeatures = 8;
constexpr int kFeatures = kStaticFeatures + kDynamicFeatures;

/// The features of word \p i that do not depend on predicted tags.
void static_features(const Context& context, std::size_t i, std::uint64_t* out) {
  const WordInfo& w = context.words[i + 2];
  const WordInfo& p1 = context.words[i + 1];
  const WordInfo& p2 = context.words[i];
  const WordInfo& n1 = context.words[i + 3];
  const WordInfo& n2 = context.words[i + 4];
  std::string_view norm = w.norm;
  int k = 0;
  out[k++] = feature(0, 0);  // bias
  out[k++] = feature(1, w.word);
  for (int len = 1; len <= 4; ++len) out[k++] = feature(2 + len, hash_text(prefix(norm, len)));
  for (int len = 1; len <= 4; ++len) out[k++] = feature(6 + len, hash_text(suffix(norm, len)));
  out[k++] = feature(11, w.shape);
  out[k++] = feature(12, w.flags);
  out[k++] = feature(13, p1.word);
  out[k++] = feature(14, p2.word);
  out[k++] = feature(15, n1.word);
  out[k++] = feature(16, n2.word);
  out[k++] = feature(17, p1.suffix3);
  out[k++] = feature(18, n1.suffix3);
  out[k++] = feature(19, p1.word, w.word);
  out[k++] = feature(20, w.word, n1.word);
  out[k++] = feature(21, n1.shape);
  out[k++] = feature(22, p1.flags, w.flags);
  out[k++] = feature(23, w.ambiguity);
  out[k++] = feature(24, n1.ambiguity);
  out[k++] = feature(25, n2.ambiguity);
  out[k++] = feature(26, w.ambiguity, n1.ambiguity);
  out[k++] = feature(40, w.left);
  out[k++] = feature(41, w.right);
  out[k++] = feature(42, w.left, w.right);
  out[k++] = feature(43, p1.right);
  out[k++] = feature(44, n1.left);
  out[k++] = feature(45, p1.left_coarse, w.left_coarse);
  out[k++] = feature(46, w.right_coarse, n1.right_coarse);
  out[k++] = feature(47, w.left_coarse << 20 | w.right_coarse, n1.left_coarse);
}

/// The features that read the tags already predicted for the two previous words.
void dynamic_features(const Context& context, std::size_t i, std::uint16_t prev1,
                      std::uint16_t prev2, std::uint64_t* out) {
  const WordInfo& w = context.words[i + 2];
  const WordInfo& n1 = context.words[i + 3];
  out[0] = feature(30, prev1);
  out[1] = feature(31, prev1, prev2);
  out[2] = feature(32, prev1, w.word);
  out[3] = feature(33, prev1, n1.word);
  out[4] = feature(34, prev1, w.ambiguity);
  out[5] = feature(35, prev1, w.suffix3);
  out[6] = feature(36, prev2, w.word);
  out[7] = feature(37, prev1, w.left);
}

struct Entry {
  std::uint16_t cls;
  std::int16_t weight;
};

std::uint64_t dict_key(std::string_view form) {
  return feature(100, hash_text(form));
}

/// The tagger's model: classes, tag dictionary and weights (Tagger::Impl is one).
struct Model {
  std::vector<std::string> upos, xpos;  // by class
  // Frequent words seen (almost) always with one class take it without scoring.
  std::vector<std::uint64_t> dict_keys;  // sorted
  std::vector<std::uint16_t> dict_classes;
  // The weights: for the feature keys[i], entries[offsets[i], offsets[i+1]).
  std::vector<std::uint64_t> keys;  // sorted
  std::vector<std::uint32_t> offsets;
  std::vector<Entry> entries;

  Lexicon lexicon;
  WordClusters clusters;

  KeyIndex dict_index, feature_index;

  void index() {
    dict_index.build(dict_keys);
    feature_index.build(keys);
    lexicon.index.build(lexicon.keys);
  }

  std::size_t classes() const { return upos.size(); }

  void add(std::uint64_t key, std::int32_t* scores) const {
    std::uint32_t at = feature_index.find(key);
    if (at == KeyIndex::kMissing)
      return;
    for (std::uint32_t e = offsets[at]; e < offsets[at + 1]; ++e)
      scores[entries[e].cls] += entries[e].weight;
  }

  /// Predicts the classes of a sentence whose context is filled.
  void predict(const Context& context, std::size_t n, std::vector<std::uint16_t>& out) const {
    out.resize(n);
    std::vector<std::int32_t> scores(classes());
    std::array<std::uint64_t, kFeatures> features;
    std::uint16_t prev1 = kStart, prev2 = kStart2;
    for (std::size_t i = 0; i < n; ++i) {
      std::uint16_t best;
      std::uint32_t known = dict_index.find(dict_key(context.forms[i]));
      if (known != KeyIndex::kMissing) {
        best = dict_classes[known];
      } else {
        static_features(context, i, features.data());
        dynamic_features(context, i, prev1, prev2, features.data() + kStaticFeatures);
        for (std::uint64_t key : features) feature_index.prefetch(key);
        std::fill(scores.begin(), scores.end(), 0);
        for (std::uint64_t key : features) add(key, scores.data());
        best = static_cast<std::uint16_t>(std::max_element(scores.begin(), scores.end()) -
                                          scores.begin());
      }
      out[i] = best;
      prev2 = prev1;
      prev1 = best;
    }
  }
};

}  // namespace

struct Tagger::Impl : Model {};

Tagger::Tagger() : impl_(std::make_unique<Impl>()) {}
Tagger::~Tagger() = default;
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;

void Tagger::tag(Sentence& sentence) const {
  if (impl_->classes() == 0)
    return;
  thread_local Context context;
  thread_local std::vector<std::uint16_t> classes;
  context.fill(sentence, impl_->lexicon, impl_->clusters);
  impl_->predict(context, sentence.size(), classes);
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    sentence.words[i].upos = impl_->upos[classes[i]];
    sentence.words[i].xpos = impl_->xpos[classes[i]];
  }
}

// ---- training ----

namespace {

/// One class's weight of one feature while training, with what averaging needs: the sum of the
/// weight over all steps so far, brought up to date lazily at \p stamp.
struct Slot {
  std::uint16_t cls;
  float weight;
  double total;
  std::int64_t stamp;
};

class Trainer {
 public:
  std::uint32_t id(std::uint64_t key, bool create) {
    auto found = ids_.find(key);
    if (found != ids_.end())
      return found->second;
    if (!create)
      return KeyIndex::kMissing;
    auto id = static_cast<std::uint32_t>(rows_.size());
    ids_.emplace(key, id);
    rows_.emplace_back();
    keys_.push_back(key);
    return id;
  }

  void score(std::uint32_t id, float* scores) const {
    if (id == KeyIndex::kMissing)
      return;
    for (const Slot& slot : rows_[id]) scores[slot.cls] += slot.weight;
  }

  void update(std::uint32_t id, std::uint16_t cls, float delta) {
    auto& row = rows_[id];
    auto slot = std::find_if(row.begin(), row.end(), [&](const Slot& s) { return s.cls == cls; });
    if (slot == row.end()) {
      row.push_back(Slot{cls, 0.0f, 0.0, now_});
      slot = row.end() - 1;
    }
    slot->total += static_cast<double>(now_ - slot->stamp) * slot->weight;
    slot->stamp = now_;
    slot->weight += delta;
  }

  void tick() { ++now_; }

  /// The averaged weights, quantised to 16 bits, in a model sorted by key (so the bytes do not
  /// depend on hash-table order). Weights that round to zero are left out.
  void finish(Model& impl) const {
    std::vector<double> averaged;
    double largest = 0;
    for (const auto& row : rows_)
      for (const Slot& slot : row) {
        double total = slot.total + static_cast<double>(now_ - slot.stamp) * slot.weight;
        double mean = now_ ? total / static_cast<double>(now_) : 0.0;
        largest = std::max(largest, std::abs(mean));
      }
    double scale = largest > 0 ? 32767.0 / largest : 1.0;
    std::vector<std::uint32_t> order(rows_.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [&](std::uint32_t a, std::uint32_t b) { return keys_[a] < keys_[b]; });
    impl.keys.clear();
    impl.offsets.assign(1, 0);
    impl.entries.clear();
    std::vector<Slot> row;
    for (std::uint32_t id : order) {
      row = rows_[id];
      std::sort(row.begin(), row.end(), [](const Slot& a, const Slot& b) { return a.cls < b.cls; });
      std::size_t before = impl.entries.size();
      for (const Slot& slot : row) {
        double total = slot.total + static_cast<double>(now_ - slot.stamp) * slot.weight;
        double mean = now_ ? total / static_cast<double>(now_) : 0.0;
        long q = std::lround(mean * scale);
        if (q != 0)
          impl.entries.push_back(Entry{slot.cls, static_cast<std::int16_t>(q)});
      }
      if (impl.entries.size() == before)
        continue;
      impl.keys.push_back(keys_[id]);
      impl.offsets.push_back(static_cast<std::uint32_t>(impl.entries.size()));
    }
    impl.index();
  }

  std::size_t features() const { return rows_.size(); }

 private:
  std::unordered_map<std::uint64_t, std::uint32_t> ids_;
  std::vector<std::vector<Slot>> rows_;
  std::vector<std::uint64_t> keys_;
  std::int64_t now_ = 0;
};

/// A small deterministic generator (splitmix64): std::shuffle's use of a generator differs
/// between standard libraries, and the model must not.
struct Random {
  std::uint64_t state;
  std::uint64_t next() { return mix(state += 0x9E3779B97F4A7C15ull); }
};

struct Accuracy {
  std::size_t words = 0, upos = 0, xpos = 0;
};

Accuracy score_on(const Tagger& tagger, const std::vector<Sentence>& gold) {
  Accuracy accuracy;
  Sentence copy;
  for (const Sentence& sentence : gold) {
    copy = sentence;
    tagger.tag(copy);
    for (std::size_t i = 0; i < copy.size(); ++i) {
      ++accuracy.words;
      accuracy.upos += copy.words[i].upos == sentence.words[i].upos;
      accuracy.xpos += copy.words[i].xpos == sentence.words[i].xpos;
    }
  }
  return accuracy;
}

}  // namespace

Tagger Tagger::train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                     const TaggerOptions& options) {
  Tagger tagger;
  Impl& impl = *tagger.impl_;
  if (options.clusters)
    impl.clusters = *options.clusters;

  // Classes: every (UPOS, XPOS) pair of the training data, sorted so their numbers do not
  // depend on the order of the sentences.
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const Sentence& sentence : train)
    for (const Word& word : sentence.words) pairs.emplace_back(word.upos, word.xpos);
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  if (pairs.size() >= kStart2)
    throw Error(ErrorKind::Data, "tagger: too many (UPOS, XPOS) classes in training data");
  std::map<std::pair<std::string, std::string>, std::uint16_t> class_of;
  for (const auto& pair : pairs) {
    class_of.emplace(pair, static_cast<std::uint16_t>(impl.upos.size()));
    impl.upos.push_back(pair.first);
    impl.xpos.push_back(pair.second);
  }
  if (pairs.empty())
    return tagger;

  // Gold classes, and the tag dictionary: forms seen at least 20 times with one class in at
  // least 97% of them (Honnibal's thresholds) are not worth scoring.
  std::vector<std::vector<std::uint16_t>> gold(train.size());
  std::map<std::string, std::map<std::uint16_t, std::size_t>> seen;
  for (std::size_t s = 0; s < train.size(); ++s)
    for (const Word& word : train[s].words) {
      std::uint16_t cls = class_of.at({word.upos, word.xpos});
      gold[s].push_back(cls);
      ++seen[word.form][cls];
    }
  // Ambiguity classes: the classes a word (as the features normalise it) had in at least 5% of
  // its occurrences. Training sentences see them jackknifed (counted without their own tenth of
  // the data), or the weights would learn to trust them as if every word were known.
  constexpr std::size_t kFolds = 10;
  std::map<std::uint64_t, std::map<std::uint16_t, std::size_t>> by_word;
  std::vector<std::map<std::uint64_t, std::map<std::uint16_t, std::size_t>>> by_fold(kFolds);
  std::vector<std::vector<std::uint64_t>> word_hashes(train.size());
  {
    WordInfo info;
    std::string shape;
    for (std::size_t s = 0; s < train.size(); ++s)
      for (std::size_t i = 0; i < train[s].size(); ++i) {
        describe(train[s].words[i].form, false, info, shape);
        std::uint64_t word = info.word ? info.word : 1;
        word_hashes[s].push_back(word);
        ++by_word[word][gold[s][i]];
        ++by_fold[s % kFolds][word][gold[s][i]];
      }
  }
  for (const auto& [word, counts] : by_word) {
    impl.lexicon.keys.push_back(word);
    impl.lexicon.ambiguity.push_back(ambiguity_of(counts));
  }
  impl.lexicon.index.build(impl.lexicon.keys);
  std::vector<std::vector<std::uint64_t>> held_out(train.size());
  for (std::size_t s = 0; s < train.size(); ++s)
    for (std::uint64_t word : word_hashes[s]) {
      std::map<std::uint16_t, std::size_t> counts = by_word[word];
      for (const auto& [cls, count] : by_fold[s % kFolds][word])
        if ((counts[cls] -= count) == 0)
          counts.erase(cls);
      held_out[s].push_back(ambiguity_of(counts));
    }
  auto fill = [&](Context& context, std::size_t s) {
    context.fill(train[s], impl.lexicon, impl.clusters);
    for (std::size_t i = 0; i < train[s].size(); ++i)
      context.words[i + 2].ambiguity = held_out[s][i];
  };

  std::vector<std::pair<std::uint64_t, std::uint16_t>> dict;
  for (const auto& [form, counts] : seen) {
    std::size_t total = 0, most = 0;
    std::uint16_t best = 0;
    for (const auto& [cls, count] : counts) {
      total += count;
      if (count > most)
        most = count, best = cls;
    }
    if (total >= 20 && most >= 0.97 * static_cast<double>(total))
      dict.emplace_back(dict_key(form), best);
  }
  std::sort(dict.begin(), dict.end());
  for (const auto& [key, cls] : dict) {
    impl.dict_keys.push_back(key);
    impl.dict_classes.push_back(cls);
  }
  impl.dict_index.build(impl.dict_keys);

  // The static features of every training word, as feature ids, computed once.
  Trainer trainer;
  std::vector<std::vector<std::uint32_t>> statics(train.size());
  std::vector<std::vector<bool>> in_dict(train.size());
  Context context;
  std::array<std::uint64_t, kStaticFeatures> keys;
  for (std::size_t s = 0; s < train.size(); ++s) {
    fill(context, s);
    for (std::size_t i = 0; i < train[s].size(); ++i) {
      in_dict[s].push_back(impl.dict_index.find(dict_key(train[s].words[i].form)) !=
                           KeyIndex::kMissing);
      static_features(context, i, keys.data());
      for (std::uint64_t key : keys) statics[s].push_back(trainer.id(key, true));
    }
  }

  std::vector<std::size_t> order(train.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  Random random{options.seed};
  std::vector<float> scores(impl.classes());
  std::array<std::uint32_t, kFeatures> ids;
  std::array<std::uint64_t, kDynamicFeatures> dynamic;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i)
      std::swap(order[i - 1], order[random.next() % i]);
    std::size_t words = 0, right = 0;
    for (std::size_t s : order) {
      fill(context, s);
      std::uint16_t prev1 = kStart, prev2 = kStart2;
      for (std::size_t i = 0; i < train[s].size(); ++i) {
        std::uint16_t truth = gold[s][i], guess;
        if (in_dict[s][i]) {
          guess = impl.dict_classes[impl.dict_index.find(dict_key(train[s].words[i].form))];
        } else {
          std::copy_n(statics[s].begin() + static_cast<std::ptrdiff_t>(i * kStaticFeatures),
                      kStaticFeatures, ids.begin());
          dynamic_features(context, i, prev1, prev2, dynamic.data());
          for (int k = 0; k < kDynamicFeatures; ++k)
            ids[kStaticFeatures + k] = trainer.id(dynamic[k], false);
          std::fill(scores.begin(), scores.end(), 0.0f);
          for (std::uint32_t id : ids) trainer.score(id, scores.data());
          guess = static_cast<std::uint16_t>(std::max_element(scores.begin(), scores.end()) -
                                             scores.begin());
          if (guess != truth) {
            for (int k = 0; k < kDynamicFeatures; ++k)
              ids[kStaticFeatures + k] = trainer.id(dynamic[k], true);
            for (std::uint32_t id : ids) {
              trainer.update(id, truth, 1.0f);
              trainer.update(id, guess, -1.0f);
            }
          }
          trainer.tick();
        }
        ++words;
        right += guess == truth;
        // Greedy training: the history is what the tagger predicted, as it will be at run time.
        prev2 = prev1;
        prev1 = guess;
      }
    }
    if (options.log) {
      *options.log << "tagger epoch " << epoch << ": train "
                   << 100.0 * static_cast<double>(right) / static_cast<double>(words) << "%, "
                   << trainer.features() << " features";
      if (!dev.empty()) {
        trainer.finish(impl);
        Accuracy accuracy = score_on(tagger, dev);
        double n = static_cast<double>(accuracy.words);
        *options.log << "; dev UPOS " << 100.0 * static_cast<double>(accuracy.upos) / n << " XPOS "
                     << 100.0 * static_cast<double>(accuracy.xpos) / n;
      }
      *options.log << '\n';
    }
  }
  trainer.finish(impl);
  return tagger;
}

// ---- storage ----

void Tagger::save(BinaryWriter& out) const {
  const Impl& impl = *impl_;
  out.put_string(kMagic);
  out.put<std::uint32_t>(static_cast<std::uint32_t>(impl.classes()));
  for (std::size_t c = 0; c < impl.classes(); ++c) {
    out.put_string(impl.upos[c]);
    out.put_string(impl.xpos[c]);
  }
  out.put_vector(impl.dict_keys);
  out.put_vector(impl.dict_classes);
  out.put_vector(impl.lexicon.keys);
  out.put_vector(impl.lexicon.ambiguity);
  out.put_vector(impl.keys);
  out.put_vector(impl.offsets);
  out.put_vector(impl.entries);
  impl.clusters.save(out);
}

Tagger Tagger::load(BinaryReader& in) {
  Tagger tagger;
  Impl& impl = *tagger.impl_;
  if (in.get_string() != kMagic)
    in.fail("not a tagger model (or another version)");
  auto classes = in.get<std::uint32_t>();
  if (classes >= kStart2)
    in.fail("tagger: implausible class count");
  for (std::uint32_t c = 0; c < classes; ++c) {
    impl.upos.push_back(in.get_string());
    impl.xpos.push_back(in.get_string());
  }
  impl.dict_keys = in.get_vector<std::uint64_t>();
  impl.dict_classes = in.get_vector<std::uint16_t>();
  impl.lexicon.keys = in.get_vector<std::uint64_t>();
  impl.lexicon.ambiguity = in.get_vector<std::uint64_t>();
  impl.keys = in.get_vector<std::uint64_t>();
  impl.offsets = in.get_vector<std::uint32_t>();
  impl.entries = in.get_vector<Entry>();
  impl.clusters = WordClusters::load(in);
  // Checked so that a damaged model is an error here, not an out-of-range read while tagging.
  auto sorted_keys = [](const std::vector<std::uint64_t>& keys) {
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (keys[i] == 0 || (i > 0 && keys[i] <= keys[i - 1]))
        return false;
    return true;
  };
  if (impl.dict_keys.size() != impl.dict_classes.size() || !sorted_keys(impl.dict_keys))
    in.fail("tagger: damaged tag dictionary");
  if (impl.lexicon.keys.size() != impl.lexicon.ambiguity.size() || !sorted_keys(impl.lexicon.keys))
    in.fail("tagger: damaged lexicon");
  for (std::uint16_t cls : impl.dict_classes)
    if (cls >= classes)
      in.fail("tagger: damaged tag dictionary");
  if (!sorted_keys(impl.keys) || impl.offsets.size() != impl.keys.size() + 1 ||
      impl.offsets.front() != 0 || impl.offsets.back() != impl.entries.size() ||
      !std::is_sorted(impl.offsets.begin(), impl.offsets.end()))
    in.fail("tagger: damaged weight table");
  for (const Entry& entry : impl.entries)
    if (entry.cls >= classes)
      in.fail("tagger: damaged weight table");
  impl.index();
  return tagger;
}

}  // namespace irkg::syntax
