// support/word_table.h - a flat hash table from (context, word) to a 32-bit value, for the
// per-token lookups of the lexicon and the pattern file
// SPDX-License-Identifier: MIT
//
// std::unordered_map hashes the key again on every find, divides by a prime bucket count and
// follows a pointer per node. The coders look up every token of every sentence, usually after
// hashing it already for a bit filter, so this table takes that hash, masks it to a power of
// two and probes linearly through one contiguous array.
#ifndef IRKG_SUPPORT_WORD_TABLE_H
#define IRKG_SUPPORT_WORD_TABLE_H

#include "support/strings.h"

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irkg {

class WordTable {
 public:
  /// Adds or replaces the value of (\p context, \p word).
  void insert(std::uint32_t context, std::string_view word, std::uint32_t value) {
    const std::uint64_t hash = StringHash{}(word);
    if (!slots_.empty()) {
      if (Slot& slot = slots_[probe(context, word, hash)]; slot.used) {
        slot.value = value;
        return;
      }
    }
    if ((size_ + 1) * 2 > slots_.size())
      grow();
    slots_[probe(context, word, hash)] = Slot{hash,
                                              context,
                                              value,
                                              static_cast<std::uint32_t>(pool_.size()),
                                              static_cast<std::uint32_t>(word.size()),
                                              true};
    pool_.append(word);
    ++size_;
  }

  /// The value of (\p context, \p word); \p hash is StringHash{}(word), which the caller
  /// usually has already.
  std::optional<std::uint32_t> find(std::uint32_t context, std::string_view word,
                                    std::uint64_t hash) const {
    if (slots_.empty())
      return std::nullopt;
    const Slot& slot = slots_[probe(context, word, hash)];
    return slot.used ? std::optional<std::uint32_t>(slot.value) : std::nullopt;
  }

  std::optional<std::uint32_t> find(std::uint32_t context, std::string_view word) const {
    return find(context, word, StringHash{}(word));
  }

  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t context = 0;
    std::uint32_t value = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    bool used = false;
  };

  // The slot holding (context, word), or the empty slot where it would go. The table is never
  // more than half full, so there always is one.
  std::size_t probe(std::uint32_t context, std::string_view word, std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    std::uint64_t mixed = hash + context * 0x9E3779B97F4A7C15ull;
    mixed ^= mixed >> 29;
    for (std::size_t at = static_cast<std::size_t>(mixed) & mask;; at = (at + 1) & mask) {
      const Slot& slot = slots_[at];
      if (!slot.used ||
          (slot.hash == hash && slot.context == context && slot.length == word.size() &&
           std::memcmp(pool_.data() + slot.offset, word.data(), word.size()) == 0))
        return at;
    }
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    for (const Slot& slot : old) {
      if (slot.used)
        slots_[probe(slot.context, std::string_view(pool_).substr(slot.offset, slot.length),
                     slot.hash)] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::string pool_;  // every word's bytes, one after the other
  std::size_t size_ = 0;
};

}  // namespace irkg

#endif  // IRKG_SUPPORT_WORD_TABLE_H
