// syntax/detail/hash.h - the fixed hash functions behind the tagger's, lemmatiser's, parser's
// and word classes' feature keys (private to lib/syntax)
// SPDX-License-Identifier: MIT
//
// Feature keys are stored in the shipped model, so every function here must keep computing
// exactly what it computes now: changing a constant or a step invalidates en-ud.irkgsyn. Only
// steps that every user computes identically live here; each user's seeding and folding of
// characters (which differ between them) stays in its own .cpp.
#ifndef IRKG_SYNTAX_DETAIL_HASH_H
#define IRKG_SYNTAX_DETAIL_HASH_H

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace irkg::syntax::detail {

/// splitmix64's finaliser: cheap and every input bit reaches every output bit.
constexpr std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  x ^= x >> 31;
  return x;
}

/// Folds \p text into \p hash eight bytes at a time (native byte order), the last partial
/// chunk zero-padded and marked. The starting \p hash is the caller's: the tagger and the
/// lemmatiser seed it differently.
inline std::uint64_t mix_chunks(std::uint64_t hash, std::string_view text) {
  const char* data = text.data();
  std::size_t left = text.size();
  while (left >= 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, data, 8);
    hash = mix(hash ^ chunk);
    data += 8;
    left -= 8;
  }
  if (left) {
    std::uint64_t chunk = 0;
    std::memcpy(&chunk, data, left);
    hash = mix(hash ^ chunk ^ 0x5555);
  }
  return hash;
}

/// 64-bit FNV-1a of \p text, each byte first passed through \p fold (the parser lower-cases
/// ASCII, the word classes also map digits to '0'). Not finalised: callers apply mix().
struct SameByte {
  constexpr unsigned char operator()(unsigned char c) const { return c; }
};
template <class Fold = SameByte>
constexpr std::uint64_t fnv1a(std::string_view text, Fold fold = {}) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) h = (h ^ fold(c)) * 0x100000001b3ULL;
  return h;
}

}  // namespace irkg::syntax::detail

#endif  // IRKG_SYNTAX_DETAIL_HASH_H
