// support/word_table_test.cpp - tests for lib/support/word_table.h
// SPDX-License-Identifier: MIT
#include "support/word_table.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("a word table finds each (context, word) it holds and nothing else") {
  irkg::WordTable table;
  CHECK_FALSE(table.find(0, "russia").has_value());
  table.insert(0, "russia", 7);
  table.insert(1, "russia", 8);  // the same word under another trie node
  table.insert(0, "", 9);        // the empty word is a word
  CHECK(table.find(0, "russia") == 7u);
  CHECK(table.find(1, "russia") == 8u);
  CHECK(table.find(0, "") == 9u);
  CHECK_FALSE(table.find(2, "russia").has_value());
  CHECK_FALSE(table.find(0, "Russia").has_value());
  CHECK_FALSE(table.find(0, "russian").has_value());
  table.insert(0, "russia", 10);  // replaces
  CHECK(table.find(0, "russia") == 10u);
  CHECK(table.size() == 3);
}

TEST_CASE("a word table keeps every entry through its growth") {
  irkg::WordTable table;
  for (std::uint32_t i = 0; i < 5000; ++i) table.insert(i % 7, "word" + std::to_string(i), i);
  CHECK(table.size() == 5000);
  for (std::uint32_t i = 0; i < 5000; ++i) {
    const std::string word = "word" + std::to_string(i);
    CHECK(table.find(i % 7, word) == i);
    CHECK(table.find(i % 7, word, irkg::StringHash{}(word)) == i);
  }
  CHECK_FALSE(table.find(0, "word5000").has_value());
}
