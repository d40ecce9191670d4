// syntax/lemmatizer.cpp - lemmas by edit scripts learnt from the treebank: known words, suffixes
// SPDX-License-Identifier: MIT
//
// Every (form, lemma) pair of the training data is turned into an edit script: whether to lower
// the form's case, how many bytes to strip from its end and what to append ("walked" → "walk"
// is lower, strip 2, append ""). A known (form, XPOS) takes its most frequent script; an unseen
// one takes the most frequent script of the longest word ending seen with that XPOS. Nothing
// about English is written here: the treebank decides, proper nouns keeping their case included.
#include "syntax/lemmatizer.h"

#include "support/error.h"
#include "support/strings.h"

#include "syntax/clusters.h"
#include "syntax/detail/hash.h"
#include "syntax/detail/utf8.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace irkg::syntax {

namespace {

constexpr std::string_view kMagic = "irkg-lemmatizer-3";
/// The longest word ending (in characters) the rules for unseen words look at.
constexpr int kMaxSuffix = 5;
/// Rules for unseen words need this many different training words behind them.
constexpr std::size_t kMinSuffixWords = 2;

using detail::mix;

/// Seeded by \p seed and the length times the golden ratio; the tagger's hash_text seeds with
/// the length alone, so the two stay apart (their keys are in the model).
std::uint64_t hash_text(std::uint64_t seed, std::string_view text) {
  return detail::mix_chunks(mix(seed ^ (text.size() * 0x9E3779B97F4A7C15ull)), text);
}

/// The key of a known word: its lower-cased form and XPOS.
std::uint64_t word_key(std::string_view lower, std::string_view xpos) {
  return hash_text(hash_text(1, xpos), lower);
}

/// The key of a known word as written, looked up first: "i" and "I" may differ in lemma.
std::uint64_t form_key(std::string_view form, std::string_view xpos) {
  return hash_text(hash_text(9, xpos), form);
}

/// The key of a word ending of \p length characters under \p xpos.
std::uint64_t suffix_key(std::string_view suffix, int length, std::string_view xpos) {
  return hash_text(hash_text(2 + static_cast<std::uint64_t>(length), xpos), suffix);
}

using detail::is_continuation;

/// The byte where the last \p n characters of \p text start; npos when it has fewer.
std::size_t suffix_start(std::string_view text, int n) {
  std::size_t at = text.size();
  for (int k = 0; k < n; ++k) {
    if (at == 0)
      return std::string_view::npos;
    --at;
    while (at > 0 && is_continuation(text[at])) --at;
  }
  return at;
}

/// How the form's case is changed before the edit.
enum Casing : std::uint8_t { kKeep = 0, kLower = 1, kCapitalise = 2 };

/// \p form with its case changed as \p casing says (ASCII letters only: the byte length stays).
void recase(std::string_view form, std::uint8_t casing, std::string& out) {
  out.assign(form);
  if (casing == kLower)
    for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  else if (casing == kCapitalise && !out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
}

/// How a lemma is made from its form.
struct Script {
  std::uint8_t lower = 0;   ///< a Casing, applied to the form first
  std::uint16_t strip = 0;  ///< bytes removed from the end
  std::string append;

  auto tie() const { return std::tie(lower, strip, append); }
  bool operator<(const Script& other) const { return tie() < other.tie(); }
  bool operator==(const Script& other) const { return tie() == other.tie(); }
};

Script script_of(std::string_view form, std::string_view lemma) {
  // The casing that leaves most of the form in place wins; on a tie lower-casing first ("The" →
  // "the", "Walked" → "walk"), then keeping the form's own case ("Iraq", "iPhone", and most
  // lower-case proper nouns), then capitalising ("i" → "I", "mexico" → "Mexico").
  Script best;
  std::size_t best_common = 0;
  std::string cased;
  bool first = true;
  for (std::uint8_t casing : {kLower, kKeep, kCapitalise}) {
    recase(form, casing, cased);
    std::size_t common = 0;
    while (common < cased.size() && common < lemma.size() && cased[common] == lemma[common])
      ++common;
    while (common > 0 && common < cased.size() && is_continuation(cased[common])) --common;
    if (!first && common <= best_common)
      continue;
    first = false;
    best_common = common;
    best.lower = casing;
    std::size_t strip = cased.size() - common;
    best.strip = static_cast<std::uint16_t>(strip);
    best.append = lemma.substr(common);
  }
  return best;
}

/// The script seen most often for one word; on a tie the first in Script order.
const Script& most_frequent(const std::map<Script, std::size_t>& scripts_seen) {
  const Script* best = nullptr;
  std::size_t most = 0;
  for (const auto& [script, count] : scripts_seen)
    if (count > most)
      most = count, best = &script;
  return *best;
}

}  // namespace

struct Lemmatizer::Impl {
  std::vector<Script> scripts;
  std::unordered_map<std::uint64_t, std::uint32_t> words, suffixes;
  // Words known to exist (training lemmas and frequent words of unlabelled text, by
  // cluster_key): an unseen word's guessed stem that is no word may lack an 'e' ("invaded" →
  // "invad" → "invade") or have a doubled consonant ("zipped" → "zipp" → "zip").
  std::vector<std::uint64_t> known_keys;  // sorted
  std::unordered_set<std::uint64_t> known;

