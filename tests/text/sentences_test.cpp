// text/sentences_test.cpp - tests for lib/text/sentences.cpp
// SPDX-License-Identifier: MIT
#include "text/sentences.h"

#include "support/file.h"
#include "text/normalize.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using irkg::text::split_sentences;

namespace {

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& sentence : split_sentences(text)) {
    out.emplace_back(text.substr(sentence.begin, sentence.end - sentence.begin));
  }
  return out;
}

using List = std::vector<std::string>;

}  // namespace

TEST_CASE("plain sentences split at periods, question marks and exclamation marks") {
  CHECK(
      sentences("Talks resumed on Monday. Both sides met again! Will they agree? Nobody knows.") ==
      List{"Talks resumed on Monday.", "Both sides met again!", "Will they agree?",
           "Nobody knows."});
}

TEST_CASE("sentences are trimmed and empty ones are never returned") {
  CHECK(sentences("   Leaders met.   \n\n  ") == List{"Leaders met."});
  CHECK(sentences("").empty());
  CHECK(sentences(" \n\n \n").empty());
  const std::string text = "  Ankara objected.  Athens agreed.";
  const auto ranges = split_sentences(text);
  REQUIRE(ranges.size() == 2);
  CHECK(ranges[0].begin == 2);
  CHECK(ranges[1].end == text.size());
}

TEST_CASE("U.S. and U.N. inside a sentence do not end it") {
  CHECK(sentences("The U.S. President met the U.N. Secretary-General in Geneva.") ==
        List{"The U.S. President met the U.N. Secretary-General in Geneva."});
  CHECK(sentences("Officials from the U.K. and the U.S. said they would wait.").size() == 1);
}

TEST_CASE("a sentence can end after U.S. when a sentence starter follows") {
  CHECK(sentences("Troops returned to the U.S. The base was closed in May.") ==
        List{"Troops returned to the U.S.", "The base was closed in May."});
  CHECK(sentences("He flew to the U.S. He landed at night.").size() == 2);
  CHECK(sentences("Sanctions were lifted by the U.N. \"It is a relief,\" she said.").size() == 2);
}

TEST_CASE("titles before names never end a sentence") {
  CHECK(sentences("Gen. Mark Milley met Lt. Col. Jane Doe and Sen. Smith. Dr. Brown and Mr. Kim "
                  "spoke with Gov. Lee, Rep. Diaz, Mrs. Park and Ms. Ito.") ==
        List{"Gen. Mark Milley met Lt. Col. Jane Doe and Sen. Smith.",
             "Dr. Brown and Mr. Kim spoke with Gov. Lee, Rep. Diaz, Mrs. Park and Ms. Ito."});
  CHECK(sentences("The vote in Texas vs. Ohio was close.").size() == 1);
}

TEST_CASE("month abbreviations before a day do not end a sentence") {
  CHECK(
      sentences("The riot of Jan. 6 was investigated. Hearings began on Sept. 12 in Washington.") ==
      List{"The riot of Jan. 6 was investigated.", "Hearings began on Sept. 12 in Washington."});
}

TEST_CASE("No. before a number does not end a sentence") {
  CHECK(sentences("He is the No. 2 official in the ministry. He resigned.") ==
        List{"He is the No. 2 official in the ministry.", "He resigned."});
}

TEST_CASE("company abbreviations end a sentence only before a sentence starter") {
  CHECK(sentences("Exxon Mobil Corp. said it would leave. Acme Co. Chief Executive Jo Ray agreed.")
            .size() == 2);
  CHECK(sentences("The deal went to Acme Inc. The rival bid failed.") ==
        List{"The deal went to Acme Inc.", "The rival bid failed."});
  CHECK(sentences("Oil, gas, grain etc. were covered by Rosneft Ltd. and others.").size() == 1);
}

TEST_CASE("a.m. and p.m. end a sentence only before a sentence starter") {
  CHECK(sentences("The strike began at 4 a.m. local time and ended at 6 p.m. It killed two.") ==
        List{"The strike began at 4 a.m. local time and ended at 6 p.m.", "It killed two."});
}

TEST_CASE("initials do not end a sentence") {
  CHECK(sentences("Donald J. Trump met bankers from J.P. Morgan in New York.").size() == 1);
  CHECK(sentences("John F. Kennedy visited Berlin. He spoke there.").size() == 2);
}

TEST_CASE("decimal numbers do not end a sentence") {
  CHECK(sentences("The economy grew 3.5 percent last year. Exports rose 1.2 percent.") ==
        List{"The economy grew 3.5 percent last year.", "Exports rose 1.2 percent."});
}

