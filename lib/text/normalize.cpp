// text/normalize.cpp - typographic normalisation of UTF-8 text with a byte map back to the original
// SPDX-License-Identifier: MIT
#include "text/normalize.h"

#include "support/error.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>
#include <limits>

namespace {

// Bytes that need more than a copy: '&', control characters, and the UTF-8 lead bytes of the
// code points we rewrite (U+0080..U+00BF, U+1680, U+2000..U+2212, U+3000, U+FE58..U+FF0D).
constexpr std::array<bool, 256> kSpecial = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[static_cast<std::size_t>(c)] = c != '\n';
  table[0x7F] = true;
  table['&'] = true;
  for (const int lead : {0xC2, 0xE1, 0xE2, 0xE3, 0xEF})
    table[static_cast<std::size_t>(lead)] = true;
  return table;
}();

struct Entity {
  std::string_view name;
  char32_t code_point;
};

// The named entities that news HTML actually uses.
constexpr Entity kEntities[] = {
    {"AElig", 0xC6},    {"Aacute", 0xC1},   {"Agrave", 0xC0},   {"Auml", 0xC4},
    {"Ccedil", 0xC7},   {"Eacute", 0xC9},   {"Egrave", 0xC8},   {"Iacute", 0xCD},
    {"Ntilde", 0xD1},   {"Oacute", 0xD3},   {"Ouml", 0xD6},     {"Uacute", 0xDA},
    {"Uuml", 0xDC},     {"aacute", 0xE1},   {"acirc", 0xE2},    {"aelig", 0xE6},
    {"agrave", 0xE0},   {"amp", '&'},       {"apos", '\''},     {"aring", 0xE5},
    {"atilde", 0xE3},   {"auml", 0xE4},     {"bdquo", 0x201E},  {"bull", 0x2022},
    {"ccedil", 0xE7},   {"cent", 0xA2},     {"copy", 0xA9},     {"deg", 0xB0},
    {"eacute", 0xE9},   {"ecirc", 0xEA},    {"egrave", 0xE8},   {"euml", 0xEB},
    {"euro", 0x20AC},   {"gt", '>'},        {"hellip", 0x2026}, {"iacute", 0xED},
    {"icirc", 0xEE},    {"iuml", 0xEF},     {"laquo", 0xAB},    {"ldquo", 0x201C},
    {"lsaquo", 0x2039}, {"lsquo", 0x2018},  {"lt", '<'},        {"mdash", 0x2014},
    {"middot", 0xB7},   {"minus", 0x2212},  {"nbsp", 0xA0},     {"ndash", 0x2013},
    {"ntilde", 0xF1},   {"oacute", 0xF3},   {"ocirc", 0xF4},    {"ograve", 0xF2},
    {"oslash", 0xF8},   {"otilde", 0xF5},   {"ouml", 0xF6},     {"para", 0xB6},
    {"pound", 0xA3},    {"quot", '"'},      {"raquo", 0xBB},    {"rdquo", 0x201D},
    {"reg", 0xAE},      {"rsaquo", 0x203A}, {"rsquo", 0x2019},  {"sbquo", 0x201A},
    {"sect", 0xA7},     {"shy", 0xAD},      {"szlig", 0xDF},    {"thinsp", 0x2009},
    {"times", 0xD7},    {"trade", 0x2122},  {"uacute", 0xFA},   {"ucirc", 0xFB},
    {"ugrave", 0xF9},   {"uuml", 0xFC},     {"yen", 0xA5},      {"zwj", 0x200D},
    {"zwnj", 0x200C},
};

constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes "&...;" at text[pos]; returns the code point and sets \p length, or kInvalid.
char32_t decode_entity(std::string_view text, std::size_t pos, std::size_t& length) {
  constexpr std::size_t kMaxEntity = 12;
  const std::size_t limit = std::min(text.size(), pos + kMaxEntity);
  std::size_t semicolon = pos + 1;
  while (semicolon < limit && text[semicolon] != ';') ++semicolon;
  if (semicolon >= limit || semicolon == pos + 1)
    return kInvalid;
  const std::string_view body = text.substr(pos + 1, semicolon - pos - 1);
  length = semicolon - pos + 1;
  if (body[0] != '#') {
    for (const Entity& entity : kEntities) {
      if (entity.name == body)
        return entity.code_point;
    }
    return kInvalid;
  }
  const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
  const std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty())
    return kInvalid;
  std::uint32_t value = 0;
  for (const char c : digits) {
    std::uint32_t digit = 0;
    if (c >= '0' && c <= '9') {
      digit = static_cast<std::uint32_t>(c - '0');
    } else if (hex && c >= 'a' && c <= 'f') {
      digit = static_cast<std::uint32_t>(c - 'a' + 10);
    } else if (hex && c >= 'A' && c <= 'F') {
      digit = static_cast<std::uint32_t>(c - 'A' + 10);
    } else {
      return kInvalid;
    }
    value = value * (hex ? 16u : 10u) + digit;
    if (value > 0x10FFFF)
      return 0xFFFD;
  }
  if (value == 0 || (value >= 0xD800 && value <= 0xDFFF))
    return 0xFFFD;
  return value;
}

