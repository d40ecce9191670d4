// lexicon/lexicon_test.cpp - tests for lib/lexicon/lexicon.cpp: the built-in actor data, dated
// roles, predecessor states, user lexicons, and how ambiguous names behave in extraction
// SPDX-License-Identifier: MIT
#include "lexicon/lexicon.h"

#include "extract/fixture.h"
#include "model/model.h"
#include "support/error.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

using irkg::Error;
using irkg::ErrorKind;
using irkg::PartialDate;
using irkg::lexicon::Lexicon;
using irkg::lexicon::LexiconBuilder;
using irkg::lexicon::NameKind;
using irkg::lexicon::NameRef;
using irkg::testing::builtin_lexicon;
using irkg::testing::dump;
using irkg::testing::has;
using irkg::testing::has_any;
using irkg::testing::mentions;
using irkg::testing::relations;

namespace {

constexpr const char* kDate = "2018-03-01";

const Lexicon& lex() {
  return *builtin_lexicon();
}

std::uint32_t index_of(std::string_view id) {
  const auto index = lex().find(id);
  REQUIRE_MESSAGE(index.has_value(), "no lexicon entry ", id);
  return *index;
}

// The id of the person holding \p title of \p of at \p date, "" for nobody.
std::string holder(std::string_view of, std::string_view title, const PartialDate& date) {
  const auto person = lex().office_holder(of, title, date);
  return person ? lex().entry(*person).id : std::string();
}

// The ids the longest name at the start of \p words may refer to, and the match length.
struct Match {
  std::size_t length = 0;
  std::vector<NameRef> refs;
};

Match match(const Lexicon& lexicon, std::vector<std::string_view> words) {
  std::span<const NameRef> refs;
  Match result;
  result.length = lexicon.match(words, 0, refs);
  result.refs.assign(refs.begin(), refs.end());
  return result;
}

const NameRef* ref_to(const Match& m, const Lexicon& lexicon, std::string_view id) {
  for (const NameRef& ref : m.refs) {
    if (lexicon.entry(ref.entry).id == id)
      return &ref;
  }
  return nullptr;
}

// A temporary file removed at the end of the test.
struct TempFile {
  std::filesystem::path path;
  explicit TempFile(const std::string& name, std::string_view content)
      : path(std::filesystem::temp_directory_path() /
             ("irkg-lexicon-test-" + std::to_string(::getpid()) + "-" + name)) {
    std::ofstream out(path, std::ios::binary);
    out << content;
  }
  ~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
};

}  // namespace

// --- the built-in data ------------------------------------------------------------------------

TEST_CASE("the built-in lexicon has states, organisations and persons by id") {
  CHECK(lex().size() > 500);
  CHECK(lex().num_names() > lex().size());
  CHECK(lex().entry(index_of("RUS")).kind == irkg::ActorKind::State);
  CHECK(lex().entry(index_of("NATO")).kind == irkg::ActorKind::Organization);
  CHECK(lex().entry(index_of("vladimir-putin")).kind == irkg::ActorKind::Person);
  CHECK(lex().entry(index_of("vladimir-putin")).name == "Vladimir Putin");
  CHECK_FALSE(lex().find("XYZ-NOT-AN-ACTOR").has_value());
}

TEST_CASE("the longest name wins and names are case-sensitive") {
  const Match south = match(lex(), {"South", "Korea", "said"});
  CHECK(south.length == 2);
  CHECK(ref_to(south, lex(), "KOR") != nullptr);
  const Match lower = match(lex(), {"south", "korea"});
  CHECK(lower.length == 0);
  const Match none = match(lex(), {"Diplomats", "met"});
  CHECK(none.length == 0);
  CHECK(none.refs.empty());
}

TEST_CASE("'Turkey' and 'Türkiye' both name TUR; only 'Turkey' needs context") {
  const Match turkey = match(lex(), {"Turkey"});
  const Match turkiye = match(lex(), {"Türkiye"});
  const NameRef* a = ref_to(turkey, lex(), "TUR");
  const NameRef* b = ref_to(turkiye, lex(), "TUR");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK(a->ambiguous);
  CHECK_FALSE(b->ambiguous);

  const auto found = relations("Türkiye criticized Cyprus. Turkey criticized Greece.", kDate);
  INFO(dump(found));
  CHECK(has(found, "TUR", "criticize", "CYP"));
  CHECK(has(found, "TUR", "criticize", "GRC"));
}

