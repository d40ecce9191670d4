// text/sentences.h - rule-based sentence splitting for news English
// SPDX-License-Identifier: MIT
#ifndef IRKG_TEXT_SENTENCES_H
#define IRKG_TEXT_SENTENCES_H

#include <cstdint>
#include <string_view>
#include <vector>

namespace irkg::text {

/// One sentence: a byte range in the normalised text, trimmed of white space.
struct Sentence {
  std::uint32_t begin = 0, end = 0;

  friend bool operator==(const Sentence&, const Sentence&) = default;
};

/// Sentence splitting that survives news English, in one pass over \p normalized_text (the output
/// of normalize(): ASCII quotes and dashes).
///
/// - A sentence ends at ".", "?" or "!" (plus any closing quotes or brackets) followed by white
///   space and a word that does not start with a lower-case letter.
/// - After an abbreviation ("U.S.", "U.N.", "Inc.", "Corp.", "Co.", "Ltd.", "etc.", "a.m.",
///   "Jan." ... "Dec.", initials such as "J." or "J.P.") it ends only when the next word is a
///   typical sentence starter (The, He, She, It, But, In, A, They, We, This ...) or a quote
///   opens: "the U.S. President" stays whole. Titles ("Mr.", "Gen.", "Lt.", "Col.", "Sen.",
///   "Rep.", "Gov.", "Dr.", "Prof." ...) and "vs." never end a sentence; "No." and
///   "Art." do not before a number ("No. 2").
/// - Decimals ("3.5 percent") and an ellipsis followed by a lower-case word do not split.
/// - A blank line always ends a sentence, so does a single newline before a line that starts
///   with anything but a lower-case letter (headlines, bullets, one-line paragraphs).
/// - Hard-wrapped text (detected when lines often continue with a lower-case word, as in the
///   Reuters-21578 files) treats a single newline as a space; a newline before an indented line
///   still ends the paragraph.
/// - Datelines ("SEOUL (Reuters) - Donald Trump has ...") stay with their sentence.
/// - A period glued to a capitalised word ("reported.Major General") ends the sentence too.
///
/// Empty sentences are never returned. Offsets are bytes; text longer than 4 GiB is not supported.
std::vector<Sentence> split_sentences(std::string_view normalized_text);

}  // namespace irkg::text

#endif  // IRKG_TEXT_SENTENCES_H
