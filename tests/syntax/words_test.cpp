// syntax/words_test.cpp - tests for lib/syntax/words.cpp
// SPDX-License-Identifier: MIT
#include "syntax/words.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using irkg::syntax::Word;
using irkg::syntax::words_of;

namespace {

using List = std::vector<std::string>;

List forms(std::string_view text) {
  List out;
  for (const Word& word : words_of(text)) out.push_back(word.form);
  return out;
}

}  // namespace

TEST_CASE("clitics, negation and hyphens are cut as UD English cuts them, with byte offsets") {
  const std::string_view text = "North Korea's troops don't use long-range missiles.";
  const std::vector<Word> words = words_of(text);
  struct Expected {
    const char* form;
    std::uint32_t begin, end;
    bool space_after;
  };
  const Expected expected[] = {
      {"North", 0, 5, true},    {"Korea", 6, 11, false},     {"'s", 11, 13, true},
      {"troops", 14, 20, true}, {"do", 21, 23, false},       {"n't", 23, 26, true},
      {"use", 27, 30, true},    {"long", 31, 35, false},     {"-", 35, 36, false},
      {"range", 36, 41, true},  {"missiles", 42, 50, false}, {".", 50, 51, true},
  };
  REQUIRE(words.size() == std::size(expected));
  for (std::size_t i = 0; i < words.size(); ++i) {
    CAPTURE(i);
    CHECK(words[i].form == expected[i].form);
    CHECK(words[i].begin == expected[i].begin);
    CHECK(words[i].end == expected[i].end);
    CHECK(words[i].space_after == expected[i].space_after);
    CHECK(text.substr(words[i].begin, words[i].end - words[i].begin) == words[i].form);
    CHECK(words[i].head == -1);
  }
}

TEST_CASE("offsets count from where the sentence starts in its text") {
  const std::string article = "Seoul protested. Pyongyang didn't.";
  const std::vector<Word> words = words_of(std::string_view(article).substr(17), 17);
  REQUIRE(words.size() == 4);
  for (const Word& word : words) {
    CAPTURE(word.form);
    CHECK(article.substr(word.begin, word.end - word.begin) == word.form);
  }
  CHECK(words[1].form == "did");
  CHECK(words[1].begin == 27);
  CHECK(words[2].begin == 30);
}

TEST_CASE("every negation is cut before its n, as EWT writes 'ca n't' and 'wo n't'") {
  CHECK(forms("I can't, won't and cannot go.") ==
        List{"I", "ca", "n't", ",", "wo", "n't", "and", "can", "not", "go", "."});
  CHECK(forms("They DON'T, isn't it?") == List{"They", "DO", "N'T", ",", "is", "n't", "it", "?"});
  CHECK(forms("Cannot. Gonna.") == List{"Can", "not", ".", "Gon", "na", "."});
  CHECK(forms("n't") == List{"n't"});
}

TEST_CASE("the typographic apostrophe is cut like the ASCII one") {
  CHECK(forms("Trump\u2019s first term") == List{"Trump", "\u2019s", "first", "term"});
  CHECK(forms("Korea doesn\u2019t care") == List{"Korea", "does", "n\u2019t", "care"});
  CHECK(forms("They\u2019re here, we\u2019ll see") ==
        List{"They", "\u2019re", "here", ",", "we", "\u2019ll", "see"});
  CHECK(forms("O\u2019Brien of King\u2019s College") ==
        List{"O\u2019Brien", "of", "King", "\u2019s", "College"});
  CHECK(forms("the countries\u2019 leaders") == List{"the", "countries", "\u2019", "leaders"});
  CHECK(forms("the countries' leaders") == List{"the", "countries", "'", "leaders"});
  CHECK(forms("\u2018solved\u2019 it") == List{"\u2018", "solved", "\u2019", "it"});
}

TEST_CASE("hyphens are words of their own, except after prefixes and inside codes") {
  CHECK(forms("the then-US president-elect") ==
        List{"the", "then", "-", "US", "president", "-", "elect"});
  CHECK(forms("a 20-year-old soldier") == List{"a", "20", "-", "year", "-", "old", "soldier"});
  CHECK(forms("U.S.-led talks") == List{"U.S.", "-", "led", "talks"});
  CHECK(forms("from 1969-1970") == List{"from", "1969", "-", "1970"});
  CHECK(forms("anti-ship non-proliferation e-mail Co-founder") ==
        List{"anti-ship", "non-proliferation", "e-mail", "Co-founder"});
  CHECK(forms("a pro-Russian-backed group") == List{"a", "pro-Russian", "-", "backed", "group"});
  CHECK(forms("call 713-853-3989 on 11-20-2000") ==
        List{"call", "713-853-3989", "on", "11-20-2000"});
  CHECK(forms("Kim Jong-un") == List{"Kim", "Jong", "-", "un"});
}

TEST_CASE("the text layer's numbers, abbreviations and punctuation pass through as EWT has them") {
  CHECK(forms("The U.S. sent 1,000 troops, 3.5% more, for $5 on the 10th.") ==
        List{"The", "U.S.", "sent", "1,000", "troops", ",", "3.5", "%", "more", ",", "for", "$",
             "5", "on", "the", "10th", "."});
  CHECK(forms("He said \"no\" -- then... (maybe)") ==
        List{"He", "said", "\"", "no", "\"", "--", "then", "...", "(", "maybe", ")"});
  CHECK(forms("").empty());
  CHECK(forms("   ").empty());
}

TEST_CASE("space_after says whether white space follows, also at the end") {
  const std::vector<Word> words = words_of("(Seoul)\tsaid\n");
  REQUIRE(words.size() == 4);
  CHECK_FALSE(words[0].space_after);
  CHECK_FALSE(words[1].space_after);
  CHECK(words[2].space_after);
  CHECK(words[3].space_after);
  CHECK(words_of("end").back().space_after);
}

TEST_CASE("runs of marks, dates with slashes and web addresses are one word each, as in EWT") {
  CHECK(forms("No!!! Really?! ***") == List{"No", "!!!", "Really", "?!", "***"});
  CHECK(forms("after 9/11 and on 11/28/2000, and/or") ==
        List{"after", "9/11", "and", "on", "11/28/2000", ",", "and", "/", "or"});
  CHECK(forms("See https://www.reuters.com/world/asia/, (www.un.org) or mail press@un.org.") ==
        List{"See", "https://www.reuters.com/world/asia/", ",", "(", "www.un.org", ")", "or",
             "mail", "press@un.org", "."});
  CHECK(forms("Seoul.Tokyo") ==
        List{"Seoul", ".", "Tokyo"});  // no address: as the text layer cut it
}
