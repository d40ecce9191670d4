// pipeline/documents.cpp - every input as a stream of documents with their relations, in input
// order SPDX-License-Identifier: MIT
#include "pipeline/documents.h"

#include "io/relations_jsonl.h"
#include "store/sha256.h"
#include "support/file.h"
#include "support/strings.h"

#include <deque>
#include <unordered_map>

namespace fs = std::filesystem;

std::string irkg::pipeline::article_hash(const text::Article& article) {
  return store::Sha256()
      .field(article.title)
      .field(article.date.to_string())
      .field(article.url)
      .field(article.body.text)
      .hex();
}

std::vector<irkg::pipeline::RelationDocument> irkg::pipeline::read_relation_documents(
    std::string_view bytes, const std::string& file, bool skip_bad, DiagnosticSink& diagnostics,
    std::size_t& skipped) {
  std::vector<RelationDocument> documents;
  std::vector<store::Sha256> hashes;
  std::unordered_map<std::string, std::size_t> by_id;
  const std::string stem = fs::path(file).stem().string();
  io::for_each_relation(bytes, file, skip_bad, diagnostics, skipped,
                        [&](Relation& relation, std::string_view line, std::uint64_t number) {
                          if (relation.doc.empty())
                            relation.doc = stem;
                          auto [it, added] = by_id.try_emplace(relation.doc, documents.size());
                          if (added) {
                            RelationDocument document;
                            document.record.id = relation.doc;
                            document.record.source = store::DocumentSource::Relations;
                            document.record.origin = file + ":" + std::to_string(number);
                            documents.push_back(std::move(document));
                            hashes.emplace_back();
                          }
                          hashes[it->second].field(line);
                          documents[it->second].relations.push_back(std::move(relation));
                        });
  for (std::size_t i = 0; i < documents.size(); ++i)
    documents[i].record.content_hash = hashes[i].hex();
  return documents;
}

irkg::pipeline::LoadReport irkg::pipeline::read_documents(const std::vector<std::string>& inputs,
                                                          const InputOptions& options,
                                                          DiagnosticSink& diagnostics,
                                                          const DocumentFilter& accept,
                                                          const DocumentSink& sink) {
  LoadReport report;
  // The filter sees each article before extraction and the sink after it, in the same order:
  // the records the filter accepted wait here, so the content is hashed once.
  std::deque<store::DocumentRecord> accepted;
  ArticleBatcher articles(
      {options.jobs, options.lexicons, options.progress},
      [&](const text::Article&, std::vector<Relation>& relations) {
        ++report.articles;
        report.relations += relations.size();
        sink(accepted.front(), relations);
        accepted.pop_front();
      },
      [&](const text::Article& article) {
        store::DocumentRecord record;
        record.id = article.id;
        record.url = article.url;
        record.title = article.title;
        record.date = article.date;
        record.origin = article.origin;
        record.content_hash = article_hash(article);
        if (accept && !accept(record))
          return false;
        accepted.push_back(std::move(record));
        return true;
      });
  for (const fs::path& path : expand_inputs(inputs)) {
    const std::string name = path == "-" ? std::string("<stdin>") : path.string();
    std::string bytes = read_input(path);
    ++report.files;
    if (!io::looks_like_relations(bytes)) {
      // The article reader repairs UTF-8 and warns itself.
      articles.add(bytes, path == "-" ? std::string("stdin.txt") : name, diagnostics);
      continue;
    }
    if (!is_valid_utf8(bytes)) {
      std::size_t replaced = 0;
      bytes = repair_utf8(bytes, &replaced);
      diagnostics.warning(
          name, 0, "invalid UTF-8: " + std::to_string(replaced) + " byte(s) replaced by U+FFFD");
    }
    ++report.relation_files;
    // Articles read before this file go first, so that documents arrive in input order.
    articles.flush();
    for (auto& document :
         read_relation_documents(bytes, name, options.skip_bad, diagnostics, report.skipped)) {
      report.relations += document.relations.size();
      if (!accept || accept(document.record))
        sink(document.record, document.relations);
    }
  }
  articles.finish();
  return report;
}
