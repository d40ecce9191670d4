// syntax/detail/utf8.h - UTF-8 byte tests shared by the tagger and the lemmatiser (private to
// lib/syntax)
// SPDX-License-Identifier: MIT
#ifndef IRKG_SYNTAX_DETAIL_UTF8_H
#define IRKG_SYNTAX_DETAIL_UTF8_H

namespace irkg::syntax::detail {

/// Whether \p c continues a multi-byte UTF-8 character (10xxxxxx).
constexpr bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace irkg::syntax::detail

#endif  // IRKG_SYNTAX_DETAIL_UTF8_H
