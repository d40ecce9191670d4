// irkg-train - trains the syntax model (tagger, lemmatiser, parser) on UD treebanks, or scores one
// SPDX-License-Identifier: MIT
//
//   irkg-train --train A.conllu[,B.conllu] --dev X.conllu[,Y] --out MODEL
//              [--seed N] [--tagger-epochs N] [--parser-epochs N] [--folds K] [--jobs N]
//              [--clusters DIR[,DIR]] [--clusters-cache FILE]
//   irkg-train --evaluate MODEL GOLD.conllu
#include "support/error.h"
#include "support/file.h"

#include "syntax/analyzer.h"
#include "syntax/clusters.h"
#include "syntax/conllu.h"
#include "syntax/evaluate.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace irkg::syntax;
using Clock = std::chrono::steady_clock;

constexpr const char* usage =
    "usage: irkg-train --train A.conllu[,B.conllu] --dev X.conllu[,Y] --out MODEL\n"
    "                  [--seed N] [--tagger-epochs N] [--parser-epochs N] [--folds K] [--jobs N]\n"
    "                  [--limit N] [--parser-only] [--clusters DIR[,DIR]] [--clusters-cache FILE]\n"
    "       irkg-train --evaluate MODEL|builtin GOLD.conllu[,GOLD2.conllu]\n";

double since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<std::string> split_commas(const std::string& list) {
  std::vector<std::string> parts;
  std::stringstream in(list);
  for (std::string part; std::getline(in, part, ',');)
    if (!part.empty())
      parts.push_back(part);
  return parts;
}

std::vector<Sentence> read_all(const std::string& list) {
  std::vector<Sentence> all;
  for (const auto& file : split_commas(list)) {
    auto part = read_conllu_file(file);
    std::cerr << file << ": " << part.size() << " sentences\n";
    all.insert(all.end(), std::make_move_iterator(part.begin()),
               std::make_move_iterator(part.end()));
  }
  return all;
}

// What the analyser must predict is cleared, so no gold value can leak into its input.
Sentence blank(const Sentence& gold) {
  Sentence s = gold;
  for (Word& w : s.words) {
    w.lemma.clear();
    w.upos.clear();
    w.xpos.clear();
    w.feats.clear();
    w.head = -1;
    w.deprel.clear();
  }
  return s;
}

// Runs jobs 0..count-1 on at most \p threads threads. Each job writes only its own result, so
// the outcome does not depend on the scheduling.
template <class Job>
void run_parallel(int count, int threads, Job job) {
  std::mutex lock;
  int next = 0;
  std::vector<std::exception_ptr> errors;
  auto worker = [&] {
    for (;;) {
      int mine;
      {
        std::lock_guard guard(lock);
        if (next >= count)
          return;
        mine = next++;
      }
      try {
        job(mine);
      } catch (...) {
        std::lock_guard guard(lock);
        errors.push_back(std::current_exception());
      }
    }
  };
  std::vector<std::thread> pool;
  for (int i = 1; i < std::max(1, std::min(threads, count)); ++i) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  if (!errors.empty())
    std::rethrow_exception(errors.front());
}

void print_scores(const std::string& what, const Scores& s, double seconds) {
  std::cout << std::fixed << std::setprecision(2) << what << ": " << s.words << " words, UPOS "
            << s.percent(s.upos) << ", XPOS " << s.percent(s.xpos) << ", lemma "
            << s.percent(s.lemma) << ", UAS " << s.percent(s.uas) << ", LAS " << s.percent(s.las)
            << " (full labels " << s.percent(s.flas) << "); " << std::setprecision(0)
            << static_cast<double>(s.words) / seconds << " words/s\n";
}

int evaluate_model(const std::string& model_path, const std::string& gold_list) {
  std::optional<Analyzer> owned;
  auto start = Clock::now();
  // "builtin" times the model linked into the binary, as `irkg parse` loads it.
  const Analyzer& analyzer = model_path == "builtin"
                                 ? Analyzer::builtin()
                                 : owned.emplace(Analyzer::load_file(model_path));
  std::cout << std::fixed << std::setprecision(1) << "model " << model_path << " loaded in "
            << since(start) * 1000 << " ms\n";
  for (const auto& file : split_commas(gold_list)) {
    auto gold = read_conllu_file(file);
    std::vector<Sentence> predicted;
    predicted.reserve(gold.size());
    for (const Sentence& s : gold) predicted.push_back(blank(s));
    // Each stage timed on its own, as the benchmark quotes tagging + parsing.
    auto t0 = Clock::now();
    for (Sentence& s : predicted) analyzer.tagger().tag(s);
    double tag_seconds = since(t0);
    t0 = Clock::now();
    for (Sentence& s : predicted) analyzer.lemmatizer().lemmatize(s);
    double lemma_seconds = since(t0);
    t0 = Clock::now();
    for (Sentence& s : predicted) analyzer.parser().parse(s);
    double parse_seconds = since(t0);
    double seconds = tag_seconds + lemma_seconds + parse_seconds;
    auto words = static_cast<double>(evaluate(gold, predicted).words);
    std::cout << std::setprecision(0) << file << ": tagging " << words / tag_seconds
              << " words/s, lemmatising " << words / lemma_seconds << " words/s, parsing "
              << words / parse_seconds << " words/s, tagging + parsing "
              << words / (tag_seconds + parse_seconds) << " words/s\n";
    print_scores(file, evaluate(gold, predicted), seconds);
  }
  return 0;
}