// Code point of the valid UTF-8 sequence at text[pos] with \p length bytes, or kInvalid.
char32_t decode_at(std::string_view text, std::size_t pos, std::size_t& length) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
  const unsigned char lead = byte(0);
  length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  if (pos + length > text.size())
    return kInvalid;
  char32_t cp = lead & (length == 2 ? 0x1Fu : length == 3 ? 0x0Fu : 0x07u);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80)
      return kInvalid;
    cp = (cp << 6) | (byte(i) & 0x3Fu);
  }
  return cp;
}

bool is_break_or_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

class Normalizer {
 public:
  Normalizer(std::string_view in, char* out, std::uint32_t* map) : in_(in), out_(out), map_(map) {}

  std::size_t run() {
    const std::size_t n = in_.size();
    const auto* bytes = reinterpret_cast<const unsigned char*>(in_.data());
    std::size_t i = 0;
    while (i < n) {
      // Copy a run of ordinary bytes in one go; the offset map is then a simple sequence.
      std::size_t end = i;
      while (end < n && !kSpecial[bytes[end]]) ++end;
      if (end > i) {
        std::memcpy(out_ + o_, bytes + i, end - i);
        auto source = static_cast<std::uint32_t>(i);
        for (std::uint32_t *map = map_ + o_, *stop = map + (end - i); map != stop; ++map) {
          *map = source++;
        }
        if (dropped_ != kNothingDropped)
          map_[o_] = static_cast<std::uint32_t>(dropped_);
        dropped_ = kNothingDropped;
        o_ += end - i;
        i = end;
        if (i == n)
          break;
      }
      i = special(i);
    }
    return o_;
  }

 private:
  void put(char c, std::size_t source) {
    out_[o_] = c;
    map_[o_++] = static_cast<std::uint32_t>(std::min(source, dropped_));
    dropped_ = kNothingDropped;
  }

  // Removed characters belong to the next byte written, so spans still cover them.
  void drop(std::size_t source) { dropped_ = std::min(dropped_, source); }

  // Handles the special byte at \p i and returns the position after what it consumed.
  std::size_t special(std::size_t i) {
    const char c = in_[i];
    if (c == '&') {
      std::size_t length = 0;
      const char32_t cp = decode_entity(in_, i, length);
      if (cp == kInvalid) {
        put('&', i);
        return i + 1;
      }
      emit(cp, i, i + length);
      return i + length;
    }
    if (c == '\r') {
      if (i + 1 < in_.size() && in_[i + 1] == '\n') {
        drop(i);
        return i + 1;
      }
      put('\n', i);
      return i + 1;
    }
    if (static_cast<unsigned char>(c) < 0x80) {
      emit(static_cast<unsigned char>(c), i, i + 1);
      return i + 1;
    }
    std::size_t length = 0;
    const char32_t cp = decode_at(in_, i, length);
    if (cp == kInvalid) {  // not valid UTF-8: copy the byte, never crash
      put(c, i);
      return i + 1;
    }
    emit(cp, i, i + length);
    return i + length;
  }

