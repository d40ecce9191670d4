// text/article.cpp - reading news articles from text, Markdown and JSON Lines files
// SPDX-License-Identifier: MIT
#include "text/article.h"

#include "support/file.h"
#include "support/json_fields.h"
#include "support/strings.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <functional>

namespace {

namespace fs = std::filesystem;
using irkg::DiagnosticSink;
using irkg::PartialDate;
using irkg::text::Article;

enum class Format { Text, JsonLines, Json, ReutersSgml, Csv };

Format format_of(const std::string& name) {
  const std::string extension = irkg::ascii_lower(fs::path(name).extension().string());
  if (extension == ".jsonl" || extension == ".ndjson")
    return Format::JsonLines;
  if (extension == ".json")
    return Format::Json;
  if (extension == ".sgm" || extension == ".sgml")
    return Format::ReutersSgml;
  if (extension == ".csv")
    return Format::Csv;
  return Format::Text;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// NUL bytes in the first 8 KiB, or more than 30% control bytes and invalid UTF-8 there.
bool looks_binary(std::string_view bytes) {
  constexpr std::size_t kSample = 8192;
  const std::string_view sample = bytes.substr(0, kSample);
  if (sample.find('\0') != std::string_view::npos)
    return true;
  std::size_t suspicious = 0;
  for (std::size_t pos = 0; pos < sample.size();) {
    const auto c = static_cast<unsigned char>(sample[pos]);
    if (c < 0x80) {
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F)
        ++suspicious;
      ++pos;
      continue;
    }
    const std::size_t before = pos;
    if (irkg::decode_utf8(sample, pos) == 0xFFFD && pos - before == 1)
      ++suspicious;
  }
  return suspicious * 10 > sample.size() * 3;
}

std::string normalized_line(std::string_view text) {
  return std::string(irkg::trim(irkg::text::normalize(text).text));
}

// Sets the article's date from \p value, warning when it cannot be parsed.
void set_date(Article& article, std::string_view value, const std::string& file, std::uint64_t line,
              DiagnosticSink& diagnostics) {
  if (auto date = irkg::text::parse_article_date(value)) {
    article.date = *date;
    return;
  }
  diagnostics.warning(
      file, line,
      "unparseable date '" + std::string(irkg::trim(value).substr(0, 40)) + "', date left unknown");
}

bool is_blank_line(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// One article: optional header lines, a blank line, then the body.
using Visit = std::function<void(Article&)>;

// A body longer than this is coded in parts of at most this size, cut at a paragraph or
// sentence end, so that memory stays proportional to the part, not to the file.
constexpr std::size_t kMaxArticleBytes = 8u << 20;

// Where to cut \p body at most \p limit bytes in: after the last paragraph break, else the last
// sentence end, else the last space, else (one huge word) at the limit on a UTF-8 boundary.
std::size_t cut_point(std::string_view body, std::size_t limit) {
  const std::string_view head = body.substr(0, limit);
  for (const std::string_view mark : {"\n\n", ". ", "\n", " "}) {
    const std::size_t at = head.rfind(mark);
    if (at != std::string_view::npos && at > limit / 2)
      return at + mark.size();
  }
  std::size_t at = limit;
  while (at > 0 && (static_cast<unsigned char>(body[at]) & 0xC0) == 0x80) --at;
  return at;
}

// Normalises \p body into \p article and visits it, in parts when it is oversized.
void visit_body(Article& article, std::string_view body, const std::string& name,
                DiagnosticSink& diagnostics, const Visit& visit) {
  if (body.size() <= kMaxArticleBytes) {
    article.body = irkg::text::normalize(body);
    visit(article);
    return;
  }
  std::size_t parts = 0;
  const std::string id = article.id;
  const std::size_t megabytes = (body.size() + (1u << 20) - 1) >> 20;
  while (!body.empty()) {
    const std::size_t cut =
        body.size() <= kMaxArticleBytes ? body.size() : cut_point(body, kMaxArticleBytes);
    Article part = article;
    part.id = id + "#" + std::to_string(++parts);
    part.body = irkg::text::normalize(body.substr(0, cut));
    visit(part);
    body.remove_prefix(cut);
  }
  diagnostics.warning(name, 0,
                      "article '" + id + "' has " + std::to_string(megabytes) +
                          " MB of text, too long for one news article: coded in " +
                          std::to_string(parts) + " parts of at most " +
                          std::to_string(kMaxArticleBytes >> 20) + " MB (ids " + id + "#1 to " +
                          id + "#" + std::to_string(parts) + ")");
}

void parse_text(std::string_view bytes, const std::string& name, const std::string& stem,
                DiagnosticSink& diagnostics, const Visit& visit) {
  Article article;
  article.id = stem;
  article.origin = name;
  std::string source;
  std::string_view date;
  std::uint64_t date_line = 0;
  std::size_t headers = 0;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    std::size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos)
      eol = bytes.size();
    std::string_view line = bytes.substr(pos, eol - pos);
    if (!line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon > 8)
      break;
    const std::string key = irkg::ascii_lower(line.substr(0, colon));
    const std::string_view value = irkg::trim(line.substr(colon + 1));
    if (key == "url") {
      article.url = value;
    } else if (key == "source") {
      source = value;
    } else if (key == "title") {
      article.title = normalized_line(value);
    } else if (key == "date") {
      date = value;
      date_line = headers + 1;
    } else if (key == "id") {
      if (!value.empty())
        article.id = value;
    } else {
      break;
    }
    ++headers;
    pos = std::min(eol + 1, bytes.size());
  }
  std::size_t body = 0;
  if (headers > 0) {
    std::size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos)
      eol = bytes.size();
    if (pos >= bytes.size()) {
      body = bytes.size();
    } else if (is_blank_line(bytes.substr(pos, eol - pos))) {
      body = std::min(eol + 1, bytes.size());
    } else if (headers >= 2) {
      body = pos;
    } else {
      headers = 0;  // a lone "Source: ..." line without a blank line is body text
    }
  }
  if (headers == 0) {
    if (irkg::trim(bytes).empty())
      return;
    article = Article{};
    article.id = stem;
    article.origin = name;
  } else {
    if (article.url.empty())
      article.url = std::move(source);
    if (date_line > 0)
      set_date(article, date, name, date_line, diagnostics);
  }
  visit_body(article, bytes.substr(body), name, diagnostics, visit);
}