struct TrainArgs {
  std::string train, dev, out;
  std::uint64_t seed = 1;
  int tagger_epochs = TaggerOptions{}.epochs, parser_epochs = 12, folds = 4, jobs = 1;
  std::size_t limit = 0;       // train on the first N sentences only (quick experiments)
  bool parser_only = false;    // gold tags, no model written: for tuning the parser's features
  std::string clusters;        // directories of unlabelled text to learn word classes from
  std::string clusters_cache;  // the learnt classes kept here between runs (tuning only)
};

// Word classes from the unlabelled text under the directories of \p list (Reuters .sgm, CSV and
// .txt files, in sorted path order so the classes never depend on directory order) and from the
// training sentences; read from \p cache instead when it exists, written to it otherwise.
std::optional<WordClusters> learn_clusters(const TrainArgs& args,
                                           const std::vector<Sentence>& train) {
  if (args.clusters.empty())
    return std::nullopt;
  if (!args.clusters_cache.empty() && std::filesystem::exists(args.clusters_cache)) {
    std::string bytes = irkg::read_file(args.clusters_cache);
    BinaryReader in(bytes, args.clusters_cache);
    std::cerr << "word classes read from " << args.clusters_cache << "\n";
    return WordClusters::load(in);
  }
  auto start = Clock::now();
  std::vector<std::string> files;
  for (const auto& dir : split_commas(args.clusters))
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      auto ext = entry.path().extension();
      if (entry.is_regular_file() && (ext == ".sgm" || ext == ".csv" || ext == ".txt"))
        files.push_back(entry.path().string());
    }
  std::sort(files.begin(), files.end());
  WordClusters clusters = WordClusters::learn(files, train, &std::cerr);
  std::cerr << "word classes learnt from " << files.size() << " files in " << since(start)
            << " s\n";
  if (!args.clusters_cache.empty()) {
    BinaryWriter out;
    clusters.save(out);
    std::ofstream(args.clusters_cache, std::ios::binary) << out.bytes();
  }
  return clusters;
}

int train_model(const TrainArgs& args) {
  auto start = Clock::now();
  auto train = read_all(args.train);
  auto dev = args.dev.empty() ? std::vector<Sentence>{} : read_all(args.dev);
  if (train.empty())
    throw irkg::Error(irkg::ErrorKind::Data, "no training sentences");
  if (args.limit > 0 && train.size() > args.limit)
    train.resize(args.limit);
  const std::optional<WordClusters> clusters = learn_clusters(args, train);
  const WordClusters* classes = clusters ? &*clusters : nullptr;
  if (args.parser_only) {
    ParserOptions options;
    options.clusters = classes;
    options.epochs = args.parser_epochs;
    options.seed = args.seed;
    options.log = &std::cerr;
    Parser::train(train, dev, options);
    std::cerr << "parser trained on gold tags in " << since(start) << " s\n";
    return 0;
  }

  // Jackknifing: the parser learns from tags predicted by taggers that did not see the
  // sentence, so it trains on the tagging errors it will meet. Fold f holds every folds-th
  // sentence from f, the same split for the same data. Job `folds` is the shipped tagger.
  const int folds = std::max(0, args.folds);
  std::vector<std::optional<Tagger>> taggers(static_cast<std::size_t>(folds) + 1);
  std::vector<std::string> logs(taggers.size());
  auto tstart = Clock::now();
  run_parallel(folds + 1, args.jobs, [&](int job) {
    TaggerOptions options;
    options.epochs = args.tagger_epochs;
    options.seed = args.seed + static_cast<std::uint64_t>(job);
    options.clusters = classes;
    std::ostringstream log;
    if (job == folds) {
      options.log = &log;
      taggers[static_cast<std::size_t>(job)] = Tagger::train(train, dev, options);
    } else {
      std::vector<Sentence> part;
      for (std::size_t i = 0; i < train.size(); ++i)
        if (static_cast<int>(i % static_cast<std::size_t>(folds)) != job)
          part.push_back(train[i]);
      taggers[static_cast<std::size_t>(job)] = Tagger::train(part, {}, options);
    }
    logs[static_cast<std::size_t>(job)] = log.str();
  });
  std::cerr << logs.back() << "taggers trained in " << since(tstart) << " s\n";

  auto lstart = Clock::now();
  Lemmatizer lemmatizer = Lemmatizer::train(train, classes);
  std::cerr << "lemmatiser trained in " << since(lstart) << " s\n";

  // The parser's training and dev data, tagged and lemmatised as the analyser will.
  std::vector<Sentence> parser_train = train;
  for (std::size_t i = 0; i < parser_train.size(); ++i) {
    if (folds == 0)
      continue;
    Sentence& s = parser_train[i];
    Sentence tagged = blank(s);
    taggers[i % static_cast<std::size_t>(folds)]->tag(tagged);
    lemmatizer.lemmatize(tagged);
    for (std::size_t w = 0; w < s.size(); ++w) {
      s.words[w].upos = tagged.words[w].upos;
      s.words[w].xpos = tagged.words[w].xpos;
      s.words[w].lemma = tagged.words[w].lemma;
    }
  }
  const Tagger& tagger = *taggers.back();
  std::vector<Sentence> parser_dev = dev;
  for (Sentence& s : parser_dev) {
    Sentence tagged = blank(s);
    tagger.tag(tagged);
    lemmatizer.lemmatize(tagged);
    for (std::size_t w = 0; w < s.size(); ++w) {
      s.words[w].upos = tagged.words[w].upos;
      s.words[w].xpos = tagged.words[w].xpos;
      s.words[w].lemma = tagged.words[w].lemma;
    }
  }

  ParserOptions options;
  options.epochs = args.parser_epochs;
  options.seed = args.seed;
  options.log = &std::cerr;
  options.clusters = classes;
  auto pstart = Clock::now();
  Parser parser = Parser::train(parser_train, parser_dev, options);
  std::cerr << "parser trained in " << since(pstart) << " s\n";

  Analyzer analyzer(std::move(*taggers.back()), std::move(lemmatizer), std::move(parser));
  std::string bytes = analyzer.save();
  irkg::AtomicFile out(args.out);
  out.stream().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.commit();
  std::cerr << "wrote " << args.out << " (" << bytes.size() << " bytes) in " << since(start)
            << " s\n";

  if (!dev.empty()) {
    std::vector<Sentence> predicted;
    for (const Sentence& s : dev) predicted.push_back(blank(s));
    auto t0 = Clock::now();
    for (Sentence& s : predicted) analyzer.analyse(s);
    std::cerr.flush();
    print_scores("dev", evaluate(dev, predicted), since(t0));
  }
  return 0;
}

