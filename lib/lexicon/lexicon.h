// lexicon/lexicon.h - the actor gazetteer: states, organisations, groups and office-holders
// SPDX-License-Identifier: MIT
//
// irkg_lexicon: actor names compiled into a token trie, people's offices by date.
// Depends on text, model and support.
#ifndef IRKG_LEXICON_LEXICON_H
#define IRKG_LEXICON_LEXICON_H

#include "model/model.h"
#include "support/error.h"
#include "support/strings.h"
#include "support/word_table.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace irkg::lexicon {

/// How a name refers to its actor, which decides when the extractor may use it.
enum class NameKind : std::uint8_t {
  Alias,        ///< a name: "North Korea", "NATO"
  Metonym,      ///< a capital or seat of power: "Pyongyang", "the Kremlin"
  Adjective,    ///< a demonym: "North Korean", "Russians"
  Person,       ///< a person's full name or distinctive surname
  PersonShort,  ///< an ambiguous short form ("Kim"): only after the full name in the article
};

/// An office held over a span of time.
struct Role {
  bool leader = false;  ///< head of state, government or organisation; otherwise an official
  std::string title;    ///< "president", "foreign minister"
  std::string of;       ///< the state, organisation or group id
  PartialDate from;
  PartialDate to;  ///< unknown = still in office
};

/// A state that an entry's names referred to until a date.
struct Predecessor {
  std::string id;
  PartialDate until;  ///< the first day of the successor
};

/// A state's membership of an organisation over a span of time. A state that left and rejoined,
/// or was suspended and readmitted, has one span per stay.
struct Membership {
  std::string state;  ///< alpha-3 of the member state
  PartialDate since;
  PartialDate until;  ///< the last day as a member; unknown = still a member
};

struct Entry {
  std::string id;
  std::string name;
  ActorKind kind = ActorKind::State;
  std::vector<Role> roles;  ///< persons only
  /// States only: the state that the same names meant before a date ("Moscow" in 1987 is
  /// the Soviet Union), latest first.
  std::vector<Predecessor> predecessors;
  /// Organisations only: the member states over time, ordered by state then start.
  std::vector<Membership> members;
};

/// One way a token sequence can refer to an entry.
struct NameRef {
  std::uint32_t entry = 0;
  NameKind kind = NameKind::Alias;
  bool ambiguous = false;     ///< needs supporting context (Georgia, Jordan, Washington)
  std::uint32_t context = 0;  ///< for context aliases: index+1 into context lists, 0 = none
};

/// The compiled lexicon: immutable and safe to share between threads.
class Lexicon {
 public:
  /// Longest name starting at token \p start of \p words (the token texts). Returns the number
  /// of tokens matched (0 for none) and sets \p refs to the candidate readings.
  std::size_t match(std::span<const std::string_view> words, std::size_t start,
                    std::span<const NameRef>& refs) const;

  const Entry& entry(std::uint32_t index) const { return entries_[index]; }
  std::size_t size() const { return entries_.size(); }
  std::optional<std::uint32_t> find(std::string_view id) const;
  /// Ids that must be mentioned in the article for a context alias to apply.
  const std::vector<std::string>& context_requirements(std::uint32_t context) const {
    return contexts_[context - 1];
  }

  /// The role a person holds at \p date (the latest role begun by then; a former leader stays
  /// tied to the state they led). nullptr when the person has no role.
  const Role* role_at(const Entry& person, const PartialDate& date) const;
  /// The role a person holds on \p date itself, nullptr when out of office then.
  const Role* office_on(const Entry& person, const PartialDate& date) const;

  /// The person who held a leader role (or the office \p title, when given) of \p of at \p date.
  std::optional<std::uint32_t> office_holder(std::string_view of, std::string_view title,
                                             const PartialDate& date) const;

  /// The member states of the organisation \p org_id on \p when, sorted and without repeats: a
  /// membership counts when its span overlaps the date's (a state that joined in April 2023 was
  /// a member "in 2023"). An unknown date means the current members, or for a body that no
  /// longer has any (the Warsaw Pact, the G8) its members at its end. Empty for an unknown id
  /// or a body without a member list.
  std::vector<std::string> members_of(std::string_view org_id, const PartialDate& when) const;
  /// Whether \p state was a member of \p org_id on \p when, with members_of()'s reading of dates.
  bool is_member(std::string_view state, std::string_view org_id, const PartialDate& when) const;

  /// The actor of \p entry as the extractor prints it, with country or org at \p date.
  Actor actor(std::uint32_t entry, const PartialDate& date) const;

  std::size_t num_names() const { return names_; }

 private:
  friend class LexiconBuilder;
  // A trie over name words: a node's names, and its edges (node, word) → child in one flat
  // table, looked up for every token by match().
  struct Node {
    std::vector<NameRef> refs;
  };
  std::vector<Node> nodes_{1};
  WordTable edges_;
  std::vector<Entry> entries_;
  StringMap<std::uint32_t> by_id_;
  std::vector<std::vector<std::string>> contexts_;
  StringMap<std::vector<std::uint32_t>> holders_;  // of-id → persons
  std::size_t names_ = 0;
  // One bit per hash of every name's first word: most tokens start no name, and this answers
  // them without a walk through the root's hash table.
  static constexpr std::size_t kFirstWordBits = 1u << 16;
  std::vector<std::uint64_t> first_words_ = std::vector<std::uint64_t>(kFirstWordBits / 64);
};

/// Collects lexicon files, merging entries with the same id, then compiles them.
class LexiconBuilder {
 public:
  /// Adds one lexicon JSON text (docs/lexicon-format.md). Throws irkg::Error (Parse) naming
  /// \p file with every problem found.
  void add_json(std::string_view json, const std::string& file);
  /// Compiles; the builder is left empty.
  std::shared_ptr<const Lexicon> build();

 private:
  struct Pending {
    Entry entry;
    std::vector<std::pair<std::string, NameKind>> names;
    std::vector<std::string> ambiguous;
    std::vector<std::pair<std::string, std::vector<std::string>>> context_aliases;
  };
  std::vector<Pending> pending_;
  std::unordered_map<std::string, std::size_t> index_;
};

/// The lexicon shipped in the binary plus the user's extra files (read from disk).
std::shared_ptr<const Lexicon> load_lexicon(const std::vector<std::string>& extra_files);

}  // namespace irkg::lexicon

#endif  // IRKG_LEXICON_LEXICON_H
