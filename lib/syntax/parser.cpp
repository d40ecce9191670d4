// syntax/parser.cpp - greedy arc-hybrid transition parser, averaged perceptron, dynamic oracle
// SPDX-License-Identifier: MIT
//
// The transition system is arc-hybrid (Kuhlmann et al. 2011) with the root token at the end of
// the buffer (Ballesteros & Nivre 2013), so a word is attached to the root only once nothing is
// left to its right; allowing that attachment only when the stack holds one word gives every
// sentence exactly one root. Arc-hybrid's arc costs decompose, so the dynamic oracle of Goldberg
// & Nivre (2013) is exact on projective trees; non-projective training trees are first made
// projective by lifting their crossing arcs (the lifted word keeps its relation). Features follow
// Zhang & Nivre (2011) adapted to the hybrid stack. Weights are sparse (a feature keeps only
// the classes it was ever updated for), averaged, pruned and stored as int16 with one scale.
#include "syntax/parser.h"

#include "support/error.h"

#include "syntax/clusters.h"
#include "syntax/detail/hash.h"

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <cmath>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <sys/mman.h>
#include <type_traits>

namespace irkg::syntax {
namespace {

// --- hashing: fixed functions, so that feature keys and hence model bytes never depend on the
// standard library's std::hash.

using detail::mix;

// FNV-1a, finalised; not the tagger's or lemmatiser's chunked hash (their keys differ).
std::uint64_t hash_text(std::string_view text) {
  return mix(detail::fnv1a(text));
}

// Lower-cases ASCII only: the treebanks' non-ASCII words are rare enough to keep as they are.
std::uint64_t hash_lower(std::string_view text) {
  return mix(detail::fnv1a(text, [](unsigned char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c;
  }));
}

std::uint64_t key(std::uint64_t tmpl, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
  std::uint64_t h = mix(tmpl * 0x9e3779b97f4a7c15ULL + a);
  h = mix(h + b * 0xff51afd7ed558ccdULL);
  h = mix(h + c * 0xc4ceb9fe1a85ec53ULL);
  return h == 0 ? 1 : h;  // 0 marks an empty slot
}

// --- the trainer's open-addressing table from feature key to row (linear probing).

constexpr std::uint32_t missing = 0xffffffffU;

template <class Key>
class KeyTable {
 public:
  std::uint32_t find(Key k) const {
    if (keys_.empty())
      return missing;
    for (std::size_t i = k & mask_;; i = (i + 1) & mask_) {
      if (keys_[i] == k)
        return values_[i];
      if (keys_[i] == 0)
        return missing;
    }
  }
  // Returns the row of \p k, giving it \p next when new; sets \p added.
  std::uint32_t insert(Key k, std::uint32_t next, bool& added) {
    if ((count_ + 1) * 10 > keys_.size() * 7)
      rehash(keys_.empty() ? 1024 : keys_.size() * 2);
    for (std::size_t i = k & mask_;; i = (i + 1) & mask_) {
      if (keys_[i] == k) {
        added = false;
        return values_[i];
      }
      if (keys_[i] == 0) {
        keys_[i] = k;
        values_[i] = next;
        ++count_;
        added = true;
        return next;
      }
    }
  }

 private:
  void rehash(std::size_t size) {
    std::vector<Key> old_keys(size, 0);
    std::vector<std::uint32_t> old_values(size, 0);
    old_keys.swap(keys_);
    old_values.swap(values_);
    mask_ = size - 1;
    count_ = 0;
    for (std::size_t i = 0; i < old_keys.size(); ++i) {
      if (old_keys[i] == 0)
        continue;
      bool added = false;
      insert(old_keys[i], old_values[i], added);
    }
  }
  std::vector<Key> keys_;
  std::vector<std::uint32_t> values_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

// --- the sentence as the features see it.

constexpr std::uint32_t max_labels = 127;  // classes (shift + 2 per label) fit one byte
constexpr int max_features = 128;
constexpr std::string_view punct_tag = "PUNCT";  // UD's tag; commas matter for appos, conj, acl

// Fixed tag inventories would tie the model to one tag set; instead tags are hashed like words.
struct Node {
  std::uint64_t w = 0;  // lower-cased form
  std::uint64_t m = 0;  // lemma
  std::uint64_t p = 0;  // XPOS
  std::uint64_t u = 0;  // UPOS
  std::uint64_t x = 0;  // last three bytes of the lower-cased form, for words seldom seen
  std::uint64_t c = 0;  // word classes from unlabelled text (fine, both sides), for the same
  std::uint64_t k = 0;  // the coarse ones
};

struct Tokens {
  int n = 0;  // words; index n is the root, n + 1 stands for "no such word"
  std::vector<Node> nodes;
  std::vector<int> punct;  // punctuation words before each index, to count those between two

  bool is_punct(int i) const {
    return punct[static_cast<std::size_t>(i) + 1] != punct[static_cast<std::size_t>(i)];
  }

