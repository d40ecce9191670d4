// extract/dates.cpp - dates of relations from the words of a sentence and the article's date
// SPDX-License-Identifier: MIT
#include "extract/dates.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>
#include <string>

namespace {

constexpr std::array<std::string_view, 12> kMonths{"january",   "february", "march",    "april",
                                                   "may",       "june",     "july",     "august",
                                                   "september", "october",  "november", "december"};
constexpr std::array<std::string_view, 12> kMonthAbbreviations{
    "jan.", "feb.", "mar.", "apr.", "may", "jun.", "jul.", "aug.", "sept.", "oct.", "nov.", "dec."};
constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday",  "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};

std::string lower(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c + 32);
  }
  return out;
}

int month_of(std::string_view word) {
  // Month names are capitalised in running text; "may" the verb is not. Every month and its
  // abbreviation is 3 to 9 letters long and starts with one of "JFMASOND".
  if (word.size() < 3 || word.size() > 9 || word[0] < 'A' || word[0] > 'Z')
    return 0;
  static constexpr std::string_view kInitials = "JFMASOND";
  if (kInitials.find(word[0]) == std::string_view::npos)
    return 0;
  const std::string w = lower(word);
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (w == kMonths[i] || w == kMonthAbbreviations[i] || (i == 8 && w == "sep."))
      return static_cast<int>(i) + 1;
  }
  return 0;
}

int year_of(std::string_view word) {
  if (word.size() != 4)
    return 0;
  for (const char c : word) {
    if (c < '0' || c > '9')
      return 0;
  }
  const int year = std::atoi(std::string(word).c_str());
  return year >= 1900 && year <= 2100 ? year : 0;
}

int day_of(std::string_view word) {
  if (word.empty() || word.size() > 4)
    return 0;
  int day = 0;
  std::size_t i = 0;
  for (; i < word.size() && word[i] >= '0' && word[i] <= '9'; ++i) day = day * 10 + (word[i] - '0');
  if (i == 0)
    return 0;
  const std::string_view rest = word.substr(i);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th")
    return 0;
  return day >= 1 && day <= 31 ? day : 0;
}

// Days since 1970-01-01 (civil calendar), and back.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

irkg::PartialDate civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = yoe + era * 400;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp + (mp < 10 ? 3 : -9);
  irkg::PartialDate date;
  date.year = static_cast<std::int16_t>(y + (m <= 2));
  date.month = static_cast<std::int8_t>(m);
  date.day = static_cast<std::int8_t>(d);
  return date;
}

irkg::PartialDate make(int year, int month = 0, int day = 0) {
  irkg::PartialDate date;
  date.year = static_cast<std::int16_t>(year);
  date.month = static_cast<std::int8_t>(month);
  date.day = static_cast<std::int8_t>(day);
  return date;
}

}  // namespace

bool irkg::extract::is_calendar_word(std::string_view lower) {
  return std::find(kMonths.begin(), kMonths.end(), lower) != kMonths.end() ||
         std::find(kWeekdays.begin(), kWeekdays.end(), lower) != kWeekdays.end();
}