int to_int(const std::string& text, const std::string& option) {
  try {
    std::size_t used = 0;
    long value = std::stol(text, &used);
    if (used == text.size() && value >= 0 && value < 1000000)
      return static_cast<int>(value);
  } catch (const std::exception&) {
  }
  throw irkg::Error(irkg::ErrorKind::Usage, option + " needs a number, not '" + text + "'");
}

int run(const std::vector<std::string>& argv) {
  TrainArgs args;
  auto value = [&](std::size_t& i) -> const std::string& {
    if (i + 1 >= argv.size())
      throw irkg::Error(irkg::ErrorKind::Usage, argv[i] + " needs a value");
    return argv[++i];
  };
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a == "--evaluate") {
      if (i + 2 >= argv.size())
        throw irkg::Error(irkg::ErrorKind::Usage, "--evaluate needs MODEL and GOLD");
      return evaluate_model(argv[i + 1], argv[i + 2]);
    }
    if (a == "--train")
      args.train = value(i);
    else if (a == "--dev")
      args.dev = value(i);
    else if (a == "--out")
      args.out = value(i);
    else if (a == "--seed")
      args.seed = static_cast<std::uint64_t>(to_int(value(i), a));
    else if (a == "--tagger-epochs")
      args.tagger_epochs = to_int(value(i), a);
    else if (a == "--parser-epochs" || a == "--epochs")
      args.parser_epochs = to_int(value(i), a);
    else if (a == "--folds")
      args.folds = to_int(value(i), a);
    else if (a == "--limit")
      args.limit = static_cast<std::size_t>(to_int(value(i), a));
    else if (a == "--clusters")
      args.clusters = value(i);
    else if (a == "--clusters-cache")
      args.clusters_cache = value(i);
    else if (a == "--parser-only")
      args.parser_only = true;
    else if (a == "--jobs")
      args.jobs = std::max(1, to_int(value(i), a));
    else if (a == "--help" || a == "-h") {
      std::cout << usage;
      return 0;
    } else
      throw irkg::Error(irkg::ErrorKind::Usage, "unknown argument '" + a + "'");
  }
  if (args.train.empty() || args.out.empty())
    throw irkg::Error(irkg::ErrorKind::Usage, "--train and --out are needed");
  return train_model(args);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const irkg::Error& e) {
    std::cerr << "irkg-train: " << e.what() << '\n';
    if (e.kind() == irkg::ErrorKind::Usage)
      std::cerr << usage;
    return e.kind() == irkg::ErrorKind::Usage ? 2 : 1;
  } catch (const std::exception& e) {
    std::cerr << "irkg-train: " << e.what() << '\n';
    return 1;
  }
}