  void repair(std::string& lemma, const std::string& lower, std::string_view xpos) const {
    if (known.empty() || lemma.size() < 3 || lemma.size() >= lower.size() ||
        known.count(cluster_key(lemma)))
      return;
    if (!(xpos.starts_with("VB") || xpos == "JJR" || xpos == "JJS" || xpos == "NNS"))
      return;
    std::string with_e = lemma + 'e';
    if (known.count(cluster_key(with_e))) {
      lemma = std::move(with_e);
      return;
    }
    char last = lemma.back();
    if (last == lemma[lemma.size() - 2] &&
        std::string_view("aeiouyslz").find(last) == std::string_view::npos) {
      std::string single = lemma.substr(0, lemma.size() - 1);
      if (known.count(cluster_key(single)))
        lemma = std::move(single);
    }
  }

  /// Applies script \p id to \p form; \p lower is the form lower-cased.
  void apply(std::uint32_t id, const std::string& form, const std::string& lower,
             std::string& out) const {
    const Script& script = scripts[id];
    thread_local std::string recased;
    if (script.lower == kCapitalise)
      recase(form, kCapitalise, recased);
    const std::string& cased = script.lower == kLower        ? lower
                               : script.lower == kCapitalise ? recased
                                                             : form;
    if (script.strip >= cased.size() && script.append.empty()) {
      out = cased;  // would leave nothing: an unseen word that only looks like a rule's words
      return;
    }
    std::size_t keep = script.strip >= cased.size() ? 0 : cased.size() - script.strip;
    out.assign(cased, 0, keep);
    out += script.append;
  }

  std::uint32_t find(const std::unordered_map<std::uint64_t, std::uint32_t>& table,
                     std::uint64_t key) const {
    auto found = table.find(key);
    return found == table.end() ? kMissing : found->second;
  }

  /// The script for an unseen word: that of its longest known ending under its XPOS.
  std::uint32_t guess(const std::string& lower, std::string_view xpos) const {
    for (int length = kMaxSuffix; length >= 0; --length) {
      std::size_t start = suffix_start(lower, length);
      if (start == std::string_view::npos)
        continue;
      std::uint32_t id =
          find(suffixes, suffix_key(std::string_view(lower).substr(start), length, xpos));
      if (id != kMissing)
        return id;
    }
    return kMissing;
  }

