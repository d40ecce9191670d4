// syntax/clusters_test.cpp - tests for lib/syntax/clusters.cpp and its use by the lemmatiser
// SPDX-License-Identifier: MIT
#include "syntax/clusters.h"

#include "syntax/lemmatizer.h"
#include <doctest/doctest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using irkg::syntax::BinaryReader;
using irkg::syntax::BinaryWriter;
using irkg::syntax::cluster_key;
using irkg::syntax::Lemmatizer;
using irkg::syntax::Sentence;
using irkg::syntax::Word;
using irkg::syntax::WordClusters;

namespace {

/// A text file of news-like sentences in a fresh temporary directory, removed at the end.
struct Corpus {
  std::filesystem::path dir;
  std::vector<std::string> files;
  Corpus() {
    dir = std::filesystem::temp_directory_path() / "irkg-clusters-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::ofstream out(dir / "a.txt");
    for (int i = 0; i < 5; ++i)
      out << "Russia will invade the country on Monday.\n"
             "China did not invade the island on Tuesday, officials said.\n"
             "The army can't invade 1,000 towns.\n\n";
    files.push_back((dir / "a.txt").string());
  }
  ~Corpus() { std::filesystem::remove_all(dir); }
};

Sentence tagged(std::initializer_list<std::array<const char*, 3>> words) {
  Sentence s;
  for (const auto& [form, xpos, lemma] : words) {
    Word w;
    w.form = form;
    w.upos = "VERB";
    w.xpos = xpos;
    w.lemma = lemma;
    s.words.push_back(w);
  }
  return s;
}

std::string saved(const WordClusters& clusters) {
  BinaryWriter out;
  clusters.save(out);
  return out.bytes();
}

}  // namespace

TEST_CASE("word classes are learnt deterministically and stored losslessly") {
  Corpus corpus;
  std::vector<Sentence> treebank{tagged({{"walked", "VBD", "walk"}})};
  WordClusters clusters = WordClusters::learn(corpus.files, treebank, nullptr);
  CHECK(saved(clusters) == saved(WordClusters::learn(corpus.files, treebank, nullptr)));
  CHECK(clusters.known(cluster_key("invade")));
  CHECK(clusters.known(cluster_key("Invade")));  // keys ignore case
  CHECK(clusters.known(cluster_key("ca")));      // "can't" is split as UD does
  CHECK(clusters.known(cluster_key("n't")));
  CHECK(clusters.find(cluster_key("monday")).left > 0);
  CHECK(clusters.find(cluster_key("zebra")).left == 0);  // never seen: no class
  std::string bytes = saved(clusters);
  BinaryReader in(bytes, "clusters");
  CHECK(saved(WordClusters::load(in)) == bytes);
}

TEST_CASE("an unseen verb's stem that is no word takes the 'e' of a known word") {
  Corpus corpus;
  std::vector<Sentence> treebank{
      tagged({{"walked", "VBD", "walk"}, {"jumped", "VBD", "jump"}, {"played", "VBD", "play"}})};
  WordClusters clusters = WordClusters::learn(corpus.files, treebank, nullptr);
  Sentence s = tagged({{"invaded", "VBD", ""}, {"talked", "VBD", ""}});
  Lemmatizer::train(treebank).lemmatize(s);
  CHECK(s.words[0].lemma == "invad");  // without a vocabulary: the suffix rule alone
  Lemmatizer::train(treebank, &clusters).lemmatize(s);
  CHECK(s.words[0].lemma == "invade");
  CHECK(s.words[1].lemma == "talk");
}
