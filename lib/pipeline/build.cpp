// pipeline/build.cpp - adding inputs to a knowledge base (irkg build)
// SPDX-License-Identifier: MIT
#include "pipeline/build.h"

#include "pipeline/documents.h"
#include "store/sha256.h"
#include "support/file.h"
#include "support/strings.h"

#include <chrono>

std::string irkg::pipeline::extractor_fingerprint(const std::vector<std::string>& lexicons) {
  store::Sha256 hash;
  // The executable carries the extractor's code and its embedded lexicon and patterns.
  try {
    hash.field(read_file("/proc/self/exe"));
  } catch (const Error&) {
    hash.field("irkg");
  }
  for (const std::string& lexicon : lexicons) hash.field(read_file(lexicon));
  return hash.hex();
}

irkg::pipeline::BuildReport irkg::pipeline::build_knowledge_base(
    const std::filesystem::path& kb_path, const std::vector<std::string>& inputs,
    const BuildOptions& options, DiagnosticSink& diagnostics) {
  const auto start = std::chrono::steady_clock::now();
  store::KnowledgeBase kb(kb_path, store::Access::Write, options.open);
  const std::string extractor =
      options.extractor ? *options.extractor : extractor_fingerprint(options.input.lexicons);
  BuildReport report;
  store::Batch batch(kb, options.per_transaction);
  // What this build has seen, by id and by content, so that repeats inside one build are
  // caught before extraction too (the store only knows what was written).
  StringMap<std::string> hash_by_id;
  StringMap<std::string> id_by_hash;
  const auto settings_of = [&](const store::DocumentRecord& document) {
    return document.source == store::DocumentSource::Article ? extractor : std::string();
  };
  const auto accept = [&](const store::DocumentRecord& document) {
    if (const auto it = hash_by_id.find(document.id); it != hash_by_id.end()) {
      if (it->second == document.content_hash) {
        ++report.unchanged;
        return false;
      }
      diagnostics.warning(document.origin, 0,
                          "document id '" + document.id +
                              "' appears twice in this build with different content; the later "
                              "replaces the earlier");
    }
    if (const auto it = id_by_hash.find(document.content_hash);
        it != id_by_hash.end() && it->second != document.id) {
      ++report.duplicates;
      return false;
    }
    const store::Lookup found =
        kb.lookup(document.id, document.content_hash, settings_of(document));
    if (found.state == store::DocumentState::Duplicate) {
      ++report.duplicates;
      return false;
    }
    if (found.state == store::DocumentState::Unchanged) {
      ++report.unchanged;
      return false;
    }
    hash_by_id[document.id] = document.content_hash;
    id_by_hash[document.content_hash] = document.id;
    return true;
  };
  report.read = read_documents(
      inputs, options.input, diagnostics, accept,
      [&](const store::DocumentRecord& document, const std::vector<Relation>& relations) {
        store::DocumentRecord stored = document;
        stored.extractor = settings_of(document);
        switch (batch.put(stored, relations)) {
          case store::DocumentState::New:
            ++report.added;
            report.relations_written += relations.size();
            break;
          case store::DocumentState::Changed:
            ++report.replaced;
            report.relations_written += relations.size();
            break;
          case store::DocumentState::Unchanged:
            ++report.unchanged;
            break;
          case store::DocumentState::Duplicate:
            ++report.duplicates;
            break;
        }
      });
  batch.finish();
  report.totals = kb.counts();
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}
