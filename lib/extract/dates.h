// extract/dates.h - dates of relations from the words of a sentence and the article's date
// SPDX-License-Identifier: MIT
#ifndef IRKG_EXTRACT_DATES_H
#define IRKG_EXTRACT_DATES_H

#include "model/model.h"

#include <span>
#include <string_view>
#include <vector>

namespace irkg::extract {

/// A time expression of a sentence, resolved to a date.
struct DateMention {
  PartialDate date;
  std::size_t position = 0;  ///< token index
};

/// Every time expression of a sentence: absolute ones ("in 2018", "June 2024", "on 19 June
/// 2024", "in December") and relative ones ("on Tuesday", "last month", "this year",
/// "yesterday") resolved against \p article_date. Computed once per sentence.
/// Is \p lower (a lower-case word) the name of a month or a weekday? Such words are never part
/// of a person's name ("On Wednesday", "March").
bool is_calendar_word(std::string_view lower);

std::vector<DateMention> find_dates(std::span<const std::string_view> words,
                                    const PartialDate& article_date);

/// The date of the event at token \p near: the closest of \p dates, or the article's date
/// when the sentence names none.
PartialDate nearest_date(const std::vector<DateMention>& dates, std::size_t near,
                         const PartialDate& article_date);

}  // namespace irkg::extract

#endif  // IRKG_EXTRACT_DATES_H