// Builds an article from one JSON object; false (with a warning) when it has no "text".
bool article_from_json(const rapidjson::Value& object, const std::string& name, std::uint64_t line,
                       const std::string& fallback_id, DiagnosticSink& diagnostics,
                       const Visit& visit) {
  if (!object.IsObject()) {
    diagnostics.warning(name, line, "not a JSON object, skipped");
    return false;
  }
  const auto text = object.FindMember("text");
  if (text == object.MemberEnd() || !text->value.IsString()) {
    diagnostics.warning(name, line, "no \"text\" string, skipped");
    return false;
  }
  Article article;
  const auto id = object.FindMember("id");
  if (id != object.MemberEnd() && id->value.IsString() && id->value.GetStringLength() > 0) {
    article.id.assign(id->value.GetString(), id->value.GetStringLength());
  } else if (id != object.MemberEnd() && id->value.IsInt64()) {
    article.id = std::to_string(id->value.GetInt64());
  } else if (id != object.MemberEnd() && id->value.IsUint64()) {
    article.id = std::to_string(id->value.GetUint64());
  } else {
    article.id = fallback_id;
  }
  article.url = irkg::json_string(object, "url");
  article.title = normalized_line(irkg::json_string(object, "title"));
  article.origin = line > 0 ? name + ":" + std::to_string(line) : name;
  const auto date = object.FindMember("date");
  if (date != object.MemberEnd() && date->value.IsString()) {
    set_date(article, {date->value.GetString(), date->value.GetStringLength()}, name, line,
             diagnostics);
  } else if (date != object.MemberEnd() && !date->value.IsNull()) {
    set_date(article, "(not a string)", name, line, diagnostics);
  }
  visit_body(article, {text->value.GetString(), text->value.GetStringLength()}, name, diagnostics,
             visit);
  return true;
}

