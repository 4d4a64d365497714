// vigil names compare: the name-variant matcher on two names or a file of pairs.
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "extract/names.h"

namespace vigil::cli {
namespace {

struct NamesArgs {
  std::vector<std::string> names;
  std::string pairs;
  std::string type = "PERSON";
};

EntityType ParseType(const std::string& s) {
  if (s == "PERSON" || s == "person") return EntityType::kPerson;
  if (s == "LOC" || s == "loc") return EntityType::kLoc;
  return EntityType::kOrg;  // ORG, Vessel, Company, ...
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t at = line.find('\t', start);
    out.push_back(
        line.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) break;
    start = at + 1;
  }
  return out;
}

struct Tally {
  int tp = 0, fp = 0, fn = 0, n = 0;
  void Add(bool gold, bool pred) {
    ++n;
    tp += gold && pred;
    fp += !gold && pred;
    fn += gold && !pred;
  }
  void Print(const char* label) const {
    const double p = tp + fp ? double(tp) / (tp + fp) : 1.0;
    const double r = tp + fn ? double(tp) / (tp + fn) : 1.0;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    std::printf("# %-8s pairs %4d  same-precision %.3f  recall %.3f  F1 %.3f\n", label, n,
                p, r, f);
  }
};

int RunPairs(const NamesArgs& args, const NameMatcher& matcher) {
  std::ifstream in(args.pairs);
  if (!in) {
    std::fprintf(stderr, "vigil: cannot read %s\n", args.pairs.c_str());
    return kExitFailure;
  }
  Tally all, arabic;
  bool labelled = false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> cols = SplitTabs(line);
    std::string a, b, type = args.type, gold;
    if (cols.size() >= 4) {
      gold = cols[0];
      type = cols[1];
      a = cols[2];
      b = cols[3];
    } else if (cols.size() >= 2) {
      a = cols[0];
      b = cols[1];
    } else {
      continue;
    }
    const NameMatch m = matcher.Compare(a, b, ParseType(type));
    std::printf("%s\t%.3f\t%s\t%s\t%s\n", NameDecisionName(m.decision), m.score,
                a.c_str(), b.c_str(), m.reason.c_str());
    if (gold == "0" || gold == "1") {
      labelled = true;
      const bool pred = m.decision == NameDecision::kSame;
      all.Add(gold == "1", pred);
      if (IsArabicName(a) || IsArabicName(b)) arabic.Add(gold == "1", pred);
    }
  }
  if (labelled) {
    all.Print("all");
    arabic.Print("arabic");
  }
  return kExitOk;
}

int RunCompare(const NamesArgs& args) {
  const NameMatcher matcher;
  if (!args.pairs.empty()) return RunPairs(args, matcher);
  if (args.names.size() != 2) {
    std::fprintf(stderr, "vigil: names compare needs two names, or --pairs FILE\n");
    return kExitFailure;
  }
  const NameMatch m = matcher.Compare(args.names[0], args.names[1], ParseType(args.type));
  std::printf("%s\t%.3f\t%s\n", NameDecisionName(m.decision), m.score, m.reason.c_str());
  return kExitOk;
}

}  // namespace

void RegisterNames(CLI::App& app, int* exit) {
  auto args = std::make_shared<NamesArgs>();
  CLI::App* cmd =
      app.add_subcommand("names", "Name-variant matching of people and organisations.");
  cmd->require_subcommand(1);
  CLI::App* compare = cmd->add_subcommand(
      "compare",
      "Say whether two names denote one entity: prints 'same', 'different' or 'unsure',\n"
      "a score in [0,1] and the reason (parts aligned, parts that clash).\n"
      "With --pairs FILE: one tab-separated pair a line (the two names in columns 3 and "
      "4\n"
      "after 'same' (0/1) and type, or in the only two columns; '#' lines skipped); "
      "prints\n"
      "one decision a line in input order and, when the file is labelled, the "
      "precision,\n"
      "recall and F1 of 'same' overall and on Arabic-name pairs (Abu, al-, bin/ibn, "
      "Abd).");
  compare->add_option("names", args->names, "two names");
  compare->add_option("--pairs", args->pairs, "TSV file of name pairs");
  compare
      ->add_option("--type", args->type,
                   "PERSON or ORG (for two names or 2-column files)")
      ->capture_default_str();
  compare->callback([args, exit] { *exit = RunCompare(*args); });
}

}  // namespace vigil::cli
