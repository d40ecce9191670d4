// extract/dates.h - dates of relations from the words of a sentence and the article's date
// SPDX-License-Identifier: MIT
#ifndef IRKG_EXTRACT_DATES_H
#define IRKG_EXTRACT_DATES_H

#include "model/model.h"

#include <span>
#include <string_view>

namespace irkg::extract {

struct SentenceDate {
  PartialDate date;        ///< the resolved date, unknown when the text and the article give none
  bool from_text = false;  ///< the sentence itself named the time
};

/// The time a sentence gives for the event at token \p near: the closest absolute expression
/// ("in 2018", "June 2024", "on 19 June 2024", "in December"), or a relative one ("on Tuesday",
/// "last month", "this year", "yesterday") resolved against \p article_date. Without any,
/// the article's date.
SentenceDate resolve_date(std::span<const std::string_view> words, std::size_t near,
                          const PartialDate& article_date);

}  // namespace irkg::extract

#endif  // IRKG_EXTRACT_DATES_H