  static constexpr std::uint32_t kMissing = 0xFFFFFFFF;
};

Lemmatizer::Lemmatizer() : impl_(std::make_unique<Impl>()) {}
Lemmatizer::~Lemmatizer() = default;
Lemmatizer::Lemmatizer(Lemmatizer&&) noexcept = default;
Lemmatizer& Lemmatizer::operator=(Lemmatizer&&) noexcept = default;

void Lemmatizer::lemmatize(Sentence& sentence) const {
  std::string lower;
  for (Word& word : sentence.words) {
    ascii_lower_into(word.form, lower);
    std::uint32_t id = impl_->find(impl_->words, form_key(word.form, word.xpos));
    if (id == Impl::kMissing)
      id = impl_->find(impl_->words, word_key(lower, word.xpos));
    bool guessed = false;
    if (id == Impl::kMissing) {
      id = impl_->guess(lower, word.xpos);
      guessed = true;
    }
    if (id == Impl::kMissing) {
      word.lemma = word.form;
    } else {
      impl_->apply(id, word.form, lower, word.lemma);
      if (guessed)
        impl_->repair(word.lemma, lower, word.xpos);
    }
  }
}

Lemmatizer Lemmatizer::train(const std::vector<Sentence>& train, const WordClusters* vocabulary) {
  // Counted in ordered maps over strings, so the model does not depend on hash order.
  std::map<Script, std::uint32_t> script_ids;
  // (lower-cased form, XPOS) → script → count, and the same for the form as written
  std::map<std::pair<std::string, std::string>, std::map<Script, std::size_t>> counts, exact;
  for (const Sentence& sentence : train)
    for (const Word& word : sentence.words) {
      // (Forms longer than a script can strip are no words to learn from.)
      if (word.lemma.empty() || word.lemma == "_" || word.form.size() > 0xFFFF)
        continue;
      Script script = script_of(word.form, word.lemma);
      script_ids.emplace(script, 0);
      ++counts[{ascii_lower(word.form), word.xpos}][script];
      ++exact[{word.form, word.xpos}][script];
    }
  // Script ids in sorted order, independent of the order the data met them.
  std::vector<Script> scripts;
  for (auto& [script, id] : script_ids) {
    id = static_cast<std::uint32_t>(scripts.size());
    scripts.push_back(script);
  }

  Lemmatizer lemmatizer;
  Impl& impl = *lemmatizer.impl_;
  impl.scripts = scripts;
  if (vocabulary) {
    impl.known_keys = vocabulary->keys();
    for (const Sentence& sentence : train)
      for (const Word& word : sentence.words)
        if (!word.lemma.empty() && word.lemma != "_")
          impl.known_keys.push_back(cluster_key(word.lemma));
    std::sort(impl.known_keys.begin(), impl.known_keys.end());
    impl.known_keys.erase(std::unique(impl.known_keys.begin(), impl.known_keys.end()),
                          impl.known_keys.end());
    impl.known.insert(impl.known_keys.begin(), impl.known_keys.end());
  }
  // Word endings: every training word type votes once for its script, under each of its
  // endings the script does not reach past (so "ed" may learn strip 2, never strip 3).
  std::map<std::tuple<std::string, int, std::string>, std::map<std::uint32_t, std::size_t>> endings;
  for (const auto& [word, scripts_seen] : counts) {
    const auto& [lower, xpos] = word;
    const Script* best = &most_frequent(scripts_seen);
    std::uint32_t id = script_ids.at(*best);
    impl.words.emplace(word_key(lower, xpos), id);
    for (int length = 0; length <= kMaxSuffix; ++length) {
      std::size_t start = suffix_start(lower, length);
      if (start == std::string_view::npos)
        break;
      if (best->strip > lower.size() - start)
        continue;
      ++endings[{xpos, length, lower.substr(start)}][id];
    }
  }
  // Forms as written, where their most frequent script differs from the lower-cased form's.
  for (const auto& [word, scripts_seen] : exact) {
    const auto& [form, xpos] = word;
    std::uint32_t id = script_ids.at(most_frequent(scripts_seen));
    if (impl.words.at(word_key(ascii_lower(form), xpos)) != id)
      impl.words.emplace(form_key(form, xpos), id);
  }
  // Each ending keeps its most frequent script, unless the shorter ending it extends already
  // gives that script (the lookup falls back to it).
  std::map<std::pair<std::string, std::string>, std::uint32_t> chosen;  // (xpos, ending)
  for (const auto& [ending, votes] : endings) {
    const auto& [xpos, length, text] = ending;
    std::size_t total = 0, most = 0;
    std::uint32_t best = 0;
    for (const auto& [id, count] : votes) {
      total += count;
      if (count > most)
        most = count, best = id;
    }
    if (total < kMinSuffixWords && length > 0)
      continue;
    chosen[{xpos, text}] = best;
  }
  for (const auto& [ending, id] : chosen) {
    const auto& [xpos, text] = ending;
    // What a lookup would find without this entry: the longest shorter ending kept.
    std::uint32_t fallback = Impl::kMissing;
    for (std::size_t cut = 1; cut <= text.size(); ++cut) {
      if (cut < text.size() && is_continuation(text[cut]))
        continue;
      auto shorter = chosen.find({xpos, text.substr(cut)});
      if (shorter != chosen.end()) {
        fallback = shorter->second;
        break;
      }
    }
    if (fallback == id)
      continue;
    int length = 0;
    for (char c : text) length += !is_continuation(c);
    impl.suffixes.emplace(suffix_key(text, length, xpos), id);
  }
  return lemmatizer;
}

void Lemmatizer::save(BinaryWriter& out) const {
  const Impl& impl = *impl_;
  out.put_string(kMagic);
  out.put<std::uint32_t>(static_cast<std::uint32_t>(impl.scripts.size()));
  for (const Script& script : impl.scripts) {
    out.put<std::uint8_t>(script.lower);
    out.put<std::uint16_t>(script.strip);
    out.put_string(script.append);
  }
  // Sorted by key, so the bytes do not depend on the hash tables' order.
  for (const auto* table : {&impl.words, &impl.suffixes}) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> sorted(table->begin(), table->end());
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> values;
    for (const auto& [key, value] : sorted) {
      keys.push_back(key);
      values.push_back(value);
    }
    out.put_vector(keys);
    out.put_vector(values);
  }
  out.put_vector(impl.known_keys);
}