TEST_CASE("ambiguous names are marked in the lexicon") {
  for (const char* name : {"Georgia", "Jordan", "Chad", "Washington", "Congo"}) {
    CAPTURE(name);
    const Match m = match(lex(), {name});
    REQUIRE(m.length == 1);
    REQUIRE_FALSE(m.refs.empty());
    for (const NameRef& ref : m.refs) {
      if (lex().entry(ref.entry).kind == irkg::ActorKind::State)
        CHECK(ref.ambiguous);
    }
  }
  const Match kinshasa = match(lex(), {"Kinshasa"});
  const NameRef* cod = ref_to(kinshasa, lex(), "COD");
  REQUIRE(cod != nullptr);
  CHECK(cod->kind == NameKind::Metonym);
  CHECK_FALSE(cod->ambiguous);
}

TEST_CASE("'the North' is a context alias of North Korea requiring a Korea") {
  const Match north = match(lex(), {"North"});
  const NameRef* ref = ref_to(north, lex(), "PRK");
  REQUIRE(ref != nullptr);
  REQUIRE(ref->context != 0);
  const auto& requires_ids = lex().context_requirements(ref->context);
  CHECK(std::find(requires_ids.begin(), requires_ids.end(), "KOR") != requires_ids.end());
}

TEST_CASE("'Kim' alone is a short alias, not a full name of Kim Jong Un") {
  const Match kim = match(lex(), {"Kim", "said"});
  const NameRef* ref = ref_to(kim, lex(), "kim-jong-un");
  REQUIRE(ref != nullptr);
  CHECK(ref->kind == NameKind::PersonShort);
  const Match full = match(lex(), {"Kim", "Jong", "Un"});
  CHECK(full.length == 3);
  const NameRef* full_ref = ref_to(full, lex(), "kim-jong-un");
  REQUIRE(full_ref != nullptr);
  CHECK(full_ref->kind == NameKind::Person);
}

// --- ambiguity in extraction
// ----------------------------------------------------------------------

TEST_CASE("an analyst named Kim is not Kim Jong Un") {
  SUBCASE("Kim alone, with no full name in the article") {
    const auto found =
        relations("On Monday, analyst Dooyoung Kim of a think tank criticized Japan.", kDate);
    INFO(dump(found));
    CHECK_FALSE(mentions(found, "kim-jong-un"));
    CHECK_FALSE(mentions(found, "PRK"));
  }
  SUBCASE("after Kim Jong Un was named in full") {
    const auto found = relations(
        "Kim Jong Un met Moon Jae-in in Panmunjom. On Monday, Dooyoung Kim of a think tank "
        "criticized Japan.",
        kDate);
    INFO(dump(found));
    CHECK_FALSE(has_any(found, "kim-jong-un", "criticize", "JPN"));
  }
  SUBCASE("the short form after the full name is the leader") {
    const auto found = relations(
        "Kim Jong Un inspected a missile base. On Tuesday, Kim threatened South Korea.", kDate);
    INFO(dump(found));
    CHECK(has(found, "kim-jong-un", "threaten", "KOR"));
  }
}

TEST_CASE("Georgia the US state is not the country") {
  const auto found =
      relations("Protesters marched in Atlanta, Georgia, and criticized Russia.", kDate);
  INFO(dump(found));
  CHECK_FALSE(mentions(found, "GEO"));
}

TEST_CASE("Georgia the country is coded once the article names it unambiguously") {
  const auto found = relations(
      "Russia invaded Georgia in 2008. Tbilisi has accused Moscow of occupying its land since.",
      kDate);
  INFO(dump(found));
  CHECK(has(found, "RUS", "attack", "GEO"));
  const auto* invasion = irkg::testing::find(found, "RUS", "attack", "GEO");
  REQUIRE(invasion != nullptr);
  CHECK(invasion->date.to_string() == "2008");
}

TEST_CASE("'Michael Jordan' is a person, not Jordan the state") {
  const auto found =
      relations("Amman recalled its envoy. On Monday, Michael Jordan criticized Israel.", kDate);
  INFO(dump(found));
  CHECK_FALSE(mentions(found, "JOR"));
}

