// text/tokens_test.cpp - tests for lib/text/tokens.cpp
// SPDX-License-Identifier: MIT
#include "text/tokens.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using irkg::text::Token;
using irkg::text::tokenize;
using irkg::text::TokenKind;

namespace {

using List = std::vector<std::string>;

List words(std::string_view text) {
  std::vector<Token> tokens;
  tokenize(text, tokens);
  List out;
  for (const Token& token : tokens)
    out.emplace_back(text.substr(token.begin, token.end - token.begin));
  return out;
}

std::vector<TokenKind> kinds(std::string_view text) {
  std::vector<Token> tokens;
  tokenize(text, tokens);
  std::vector<TokenKind> out;
  for (const Token& token : tokens) out.push_back(token.kind);
  return out;
}

}  // namespace

TEST_CASE("words and punctuation are separate tokens") {
  CHECK(words("Iran, Iraq and Syria met (again).") ==
        List{"Iran", ",", "Iraq", "and", "Syria", "met", "(", "again", ")", "."});
}

TEST_CASE("dotted abbreviations stay one token") {
  CHECK(words("The U.S. and U.N. met at 9 a.m. and 5 p.m. in Washington, D.C.") ==
        List{"The", "U.S.", "and", "U.N.", "met", "at", "9", "a.m.", "and", "5", "p.m.", "in",
             "Washington", ",", "D.C."});
  CHECK(words("J.P. Morgan, e.g. banks") == List{"J.P.", "Morgan", ",", "e.g.", "banks"});
}

TEST_CASE("the sentence splitter's abbreviations keep their period") {
  CHECK(words("Gen. Smith met Mr. Lee on Jan. 6 at Acme Inc. headquarters") ==
        List{"Gen.", "Smith", "met", "Mr.", "Lee", "on", "Jan.", "6", "at", "Acme", "Inc.",
             "headquarters"});
  CHECK(words("Donald J. Trump") == List{"Donald", "J.", "Trump"});
  SUBCASE("No. keeps its period only before a number") {
    CHECK(words("the No. 2 man") == List{"the", "No.", "2", "man"});
    CHECK(words("He said No. Then") == List{"He", "said", "No", ".", "Then"});
  }
}

TEST_CASE("a sentence-final period after an ordinary word is punctuation") {
  CHECK(words("They agreed.") == List{"They", "agreed", "."});
  CHECK(words("in 2019.") == List{"in", "2019", "."});
}

TEST_CASE("hyphenated words are one token") {
  CHECK(words("the then-US president, long-range missiles, Kim Jong-un, a 20-year-old") ==
        List{"the", "then-US", "president", ",", "long-range", "missiles", ",", "Kim", "Jong-un",
             ",", "a", "20-year-old"});
  CHECK(words("a U.S.-led force") == List{"a", "U.S.-led", "force"});
  SUBCASE("dashes between words are not joined") {
    CHECK(words("members -- Iraq - and") == List{"members", "--", "Iraq", "-", "and"});
    CHECK(words("pre- and post-war") == List{"pre", "-", "and", "post-war"});
  }
}

TEST_CASE("possessive 's and a plural apostrophe are separate tokens") {
  CHECK(words("Russia's army and the countries' leaders") ==
        List{"Russia", "'s", "army", "and", "the", "countries", "'", "leaders"});
  CHECK(kinds("Russia's countries'") == std::vector<TokenKind>{TokenKind::Word, TokenKind::Word,
                                                               TokenKind::Word, TokenKind::Punct});
  CHECK(words("Jong-un's visit") == List{"Jong-un", "'s", "visit"});
  CHECK(words("they're sure") == List{"they", "'re", "sure"});
  SUBCASE("other apostrophes stay inside the word") {
    CHECK(words("O'Brien doesn't visit Cote d'Ivoire") ==
          List{"O'Brien", "doesn't", "visit", "Cote", "d'Ivoire"});
  }
}

TEST_CASE("numbers keep their separators") {
  CHECK(words("1,000 troops, 3.5 percent, $2.5 billion, 40% of 1,234.56") ==
        List{"1,000", "troops", ",", "3.5", "percent", ",", "$", "2.5", "billion", ",", "40", "%",
             "of", "1,234.56"});
  CHECK(kinds("1,000 3.5 $ % 10th") == std::vector<TokenKind>{TokenKind::Number, TokenKind::Number,
                                                              TokenKind::Punct, TokenKind::Punct,
                                                              TokenKind::Word});
  CHECK(words("in 1990, 2,") == List{"in", "1990", ",", "2", ","});
}

TEST_CASE("non-ASCII letters are word characters and symbols are punctuation") {
  CHECK(words("C\u00F4te d'Ivoire and \u041C\u043E\u0441\u043A\u0432\u0430 \u2022 \u20AC5") ==
        List{"C\u00F4te", "d'Ivoire", "and", "\u041C\u043E\u0441\u043A\u0432\u0430", "\u2022",
             "\u20AC", "5"});
}

TEST_CASE("an ellipsis and quotes are punctuation tokens") {
  CHECK(words("\"Wait...\" he said") == List{"\"", "Wait", "...", "\"", "he", "said"});
}

TEST_CASE("token offsets point into the text given") {
  const std::string text = "  Kyiv's envoy.";
  std::vector<Token> tokens;
  tokenize(text, tokens);
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].begin == 2);
  CHECK(tokens[0].end == 6);
  CHECK(tokens[3].end == text.size());
}

TEST_CASE("tokenize reuses the caller's vector") {
  std::vector<Token> tokens;
  tokenize("one two three", tokens);
  CHECK(tokens.size() == 3);
  tokenize("four", tokens);
  CHECK(tokens.size() == 1);
  tokenize("", tokens);
  CHECK(tokens.empty());
}
