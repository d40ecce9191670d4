// text/detail/abbreviations.h - the abbreviations shared by the sentence splitter and tokenizer
// SPDX-License-Identifier: MIT
#ifndef IRKG_TEXT_DETAIL_ABBREVIATIONS_H
#define IRKG_TEXT_DETAIL_ABBREVIATIONS_H

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace irkg::text::detail {

/// How a word followed by "." behaves at a possible sentence end.
enum class AbbreviationKind : std::uint8_t {
  None,      ///< an ordinary word: the period ends the sentence
  Title,     ///< "Mr.", "Gen.", "vs.": always followed by more of the sentence
  Ordinary,  ///< "Inc.", "Jan.", "U.S.", "a.m.", initials: ends a sentence only before a starter
  Numeral,   ///< "No.", "Art.": an abbreviation only before a number
};

inline constexpr std::string_view kTitleAbbreviations[] = {
    "Adm",  "Amb",  "Atty", "Brig", "Capt", "Cmdr",   "Col",  "Cpl",  "Dr",  "Fr",   "Gen", "Gens",
    "Gov",  "Hon",  "Insp", "Lt",   "Maj",  "Messrs", "Mlle", "Mme",  "Mr",  "Mrs",  "Ms",  "Msgr",
    "Pres", "Prof", "Pvt",  "Rep",  "Reps", "Rev",    "Sen",  "Sens", "Sgt", "Supt", "vs",  "Vs"};

inline constexpr std::string_view kOrdinaryAbbreviations[] = {
    "Apr", "Assn", "Aug", "Ave", "Blvd", "Bros", "Co",     "Corp", "Dec", "Dept", "Feb", "Fig",
    "Ft",  "Inc",  "Jan", "Jr",  "Jul",  "Jun",  "Ltd",    "Mar",  "Mt",  "Nov",  "Oct", "Rd",
    "Sep", "Sept", "Sr",  "St",  "Univ", "al",   "approx", "ca",   "cf",  "est",  "etc"};

inline constexpr std::string_view kNumeralAbbreviations[] = {"Art", "No", "Nos",
                                                             "Vol", "no", "nos"};

/// Capitalised function words that typically open an English news sentence. After an
/// abbreviation such as "U.S." the sentence ends only when one of these follows.
inline constexpr std::string_view kSentenceStarters[] = {
    "A",       "About",  "According", "After",        "Also",    "Although",  "An",       "And",
    "Another", "As",     "At",        "Because",      "Before",  "Both",      "But",      "By",
    "Despite", "During", "Earlier",   "Each",         "Even",    "For",       "From",     "He",
    "Her",     "Here",   "His",       "How",          "However", "I",         "If",       "In",
    "It",      "Its",    "Last",      "Later",        "Many",    "Meanwhile", "Moreover", "Most",
    "Mr",      "Mrs",    "Ms",        "Nevertheless", "No",      "Not",       "Now",      "On",
    "One",     "Only",   "Other",     "Our",          "She",     "Since",     "So",       "Some",
    "Still",   "That",   "The",       "Their",        "There",   "These",     "They",     "This",
    "Those",   "Though", "Thus",      "To",           "Under",   "Unlike",    "Until",    "We",
    "What",    "When",   "Where",     "Which",        "While",   "Who",       "Why",      "With",
    "Yet",     "You"};

template <std::size_t N>
constexpr bool contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

constexpr bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
constexpr bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
constexpr bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
constexpr bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/// True for "U.S", "p.m", "J.P", "Ph.D", "e.g" (the final period not included): two or more
/// segments of one or two ASCII letters joined by single periods.
constexpr bool is_dotted_abbreviation(std::string_view word) {
  std::size_t segments = 0;
  std::size_t length = 0;
  for (const char c : word) {
    if (c == '.') {
      if (length == 0)
        return false;
      ++segments;
      length = 0;
    } else if (is_ascii_letter(c) && length < 2) {
      ++length;
    } else {
      return false;
    }
  }
  if (length > 0)
    ++segments;
  return segments >= 2;
}

/// Classifies \p word (without its final period). Single letters are initials (Ordinary).
constexpr AbbreviationKind classify_abbreviation(std::string_view word) {
  if (word.empty() || word.size() > 8)
    return AbbreviationKind::None;
  if (word.size() == 1)
    return is_ascii_letter(word[0]) ? AbbreviationKind::Ordinary : AbbreviationKind::None;
  if (is_dotted_abbreviation(word))
    return AbbreviationKind::Ordinary;
  if (contains(kTitleAbbreviations, word))
    return AbbreviationKind::Title;
  if (contains(kOrdinaryAbbreviations, word))
    return AbbreviationKind::Ordinary;
  if (contains(kNumeralAbbreviations, word))
    return AbbreviationKind::Numeral;
  return AbbreviationKind::None;
}

constexpr bool is_sentence_starter(std::string_view word) {
  return contains(kSentenceStarters, word);
}

}  // namespace irkg::text::detail

#endif  // IRKG_TEXT_DETAIL_ABBREVIATIONS_H