TEST_CASE("a sentence ending inside quotes ends after the closing quote") {
  CHECK(sentences("She said: \"We will not retreat.\" The crowd cheered.") ==
        List{"She said: \"We will not retreat.\"", "The crowd cheered."});
  CHECK(sentences("\"Is this a threat?\" the envoy asked. Nobody answered.") ==
        List{"\"Is this a threat?\" the envoy asked.", "Nobody answered."});
  CHECK(sentences("\"We are ready,\" he said. \"The talks can start.\"") ==
        List{"\"We are ready,\" he said.", "\"The talks can start.\""});
}

TEST_CASE("a headline without final punctuation is its own sentence") {
  CHECK(sentences("Leaders agree on ceasefire in the north\n\nThe two leaders signed a deal.") ==
        List{"Leaders agree on ceasefire in the north", "The two leaders signed a deal."});
  CHECK(sentences("Leaders agree on ceasefire\nThe two leaders signed a deal on Monday.") ==
        List{"Leaders agree on ceasefire", "The two leaders signed a deal on Monday."});
}

TEST_CASE("a dateline stays with its sentence") {
  const std::string text = irkg::text::normalize(
                               "ANKARA (Reuters) \u2013 Turkey and Greece agreed on Tuesday to "
                               "resume talks. Both sides welcomed it.")
                               .text;
  CHECK(sentences(text) ==
        List{"ANKARA (Reuters) - Turkey and Greece agreed on Tuesday to resume talks.",
             "Both sides welcomed it."});
  CHECK(sentences("WASHINGTON, Nov. 7 (Reuters) - The Senate voted on Thursday.").size() == 1);
}

TEST_CASE("an ellipsis ends a sentence only before a capitalised word") {
  CHECK(sentences("He paused... Then he left.") == List{"He paused...", "Then he left."});
  CHECK(sentences("The talks ... and the summit went on.").size() == 1);
}

TEST_CASE("paragraph breaks always end a sentence") {
  CHECK(sentences("Kyiv was shelled overnight\n\nofficials said.") ==
        List{"Kyiv was shelled overnight", "officials said."});
}

TEST_CASE("line-based text splits at every line before a capitalised line") {
  CHECK(sentences("Key points\n- Troops withdraw\n- Aid resumes\nTalks follow in March") ==
        List{"Key points", "- Troops withdraw", "- Aid resumes", "Talks follow in March"});
  CHECK(sentences("The ministers met in\nthe capital on Monday.") ==
        List{"The ministers met in\nthe capital on Monday."});
}

TEST_CASE("hard-wrapped text joins lines and splits at indented paragraphs") {
  const std::string text =
      "Deputy ministers of the five\n"
      "Nordic Council members ended their meeting after\n"
      "discussing the fishing quota, the\n"
      "council's news agency said.\n"
      "    The ministers, who declined to talk to reporters on\n"
      "the outcome, later concluded a round of\n"
      "informal talks.\n"
      " Reuter\n";
  CHECK(sentences(text) ==
        List{"Deputy ministers of the five\nNordic Council members ended their meeting after\n"
             "discussing the fishing quota, the\ncouncil's news agency said.",
             "The ministers, who declined to talk to reporters on\nthe outcome, later concluded "
             "a round of\ninformal talks.",
             "Reuter"});
}

TEST_CASE("a period glued to the next sentence still splits") {
  CHECK(sentences("The convoy was hit, the agency reported.Three soldiers were wounded.") ==
        List{"The convoy was hit, the agency reported.", "Three soldiers were wounded."});
}

TEST_CASE("a numbered list item is not split after its number") {
  CHECK(sentences("1. Troops leave the border\n2. Aid resumes") ==
        List{"1. Troops leave the border", "2. Aid resumes"});
}

TEST_CASE("the seed news article splits into a sensible number of sentences") {
  const std::string raw =
      irkg::read_file(IRKG_SHARED_DIR "/corpus/news/000-trump-kim-emboldened.txt");
  const auto text = irkg::text::normalize(raw).text;
  const auto result = sentences(text);
  // 3 header lines, a headline, a byline, a section head and 24 paragraphs of one or two
  // sentences each.
  CHECK(result.size() >= 28);
  CHECK(result.size() <= 40);
  for (const auto& sentence : result) {
    CHECK(sentence.size() < 600);
    CHECK(sentence.rfind("S. ", 0) != 0);  // never split inside "U.S."
  }
}

TEST_CASE("a long text without punctuation is one sentence") {
  const std::string text(1 << 20, 'a');
  const auto ranges = split_sentences(text);
  REQUIRE(ranges.size() == 1);
  CHECK(ranges[0].end == text.size());
}