std::vector<irkg::extract::DateMention> irkg::extract::find_dates(
    std::span<const std::string_view> words, const PartialDate& article) {
  std::vector<DateMention> candidates;
  const bool full_article_date = article.known() && article.day != 0;
  // "will be highlighted on Friday when Iran hosts a summit": in a sentence about what is to
  // come, a weekday is the next one. Asked only when a weekday is found.
  std::optional<bool> future;
  const auto about_future = [&] {
    if (!future) {
      future = std::any_of(words.begin(), words.end(), [](std::string_view word) {
        return word == "will" || word == "'ll" || word == "shall" || word == "due" ||
               word == "scheduled" || word == "upcoming" || word == "tomorrow";
      });
    }
    return *future;
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view word = words[i];
    if (const int year = year_of(word)) {
      // "June 2024", "19 June 2024", "June 19, 2024" are handled at the month; a bare year here.
      const bool after_month = (i >= 1 && month_of(words[i - 1])) ||
                               (i >= 2 && words[i - 1] == "," &&
                                (month_of(words[i - 2]) || (i >= 3 && month_of(words[i - 3]))));
      if (!after_month)
        candidates.push_back({make(year), i});
      continue;
    }
    if (const int month = month_of(word)) {
      // "May" alone at a sentence start is too often the verb or a name; ask for a neighbour.
      int day = 0, year = 0;
      if (i + 1 < words.size())
        day = day_of(words[i + 1]);
      if (!day && i >= 1)
        day = day_of(words[i - 1]);
      std::size_t after = i + 1 + (day && i + 1 < words.size() && day_of(words[i + 1]) ? 1 : 0);
      if (after < words.size() && words[after] == ",")
        ++after;
      if (after < words.size())
        year = year_of(words[after]);
      const bool in_before =
          i >= 1 && (words[i - 1] == "in" || words[i - 1] == "In" || words[i - 1] == "since" ||
                     words[i - 1] == "last" || words[i - 1] == "until" || words[i - 1] == "by" ||
                     words[i - 1] == "early" || words[i - 1] == "late" || words[i - 1] == "mid");
      if (!year && !day && !in_before)
        continue;
      if (!year) {
        if (!article.known())
          continue;
        year = article.year;
        // "in December" in a November article is last December unless the article is early.
        if (article.month && month > article.month)
          --year;
      }
      candidates.push_back({make(year, month, day), i});
      continue;
    }
    // Relative words are 4 to 9 letters long and start with one of "mtwfsy": most tokens are
    // answered here without a copy.
    if (!full_article_date || word.size() < 4 || word.size() > 9)
      continue;
    const char initial = static_cast<char>(word[0] | 0x20);
    if (initial != 'm' && initial != 't' && initial != 'w' && initial != 'f' && initial != 's' &&
        initial != 'y')
      continue;
    const std::string w = lower(word);
    const long today = days_from_civil(article.year, article.month, article.day);
    for (std::size_t d = 0; d < kWeekdays.size(); ++d) {
      if (w != kWeekdays[d])
        continue;
      // The most recent such weekday on or before the article's date (1970-01-01 was a Thursday).
      const long weekday_today = ((today % 7) + 7 + 3) % 7;  // 0 = Monday
      long back = (weekday_today - static_cast<long>(d) + 7) % 7;
      const bool ahead = about_future();
      const bool next = (i >= 1 && lower(words[i - 1]) == "next") || ahead;
      if (next && ahead && (static_cast<long>(d) - weekday_today + 7) % 7 == 0)
        back = 0;  // "on Friday" in Friday's paper, looking ahead: today
      else if (next)
        back = -((static_cast<long>(d) - weekday_today + 7) % 7 == 0
                     ? 7
                     : (static_cast<long>(d) - weekday_today + 7) % 7);
      candidates.push_back({civil_from_days(today - back), i});
    }
    if (w == "yesterday")
      candidates.push_back({civil_from_days(today - 1), i});
    if (w == "tomorrow")
      candidates.push_back({civil_from_days(today + 1), i});
    if (w == "today")
      candidates.push_back({article, i});
    if ((w == "month" || w == "year" || w == "week") && i >= 1) {
      const std::string before = lower(words[i - 1]);
      if (before != "last" && before != "this" && before != "next")
        continue;
      const int shift = before == "last" ? -1 : before == "next" ? 1 : 0;
      if (w == "year") {
        candidates.push_back({make(article.year + shift), i});
      } else if (w == "month") {
        int month = article.month + shift, year = article.year;
        if (month < 1)
          month = 12, --year;
        if (month > 12)
          month = 1, ++year;
        candidates.push_back({make(year, month), i});
      }
    }
  }
  return candidates;
}

irkg::PartialDate irkg::extract::nearest_date(const std::vector<DateMention>& dates,
                                              std::size_t near, const PartialDate& article) {
  const auto distance = [&](const DateMention& d) {
    return d.position > near ? d.position - near : near - d.position;
  };
  const DateMention* best = nullptr;
  for (const DateMention& candidate : dates) {
    if (!best || distance(candidate) < distance(*best))
      best = &candidate;
  }
  return best ? best->date : article;
}