TEST_CASE("Jordan the state is coded when the article names it unambiguously") {
  const auto found =
      relations("Amman recalled its envoy. Jordan criticized Israel on Monday.", kDate);
  INFO(dump(found));
  CHECK(has(found, "JOR", "criticize", "ISR"));
}

TEST_CASE("Chad as a first name is not Chad the state") {
  SUBCASE("at the start of a sentence") {
    const auto found = relations(
        "N'Djamena recalled its envoy. Chad Wilson, a senator, criticized Russia.", kDate);
    INFO(dump(found));
    CHECK_FALSE(mentions(found, "TCD"));
  }
  SUBCASE("inside a sentence") {
    const auto found = relations(
        "N'Djamena recalled its envoy. On Monday, Chad Wilson, a senator, criticized Russia.",
        kDate);
    INFO(dump(found));
    CHECK_FALSE(mentions(found, "TCD"));
  }
}

TEST_CASE("Chad the state is coded with its capital named in the article") {
  const auto found =
      relations("N'Djamena recalled its envoy. Chad criticized Sudan on Monday.", kDate);
  INFO(dump(found));
  CHECK(has(found, "TCD", "criticize", "SDN"));
  CHECK(relations("Chad criticized Sudan on Monday.", kDate).empty());
}

TEST_CASE("Kinshasa and the DRC are COD; Brazzaville and the Republic of Congo are COG") {
  struct Case {
    const char* sentence;
    const char* id;
  };
  const Case cases[] = {
      {"Kinshasa criticized Rwanda.", "COD"},
      {"The Democratic Republic of Congo criticized Rwanda.", "COD"},
      {"Brazzaville criticized Rwanda.", "COG"},
      {"The Republic of Congo criticized Rwanda.", "COG"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    const auto found = relations(c.sentence, kDate);
    INFO(dump(found));
    CHECK(has(found, c.id, "criticize", "RWA"));
    CHECK_FALSE(mentions(found, std::string_view(c.id) == "COD" ? "COG" : "COD"));
  }
}

TEST_CASE("'the North' is North Korea only in an article about Korea") {
  const auto korean = relations("South Korea held drills. The North condemned Seoul.", kDate);
  INFO(dump(korean));
  CHECK(has(korean, "PRK", "criticize", "KOR"));

  const auto elsewhere = relations("Israel said the North attacked Lebanon.", kDate);
  INFO(dump(elsewhere));
  CHECK_FALSE(mentions(elsewhere, "PRK"));
}

TEST_CASE("'Washington' is the US government only when the article names the US") {
  const auto with_context =
      relations("American diplomats left Tehran. Washington imposed sanctions on Iran.", kDate);
  INFO(dump(with_context));
  CHECK(has(with_context, "USA", "sanction", "IRN"));

  const auto alone = relations("Washington imposed sanctions on Iran.", kDate);
  INFO(dump(alone));
  CHECK_FALSE(mentions(alone, "USA"));

  const auto state = relations(
      "The United States is watching. Officials in Washington state criticized China.", kDate);
  INFO(dump(state));
  CHECK_FALSE(has_any(state, "USA", "criticize", "CHN"));
}

// --- dated roles
// ------------------------------------------------------------------------------------

TEST_CASE("the US president at a date is the office-holder of that date") {
  CHECK(holder("USA", "president", PartialDate{2010, 6, 1}) == "barack-obama");
  CHECK(holder("USA", "president", PartialDate{2018, 6, 1}) == "donald-trump");
  CHECK(holder("USA", "president", PartialDate{2022, 6, 1}) == "joe-biden");
  CHECK(holder("USA", "president", PartialDate{2025, 6, 1}) == "donald-trump");
  CHECK(holder("USA", "", PartialDate{2022, 6, 1}) == "joe-biden");
  CHECK(holder("USA", "king", PartialDate{2022, 6, 1}).empty());
  CHECK(holder("XYZ", "president", PartialDate{2022, 6, 1}).empty());
}

TEST_CASE("Trump's role follows the date: president, president-elect, president again") {
  const auto& trump = lex().entry(index_of("donald-trump"));
  const auto title_at = [&](const PartialDate& date) {
    const irkg::lexicon::Role* role = lex().role_at(trump, date);
    REQUIRE(role != nullptr);
    CHECK(role->of == "USA");
    return role->title;
  };
  CHECK(title_at(PartialDate{2018, 3, 1}) == "president");
  CHECK(title_at(PartialDate{2024, 12, 1}) == "president-elect");
  CHECK(title_at(PartialDate{2025, 3, 1}) == "president");
  CHECK(lex().role_at(trump, PartialDate{2018, 3, 1})->leader);
  // Out of office between terms: still tied to the state he led.
  CHECK(lex().actor(index_of("donald-trump"), PartialDate{2022, 6, 1}).country == "USA");
  CHECK(holder("USA", "president-elect", PartialDate{2024, 12, 1}) == "donald-trump");
  CHECK(holder("USA", "president", PartialDate{2024, 12, 1}) == "joe-biden");
}

TEST_CASE("'Trump' in text is the US leader of the article's date") {
  const auto in_2018 = relations("Trump criticized China on Monday.", kDate);
  INFO(dump(in_2018));
  const auto* criticism = irkg::testing::find(in_2018, "donald-trump", "criticize", "CHN");
  REQUIRE(criticism != nullptr);
  CHECK(criticism->source.country == "USA");
  CHECK(criticism->source.kind == irkg::ActorKind::Person);

  const auto elect = relations("President-elect Donald Trump criticized China.", "2024-12-01");
  INFO(dump(elect));
  CHECK(has(elect, "donald-trump", "criticize", "CHN"));
  CHECK_FALSE(mentions(elect, "joe-biden"));

  const auto title_only = relations("The US president criticized China.", "2025-03-01");
  INFO(dump(title_only));
  CHECK(has(title_only, "donald-trump", "criticize", "CHN"));
  CHECK(has(title_only, "donald-trump", "leader_of", "USA"));
}

// --- predecessor states
// -----------------------------------------------------------------------------

TEST_CASE("a state's names mean its predecessor before the successor existed") {
  const auto rus = index_of("RUS");
  CHECK(lex().actor(rus, PartialDate{1987, 3, 1}).id == "SUN");
  CHECK(lex().actor(rus, PartialDate{1991, 12, 25}).id == "SUN");
  CHECK(lex().actor(rus, PartialDate{1991, 12, 26}).id == "RUS");
  CHECK(lex().actor(rus, PartialDate{2024, 3, 1}).id == "RUS");
  CHECK(lex().actor(rus, PartialDate{}).id == "RUS");
  const auto srb = index_of("SRB");
  CHECK(lex().actor(srb, PartialDate{1999, 4, 1}).id == "YUG");
  CHECK(lex().actor(srb, PartialDate{2024, 3, 1}).id == "SRB");
}

TEST_CASE("Moscow and the Kremlin are the Soviet Union in 1987 and Russia in 2024") {
  const auto old = relations("The Kremlin criticized China. Moscow criticized Iran.", "1987-03-01");
  INFO(dump(old));
  CHECK(has(old, "SUN", "criticize", "CHN"));
  CHECK(has(old, "SUN", "criticize", "IRN"));
  CHECK_FALSE(mentions(old, "RUS"));

  const auto recent = relations("The Kremlin criticized China.", "2024-03-01");
  INFO(dump(recent));
  CHECK(has(recent, "RUS", "criticize", "CHN"));
  CHECK_FALSE(mentions(recent, "SUN"));

  const auto undated = relations("The Kremlin criticized China.", "");
  INFO(dump(undated));
  CHECK(has(undated, "RUS", "criticize", "CHN"));
}

TEST_CASE("Belgrade is Yugoslavia in 1999 and Serbia today") {
  const auto war = relations("Belgrade criticized Nato.", "1999-04-01");
  INFO(dump(war));
  CHECK(has(war, "YUG", "criticize", "NATO"));
  const auto today = relations("Belgrade criticized Nato.", "2024-03-01");
  INFO(dump(today));
  CHECK(has(today, "SRB", "criticize", "NATO"));
}

TEST_CASE("a date in the text, not only the article's, decides the predecessor") {
  const auto found = relations("Moscow invaded Afghanistan in 1979.", "2024-03-01");
  INFO(dump(found));
  CHECK(has(found, "SUN", "attack", "AFG"));
}

// --- membership of organisations ------------------------------------------------------------

namespace {

std::vector<std::string> ids(std::initializer_list<const char*> list) {
  return {list.begin(), list.end()};
}

bool contains(const std::vector<std::string>& states, std::string_view state) {
  return std::find(states.begin(), states.end(), state) != states.end();
}

}  // namespace

TEST_CASE("NATO had 19 members in 2000 and 32 in 2024, Finland among them only in 2024") {
  const auto in2000 = lex().members_of("NATO", PartialDate{2000, 6, 1});
  const auto in2024 = lex().members_of("NATO", PartialDate{2024, 6, 1});
  CHECK(in2000.size() == 19);
  CHECK(in2024.size() == 32);
  CHECK(contains(in2000, "POL"));
  CHECK_FALSE(contains(in2000, "FIN"));
  CHECK(contains(in2024, "FIN"));
  CHECK(contains(in2024, "SWE"));
  CHECK(std::is_sorted(in2024.begin(), in2024.end()));
  // Joined on 2023-04-04 and 2024-03-07: the day before is outside, the day itself inside.
  CHECK_FALSE(lex().is_member("FIN", "NATO", PartialDate{2023, 4, 3}));
  CHECK(lex().is_member("FIN", "NATO", PartialDate{2023, 4, 4}));
  CHECK_FALSE(lex().is_member("SWE", "NATO", PartialDate{2023, 12, 31}));
  CHECK(lex().is_member("SWE", "NATO", PartialDate{2024, 3, 7}));
  // West Germany is DEU; East Germany was never a member.
  CHECK(lex().is_member("DEU", "NATO", PartialDate{1980}));
  CHECK_FALSE(lex().is_member("DDR", "NATO", PartialDate{1980}));
}

TEST_CASE("the UK was in the EU in 2019 and until 2020-01-31, not in 2021") {
  CHECK(lex().is_member("GBR", "EU", PartialDate{2019, 6, 23}));
  CHECK(lex().is_member("GBR", "EU", PartialDate{2020, 1, 31}));
  CHECK_FALSE(lex().is_member("GBR", "EU", PartialDate{2020, 2, 1}));
  CHECK_FALSE(lex().is_member("GBR", "EU", PartialDate{2021}));
  CHECK_FALSE(lex().is_member("GBR", "EU", PartialDate{1972}));
  CHECK(lex().members_of("EU", PartialDate{2019, 6, 1}).size() == 28);
  CHECK(lex().members_of("EU", PartialDate{2021, 6, 1}).size() == 27);
  CHECK(lex().members_of("EU", PartialDate{1958, 1, 1}) ==
        ids({"BEL", "DEU", "FRA", "ITA", "LUX", "NLD"}));
}

TEST_CASE("OPEC in 2020 is without Qatar and Ecuador; Angola left at the end of 2023") {
  const auto in2020 = lex().members_of("OPEC", PartialDate{2020, 6, 1});
  CHECK_FALSE(contains(in2020, "QAT"));
  CHECK_FALSE(contains(in2020, "ECU"));
  CHECK(contains(in2020, "SAU"));
  CHECK(lex().is_member("QAT", "OPEC", PartialDate{2018, 6, 1}));
  CHECK(lex().is_member("AGO", "OPEC", PartialDate{2023, 12, 31}));
  CHECK_FALSE(lex().is_member("AGO", "OPEC", PartialDate{2024, 1, 1}));
  CHECK(lex().members_of("OPEC", PartialDate{2024, 6, 1}).size() == 12);
}

TEST_CASE("a suspension is a gap: Syria in the Arab League in 2010 and 2024, not 2015") {
  CHECK(lex().is_member("SYR", "ARAB_LEAGUE", PartialDate{2010}));
  CHECK_FALSE(lex().is_member("SYR", "ARAB_LEAGUE", PartialDate{2015}));
  CHECK(lex().is_member("SYR", "ARAB_LEAGUE", PartialDate{2024}));
  CHECK(lex().members_of("ARAB_LEAGUE", PartialDate{2015}).size() == 21);
  CHECK(lex().members_of("ARAB_LEAGUE", PartialDate{2024}).size() == 22);
}

TEST_CASE("a coarse date counts every member of some day in it") {
  // Finland joined NATO in April 2023, the UK left the EU in January 2020.
  CHECK(lex().is_member("FIN", "NATO", PartialDate{2023}));
  CHECK(lex().is_member("GBR", "EU", PartialDate{2020}));
  CHECK_FALSE(lex().is_member("GBR", "EU", PartialDate{2020, 2}));
}

TEST_CASE("members with an unknown date are today's, or a dissolved body's last") {
  const auto eu = lex().members_of("EU", PartialDate{});
  CHECK(eu.size() == 27);
  CHECK_FALSE(contains(eu, "GBR"));
  CHECK(lex().is_member("FIN", "NATO", PartialDate{}));
  CHECK_FALSE(lex().is_member("QAT", "OPEC", PartialDate{}));
  CHECK(lex().members_of("WARSAW_PACT", PartialDate{}) ==
        ids({"BGR", "CSK", "HUN", "POL", "ROU", "SUN"}));
  CHECK(lex().is_member("RUS", "G8", PartialDate{}));
  CHECK(lex().members_of("G8", PartialDate{2020}).empty());
}

TEST_CASE("members of bodies the spec names: G7, BRICS, ECOWAS, the Security Council's P5") {
  CHECK(lex().members_of("G7", PartialDate{2024}) ==
        ids({"CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"}));
  CHECK(lex().members_of("BRICS", PartialDate{2023, 6, 1}) ==
        ids({"BRA", "CHN", "IND", "RUS", "ZAF"}));
  CHECK(lex().members_of("BRICS", PartialDate{2025, 6, 1}).size() == 10);
  CHECK(lex().is_member("MLI", "ECOWAS", PartialDate{2024}));
  CHECK_FALSE(lex().is_member("MLI", "ECOWAS", PartialDate{2025, 6, 1}));
  CHECK(lex().members_of("UNSC", PartialDate{1980}) == ids({"CHN", "FRA", "GBR", "SUN", "USA"}));
  CHECK(lex().members_of("UNSC", PartialDate{2024}) == ids({"CHN", "FRA", "GBR", "RUS", "USA"}));
}

TEST_CASE("an unknown organisation, or one without a member list, has no members") {
  CHECK(lex().members_of("NOT_AN_ORG", PartialDate{2024}).empty());
  CHECK_FALSE(lex().is_member("USA", "NOT_AN_ORG", PartialDate{2024}));
  CHECK(lex().members_of("ICC", PartialDate{2024}).empty());
  CHECK(lex().members_of("USA", PartialDate{2024}).empty());
}

TEST_CASE("every member in the built-in data is a known state, with spans that do not overlap") {
  std::size_t organisations = 0;
  std::size_t memberships = 0;
  for (std::uint32_t i = 0; i < lex().size(); ++i) {
    const auto& org = lex().entry(i);
    if (org.members.empty())
      continue;
    ++organisations;
    CHECK_MESSAGE(org.kind == irkg::ActorKind::Organization, org.id);
    for (std::size_t k = 0; k < org.members.size(); ++k) {
      const auto& membership = org.members[k];
      ++memberships;
      const auto state = lex().find(membership.state);
      CHECK_MESSAGE(state.has_value(), org.id, ": unknown member ", membership.state);
      if (state)
        CHECK_MESSAGE(lex().entry(*state).kind == irkg::ActorKind::State, org.id, ": ",
                      membership.state, " is not a state");
      CHECK_MESSAGE(membership.since.known(), org.id, ": ", membership.state);
      // A state rejoining starts after its previous span ended.
      if (k > 0 && org.members[k - 1].state == membership.state) {
        const auto& before = org.members[k - 1];
        CHECK_MESSAGE(before.until.known(), org.id, ": ", membership.state, " rejoins while in");
        CHECK_MESSAGE(before.until.last_day() < membership.since.first_day(), org.id, ": ",
                      membership.state, " has overlapping spans");
      }
    }
  }
  CHECK(organisations >= 18);
  CHECK(memberships >= 300);
}

// --- user lexicons
// ----------------------------------------------------------------------------------

TEST_CASE("LexiconBuilder adds a user actor with aliases and merges entries by id") {
  LexiconBuilder builder;
  builder.add_json(R"({"actors": [
      {"id": "ATL", "kind": "state", "name": "Atlantis",
       "aliases": ["Atlantis", "Republic of Atlantis"], "metonyms": ["Poseidonia"],
       "adjectives": ["Atlantean"]}]})",
                   "base.json");
  builder.add_json(R"({"actors": [{"id": "ATL", "aliases": ["Atlantica"]}],
      "persons": [{"id": "ana-marin", "name": "Ana Marin", "aliases": ["Ana Marin"],
        "roles": [{"role": "leader", "title": "president", "of": "ATL", "from": "2019"}]}]})",
                   "extra.json");
  const auto lexicon = builder.build();
  REQUIRE(lexicon->find("ATL").has_value());
  const auto& atlantis = lexicon->entry(*lexicon->find("ATL"));
  CHECK(atlantis.name == "Atlantis");
  CHECK(atlantis.kind == irkg::ActorKind::State);

  const Match long_name = match(*lexicon, {"Republic", "of", "Atlantis", "said"});
  CHECK(long_name.length == 3);
  CHECK(ref_to(long_name, *lexicon, "ATL") != nullptr);
  const Match merged = match(*lexicon, {"Atlantica"});
  CHECK(ref_to(merged, *lexicon, "ATL") != nullptr);
  const Match metonym = match(*lexicon, {"Poseidonia"});
  REQUIRE(ref_to(metonym, *lexicon, "ATL") != nullptr);
  CHECK(ref_to(metonym, *lexicon, "ATL")->kind == NameKind::Metonym);

  const auto president = lexicon->office_holder("ATL", "president", PartialDate{2020, 1, 1});
  REQUIRE(president.has_value());
  CHECK(lexicon->entry(*president).id == "ana-marin");
  CHECK_FALSE(lexicon->office_holder("ATL", "president", PartialDate{2018, 1, 1}).has_value());
  CHECK(lexicon->actor(*president, PartialDate{2020, 1, 1}).country == "ATL");
}

