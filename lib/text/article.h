// text/article.h - reading news articles from text, Markdown and JSON Lines files
// SPDX-License-Identifier: MIT
#ifndef IRKG_TEXT_ARTICLE_H
#define IRKG_TEXT_ARTICLE_H

#include "model/model.h"
#include "support/error.h"
#include "text/normalize.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irkg::text {

/// One input document, its body already normalised.
struct Article {
  std::string id;       ///< file name without extension, or the JSON "id"
  std::string url;      ///< from "url:" or "source:" header
  std::string title;    ///< from "title:" (normalised, trimmed); "" when there is none
  PartialDate date;     ///< from "date:" header; unknown when absent, "unknown" or unparseable
  std::string origin;   ///< file path (and ":line" for JSON Lines inputs) for messages
  NormalizedText body;  ///< normalised text of the body (after the header block)
};

/// Reads one input file: .txt/.md/no extension = one article (optional leading header lines
/// `url:`/`source:`/`title:`/`date:` then a blank line; a file without them is all body),
/// .jsonl/.json = one article per line {"id","title","date","text", optional "url"} (a
/// malformed line → warning naming file:line, skipped; a line without "text" → warning,
/// skipped; missing id → "<file stem>-<line>"), .sgm/.sgml = Reuters-21578 SGML (one article per
/// <REUTERS> record with a <BODY>: id "<file stem>-<NEWID>", <TITLE>, <DATE>), .csv = a header
/// row naming a text/body/description/content column and optional id/title/date/url columns
/// (one article per row; the title is coded as the text's first sentence).
///
/// Invalid UTF-8 is replaced by U+FFFD with ONE warning per file. Binary files (NUL bytes in the
/// first 8 KiB, or mostly non-text) → warning "binary file skipped", returns empty. Empty file →
/// returns empty. Linear in the input size, also for one 100 MB line. Warnings go to
/// \p diagnostics. "-" means standard input (id "stdin"; read as JSON Lines when it starts with
/// "{"). Dates are accepted as "2024-11-07", "2024-11", "2024", "2024-11-07T10:00:00Z",
/// "2024-11-07 10:00", "2024/11/07", "7 Nov 2024", "November 7, 2024", "26-FEB-1987 15:01:01";
/// anything else gives an unknown date and a warning ("unknown" or empty: no warning). A header
/// line may also be `id:`, which overrides the file stem. A `.json` file holding one array of
/// article objects, or one object, is accepted too.
///
/// Throws irkg::Error (Io) when the file cannot be read.
std::vector<Article> read_articles(const std::filesystem::path& path, DiagnosticSink& diagnostics);

/// Same, from bytes already in memory (name used for ids/messages; extension of name decides
/// the format).
std::vector<Article> parse_articles(std::string_view bytes, const std::string& name,
                                    DiagnosticSink& diagnostics);

/// Same as parse_articles(), handing each article to \p visit as soon as it is parsed, so that
/// a caller can bound its memory on huge inputs. An article body over 8 MB is handed over in
/// parts of at most 8 MB (ids "<id>#1", "<id>#2", ...), cut at paragraph or sentence ends, with
/// one warning.
void for_each_article(std::string_view bytes, const std::string& name, DiagnosticSink& diagnostics,
                      const std::function<void(Article&)>& visit);

/// Parses a header or JSON date as described for read_articles(); nullopt when unparseable.
/// "", "unknown" and "n/a" give an unknown date.
std::optional<PartialDate> parse_article_date(std::string_view text);

}  // namespace irkg::text

#endif  // IRKG_TEXT_ARTICLE_H