  Tokens(const Sentence& sentence, const WordClusters& clusters)
      : n(static_cast<int>(sentence.size())) {
    nodes.resize(static_cast<std::size_t>(n) + 2);
    punct.assign(static_cast<std::size_t>(n) + 2, 0);
    for (int i = 0; i < n; ++i) {
      const Word& word = sentence.words[static_cast<std::size_t>(i)];
      Node& node = nodes[static_cast<std::size_t>(i)];
      node.w = hash_lower(word.form);
      node.m = hash_text(word.lemma);
      node.p = hash_text(word.xpos);
      node.u = hash_text(word.upos);
      std::string_view form = word.form;
      node.x = hash_lower(form.substr(form.size() > 3 ? form.size() - 3 : 0));
      WordClusters::Classes cl = clusters.find(cluster_key(form));
      node.c = mix(std::uint64_t{cl.left} << 16 | cl.right | 0x100000000ULL);
      node.k = mix(std::uint64_t{cl.left_coarse} << 16 | cl.right_coarse | 0x200000000ULL);
      punct[static_cast<std::size_t>(i) + 1] =
          punct[static_cast<std::size_t>(i)] + (word.upos == punct_tag);
    }
    punct[static_cast<std::size_t>(n) + 1] = punct[static_cast<std::size_t>(n)];
    // Values no word hashes to in practice, so "root" and "none" are features of their own.
    nodes[static_cast<std::size_t>(n)] = {mix(11), mix(12), mix(13), mix(14),
                                          mix(15), mix(16), mix(17)};
    nodes[static_cast<std::size_t>(n) + 1] = {mix(21), mix(22), mix(23), mix(24),
                                              mix(25), mix(26), mix(27)};
  }
};

struct State {
  int n;
  int none;
  int b = 0;  // front of the buffer; the buffer is b..n, n being the root
  std::vector<int> stack;
  std::vector<int> head, label;
  std::vector<int> l1, l2, r1, r2;  // leftmost, second leftmost, rightmost, second rightmost
  std::vector<std::uint8_t> nl, nr;
  std::vector<std::array<std::uint64_t, 2>> lset, rset;

  State(int words, int no_label)
      : n(words),
        none(words + 1),
        head(static_cast<std::size_t>(words) + 2, -1),
        label(static_cast<std::size_t>(words) + 2, no_label),
        l1(static_cast<std::size_t>(words) + 2, words + 1),
        l2(l1),
        r1(l1),
        r2(l1),
        nl(static_cast<std::size_t>(words) + 2, 0),
        nr(nl),
        lset(static_cast<std::size_t>(words) + 2, {0, 0}),
        rset(lset) {
    stack.reserve(static_cast<std::size_t>(words));
  }

  bool terminal() const { return stack.empty() && b == n; }
  int s(std::size_t i) const { return i < stack.size() ? stack[stack.size() - 1 - i] : none; }