  // Writes the normalised form of \p cp, which came from in_[begin, end).
  void emit(char32_t cp, std::size_t begin, std::size_t end) {
    switch (classify(cp)) {
      case Class::Drop:
        drop(begin);
        return;
      case Class::Space:
        put(' ', begin);
        return;
      case Class::Newline:
        put('\n', begin);
        return;
      case Class::Hyphen:
        put('-', begin);
        return;
      case Class::Apostrophe:
        put('\'', begin);
        return;
      case Class::Quote:
        put('"', begin);
        return;
      case Class::Ellipsis:
        put('.', begin), put('.', begin), put('.', begin);
        return;
      case Class::Dash:
        if (o_ > 0 && !is_break_or_space(out_[o_ - 1]))
          put(' ', begin);
        put('-', begin);
        if (end < in_.size() && !is_break_or_space(in_[end]))
          put(' ', end);
        return;
      case Class::Keep:
        break;
    }
    // Unchanged code point: re-encode (from an entity) or copy the source bytes.
    if (in_[begin] != '&') {
      for (std::size_t k = begin; k < end; ++k) put(in_[k], begin);
      return;
    }
    char buffer[4];
    std::size_t length = 0;
    if (cp < 0x80) {
      buffer[length++] = static_cast<char>(cp);
    } else if (cp < 0x800) {
      buffer[length++] = static_cast<char>(0xC0 | (cp >> 6));
      buffer[length++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      buffer[length++] = static_cast<char>(0xE0 | (cp >> 12));
      buffer[length++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buffer[length++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      buffer[length++] = static_cast<char>(0xF0 | (cp >> 18));
      buffer[length++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      buffer[length++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      buffer[length++] = static_cast<char>(0x80 | (cp & 0x3F));
    }
    assert(length <= end - begin && "an entity is longer than its encoding");
    for (std::size_t k = 0; k < length; ++k) put(buffer[k], begin);
  }

  enum class Class { Keep, Drop, Space, Newline, Hyphen, Dash, Apostrophe, Quote, Ellipsis };

  static Class classify(char32_t cp) {
    if (cp < 0x20) {
      if (cp == '\n' || cp == 0x0B || cp == 0x0C || cp == '\r')
        return Class::Newline;
      return cp == '\t' ? Class::Space : Class::Drop;
    }
    if (cp >= 0x7F && cp <= 0x9F)
      return Class::Drop;
    switch (cp) {
      case 0xA0:
      case 0x1680:
      case 0x202F:
      case 0x205F:
      case 0x3000:
        return Class::Space;
      case 0xAD:
      case 0x200B:
      case 0x200C:
      case 0x200D:
      case 0x200E:
      case 0x200F:
      case 0x2060:
      case 0x2061:
      case 0x2062:
      case 0x2063:
      case 0x2064:
      case 0xFEFF:
        return Class::Drop;
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2212:
      case 0xFE58:
      case 0xFE63:
      case 0xFF0D:
        return Class::Hyphen;
      case 0x2014:
      case 0x2015:
        return Class::Dash;
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
      case 0x2032:
      case 0x2039:
      case 0x203A:
        return Class::Apostrophe;
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0x2033:
      case 0xAB:
      case 0xBB:
        return Class::Quote;
      case 0x2026:
        return Class::Ellipsis;
      case 0x2028:
      case 0x2029:
        return Class::Newline;
      default:
        break;
    }
    if (cp >= 0x2000 && cp <= 0x200A)
      return Class::Space;
    if (cp >= 0x202A && cp <= 0x202E)
      return Class::Drop;  // bidi embeddings
    return Class::Keep;
  }

  std::string_view in_;
  char* out_;
  std::uint32_t* map_;
  std::size_t o_ = 0;
  static constexpr std::size_t kNothingDropped = static_cast<std::size_t>(-1);
  std::size_t dropped_ = kNothingDropped;
};

}  // namespace

std::string_view irkg::text::NormalizedText::original_span(std::uint32_t begin,
                                                           std::uint32_t end) const {
  const auto size = static_cast<std::uint32_t>(text.size());
  end = std::min(end, size);
  begin = std::min(begin, end);
  if (to_original.size() != text.size() + 1)
    return {};
  const std::uint32_t from = to_original[begin];
  const std::uint32_t to = to_original[end];
  if (from >= to || to > original.size())
    return {};
  return std::string_view(original).substr(from, to - from);
}

irkg::text::NormalizedText irkg::text::normalize(std::string_view utf8) {
  if (utf8.size() >= std::numeric_limits<std::uint32_t>::max()) {
    throw Error(ErrorKind::Data, "text of 4 GiB or more cannot be normalised");
  }
  NormalizedText result;
  result.original.assign(utf8);
  result.text.resize(utf8.size());
  result.to_original.resize(utf8.size() + 1);
  Normalizer normalizer(result.original, result.text.data(), result.to_original.data());
  const std::size_t length = normalizer.run();
  assert(length <= utf8.size());
  result.text.resize(length);
  result.to_original.resize(length + 1);
  result.to_original[length] = static_cast<std::uint32_t>(utf8.size());
  return result;
}
