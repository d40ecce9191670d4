// text/article_test.cpp - tests for lib/text/article.cpp
// SPDX-License-Identifier: MIT
#include "text/article.h"

#include "support/error.h"
#include "support/file.h"
#include "support/strings.h"
#include "text/recording_sink.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

using irkg::PartialDate;
using irkg::text::parse_article_date;
using irkg::text::parse_articles;
using irkg::text::testing::RecordingSink;

TEST_CASE("a text article with headers gives url, title, date and the body") {
  RecordingSink sink;
  const auto articles = parse_articles(
      "url: https://example.org/talks\ntitle: Envoys meet in \u201CGeneva\u201D\ndate: "
      "2024-11-07\n\n"
      "Envoys met on Thursday.\n",
      "dir/talks-01.txt", sink);
  REQUIRE(articles.size() == 1);
  const auto& article = articles[0];
  CHECK(article.id == "talks-01");
  CHECK(article.url == "https://example.org/talks");
  CHECK(article.title == "Envoys meet in \"Geneva\"");
  CHECK(article.date == PartialDate{2024, 11, 7});
  CHECK(article.origin == "dir/talks-01.txt");
  CHECK(article.body.text == "Envoys met on Thursday.\n");
  CHECK(article.body.original == "Envoys met on Thursday.\n");
  CHECK(sink.warnings.empty());
}

TEST_CASE("a source header stands in for the url and CRLF headers are accepted") {
  RecordingSink sink;
  const auto articles = parse_articles(
      "source: corpus:file.sgm#1\r\ntitle: A title\r\n\r\nBody text.\r\n", "a.md", sink);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].url == "corpus:file.sgm#1");
  CHECK(articles[0].title == "A title");
  CHECK(articles[0].body.text == "Body text.\n");
}

TEST_CASE("a file without headers is all body") {
  RecordingSink sink;
  const std::string text = "Analysis: talks stall\n\nDiplomats left Vienna without a deal.\n";
  const auto articles = parse_articles(text, "notes", sink);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].id == "notes");
  CHECK(articles[0].title.empty());
  CHECK_FALSE(articles[0].date.known());
  CHECK(articles[0].body.text == text);
}

TEST_CASE("article dates accept the usual spellings") {
  CHECK(parse_article_date("2024-11-07") == PartialDate{2024, 11, 7});
  CHECK(parse_article_date("2024-11-07T10:00:00Z") == PartialDate{2024, 11, 7});
  CHECK(parse_article_date("1987-03-02 09:15") == PartialDate{1987, 3, 2});
  CHECK(parse_article_date("2024/06/19") == PartialDate{2024, 6, 19});
  CHECK(parse_article_date("2018") == PartialDate{2018, 0, 0});
  CHECK(parse_article_date("2024-06") == PartialDate{2024, 6, 0});
  CHECK(parse_article_date("26-FEB-1987 15:01:01.79") == PartialDate{1987, 2, 26});
  CHECK(parse_article_date("November 7, 2024") == PartialDate{2024, 11, 7});
  CHECK(parse_article_date("7 Sept 2017") == PartialDate{2017, 9, 7});
  CHECK(parse_article_date("unknown") == PartialDate{});
  CHECK(parse_article_date("") == PartialDate{});
  CHECK_FALSE(parse_article_date("next Tuesday").has_value());
  CHECK_FALSE(parse_article_date("2024-02-30").has_value());
}

TEST_CASE("an unparseable date leaves the date unknown with a warning") {
  RecordingSink sink;
  const auto articles = parse_articles("title: T\ndate: soon\n\nBody.\n", "x.txt", sink);
  REQUIRE(articles.size() == 1);
  CHECK_FALSE(articles[0].date.known());
  REQUIRE(sink.warnings.size() == 1);
  CHECK(sink.warnings[0] == "x.txt:2: unparseable date 'soon', date left unknown");
}

TEST_CASE("invalid UTF-8 is replaced with one warning per file") {
  RecordingSink sink;
  const auto articles =
      parse_articles("Caf\xE9 talks in Gen\xE8ve and M\xFCnchen ended.\n", "latin1.txt", sink);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].body.text == "Caf\uFFFD talks in Gen\uFFFDve and M\uFFFDnchen ended.\n");
  CHECK(irkg::is_valid_utf8(articles[0].body.original));
  REQUIRE(sink.warnings.size() == 1);
  CHECK(sink.warnings[0].find("latin1.txt") == 0);
  CHECK(sink.warnings[0].find("invalid UTF-8") != std::string::npos);
}