  void shift() { stack.push_back(b++); }
  void left(int lab) {  // s0 <- b
    int d = stack.back();
    stack.pop_back();
    attach(b, d, lab);
    auto h = static_cast<std::size_t>(b);
    l2[h] = l1[h];
    l1[h] = d;
    if (nl[h] < 255)
      ++nl[h];
    lset[h][static_cast<std::size_t>(lab) >> 6] |= 1ULL << (lab & 63);
  }
  void right(int lab) {  // s1 -> s0
    int d = stack.back();
    stack.pop_back();
    int hd = stack.back();
    attach(hd, d, lab);
    auto h = static_cast<std::size_t>(hd);
    r2[h] = r1[h];
    r1[h] = d;
    if (nr[h] < 255)
      ++nr[h];
    rset[h][static_cast<std::size_t>(lab) >> 6] |= 1ULL << (lab & 63);
  }
  void attach(int h, int d, int lab) {
    head[static_cast<std::size_t>(d)] = h;
    label[static_cast<std::size_t>(d)] = lab;
  }
};

int bucket(int distance) {
  if (distance <= 4)
    return distance;
  if (distance <= 6)
    return 5;
  if (distance <= 9)
    return 6;
  return 7;
}

// The feature keys of a state; returns how many.
int features(const State& st, const Tokens& tk, std::uint64_t* out) {
  const int s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const int b0 = st.b, b1 = st.b + 1 <= st.n ? st.b + 1 : st.none,
            b2 = st.b + 2 <= st.n ? st.b + 2 : st.none;
  auto at = [&](int i) -> const Node& { return tk.nodes[static_cast<std::size_t>(i)]; };
  auto lab = [&](int i) -> std::uint64_t {
    return static_cast<std::uint64_t>(st.label[static_cast<std::size_t>(i)]) + 1000;
  };
  auto ix = [](int i) { return static_cast<std::size_t>(i); };
  const Node &S0 = at(s0), &S1 = at(s1), &S2 = at(s2), &B0 = at(b0), &B1 = at(b1), &B2 = at(b2);
  const int s0l = st.l1[ix(s0)], s0l2 = st.l2[ix(s0)], s0r = st.r1[ix(s0)], s0r2 = st.r2[ix(s0)];
  const int s1l = st.l1[ix(s1)], s1r = st.r1[ix(s1)], s1r2 = st.r2[ix(s1)];
  const int b0l = st.l1[ix(b0)], b0l2 = st.l2[ix(b0)];
  const Node &S0L = at(s0l), &S0L2 = at(s0l2), &S0R = at(s0r), &S0R2 = at(s0r2), &S1L = at(s1l),
             &S1R = at(s1r), &S1R2 = at(s1r2), &B0L = at(b0l), &B0L2 = at(b0l2);
  int f = 0;
  std::uint64_t t = 0;
  auto add = [&](std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
    out[f++] = key(++t, a, b, c);
  };
  // Single words.
  for (const Node* x : {&S0, &B0, &S1, &B1}) {
    add(x->w);
    add(x->p);
    add(x->u);
    add(x->w, x->p);
  }
  add(S0.m);
  add(B0.m);
  add(S2.p);
  add(B2.p);
  add(B2.w);
  add(S2.w);
  // Word pairs.
  add(S0.w, S0.p, B0.w + B0.p * 3);
  add(S0.w, S0.p, B0.w);
  add(S0.w, B0.w, B0.p);
  add(S0.w, S0.p, B0.p);
  add(S0.p, B0.w, B0.p);
  add(S0.w, B0.w);
  add(S0.p, B0.p);
  add(B0.p, B1.p);
  add(S1.p, S0.p);
  add(S1.w, S0.w);
  add(S1.w, S1.p, S0.p);
  add(S1.p, S0.w, S0.p);
  add(S0.m, B0.m);
  add(S1.m, S0.m);
  add(S0.u, B0.u);
  add(S1.u, S0.u);
  // Tag trigrams.
  add(B0.p, B1.p, B2.p);
  add(S0.p, B0.p, B1.p);
  add(S1.p, S0.p, B0.p);
  add(S0.p, S0L.p, B0.p);
  add(S0.p, S0R.p, B0.p);
  add(S0.p, B0.p, B0L.p);
  add(S1.p, S1L.p, S0.p);
  add(S1.p, S1R.p, S0.p);
  add(S2.p, S1.p, S0.p);
  add(S1.p, S0.p, S0L.p);
  add(S1.p, S0.p, S0R.p);
  // Distances.
  const std::uint64_t d1 =
      b0 == st.n ? 99 : (s0 == st.none ? 98 : static_cast<std::uint64_t>(bucket(b0 - s0)));
  const std::uint64_t d2 = s1 == st.none ? 98 : static_cast<std::uint64_t>(bucket(s0 - s1));
  add(S0.w, d1);
  add(S0.p, d1);
  add(B0.w, d1);
  add(B0.p, d1);
  add(S0.w, B0.w, d1);
  add(S0.p, B0.p, d1);
  add(S1.p, S0.p, d2);
  add(S1.w, S0.w, d2);
  // Valency.
  const std::uint64_t s0vl = st.nl[ix(s0)], s0vr = st.nr[ix(s0)], b0vl = st.nl[ix(b0)],
                      s1vr = st.nr[ix(s1)], s1vl = st.nl[ix(s1)];
  add(S0.w, s0vl);
  add(S0.p, s0vl);
  add(S0.w, s0vr);
  add(S0.p, s0vr);
  add(B0.w, b0vl);
  add(B0.p, b0vl);
  add(S1.p, s1vl);
  add(S1.p, s1vr);
  // Children.
  for (int c : {s0l, s0r, b0l, s1l, s1r, s0l2, s0r2, b0l2}) {
    const Node& x = at(c);
    add(x.w);
    add(x.p);
    add(lab(c));
  }
  add(S0.p, lab(s0l), S0L.w);
  add(S0.p, lab(s0r), S0R.w);
  add(B0.p, lab(b0l), B0L.w);
  add(S1.p, lab(s1r), S1R.w);
  // Third order.
  add(S0.p, S0L.p, S0L2.p);
  add(S0.p, S0R.p, S0R2.p);
  add(B0.p, B0L.p, B0L2.p);
  add(S1.p, S1R.p, S1R2.p);
  add(S0.p, lab(s0l), lab(s0l2));
  add(S0.p, lab(s0r), lab(s0r2));
  add(B0.p, lab(b0l), lab(b0l2));
  // Label sets.
  auto set = [](const std::array<std::uint64_t, 2>& s) { return mix(s[0] ^ mix(s[1] + 7)); };
  add(S0.w, set(st.lset[ix(s0)]));
  add(S0.p, set(st.lset[ix(s0)]));
  add(S0.w, set(st.rset[ix(s0)]));
  add(S0.p, set(st.rset[ix(s0)]));
  add(B0.w, set(st.lset[ix(b0)]));
  add(B0.p, set(st.lset[ix(b0)]));
  add(S1.p, set(st.rset[ix(s1)]));
  // Punctuation between the words of the arc (appositions, conjuncts, relative clauses).
  auto between = [&](int a, int b) -> std::uint64_t {
    if (a >= st.n || b > st.n || a >= b)
      return 9;
    return static_cast<std::uint64_t>(std::min(2, tk.punct[ix(b)] - tk.punct[ix(a) + 1]));
  };
  add(S0.p, B0.p, between(s0, b0));
  add(S1.p, S0.p, between(s1, s0));
  add(S0.w, B0.p, between(s0, b0));
  // More of the lookahead, and the universal tags where the Penn ones are less sure.
  add(B0.w, B1.w);
  add(B0.p, B1.w);
  add(B0.w, B1.p);
  add(S0.u, B0.u, B1.u);
  add(S1.u, S0.u, B0.u);
  add(S0.x, S0.p);
  add(B0.x, B0.p);
  // Whether the stack is down to one word matters for the root.
  add(st.stack.size() > 1 ? 2 : st.stack.size(), B0.p, S0.p);
  // Word classes in place of words (Koo et al. 2008): fine ones alone and with tags, coarse
  // ones in pairs.
  add(S0.c);
  add(B0.c);
  add(S1.c);
  add(B1.c);
  add(S0.c, B0.c);
  add(S0.c, B0.p);
  add(S0.p, B0.c);
  add(S1.c, S0.c);
  add(S0.k, B0.k, B1.k);
  return f;
}

// --- classes: 0 shifts, 1..L attach s0 to b0 with label l-1, L+1..2L attach s0 to s1.

struct Classes {
  int labels = 0;
  int root = -1;  // the label "root"
  int count() const { return 2 * labels + 1; }
  int left(int lab) const { return 1 + lab; }
  int right(int lab) const { return 1 + labels + lab; }
};

bool valid(const State& st, const Classes& cls, int c) {
  if (c == 0)
    return st.b < st.n;
  if (c <= cls.labels) {
    if (st.stack.empty())
      return false;
    if (st.b == st.n)
      return c - 1 == cls.root && st.stack.size() == 1;
    return c - 1 != cls.root;
  }
  return st.stack.size() >= 2 && c - 1 - cls.labels != cls.root;
}

void apply(State& st, const Classes& cls, int c) {
  if (c == 0)
    st.shift();
  else if (c <= cls.labels)
    st.left(c - 1);
  else
    st.right(c - 1 - cls.labels);
}

// --- the stored model: feature rows of (class, int16 weight).

// The stored model keys features by 32 bits of their hash: half the size of the full key, at the
// price of a few merged training features and, at run time, an unseen feature matching a stored
// one about once in 3,000 lookups (noise far below what pruning removes).
std::uint32_t short_key(std::uint64_t k) {
  auto s = static_cast<std::uint32_t>(k ^ (k >> 32));
  return s == 0 ? 1 : s;
}

// Zeroed anonymous memory advised to use huge pages. In a virtual machine first touching a
// 4 KB page can cost tens of microseconds: a 25 MB table then takes 150 ms to load in small
// pages and a few in huge ones; the parser's random lookups also miss the TLB less.
template <class T>
requires std::is_trivially_copyable_v<T>
class Pages {
 public:
  Pages() = default;
  explicit Pages(std::size_t count)
      : size_(count), bytes_(std::max<std::size_t>(count * sizeof(T), 1)) {
    void* p = mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
      throw std::bad_alloc();
    if (bytes_ >= huge_page)
      madvise(p, bytes_, MADV_HUGEPAGE);  // only advice: without it, small pages still work
    data_ = static_cast<T*>(p);
  }
  Pages(Pages&& other) noexcept { swap(other); }
  Pages& operator=(Pages&& other) noexcept {
    Pages gone(std::move(*this));
    swap(other);
    return *this;
  }
  Pages(const Pages&) = delete;
  Pages& operator=(const Pages&) = delete;
  ~Pages() {
    if (data_)
      munmap(data_, bytes_);
  }
  T& operator[](std::size_t i) { return data_[i]; }
  const T& operator[](std::size_t i) const { return data_[i]; }
  std::size_t size() const { return size_; }