TEST_CASE("a user lexicon file extends the built-in one for extraction") {
  const TempFile file("extra.json", R"({"actors": [
      {"id": "ATL", "kind": "state", "name": "Atlantis", "aliases": ["Atlantis"],
       "metonyms": ["Poseidonia"]}]})");
  const auto lexicon = irkg::lexicon::load_lexicon({file.path.string()});
  REQUIRE(lexicon->find("ATL").has_value());
  REQUIRE(lexicon->find("RUS").has_value());
  CHECK(lexicon->size() == builtin_lexicon()->size() + 1);

  const irkg::extract::Extractor extractor(lexicon);
  irkg::NullDiagnostics diagnostics;
  const auto articles = irkg::text::parse_articles(
      "date: 2018-03-01\n\nRussia attacked Atlantis. Poseidonia condemned Moscow.\n", "a.txt",
      diagnostics);
  REQUIRE(articles.size() == 1);
  const auto found = extractor.extract(articles.front());
  INFO(dump(found));
  CHECK(has(found, "RUS", "attack", "ATL"));
  CHECK(has(found, "ATL", "criticize", "RUS"));
  // The built-in extractor does not know Atlantis.
  CHECK_FALSE(mentions(relations("Russia attacked Atlantis.", kDate), "ATL"));
}

