// extract/sentence_coder.cpp - the two passes over a sentence: tokens, lexicon matches, dates
// SPDX-License-Identifier: MIT
#include "extract/detail/sentence_coder.h"

#include "support/strings.h"
#include "text/tokens.h"

#include <algorithm>
#include <set>

namespace irkg::extract::detail {

void SentenceCoder::prescan(std::string_view text, Scan& scan) {
  tokenize(text, false);
  scan.match_length.assign(words_.size(), kUnknown);
  scan.match_refs.assign(words_.size(), {});
  for (std::size_t i = 0; i < words_.size();) {
    std::span<const NameRef> refs;
    const std::size_t length = lexicon_.match(words_, i, refs);
    scan.match_length[i] = static_cast<std::uint32_t>(length);
    scan.match_refs[i] = refs;
    if (length == 0) {
      ++i;
      continue;
    }
    for (const NameRef& ref : refs) {
      if (ref.context || ref.kind == NameKind::PersonShort)
        continue;
      if (ref.ambiguous && !resolved_here(i, length))
        continue;
      state_.named.insert(lexicon_.entry(ref.entry).id);
    }
    i += length;
  }
  scan.tokens = tokens_;
}

void SentenceCoder::code(std::string_view text, const Scan* scan,
                         std::pair<std::uint32_t, std::uint32_t> span, std::int32_t index,
                         std::vector<irkg::Relation>& out) {
  scan_ = scan;
  if (scan)
    tokens_ = scan->tokens;
  else
    irkg::text::tokenize(text, tokens_);
  tokenize(text, true);
  find_planned_phrases();
  dates_found_ = false;
  sentence_ = index;
  span_ = span;
  evidence_.reset();
  find_mentions(out);
  add_known_offices(out);
  find_relations(out);
  code_by_rules(text, out);
  remember();
}

void SentenceCoder::tokenize(std::string_view text, bool classify) {
  if (!classify)
    irkg::text::tokenize(text, tokens_);
  words_.clear();
  for (const auto& token : tokens_)
    words_.push_back(text.substr(token.begin, token.end - token.begin));
  if (!classify)
    return;
  const std::size_t n = tokens_.size();
  // One lower-case copy of the sentence; each token's form is a view into it.
  lowered_.assign(text);
  for (char& c : lowered_) {
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c + 32);
  }
  lower_.resize(n);
  breaks_.assign(n, false);
  speech_.assign(n, false);
  prep_.assign(n, false);
  conditional_ = kNoRole;
  negation_.assign(n, false);
  starts_planned_.assign(n, false);
  label_verb_.assign(n, false);
  hypothetical_.assign(n, false);
  triggers_.assign(n, nullptr);
  any_speech_ = any_label_verb_ = any_by_ = any_under_ = any_quote_ = any_summit_ = false;
  for (std::size_t t = 0; t < n; ++t) {
    lower_[t] =
        std::string_view(lowered_).substr(tokens_[t].begin, tokens_[t].end - tokens_[t].begin);
    const auto& facts = patterns_.facts(lower_[t]);
    speech_[t] = facts.speech_verb;
    prep_[t] = facts.preposition;
    breaks_[t] = facts.speech_verb || facts.clause_break;
    triggers_[t] = facts.triggers;
    // "provided that 35% of their components are ...": a condition like "if".
    if (conditional_ == kNoRole &&
        (eq(lower_[t], "if") || eq(lower_[t], "unless") || eq(lower_[t], "whether") ||
         ((eq(lower_[t], "provided") || eq(lower_[t], "providing")) && t + 1 < n &&
          tokens_[t + 1].end - tokens_[t + 1].begin == 4 &&
          lowered_.compare(tokens_[t + 1].begin, 4, "that") == 0)))
      conditional_ = t;
    negation_[t] = facts.negation;
    starts_planned_[t] = facts.starts_planned;
    label_verb_[t] = facts.label_verb;
    hypothetical_[t] = facts.hypothetical;
    any_speech_ = any_speech_ || facts.speech_verb;
    any_label_verb_ = any_label_verb_ || facts.label_verb;
    any_by_ = any_by_ || eq(lower_[t], "by");
    any_under_ = any_under_ || eq(lower_[t], "under");
    any_summit_ = any_summit_ || eq(lower_[t], "summit");
    any_quote_ = any_quote_ || words_[t] == "\"";
  }
}

void SentenceCoder::find_planned_phrases() {
  planned_at_.assign(lower_.size(), false);
  for (std::size_t at = 0; at < lower_.size(); ++at) {
    if (!starts_planned_[at])
      continue;
    for (const auto& phrase : patterns_.hypothetical_after) {
      if (lower_[at] != phrase.front() || at + phrase.size() > lower_.size())
        continue;
      bool matches = true;
      for (std::size_t k = 1; k < phrase.size() && matches; ++k)
        matches = lower_[at + k] == phrase[k];
      if (matches) {
        planned_at_[at] = true;
        break;
      }
    }
  }
}

const std::vector<irkg::extract::DateMention>& SentenceCoder::dates() const {
  if (!dates_found_) {
    dates_ = irkg::extract::find_dates(words_, state_.date);
    dates_found_ = true;
  }
  return dates_;
}

irkg::PartialDate SentenceCoder::when(std::size_t near) const {
  const auto& found = dates();
  // A date inside a relative clause after the act dates that clause's own event ("talks with
  // May, ... the coup that nearly toppled his government in 2016").
  const auto in_relative_clause = [&](const irkg::extract::DateMention& d) {
    for (std::size_t t = near + 1; t < d.position && t < lower_.size(); ++t) {
      if (eq(lower_[t], "that") || eq(lower_[t], "which") || eq(lower_[t], "who") ||
          eq(lower_[t], "whom") || eq(lower_[t], "whose"))
        return true;
    }
    return false;
  };
  if (std::none_of(found.begin(), found.end(), in_relative_clause))
    return irkg::extract::nearest_date(found, near, state_.date);
  std::vector<irkg::extract::DateMention> own;
  std::copy_if(found.begin(), found.end(), std::back_inserter(own),
               [&](const auto& d) { return !in_relative_clause(d); });
  return irkg::extract::nearest_date(own, near, state_.date);
}

std::string_view SentenceCoder::evidence() {
  if (!evidence_)
    evidence_ = article_.body.original_span(span_.first, span_.second);
  return *evidence_;
}

}  // namespace irkg::extract::detail