 private:
  static constexpr std::size_t huge_page = std::size_t{2} << 20;
  void swap(Pages& other) noexcept {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
    std::swap(bytes_, other.bytes_);
  }
  T* data_ = nullptr;
  std::size_t size_ = 0, bytes_ = 0;
};

// The run-time index: one 8-byte slot per feature holding its short key and where its row is
// (24 bits of start, 8 of length), so a lookup costs one cache line, and the row another.
struct Slot {
  std::uint32_t key = 0;
  std::uint32_t row = 0;
};

struct Packed {
  std::int16_t weight;
  std::uint8_t cls;
};

constexpr std::size_t max_entries = std::size_t{1} << 24;

struct Model {
  std::vector<std::string> labels;
  WordClusters clusters;
  Classes classes;
  float scale = 1;
  Pages<Slot> slots;
  std::size_t mask = 0, feature_count = 0;
  Pages<Packed> entries;

  void reserve(std::size_t feature_count, std::size_t entry_count) {
    std::size_t size = 16;
    while (size * 7 < feature_count * 10) size *= 2;
    slots = Pages<Slot>(size);
    mask = size - 1;
    entries = Pages<Packed>(entry_count);
    feature_count = 0;
  }
  // Rows must come in key order, each starting where the last ended; false for a key met before
  // or a row that does not fit.
  bool add_row(std::uint32_t key, std::uint32_t begin, std::uint32_t length) {
    if (key == 0 || length > 255 || begin + std::size_t{length} > entries.size() ||
        feature_count + 1 >= slots.size())
      return false;
    std::size_t at = key & mask;
    for (; slots[at].key != 0; at = (at + 1) & mask)
      if (slots[at].key == key)
        return false;
    slots[at] = {key, begin << 8 | length};
    ++feature_count;
    return true;
  }
  // The rows sorted by key, as (key, row) pairs.
  std::vector<Slot> rows() const {
    std::vector<Slot> out;
    out.reserve(feature_count);
    for (std::size_t i = 0; i < slots.size(); ++i)
      if (slots[i].key != 0)
        out.push_back(slots[i]);
    std::sort(out.begin(), out.end(), [](const Slot& a, const Slot& b) { return a.key < b.key; });
    return out;
  }

  void score(const std::uint64_t* feats, int count, std::int32_t* out) const {
    std::fill(out, out + classes.count(), 0);
    // Three passes so that the cache misses of all features overlap instead of queueing.
    std::array<std::uint32_t, max_features> keys_here, rows;
    for (int i = 0; i < count; ++i) {
      keys_here[static_cast<std::size_t>(i)] = short_key(feats[i]);
      __builtin_prefetch(&slots[keys_here[static_cast<std::size_t>(i)] & mask]);
    }
    for (std::size_t i = 0; i < static_cast<std::size_t>(count); ++i) {
      std::uint32_t row = missing;
      for (std::size_t at = keys_here[i] & mask;; at = (at + 1) & mask) {
        if (slots[at].key == keys_here[i]) {
          row = slots[at].row;
          __builtin_prefetch(&entries[row >> 8]);
          break;
        }
        if (slots[at].key == 0)
          break;
      }
      rows[i] = row;
    }
    for (std::size_t i = 0; i < static_cast<std::size_t>(count); ++i) {
      if (rows[i] == missing)
        continue;
      const Packed* e = &entries[rows[i] >> 8];
      for (std::uint32_t k = 0, n = rows[i] & 0xff; k < n; ++k) out[e[k].cls] += e[k].weight;
    }
  }