TEST_CASE("malformed lexicon JSON throws a parse error naming the file") {
  LexiconBuilder builder;
  try {
    builder.add_json(R"({"actors": [{"id": "ATL",)", "broken.json");
    FAIL("no exception");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::Parse);
    CHECK(error.file() == "broken.json");
    CHECK(std::string(error.what()).find("broken.json") != std::string::npos);
  }
  CHECK_THROWS_AS(builder.add_json("[1, 2]", "array.json"), Error);
  CHECK_THROWS_AS(builder.add_json(R"({"actors": {"id": "ATL"}})", "object.json"), Error);
  CHECK_THROWS_AS(builder.add_json(R"({"actors": [{"name": "No Id"}]})", "noid.json"), Error);
  CHECK_THROWS_AS(builder.add_json(R"({"actors": [{"id": "ATL", "kind": "planet"}]})", "kind.json"),
                  Error);
}

TEST_CASE("a predecessor without 'until' throws a parse error naming the file and the entry") {
  LexiconBuilder builder;
  try {
    builder.add_json(R"({"actors": [{"id": "ATL", "kind": "state", "aliases": ["Atlantis"],
                                     "predecessors": [{"id": "OLD"}]}]})",
                     "states-extra.json");
    FAIL("no exception");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::Parse);
    CHECK(error.file() == "states-extra.json");
    CHECK(error.message().find("ATL") != std::string::npos);
    CHECK(error.message().find("until") != std::string::npos);
  }
}