TEST_CASE("a binary file is skipped with a warning") {
  RecordingSink sink;
  const std::string bytes("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
  CHECK(parse_articles(bytes, "image.txt", sink).empty());
  REQUIRE(sink.warnings.size() == 1);
  CHECK(sink.warnings[0] == "image.txt:0: binary file skipped");
  SUBCASE("mostly non-text bytes count as binary too") {
    std::string noise;
    for (int i = 0; i < 4000; ++i) noise += static_cast<char>(i % 2 ? 0x01 : 0xFF);
    RecordingSink other;
    CHECK(parse_articles(noise, "noise", other).empty());
    CHECK(other.warnings.size() == 1);
  }
}

TEST_CASE("an empty file gives no articles and no warning") {
  RecordingSink sink;
  CHECK(parse_articles("", "empty.txt", sink).empty());
  CHECK(parse_articles("", "empty.jsonl", sink).empty());
  CHECK(parse_articles("\n\n  \n", "blank.txt", sink).empty());
  CHECK(sink.warnings.empty());
}

TEST_CASE("JSON Lines skips a malformed line with a warning naming file and line") {
  RecordingSink sink;
  const std::string jsonl =
      "{\"id\":\"a1\",\"title\":\"First\",\"date\":\"2019-01-02\",\"text\":\"Ankara and Athens "
      "met.\"}\n"
      "{\"id\":\"a2\",\"text\": oops}\n"
      "\n"
      "{\"title\":\"No text here\"}\n"
      "{\"title\":\"Third\",\"text\":\"Seoul objected.\",\"url\":\"https://example.org/3\"}\n";
  const auto articles = parse_articles(jsonl, "feed.jsonl", sink);
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].id == "a1");
  CHECK(articles[0].title == "First");
  CHECK(articles[0].date == PartialDate{2019, 1, 2});
  CHECK(articles[0].origin == "feed.jsonl:1");
  CHECK(articles[0].body.text == "Ankara and Athens met.");
  CHECK(articles[1].id == "feed-5");
  CHECK(articles[1].url == "https://example.org/3");
  CHECK(articles[1].origin == "feed.jsonl:5");
  REQUIRE(sink.warnings.size() == 2);
  CHECK(sink.warnings[0].find("feed.jsonl:2: malformed JSON") == 0);
  CHECK(sink.warnings[1] == "feed.jsonl:4: no \"text\" string, skipped");
}

TEST_CASE("JSON text is decoded and normalised") {
  RecordingSink sink;
  const auto articles =
      parse_articles("{\"id\":7,\"text\":\"Kyiv\\u2019s envoy &amp; aide\"}", "one.jsonl", sink);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].id == "7");
  CHECK(articles[0].body.text == "Kyiv's envoy & aide");
  CHECK(articles[0].body.original_span(4, 6) == "\u2019s");
}

TEST_CASE("a .json file may hold an array of articles") {
  RecordingSink sink;
  const auto articles = parse_articles("[{\"id\":\"x\",\"text\":\"One.\"},\n {\"text\":\"Two.\"}]",
                                       "batch.json", sink);
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].id == "x");
  CHECK(articles[1].id == "batch-2");
  CHECK(sink.warnings.empty());
}

TEST_CASE("a single very long line is coded in parts cut at sentence ends, with one warning") {
  RecordingSink sink;
  std::string line = "{\"id\":\"big\",\"text\":\"";
  const std::string sentence = "Envoys met in Geneva and agreed to meet again. ";
  while (line.size() < 20'000'000) line += sentence;
  line += "\"}";
  const auto json = parse_articles(line, "big.jsonl", sink);
  REQUIRE(json.size() == 3);
  std::size_t total = 0;
  for (std::size_t i = 0; i < json.size(); ++i) {
    CHECK(json[i].id == "big#" + std::to_string(i + 1));
    CHECK(json[i].body.text.size() <= 8u << 20);
    CHECK(json[i].body.text.starts_with("Envoys met"));  // cut after a sentence
    total += json[i].body.text.size();
  }
  CHECK(total > 19'000'000);
  REQUIRE(sink.warnings.size() == 1);
  CHECK(sink.warnings[0].find("3 parts") != std::string::npos);
  const auto text = parse_articles(std::string_view(line).substr(21), "big.txt", sink);
  CHECK(text.size() == 3);
  CHECK(sink.warnings.size() == 2);
}

