// extract/dates_test.cpp - tests for lib/extract/dates.cpp
// SPDX-License-Identifier: MIT
#include "extract/dates.h"

#include "model/model.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

using irkg::PartialDate;
using irkg::extract::DateMention;
using irkg::extract::find_dates;
using irkg::extract::nearest_date;

namespace {

// Splits on spaces; the sentences below write punctuation as separate words.
std::vector<std::string_view> words_of(std::string_view sentence) {
  std::vector<std::string_view> words;
  while (!sentence.empty()) {
    const auto space = sentence.find(' ');
    const auto word = sentence.substr(0, space);
    if (!word.empty())
      words.push_back(word);
    if (space == std::string_view::npos)
      break;
    sentence.remove_prefix(space + 1);
  }
  return words;
}

std::vector<DateMention> dates_in(std::string_view sentence, const PartialDate& article) {
  const auto words = words_of(sentence);
  return find_dates(words, article);
}

// The dates found, as ISO strings, in sentence order.
std::vector<std::string> found(std::string_view sentence, const PartialDate& article) {
  std::vector<std::string> out;
  for (const DateMention& mention : dates_in(sentence, article))
    out.push_back(mention.date.to_string());
  return out;
}

using Strings = std::vector<std::string>;

constexpr PartialDate kThursday{2018, 3, 1};

}  // namespace

TEST_CASE("weekdays resolve to the latest such day on or before the article date") {
  CHECK(found("Talks ended on Sunday .", kThursday) == Strings{"2018-02-25"});
  CHECK(found("Talks ended on Monday .", kThursday) == Strings{"2018-02-26"});
  CHECK(found("Talks ended on Thursday .", kThursday) == Strings{"2018-03-01"});
  CHECK(found("Talks ended on Friday .", kThursday) == Strings{"2018-02-23"});
}

TEST_CASE("'next' before a weekday looks forward") {
  CHECK(found("Talks resume next Monday .", kThursday) == Strings{"2018-03-05"});
  CHECK(found("Talks resume next Thursday .", kThursday) == Strings{"2018-03-08"});
}

TEST_CASE("in a sentence about what is to come, weekdays and 'tomorrow' look forward") {
  CHECK(found("Leaders will meet on Friday .", kThursday) == Strings{"2018-03-02"});
  CHECK(found("Leaders will meet on Thursday .", kThursday) == Strings{"2018-03-01"});
  CHECK(found("Talks are due to resume on Monday .", kThursday) == Strings{"2018-03-05"});
  CHECK(found("Talks resume tomorrow .", kThursday) == Strings{"2018-03-02"});
}

TEST_CASE("yesterday, today, last month, this year and next year are relative to the article") {
  CHECK(found("Troops crossed the border yesterday .", kThursday) == Strings{"2018-02-28"});
  CHECK(found("Troops crossed the border today .", kThursday) == Strings{"2018-03-01"});
  CHECK(found("Troops crossed the border last month .", kThursday) == Strings{"2018-02"});
  CHECK(found("Troops crossed the border this month .", kThursday) == Strings{"2018-03"});
  CHECK(found("Troops crossed the border this year .", kThursday) == Strings{"2018"});
  CHECK(found("Elections are due next year .", kThursday) == Strings{"2019"});
}

TEST_CASE("relative months and weekdays cross year boundaries") {
  CHECK(found("Troops crossed the border last month .", PartialDate{2018, 1, 3}) ==
        Strings{"2017-12"});
  CHECK(found("Talks resume next month .", PartialDate{2018, 12, 20}) == Strings{"2019-01"});
  // 2019-01-01 was a Tuesday.
  CHECK(found("Talks ended on Sunday .", PartialDate{2019, 1, 1}) == Strings{"2018-12-30"});
}

TEST_CASE("absolute dates keep the precision the text gives") {
  CHECK(found("The war began in 2008 .", kThursday) == Strings{"2008"});
  CHECK(found("The deal was signed in June 2016 .", kThursday) == Strings{"2016-06"});
  CHECK(found("The deal was signed on 19 June 2016 .", kThursday) == Strings{"2016-06-19"});
  CHECK(found("The deal was signed on June 19 , 2016 .", kThursday) == Strings{"2016-06-19"});
  CHECK(found("The deal was signed on 19th June 2016 .", kThursday) == Strings{"2016-06-19"});
}

TEST_CASE("a month without a year takes the latest such month up to the article date") {
  CHECK(found("The deal was signed in February .", kThursday) == Strings{"2018-02"});
  CHECK(found("The deal was signed in December .", kThursday) == Strings{"2017-12"});
  CHECK(found("The deal was signed on 3 February .", kThursday) == Strings{"2018-02-03"});
}

TEST_CASE("words that only look like dates are not dates") {
  CHECK(found("Officials may meet again .", kThursday).empty());
  CHECK(found("May brought new talks .", kThursday).empty());
  CHECK(found("The brigade lost 1200 soldiers .", kThursday).empty());
  CHECK(found("Parliament met for the month .", kThursday).empty());
}

TEST_CASE("without an article date only absolute dates are found") {
  CHECK(found("Talks ended on Sunday .", PartialDate{}).empty());
  CHECK(found("Troops crossed the border last month .", PartialDate{}).empty());
  CHECK(found("The deal was signed in December .", PartialDate{}).empty());
  CHECK(found("The war began in 2008 .", PartialDate{}) == Strings{"2008"});
  CHECK(found("The deal was signed on 19 June 2016 .", PartialDate{}) == Strings{"2016-06-19"});
}

TEST_CASE("a month-precision article date resolves months but not weekdays") {
  const PartialDate march{2018, 3, 0};
  CHECK(found("Talks ended on Sunday .", march).empty());
  CHECK(found("The deal was signed in December .", march) == Strings{"2017-12"});
}

TEST_CASE("every date of a sentence is found with its token position") {
  const auto mentions = dates_in("Russia attacked in 2008 and again on Sunday .", kThursday);
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].date == PartialDate{2008, 0, 0});
  CHECK(mentions[0].position == 3);
  CHECK(mentions[1].date == PartialDate{2018, 2, 25});
  CHECK(mentions[1].position == 7);
}

TEST_CASE("the nearest date to a token wins, and the article date stands in when none") {
  const auto mentions = dates_in("Russia attacked in 2008 and again on Sunday .", kThursday);
  CHECK(nearest_date(mentions, 1, kThursday) == PartialDate{2008, 0, 0});
  CHECK(nearest_date(mentions, 6, kThursday) == PartialDate{2018, 2, 25});
  CHECK(nearest_date({}, 1, kThursday) == kThursday);
  CHECK_FALSE(nearest_date({}, 1, PartialDate{}).known());
}