TEST_CASE("a predecessor in a user lexicon applies before its 'until' date") {
  LexiconBuilder builder;
  builder.add_json(R"({"actors": [
      {"id": "OLD", "kind": "state", "name": "Old Atlantis"},
      {"id": "ATL", "kind": "state", "name": "Atlantis", "aliases": ["Atlantis"],
       "predecessors": [{"id": "OLD", "until": "2000-01-01"}]}]})",
                   "history.json");
  const auto lexicon = builder.build();
  const auto atl = *lexicon->find("ATL");
  CHECK(lexicon->actor(atl, PartialDate{1999, 12, 31}).id == "OLD");
  CHECK(lexicon->actor(atl, PartialDate{2000, 1, 1}).id == "ATL");
  CHECK(lexicon->actor(atl, PartialDate{}).id == "ATL");
}

TEST_CASE("load_lexicon names a malformed user file in its error") {
  const TempFile file("bad.json", "{\"actors\": [");
  try {
    (void)irkg::lexicon::load_lexicon({file.path.string()});
    FAIL("no exception");
  } catch (const Error& error) {
    CHECK(error.kind() == ErrorKind::Parse);
    CHECK(error.file() == file.path.string());
  }
}

TEST_CASE("a malformed members entry is an error naming the file and the organisation") {
  const auto fails = [](std::string_view members, std::string_view expect) {
    LexiconBuilder builder;
    const std::string json = std::string(R"({"actors": [{"id": "PACT", "kind": "organization",
        "aliases": ["the Pact"], "members": )") +
                             std::string(members) + "}]}";
    try {
      builder.add_json(json, "orgs-extra.json");
      FAIL("no exception for ", members);
    } catch (const Error& error) {
      CHECK(error.kind() == ErrorKind::Parse);
      CHECK(error.file() == "orgs-extra.json");
      CHECK(std::string(error.what()).find("orgs-extra.json") != std::string::npos);
      CHECK_MESSAGE(error.message().find("PACT") != std::string::npos, error.message());
      CHECK_MESSAGE(error.message().find(expect) != std::string::npos, error.message());
    }
  };
  fails(R"({"id": "USA"})", "'members' must be an array");
  fails(R"([{"id": "USA"}])", "'since'");
  fails(R"([{"id": "USA", "since": "2024-13-01"}])", "'since'");
  fails(R"([{"id": "usa", "since": "2024"}])", "alpha-3");
  fails(R"([{"since": "2024"}])", "alpha-3");
  fails(R"(["USA"])", "members[0] is not an object");
  fails(R"([{"id": "USA", "since": "2020"}, {"id": "FRA", "since": "2020", "until": "soon"}])",
        "members[1] (FRA): 'until'");
  fails(R"([{"id": "USA", "since": "2020", "until": "2019-12-31"}])", "before 'since'");

  LexiconBuilder builder;
  CHECK_THROWS_AS(builder.add_json(R"({"actors": [{"id": "ATL", "kind": "state", "aliases":
                                   ["Atlantis"], "members": [{"id": "USA", "since": "2020"}]}]})",
                                   "states-extra.json"),
                  Error);
}

TEST_CASE("a user lexicon adds members to a built-in organisation and merges repeats") {
  LexiconBuilder builder;
  builder.add_json(R"({"actors": [{"id": "PACT", "kind": "organization", "aliases": ["the Pact"],
      "members": [{"id": "USA", "since": "2000"}, {"id": "FRA", "since": "2000-01-01",
                   "until": "2009-12-31"}]}]})",
                   "a.json");
  builder.add_json(R"({"actors": [{"id": "PACT",
      "members": [{"id": "USA", "since": "2000"}, {"id": "FRA", "since": "2015-06"}]}]})",
                   "b.json");
  const auto lexicon = builder.build();
  CHECK(lexicon->entry(*lexicon->find("PACT")).members.size() == 3);
  CHECK(lexicon->members_of("PACT", PartialDate{2005}) == ids({"FRA", "USA"}));
  CHECK(lexicon->members_of("PACT", PartialDate{2012}) == ids({"USA"}));
  CHECK(lexicon->members_of("PACT", PartialDate{2015, 6, 1}) == ids({"FRA", "USA"}));
  CHECK(lexicon->members_of("PACT", PartialDate{}) == ids({"FRA", "USA"}));
}