  // UD gives a predicate one nominal subject. A second one that follows the first, set off by
  // commas on both sides ("His counterpart, Wang Yi, met ..."), is the first's apposition: the
  // greedy parser sees the verb before it can weigh that reading.
  void one_subject(State& st, const Tokens& tk) const {
    const auto nsubj = std::find(labels.begin(), labels.end(), "nsubj") - labels.begin();
    const auto appos = std::find(labels.begin(), labels.end(), "appos") - labels.begin();
    if (nsubj == std::ssize(labels) || appos == std::ssize(labels))
      return;
    const int n = st.n;
    auto ix = [](int i) { return static_cast<std::size_t>(i); };
    // The rightmost word of each subtree: projective trees make subtrees spans.
    std::vector<int> right(ix(n) + 1);
    for (int i = 0; i < n; ++i) right[ix(i)] = i;
    for (int i = 0; i < n; ++i)
      for (int k = i, h = st.head[ix(i)]; h >= 0 && h < n && k != h; k = h, h = st.head[ix(h)])
        right[ix(h)] = std::max(right[ix(h)], i);
    // Whether x's span ends with a punctuation mark, its own or the next word.
    auto set_off = [&](int x) {
      const int r = right[ix(x)];
      return tk.is_punct(r) || (r + 1 < n && tk.is_punct(r + 1));
    };
    for (int b = 1; b < n; ++b) {
      const int h = st.head[ix(b)];
      if (st.label[ix(b)] != nsubj || h <= right[ix(b)] || !set_off(b))
        continue;
      for (int a = 0; a < b; ++a) {
        if (st.head[ix(a)] != h || st.label[ix(a)] != nsubj || right[ix(a)] >= b || !set_off(a))
          continue;
        st.head[ix(b)] = a;
        st.label[ix(b)] = static_cast<int>(appos);
        break;
      }
    }
  }

  void parse(Sentence& sentence) const {
    const int n = static_cast<int>(sentence.size());
    if (n == 0)
      return;
    Tokens tk(sentence, clusters);
    State st(n, classes.labels);
    std::array<std::uint64_t, max_features> feats{};
    std::array<std::int32_t, 2 * max_labels + 1> scores{};
    while (!st.terminal()) {
      // An empty stack leaves only a shift: no need to score it.
      if (st.stack.empty()) {
        st.shift();
        continue;
      }
      int count = features(st, tk, feats.data());
      score(feats.data(), count, scores.data());
      // UD makes punctuation a leaf: a word tagged PUNCT takes no dependents unless nothing
      // else is left (a mistagged word at the end of the sentence).
      const bool left_punct = st.b < n && tk.is_punct(st.b);
      const bool right_punct = st.stack.size() >= 2 && tk.is_punct(st.s(1));
      int best = -1, fallback = -1;
      for (int c = 0; c < classes.count(); ++c) {
        if (!valid(st, classes, c))
          continue;
        auto sc = scores[static_cast<std::size_t>(c)];
        if (fallback < 0 || sc > scores[static_cast<std::size_t>(fallback)])
          fallback = c;
        if ((c >= 1 && c <= classes.labels && left_punct) || (c > classes.labels && right_punct))
          continue;
        if (best < 0 || sc > scores[static_cast<std::size_t>(best)])
          best = c;
      }
      apply(st, classes, best >= 0 ? best : fallback);
    }
    one_subject(st, tk);
    for (int i = 0; i < n; ++i) {
      Word& word = sentence.words[static_cast<std::size_t>(i)];
      int h = st.head[static_cast<std::size_t>(i)];
      word.head = h == n ? 0 : h + 1;
      word.deprel = labels[static_cast<std::size_t>(st.label[static_cast<std::size_t>(i)])];
    }
  }
};

// --- training.

// The parser's share of the 30 MB model file; averaged weights are pruned, smallest first, in
// these steps until it fits (docs/syntax.md gives the measured cost in accuracy).
constexpr std::size_t parser_budget = 22'000'000;
constexpr std::array<double, 12> prune_steps{0,   0.02, 0.05, 0.1, 0.15, 0.2,
                                             0.3, 0.4,  0.5,  0.7, 1.0,  1.5};

struct TrainEntry {
  double total = 0;  // weight summed over time, for the average
  float weight = 0;
  std::uint32_t stamp = 0;  // when total was last brought up to date
  std::uint8_t cls = 0;
};

class Trainer {
 public:
  Trainer(const Classes& classes, const WordClusters* clusters) : classes_(classes) {
    if (clusters)
      clusters_ = *clusters;
  }

  void score(const std::uint64_t* feats, int count, float* out) {
    std::fill(out, out + classes_.count(), 0.0f);
    for (int i = 0; i < count; ++i) {
      std::uint32_t row = table_.find(feats[i]);
      if (row == missing)
        continue;
      for (const TrainEntry& e : rows_[row]) out[e.cls] += e.weight;
    }
  }

  void update(const std::uint64_t* feats, int count, int good, int bad) {
    for (int i = 0; i < count; ++i) {
      bool added = false;
      std::uint32_t row = table_.insert(feats[i], static_cast<std::uint32_t>(rows_.size()), added);
      if (added) {
        rows_.emplace_back();
        keys_.push_back(feats[i]);
      }
      bump(rows_[row], good, 1.0f);
      bump(rows_[row], bad, -1.0f);
    }
  }

  void tick() { ++now_; }

