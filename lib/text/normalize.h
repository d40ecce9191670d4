// text/normalize.h - typographic normalisation of UTF-8 text with a byte map back to the original
// SPDX-License-Identifier: MIT
#ifndef IRKG_TEXT_NORMALIZE_H
#define IRKG_TEXT_NORMALIZE_H

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace irkg::text {

/// Normalised text plus, for every byte of it, the byte offset in the original.
///
/// `to_original[i]` is where the character that produced byte `i` starts in `original` (or where
/// the removed characters just before it start: "\r\n" maps back whole); bytes that a
/// replacement inserted after it (the space after an em dash) map to the end of that character. The
/// map never decreases, and `to_original[text.size()] == original.size()`.
struct NormalizedText {
  std::string text;
  std::vector<std::uint32_t> to_original;  ///< size text.size()+1; last entry = original size
  std::string original;                    ///< the (UTF-8-repaired) original

  /// The original bytes behind normalised range [begin, end): "“Yes”" for the normalised
  /// "\"Yes\"". Both bounds are clamped to text.size(); begin > end gives an empty view.
  std::string_view original_span(std::uint32_t begin, std::uint32_t end) const;
};

/// Curly quotes → ' and ", en/em dashes and minus → '-' (em dash with spaces around kept as " - "),
/// NBSP and other Unicode spaces → ' ', HTML entities (&amp; &lt; &gt; &quot; &#39; &#8217;
/// &nbsp; &mdash; numeric and the common named ones) decoded and then normalised, soft hyphen
/// and zero-width chars removed, \r\n → \n. Input must already be valid UTF-8 (callers repair
/// first).
///
/// Also: a lone \r and U+2028/U+2029 become \n, a tab becomes a space, "…" becomes "...",
/// guillemets and primes become quotes, other control characters and bidi marks are dropped.
/// An em dash or horizontal bar always comes out as "-" with a space on each side (existing
/// spaces are reused). Unknown entities and a bare "&" are kept as written. The output is
/// never longer than the input. Throws irkg::Error (Data) for input of 4 GiB or more, which the
/// 32-bit offset map cannot address.
NormalizedText normalize(std::string_view utf8);

}  // namespace irkg::text

#endif  // IRKG_TEXT_NORMALIZE_H