Lemmatizer Lemmatizer::load(BinaryReader& in) {
  Lemmatizer lemmatizer;
  Impl& impl = *lemmatizer.impl_;
  if (in.get_string() != kMagic)
    in.fail("not a lemmatizer model (or another version)");
  auto count = in.get<std::uint32_t>();
  for (std::uint32_t i = 0; i < count; ++i) {
    Script script;
    script.lower = in.get<std::uint8_t>();
    script.strip = in.get<std::uint16_t>();
    script.append = in.get_string();
    if (script.lower > kCapitalise)
      in.fail("lemmatizer: damaged edit script");
    impl.scripts.push_back(std::move(script));
  }
  for (auto* table : {&impl.words, &impl.suffixes}) {
    auto keys = in.get_vector<std::uint64_t>();
    auto values = in.get_vector<std::uint32_t>();
    if (keys.size() != values.size())
      in.fail("lemmatizer: damaged table");
    table->reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (values[i] >= count)
        in.fail("lemmatizer: damaged table");
      table->emplace(keys[i], values[i]);
    }
  }
  impl.known_keys = in.get_vector<std::uint64_t>();
  if (!std::is_sorted(impl.known_keys.begin(), impl.known_keys.end()))
    in.fail("lemmatizer: damaged word list");
  impl.known.insert(impl.known_keys.begin(), impl.known_keys.end());
  return lemmatizer;
}

}  // namespace irkg::syntax
