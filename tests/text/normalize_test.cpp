// text/normalize_test.cpp - tests for lib/text/normalize.cpp
// SPDX-License-Identifier: MIT
#include "text/normalize.h"

#include <doctest/doctest.h>

#include <string>

using irkg::text::normalize;
using irkg::text::NormalizedText;

namespace {

// The map must cover every byte, never decrease and end at the original size.
void check_map(const NormalizedText& result) {
  REQUIRE(result.to_original.size() == result.text.size() + 1);
  CHECK(result.to_original.back() == result.original.size());
  for (std::size_t i = 1; i < result.to_original.size(); ++i) {
    CHECK(result.to_original[i - 1] <= result.to_original[i]);
  }
}

std::uint32_t find(const NormalizedText& result, std::string_view needle) {
  const auto at = result.text.find(needle);
  REQUIRE(at != std::string::npos);
  return static_cast<std::uint32_t>(at);
}

}  // namespace

TEST_CASE("curly quotes become straight quotes") {
  const auto result =
      normalize("\u201CWe will talk,\u201D the envoy\u2019s aide said of \u2018peace\u2019.");
  CHECK(result.text == "\"We will talk,\" the envoy's aide said of 'peace'.");
  check_map(result);
}

TEST_CASE("original_span gives the curly quotes back") {
  const std::string original = "The minister said \u201Cno deal\u201D on Friday.";
  const auto result = normalize(original);
  const std::uint32_t begin = find(result, "\"no deal\"");
  const std::uint32_t end = begin + static_cast<std::uint32_t>(std::string("\"no deal\"").size());
  CHECK(result.original_span(begin, end) == "\u201Cno deal\u201D");
  CHECK(result.original_span(0, 3) == "The");
  CHECK(result.original_span(0, static_cast<std::uint32_t>(result.text.size())) == original);
}

TEST_CASE("en dashes and the minus sign become hyphens") {
  const auto result =
      normalize("the 1990\u20131995 war, \u22125 degrees, SEOUL (Reuters) \u2013 Talks");
  CHECK(result.text == "the 1990-1995 war, -5 degrees, SEOUL (Reuters) - Talks");
  check_map(result);
}

TEST_CASE("an em dash is kept as a spaced hyphen") {
  CHECK(normalize("Moscow \u2014 and Beijing").text == "Moscow - and Beijing");
  SUBCASE("spaces are added when the dash touches words") {
    const auto result = normalize("Moscow\u2014which denied it\u2014said");
    CHECK(result.text == "Moscow - which denied it - said");
    check_map(result);
    const std::uint32_t dash = find(result, "-");
    CHECK(result.original_span(dash, dash + 1) == "\u2014");
  }
}

TEST_CASE("non-breaking and other Unicode spaces become plain spaces") {
  const auto result = normalize("10\u00A0km from the\u2009border,\u3000north\tof it");
  CHECK(result.text == "10 km from the border, north of it");
  check_map(result);
}

TEST_CASE("soft hyphens, zero-width characters and byte order marks are removed") {
  const auto result = normalize("\uFEFFnego\u00ADtiations in Ky\u200Biv\u200D");
  CHECK(result.text == "negotiations in Kyiv");
  check_map(result);
  CHECK(result.original_span(0, 3) == "\uFEFFneg");
}

TEST_CASE("HTML entities are decoded and then normalised") {
  CHECK(normalize("AT&amp;T &lt;b&gt; &quot;x&quot; it&#39;s").text == "AT&T <b> \"x\" it's");
  CHECK(normalize("Iran&#8217;s &nbsp;envoy&mdash;here").text == "Iran's  envoy - here");
  CHECK(normalize("caf&eacute; &#x41;&#66; &hellip;").text == "caf\u00E9 AB ...");
  SUBCASE("an entity maps back to its whole source text") {
    const auto result = normalize("Iran&rsquo;s");
    CHECK(result.text == "Iran's");
    CHECK(result.original_span(4, 5) == "&rsquo;");
    check_map(result);
  }
  SUBCASE("unknown entities and a bare ampersand stay as written") {
    CHECK(normalize("R&D &bogus; & more &#;").text == "R&D &bogus; & more &#;");
  }
}

TEST_CASE("CRLF and lone CR line ends become LF") {
  const auto result = normalize("one\r\ntwo\rthree\n");
  CHECK(result.text == "one\ntwo\nthree\n");
  check_map(result);
  CHECK(result.original_span(3, 4) == "\r\n");
}

TEST_CASE("the ellipsis character becomes three periods") {
  const auto result = normalize("wait\u2026 then");
  CHECK(result.text == "wait... then");
  CHECK(result.original_span(4, 7) == "\u2026");
}

TEST_CASE("other non-ASCII text passes through unchanged") {
  const std::string text =
      "C\u00F4te d'Ivoire, \u041C\u043E\u0441\u043A\u0432\u0430, \u5317\u4EAC, \U0001F600";
  const auto result = normalize(text);
  CHECK(result.text == text);
  check_map(result);
}

TEST_CASE("empty input gives an empty text with a one-entry map") {
  const auto result = normalize("");
  CHECK(result.text.empty());
  REQUIRE(result.to_original.size() == 1);
  CHECK(result.to_original[0] == 0);
  CHECK(result.original_span(0, 0).empty());
}

TEST_CASE("original_span clamps out-of-range bounds") {
  const auto result = normalize("abc");
  CHECK(result.original_span(1, 99) == "bc");
  CHECK(result.original_span(2, 1).empty());
}