  // The averaged weights, pruned and quantised, rows sorted by key so that the bytes do not
  // depend on the order features were first met in.
  Model average(const std::vector<std::string>& labels, double prune) const {
    Model model;
    model.labels = labels;
    model.clusters = clusters_;
    model.classes = classes_;
    const double now = std::max<double>(now_, 1);
    auto avg = [&](const TrainEntry& e) {
      return (e.total + double(now_ - e.stamp) * e.weight) / now;
    };
    std::vector<std::pair<std::uint32_t, std::uint32_t>> order;  // (short key, row)
    order.reserve(keys_.size());
    double top = 0;
    for (std::uint32_t i = 0; i < keys_.size(); ++i) {
      order.emplace_back(short_key(keys_[i]), i);
      for (const TrainEntry& e : rows_[i]) top = std::max(top, std::abs(avg(e)));
    }
    std::sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
      return x.first != y.first ? x.first < y.first : keys_[x.second] < keys_[y.second];
    });
    const double scale = top > 0 ? top / 32000.0 : 1.0;  // headroom for merged keys
    model.scale = static_cast<float>(scale);
    std::vector<std::uint32_t> keys, offsets{0};
    std::vector<Packed> packed;
    std::array<double, 2 * max_labels + 1> merged{};
    for (std::size_t at = 0; at < order.size();) {
      std::size_t end = at;
      merged.fill(0);
      for (; end < order.size() && order[end].first == order[at].first; ++end)
        for (const TrainEntry& e : rows_[order[end].second]) merged[e.cls] += avg(e);
      bool any = false;
      for (int c = 0; c < classes_.count(); ++c) {
        double w = merged[static_cast<std::size_t>(c)];
        if (std::abs(w) <= prune)
          continue;
        auto q = std::clamp<long>(std::lround(w / scale), -32767, 32767);
        if (q == 0)
          continue;
        packed.push_back({static_cast<std::int16_t>(q), static_cast<std::uint8_t>(c)});
        any = true;
      }
      if (any) {
        keys.push_back(order[at].first);
        offsets.push_back(static_cast<std::uint32_t>(packed.size()));
      }
      at = end;
    }
    if (packed.size() >= max_entries)
      throw Error(ErrorKind::Data, "parser model too large to index; prune more");
    model.reserve(keys.size(), packed.size());
    for (std::size_t i = 0; i < packed.size(); ++i) model.entries[i] = packed[i];
    for (std::size_t i = 0; i < keys.size(); ++i)
      model.add_row(keys[i], offsets[i], offsets[i + 1] - offsets[i]);
    return model;
  }

  // The smallest pruning threshold (in units of one perceptron update) whose model fits
  // \p budget bytes as stored: 4 bytes of key and 1 of row length per feature, 3 per weight.
  double fit(std::size_t budget) const {
    const double now = std::max<double>(now_, 1);
    double chosen = 0;
    for (double threshold : prune_steps) {
      chosen = threshold;
      std::size_t bytes = 0;
      for (const auto& row : rows_) {
        std::size_t kept = 0;
        for (const TrainEntry& e : row)
          kept += std::abs((e.total + double(now_ - e.stamp) * e.weight) / now) > threshold;
        bytes += kept ? 5 + 3 * kept : 0;
      }
      if (bytes <= budget)
        break;
    }
    return chosen;
  }

  std::size_t features() const { return keys_.size(); }

 private:
  void bump(std::vector<TrainEntry>& row, int cls, float delta) {
    for (TrainEntry& e : row) {
      if (e.cls != cls)
        continue;
      e.total += double(now_ - e.stamp) * e.weight;
      e.stamp = now_;
      e.weight += delta;
      return;
    }
    TrainEntry e;
    e.stamp = now_;
    e.weight = delta;
    e.cls = static_cast<std::uint8_t>(cls);
    row.push_back(e);
  }

  Classes classes_;
  WordClusters clusters_;
  KeyTable<std::uint64_t> table_;
  std::vector<std::vector<TrainEntry>> rows_;
  std::vector<std::uint64_t> keys_;
  std::uint32_t now_ = 0;
};

// Gold heads in state indices (root = n), or empty when the sentence is no single-rooted tree.
std::vector<int> gold_heads(const Sentence& sentence) {
  const int n = static_cast<int>(sentence.size());
  std::vector<int> heads(static_cast<std::size_t>(n));
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    int h = sentence.words[static_cast<std::size_t>(i)].head;
    if (h < 0 || h > n || h == i + 1)
      return {};
    heads[static_cast<std::size_t>(i)] = h == 0 ? n : h - 1;
    roots += h == 0;
  }
  if (roots != 1)
    return {};
  for (int i = 0; i < n; ++i) {  // no cycles: every word reaches the root within n steps
    int k = i, steps = 0;
    while (k != n && steps <= n) k = heads[static_cast<std::size_t>(k)], ++steps;
    if (k != n)
      return {};
  }
  return heads;
}

bool dominates(const std::vector<int>& heads, int h, int k, int n) {
  while (k != n && k != h) k = heads[static_cast<std::size_t>(k)];
  return k == h;
}

// Lifts the shortest crossing arc to the grandparent until none crosses (Nivre & Nilsson 2005,
// without encoding the lift in the label: the few lifted words are parsed at their lifted head).
void projectivize(std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  for (;;) {
    int worst = -1, worst_span = 0;
    for (int d = 0; d < n; ++d) {
      int h = heads[static_cast<std::size_t>(d)];
      int lo = std::min(h, d), hi = std::max(h, d);
      if (worst >= 0 && hi - lo >= worst_span)
        continue;
      for (int k = lo + 1; k < hi; ++k)
        if (!dominates(heads, h, k, n)) {
          worst = d;
          worst_span = hi - lo;
          break;
        }
    }
    if (worst < 0)
      return;
    auto w = static_cast<std::size_t>(worst);
    heads[w] = heads[static_cast<std::size_t>(heads[w])];
  }
}

