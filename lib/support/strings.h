// support/strings.h - UTF-8 validation and the string folding used to match names
// SPDX-License-Identifier: MIT
#ifndef IRKG_SUPPORT_STRINGS_H
#define IRKG_SUPPORT_STRINGS_H

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace irkg {

/// A hash that lets string-keyed containers be searched with a std::string_view, so hot loops
/// look words up without building a std::string first.
/// A hash for short keys (words, ids): eight bytes a step, no per-byte loop. The lexicon and
/// pattern lookups of the extractor hash every token several times, so this is on its hot path.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept {
    std::uint64_t hash = 0x9E3779B97F4A7C15ull ^ text.size();
    const char* data = text.data();
    std::size_t left = text.size();
    while (left >= 8) {
      std::uint64_t chunk;
      std::memcpy(&chunk, data, 8);
      hash = (hash ^ chunk) * 0xBF58476D1CE4E5B9ull;
      hash ^= hash >> 31;
      data += 8;
      left -= 8;
    }
    if (left) {
      std::uint64_t chunk = 0;
      std::memcpy(&chunk, data, left);
      hash = (hash ^ chunk) * 0x94D049BB133111EBull;
      hash ^= hash >> 29;
    }
    hash *= 0xBF58476D1CE4E5B9ull;
    return static_cast<std::size_t>(hash ^ (hash >> 32));
  }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

/// True when \p text is well-formed UTF-8 (no overlongs, surrogates or code points > U+10FFFF).
bool is_valid_utf8(std::string_view text);

/// Copies \p text with every invalid UTF-8 sequence replaced by U+FFFD; counts replacements.
std::string repair_utf8(std::string_view text, std::size_t* replaced = nullptr);

/// Decodes one code point at \p pos of valid UTF-8 and advances \p pos.
char32_t decode_utf8(std::string_view text, std::size_t& pos);

/// Appends the UTF-8 encoding of \p cp.
void append_utf8(std::string& out, char32_t cp);

/// Lower-cases and strips accents from Latin letters, maps punctuation runs to one space and
/// trims: "Côte d’Ivoire" and "cote d'ivoire" fold alike; used for case/accent-insensitive lookup.
std::string fold_name(std::string_view text);

/// Lower-case ASCII slug ("Kim Jong-un" → "kim-jong-un"), accents stripped.
std::string slugify(std::string_view text);

/// ASCII lower-casing; other bytes unchanged.
std::string ascii_lower(std::string_view text);
/// ascii_lower into \p out, reusing its storage.
void ascii_lower_into(std::string_view text, std::string& out);

/// Removes leading and trailing ASCII white space.
std::string_view trim(std::string_view text);

/// Calls \p visit(line, number) for every line of \p text that is not blank, trimmed; numbers
/// count every line from 1, blank ones included, so that messages name the line a user sees.
template <typename Visit>
void for_each_line(std::string_view text, Visit&& visit) {
  std::uint64_t number = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos)
      end = text.size();
    ++number;
    const std::string_view line = trim(text.substr(start, end - start));
    start = end + 1;
    if (!line.empty())
      visit(line, number);
  }
}

/// Splits on \p sep, keeping empty fields.
std::vector<std::string> split(std::string_view text, char sep);

/// Damerau-free Levenshtein distance on bytes, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace irkg

#endif  // IRKG_SUPPORT_STRINGS_H