void parse_json_lines(std::string_view bytes, const std::string& name, const std::string& stem,
                      DiagnosticSink& diagnostics, const Visit& visit) {
  irkg::for_each_line(bytes, [&](std::string_view line, std::uint64_t line_number) {
    rapidjson::Document document;
    document.Parse(line.data(), line.size());
    if (document.HasParseError()) {
      diagnostics.warning(
          name, line_number,
          std::string("malformed JSON (") + rapidjson::GetParseError_En(document.GetParseError()) +
              " at column " + std::to_string(document.GetErrorOffset() + 1) + "), line skipped");
      return;
    }
    article_from_json(document, name, line_number, stem + "-" + std::to_string(line_number),
                      diagnostics, visit);
  });
}

// A .json file: one array of articles, one article object, or JSON Lines after all.
void parse_json(std::string_view bytes, const std::string& name, const std::string& stem,
                DiagnosticSink& diagnostics, const Visit& visit) {
  rapidjson::Document document;
  document.Parse(bytes.data(), bytes.size());
  if (document.HasParseError()) {
    parse_json_lines(bytes, name, stem, diagnostics, visit);
    return;
  }
  if (document.IsArray()) {
    std::uint64_t index = 0;
    for (const auto& element : document.GetArray()) {
      ++index;
      article_from_json(element, name + "[" + std::to_string(index) + "]", 0,
                        stem + "-" + std::to_string(index), diagnostics, visit);
    }
    return;
  }
  article_from_json(document, name, 0, stem, diagnostics, visit);
}

// The text between <tag> and </tag> inside \p record, or "" when absent.
std::string_view sgml_element(std::string_view record, std::string_view tag) {
  const std::string open = "<" + std::string(tag) + ">";
  const std::string close = "</" + std::string(tag) + ">";
  const std::size_t begin = record.find(open);
  if (begin == std::string_view::npos)
    return {};
  const std::size_t from = begin + open.size();
  const std::size_t end = record.find(close, from);
  return record.substr(from, end == std::string_view::npos ? record.size() - from : end - from);
}