struct Gold {
  std::vector<int> heads;
  std::vector<int> labels;
};

// Costs of the three moves (arcs lost for good), and the gold label of the arc each would add
// when that arc is gold (else -1).
struct Costs {
  int shift = 0, left = 0, right = 0;
  int left_label = -1, right_label = -1;
};

Costs costs(const State& st, const Gold& gold) {
  Costs c;
  const auto& gh = gold.heads;
  auto head = [&](int i) { return gh[static_cast<std::size_t>(i)]; };
  const int n = st.n, b = st.b;
  if (b < n) {
    // b can no longer get a head below s0, nor any dependent on the stack.
    for (std::size_t i = 0; i < st.stack.size(); ++i) {
      int k = st.stack[i];
      if (head(k) == b)
        ++c.shift;
      if (i + 1 < st.stack.size() && head(b) == k)
        ++c.shift;
    }
  }
  if (!st.stack.empty()) {
    const int s0 = st.stack.back();
    const int s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
    int children = 0;  // dependents of s0 still in the buffer: lost by either attachment
    for (int k = b; k < n; ++k) children += head(k) == s0;
    const int h = head(s0);
    c.left = children + ((h != b && (h == s1 || h > b)) ? 1 : 0);
    c.right = children + ((h != s1 && h >= b) ? 1 : 0);
    if (h == b)
      c.left_label = gold.labels[static_cast<std::size_t>(s0)];
    if (h == s1)
      c.right_label = gold.labels[static_cast<std::size_t>(s0)];
  }
  return c;
}

int cost_of(const Costs& c, const Classes& cls, int k) {
  if (k == 0)
    return c.shift;
  if (k <= cls.labels)
    return c.left + (c.left_label >= 0 && k - 1 != c.left_label);
  return c.right + (c.right_label >= 0 && k - 1 - cls.labels != c.right_label);
}

struct Tally {
  std::size_t words = 0, uas = 0, las = 0;
};

std::string_view universal(std::string_view label) {
  return label.substr(0, label.find(':'));
}

Tally score_dev(const Model& model, const std::vector<Sentence>& dev) {
  Tally t;
  for (const Sentence& gold : dev) {
    Sentence s = gold;
    model.parse(s);
    for (std::size_t i = 0; i < s.size(); ++i) {
      ++t.words;
      if (s.words[i].head != gold.words[i].head)
        continue;
      ++t.uas;
      t.las += universal(s.words[i].deprel) == universal(gold.words[i].deprel);
    }
  }
  return t;
}

}  // namespace

struct Parser::Impl {
  Model model;
};

Parser::Parser() : impl_(std::make_unique<Impl>()) {}
Parser::~Parser() = default;
Parser::Parser(Parser&&) noexcept = default;
Parser& Parser::operator=(Parser&&) noexcept = default;

Parser Parser::train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                     const ParserOptions& options) {
  // Labels sorted, so the class numbering does not depend on the order of the data.
  std::map<std::string, int> label_ids;
  for (const Sentence& s : train)
    for (const Word& w : s.words) label_ids.emplace(w.deprel, 0);
  label_ids.emplace("root", 0);
  if (label_ids.size() > max_labels)
    throw Error(ErrorKind::Data, "too many dependency relations to train on (" +
                                     std::to_string(label_ids.size()) + ")");
  std::vector<std::string> labels;
  for (auto& [name, id] : label_ids) {
    id = static_cast<int>(labels.size());
    labels.push_back(name);
  }
  Classes classes;
  classes.labels = static_cast<int>(labels.size());
  classes.root = label_ids.at("root");

  std::vector<const Sentence*> sentences;
  std::vector<Gold> golds;
  std::size_t lifted = 0, skipped = 0;
  for (const Sentence& s : train) {
    Gold g;
    g.heads = gold_heads(s);
    if (g.heads.empty()) {
      skipped += !s.words.empty();
      continue;
    }
    auto before = g.heads;
    projectivize(g.heads);
    for (std::size_t i = 0; i < before.size(); ++i) lifted += before[i] != g.heads[i];
    for (const Word& w : s.words) g.labels.push_back(label_ids.at(w.deprel));
    sentences.push_back(&s);
    golds.push_back(std::move(g));
  }
  if (options.log)
    *options.log << "parser: " << sentences.size() << " trees, " << labels.size() << " relations, "
                 << lifted << " words lifted to make trees projective, " << skipped
                 << " sentences skipped (no single-rooted tree)\n";

  Trainer trainer(classes, options.clusters);
  const WordClusters none;
  const WordClusters& clusters = options.clusters ? *options.clusters : none;
  std::mt19937_64 rng(options.seed);
  std::vector<std::size_t> order(sentences.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::array<std::uint64_t, max_features> feats{};
  std::array<float, 2 * max_labels + 1> scores{};
  Model best;
  double best_las = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= std::max(1, options.epochs); ++epoch) {
    auto start = std::chrono::steady_clock::now();
    // Fisher-Yates from the raw generator: std::shuffle's use of it is not specified.
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    std::size_t moves = 0, right = 0;
    for (std::size_t at : order) {
      const Sentence& s = *sentences[at];
      const Gold& gold = golds[at];
      Tokens tk(s, clusters);
      State st(static_cast<int>(s.size()), classes.labels);
      while (!st.terminal()) {
        int count = features(st, tk, feats.data());
        trainer.score(feats.data(), count, scores.data());
        Costs c = costs(st, gold);
        int pred = -1, good = -1, min_cost = 1 << 30;
        for (int k = 0; k < classes.count(); ++k) {
          if (!valid(st, classes, k))
            continue;
          auto sk = scores[static_cast<std::size_t>(k)];
          if (pred < 0 || sk > scores[static_cast<std::size_t>(pred)])
            pred = k;
          int cost = cost_of(c, classes, k);
          if (cost < min_cost ||
              (cost == min_cost && sk > scores[static_cast<std::size_t>(good)])) {
            min_cost = cost;
            good = k;
          }
        }
        ++moves;
        trainer.tick();
        int next = good;
        if (cost_of(c, classes, pred) == min_cost) {
          ++right;
          next = pred;
        } else {
          trainer.update(feats.data(), count, good, pred);
          // Exploration (Goldberg & Nivre 2012): after the first epoch, mostly follow the
          // model's own mistake, so it learns to recover from the states it will meet.
          if (epoch > 1 && (rng() >> 11) * 0x1.0p-53 < 0.9)
            next = pred;
        }
        apply(st, classes, next);
      }
    }
    const double prune = trainer.fit(parser_budget);
    Model model = trainer.average(labels, prune);
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double las = 0;
    if (options.log)
      *options.log << "parser epoch " << epoch << ": "
                   << 100.0 * double(right) / double(std::max<std::size_t>(moves, 1))
                   << "% moves right, " << trainer.features() << " features ("
                   << model.feature_count << " kept, " << model.entries.size()
                   << " weights, pruned below " << prune << ")";
    if (!dev.empty()) {
      Tally t = score_dev(model, dev);
      las = 100.0 * double(t.las) / double(std::max<std::size_t>(t.words, 1));
      if (options.log)
        *options.log << ", dev UAS "
                     << 100.0 * double(t.uas) / double(std::max<std::size_t>(t.words, 1)) << " LAS "
                     << las;
    }
    if (options.log)
      *options.log << " (" << seconds << " s)\n" << std::flush;
    // Keeps the epoch best on dev; without dev, the last.
    if (dev.empty() || las > best_las) {
      best = std::move(model);
      best_las = las;
      best_epoch = epoch;
    }
  }
  if (options.log && !dev.empty())
    *options.log << "parser: keeping epoch " << best_epoch << "\n";
  Parser parser;
  parser.impl_->model = std::move(best);
  return parser;
}

