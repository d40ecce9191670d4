// tests/support/strings_test.cpp - UTF-8 repair and name folding
#include "support/strings.h"

#include <doctest/doctest.h>

TEST_CASE("names fold alike whatever their case, accents and punctuation") {
  CHECK(irkg::fold_name("Côte d’Ivoire") == irkg::fold_name("cote d'ivoire"));
  CHECK(irkg::fold_name("U.S.") == "us");
  CHECK(irkg::fold_name("  North   Korea ") == "north korea");
  CHECK(irkg::fold_name("ЗЕЛЕНСЬКИЙ") == irkg::fold_name("зеленський"));
}

TEST_CASE("slugs are lower-case ASCII with dashes, as person ids are") {
  CHECK(irkg::slugify("Kim Jong-un") == "kim-jong-un");
  CHECK(irkg::slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan");
  CHECK(irkg::slugify("  --  ") == "");
}

TEST_CASE("invalid UTF-8 is replaced, valid text is kept") {
  std::size_t replaced = 0;
  const std::string bad = std::string("ok \xff\xfe end");
  CHECK_FALSE(irkg::is_valid_utf8(bad));
  const std::string fixed = irkg::repair_utf8(bad, &replaced);
  CHECK(replaced == 2);
  CHECK(irkg::is_valid_utf8(fixed));
  CHECK(irkg::is_valid_utf8("金正恩 Зеленський"));
  CHECK_FALSE(irkg::is_valid_utf8("\xed\xa0\x80"));  // a surrogate
  CHECK_FALSE(irkg::is_valid_utf8("\xc0\xaf"));      // an overlong slash
  // A bad byte anywhere in long ASCII runs, which are checked eight bytes at a time.
  for (std::size_t at = 0; at < 40; ++at) {
    std::string text(40, 'a');
    text[at] = '\xff';
    CHECK_FALSE(irkg::is_valid_utf8(text));
    text[at] = 'b';
    CHECK(irkg::is_valid_utf8(text));
  }
  CHECK_FALSE(irkg::is_valid_utf8(std::string(16, 'a') + "\xe2\x82"));  // cut short at the end
}

TEST_CASE("edit distance drives did-you-mean suggestions") {
  CHECK(irkg::edit_distance("russia", "rusia") == 1);
  CHECK(irkg::edit_distance("", "abc") == 3);
  CHECK(irkg::edit_distance("kim", "kim") == 0);
}