TEST_CASE("for_each_article hands over articles one at a time, in input order") {
  RecordingSink sink;
  std::vector<std::string> ids;
  irkg::text::for_each_article(
      "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n", "two.jsonl", sink,
      [&](irkg::text::Article& article) { ids.push_back(article.id); });
  CHECK(ids == std::vector<std::string>{"a", "b"});
}

TEST_CASE("read_articles reads a file from disk and throws for a missing one") {
  const auto directory = std::filesystem::temp_directory_path() / "irkg_text_article_test";
  std::filesystem::create_directories(directory);
  const auto path = directory / "visit.txt";
  {
    std::ofstream out(path, std::ios::binary);
    out << "title: Visit\ndate: 2023-05-01\n\nThe president visited Hanoi.\n";
  }
  RecordingSink sink;
  const auto articles = irkg::text::read_articles(path, sink);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].id == "visit");
  CHECK(articles[0].date == PartialDate{2023, 5, 1});
  CHECK(articles[0].origin == path.string());
  std::filesystem::remove_all(directory);
  CHECK_THROWS_AS(irkg::text::read_articles(directory / "missing.txt", sink), irkg::Error);
}

TEST_CASE("every corpus article parses with its title and the date of the index") {
  const std::string root = IRKG_SHARED_DIR "/corpus/articles";
  std::map<std::string, std::string> index_dates;
  for (const auto& row : irkg::split(irkg::read_file(root + "/INDEX.tsv"), '\n')) {
    const auto fields = irkg::split(row, '\t');
    if (fields.size() >= 3 && fields[0] != "file")
      index_dates[fields[0]] = fields[2];
  }
  REQUIRE(index_dates.size() == 235);
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    if (entry.path().extension() != ".txt")
      continue;
    ++files;
    RecordingSink sink;
    const auto articles = irkg::text::read_articles(entry.path(), sink);
    CAPTURE(entry.path().string());
    REQUIRE(articles.size() == 1);
    const auto& article = articles[0];
    CHECK(sink.warnings.empty());
    CHECK_FALSE(article.title.empty());
    CHECK_FALSE(article.url.empty());
    CHECK(article.body.text.size() >= 400);
    const std::string& date = index_dates[entry.path().filename().string()];
    CHECK(article.date.to_string() == (date == "unknown" ? "" : date));
  }
  CHECK(files == 235);
}

TEST_CASE("a Reuters-21578 .sgm file gives one article per record with a body") {
  RecordingSink sink;
  const std::string sgml =
      "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
      "<REUTERS TOPICS=\"YES\" NEWID=\"17\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
      "<TEXT>&#2;\n<TITLE>IRAN WARNS GULF SHIPPING</TITLE>\n<BODY>Iran warned the United "
      "States on Monday.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
      "<REUTERS NEWID=\"18\"><DATE>27-FEB-1987</DATE><TEXT TYPE=\"BRIEF\"><TITLE>NO "
      "BODY</TITLE></TEXT></REUTERS>\n";
  const auto articles = parse_articles(sgml, "reut2-000.sgm", sink);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].id == "reut2-000-17");
  CHECK(articles[0].title == "IRAN WARNS GULF SHIPPING");
  CHECK(articles[0].date.to_string() == "1987-02-26");
  CHECK(articles[0].body.text.find("Iran warned the United States") == 0);
  CHECK(articles[0].body.text.find('\x03') == std::string::npos);
  CHECK(sink.warnings.empty());
}

TEST_CASE("a CSV file with a header row gives one article per row; its title leads the text") {
  RecordingSink sink;
  const std::string csv =
      "label,title,description\n"
      "1,Talks resume,\"Seoul and Tokyo held talks, officials said \"\"today\"\".\"\n"
      "2,Short row\n";
  const auto articles = parse_articles(csv, "news.csv", sink);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].id == "news-2");
  CHECK(articles[0].title == "Talks resume");
  CHECK(articles[0].body.text ==
        "Talks resume.\n\nSeoul and Tokyo held talks, officials said "
        "\"today\".");
  REQUIRE(sink.warnings.size() == 1);
  CHECK(sink.warnings[0].find("fewer fields") != std::string::npos);
  RecordingSink other;
  CHECK(parse_articles("a,b\n1,2\n", "plain.csv", other).empty());
  CHECK(other.warnings.size() == 1);
}