void Parser::parse(Sentence& sentence) const {
  if (impl_->model.labels.empty())
    throw Error(ErrorKind::Data, "the parser has no model");
  impl_->model.parse(sentence);
}

void Parser::save(BinaryWriter& out) const {
  const Model& m = impl_->model;
  out.put<std::uint32_t>(static_cast<std::uint32_t>(m.labels.size()));
  for (const auto& l : m.labels) out.put_string(l);
  out.put<std::int32_t>(m.classes.root);
  out.put<float>(m.scale);
  // Rows in key order, each as its key and length (a row has at most one weight per class, so
  // the length fits a byte), then the weights of all rows, in that order.
  auto rows = m.rows();
  out.put<std::uint64_t>(rows.size());
  out.put<std::uint64_t>(m.entries.size());
  for (const Slot& row : rows) {
    out.put<std::uint32_t>(row.key);
    out.put<std::uint8_t>(static_cast<std::uint8_t>(row.row & 0xff));
  }
  for (const Slot& row : rows)
    for (std::uint32_t e = row.row >> 8, end = e + (row.row & 0xff); e < end; ++e) {
      out.put<std::uint8_t>(m.entries[e].cls);
      out.put<std::int16_t>(m.entries[e].weight);
    }
  m.clusters.save(out);
}

Parser Parser::load(BinaryReader& in) {
  Parser parser;
  Model& m = parser.impl_->model;
  auto count = in.get<std::uint32_t>();
  if (count == 0 || count > max_labels)
    in.fail("implausible parser label count");
  for (std::uint32_t i = 0; i < count; ++i) m.labels.push_back(in.get_string());
  m.classes.labels = static_cast<int>(count);
  m.classes.root = in.get<std::int32_t>();
  if (m.classes.root < 0 || m.classes.root >= m.classes.labels)
    in.fail("bad parser root label");
  m.scale = in.get<float>();
  // Read value by value straight into the tables: no intermediate copy of the model to page in.
  auto features = in.get<std::uint64_t>();
  auto total = in.get<std::uint64_t>();
  if (features >= max_entries || total >= max_entries)
    in.fail("implausible parser table size");
  m.reserve(static_cast<std::size_t>(features), static_cast<std::size_t>(total));
  std::uint32_t last = 0;
  std::uint64_t begin = 0;
  for (std::uint64_t i = 0; i < features; ++i) {
    auto key = in.get<std::uint32_t>();
    auto length = in.get<std::uint8_t>();
    if (key <= last)
      in.fail("unsorted parser features");
    last = key;
    if (!m.add_row(key, static_cast<std::uint32_t>(begin), length))
      in.fail("inconsistent parser tables");
    begin += length;
  }
  if (begin != total)
    in.fail("inconsistent parser tables");
  for (std::size_t e = 0; e < total; ++e) {
    auto cls = in.get<std::uint8_t>();
    if (cls >= m.classes.count())
      in.fail("parser class out of range");
    m.entries[e] = {in.get<std::int16_t>(), cls};
  }
  m.clusters = WordClusters::load(in);
  return parser;
}

}  // namespace irkg::syntax