// Removes SGML numeric character references of control characters ("&#3;", "&#2;"): they mark
// record boundaries in newswire feeds, not text.
std::string without_control_references(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&' && i + 2 < text.size() && text[i + 1] == '#') {
      std::size_t j = i + 2;
      int code = 0;
      while (j < text.size() && is_digit(text[j]) && j - i < 6)
        code = code * 10 + (text[j++] - '0');
      if (j < text.size() && text[j] == ';' && j > i + 2 && code < 32) {
        i = j;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

// Reuters-21578 SGML: <REUTERS ... NEWID="n"> records with <DATE>, <TITLE> and <BODY>; one
// article per record with a body, id "<file stem>-<NEWID>".
void parse_reuters_sgml(std::string_view bytes, const std::string& name, const std::string& stem,
                        DiagnosticSink& diagnostics, const Visit& visit) {
  std::size_t records = 0;
  for (std::size_t pos = bytes.find("<REUTERS"); pos != std::string_view::npos;
       pos = bytes.find("<REUTERS", pos + 1)) {
    const std::size_t end = bytes.find("</REUTERS>", pos);
    const std::string_view record =
        bytes.substr(pos, end == std::string_view::npos ? bytes.size() - pos : end - pos);
    ++records;
    const std::string_view body = sgml_element(record, "BODY");
    if (irkg::trim(body).empty())
      continue;
    Article article;
    article.id = stem + "-" + std::to_string(records);
    if (const std::size_t newid = record.find("NEWID=\""); newid != std::string_view::npos) {
      const std::size_t from = newid + 7;
      const std::size_t quote = record.find('"', from);
      if (quote != std::string_view::npos && quote < record.find('>'))
        article.id = stem + "-" + std::string(record.substr(from, quote - from));
    }
    article.origin = name;
    article.title = normalized_line(without_control_references(sgml_element(record, "TITLE")));
    std::string_view date = irkg::trim(sgml_element(record, "DATE"));
    if (const std::size_t fraction = date.rfind('.');
        fraction != std::string_view::npos && fraction > date.rfind(':'))
      date = date.substr(0, fraction);
    if (auto parsed = irkg::text::parse_article_date(date))
      article.date = *parsed;
    const std::string text = without_control_references(body);
    visit_body(article, text, name, diagnostics, visit);
  }
  if (records == 0)
    diagnostics.warning(name, 0, "no <REUTERS> records found in an .sgm file");
}

// Splits one CSV record (RFC 4180: quoted fields, "" for a quote) starting at \p pos; moves
// \p pos past it.
std::vector<std::string> csv_record(std::string_view bytes, std::size_t& pos) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  while (pos < bytes.size()) {
    const char c = bytes[pos++];
    if (quoted) {
      if (c == '"' && pos < bytes.size() && bytes[pos] == '"') {
        fields.back() += '"';
        ++pos;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '\n') {
      break;
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

// CSV with a header row: the article is the "text" (or "body", "description", "content")
// column, with optional "id", "title", "date" and "url" columns.
void parse_csv(std::string_view bytes, const std::string& name, const std::string& stem,
               DiagnosticSink& diagnostics, const Visit& visit) {
  std::size_t pos = 0;
  const auto header = csv_record(bytes, pos);
  const auto column =
      [&](std::initializer_list<std::string_view> names) -> std::optional<std::size_t> {
    for (std::size_t k = 0; k < header.size(); ++k) {
      const std::string key = irkg::ascii_lower(irkg::trim(header[k]));
      for (const std::string_view wanted : names) {
        if (key == wanted)
          return k;
      }
    }
    return std::nullopt;
  };
  const auto text = column({"text", "body", "description", "content", "article"});
  if (!text) {
    diagnostics.warning(name, 1,
                        "a CSV file needs a header row with a text, body, description or content "
                        "column; file skipped");
    return;
  }
  const auto id = column({"id"});
  const auto title = column({"title", "headline"});
  const auto date = column({"date", "published", "time"});
  const auto url = column({"url", "link", "source"});
  std::uint64_t line = 1;
  while (pos < bytes.size()) {
    const auto fields = csv_record(bytes, pos);
    ++line;
    if (fields.size() == 1 && irkg::trim(fields[0]).empty())
      continue;
    if (*text >= fields.size()) {
      diagnostics.warning(name, line, "fewer fields than the header, skipped");
      continue;
    }
    Article article;
    article.id = id && *id < fields.size() && !fields[*id].empty()
                     ? fields[*id]
                     : stem + "-" + std::to_string(line);
    article.origin = name + ":" + std::to_string(line);
    if (title && *title < fields.size())
      article.title = normalized_line(fields[*title]);
    if (url && *url < fields.size())
      article.url = fields[*url];
    if (date && *date < fields.size())
      set_date(article, fields[*date], name, line, diagnostics);
    // A title is the first sentence a reader sees: code it with the text.
    std::string body = fields[*text];
    if (!article.title.empty())
      body = article.title + ".\n\n" + body;
    visit_body(article, body, name, diagnostics, visit);
  }
}

void parse_with_format(std::string_view bytes, const std::string& name, const std::string& stem,
                       Format format, DiagnosticSink& diagnostics, const Visit& visit) {
  if (bytes.empty())
    return;
  if (looks_binary(bytes)) {
    diagnostics.warning(name, 0, "binary file skipped");
    return;
  }
  std::string repaired;
  if (!irkg::is_valid_utf8(bytes)) {
    std::size_t replaced = 0;
    repaired = irkg::repair_utf8(bytes, &replaced);
    diagnostics.warning(name, 0,
                        "invalid UTF-8 replaced by U+FFFD (" + std::to_string(replaced) +
                            (replaced == 1 ? " byte)" : " bytes)"));
    bytes = repaired;
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
    bytes.remove_prefix(3);  // byte order mark
  switch (format) {
    case Format::Text:
      parse_text(bytes, name, stem, diagnostics, visit);
      return;
    case Format::JsonLines:
      parse_json_lines(bytes, name, stem, diagnostics, visit);
      return;
    case Format::Json:
      parse_json(bytes, name, stem, diagnostics, visit);
      return;
    case Format::ReutersSgml:
      parse_reuters_sgml(bytes, name, stem, diagnostics, visit);
      return;
    case Format::Csv:
      parse_csv(bytes, name, stem, diagnostics, visit);
      return;
  }
}

std::string read_standard_input() {
  std::string data;
  std::array<char, 1 << 16> buffer;
  while (true) {
    const std::size_t got = std::fread(buffer.data(), 1, buffer.size(), stdin);
    data.append(buffer.data(), got);
    if (got < buffer.size())
      break;
  }
  if (std::ferror(stdin))
    throw irkg::Error(irkg::ErrorKind::Io, "read error", "stdin");
  return data;
}

// "26", "FEB", "1987" ... : the month, day and year of free-form dates.
std::optional<PartialDate> parse_month_name_date(std::string_view text) {
  static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
  int year = 0;
  int month = 0;
  int day = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    while (pos < text.size() && !std::isalnum(static_cast<unsigned char>(text[pos]))) ++pos;
    std::size_t end = pos;
    while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) ++end;
    const std::string word = irkg::ascii_lower(text.substr(pos, end - pos));
    pos = end;
    if (word.empty())
      break;
    if (is_digit(word[0])) {
      if (!std::all_of(word.begin(), word.end(), is_digit)) {
        const std::string_view suffix = std::string_view(word).substr(word.size() - 2);
        if (word.size() > 4 ||
            (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th")) {
          return std::nullopt;
        }
        if (day == 0)
          day = std::stoi(word);
      } else if (word.size() == 4 && year == 0) {
        year = std::stoi(word);
      } else if (word.size() <= 2 && day == 0) {
        day = std::stoi(word);
      }
    } else if (month == 0 && word.size() >= 3) {
      for (std::size_t m = 0; m < std::size(kMonths); ++m) {
        if (kMonths[m] == word || kMonths[m].substr(0, 3) == word || (m == 8 && word == "sept")) {
          month = static_cast<int>(m) + 1;
        }
      }
    }
    if (year != 0 && month != 0 && day != 0)
      break;
  }
  if (year == 0 || month == 0)
    return std::nullopt;
  std::string iso = std::to_string(year) + (month < 10 ? "-0" : "-") + std::to_string(month);
  if (day != 0)
    iso += (day < 10 ? "-0" : "-") + std::to_string(day);
  return PartialDate::parse(iso);
}

}  // namespace

std::optional<PartialDate> irkg::text::parse_article_date(std::string_view text) {
  text = irkg::trim(text);
  const std::string lower = irkg::ascii_lower(text);
  if (lower.empty() || lower == "unknown" || lower == "n/a")
    return PartialDate{};
  if (auto date = PartialDate::parse(text))
    return date;
  std::string head(text.substr(0, text.find_first_of("T ")));
  if (head.size() == 10 && head[4] == '/' && head[7] == '/')
    head[4] = head[7] = '-';
  if (head.size() >= 4 && is_digit(head[0]) && is_digit(head[3])) {
    if (auto date = PartialDate::parse(head))
      return date;
  }
  return parse_month_name_date(text);
}

void irkg::text::for_each_article(std::string_view bytes, const std::string& name,
                                  DiagnosticSink& diagnostics,
                                  const std::function<void(Article&)>& visit) {
  parse_with_format(bytes, name, fs::path(name).stem().string(), format_of(name), diagnostics,
                    visit);
}

std::vector<Article> irkg::text::parse_articles(std::string_view bytes, const std::string& name,
                                                DiagnosticSink& diagnostics) {
  std::vector<Article> articles;
  for_each_article(bytes, name, diagnostics,
                   [&](Article& article) { articles.push_back(std::move(article)); });
  return articles;
}

std::vector<Article> irkg::text::read_articles(const std::filesystem::path& path,
                                               DiagnosticSink& diagnostics) {
  if (path == "-") {
    const std::string bytes = read_standard_input();
    const std::size_t first = bytes.find_first_not_of(" \t\r\n");
    const Format format =
        first != std::string::npos && bytes[first] == '{' ? Format::JsonLines : Format::Text;
    std::vector<Article> articles;
    parse_with_format(bytes, "stdin", "stdin", format, diagnostics,
                      [&](Article& article) { articles.push_back(std::move(article)); });
    return articles;
  }
  const std::string bytes = irkg::read_file(path);
  return parse_articles(bytes, path.string(), diagnostics);
}
