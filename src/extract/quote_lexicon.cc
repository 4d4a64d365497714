#include "extract/quote_lexicon.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

namespace vigil {
namespace {

#ifndef VIGIL_DATA_DIR
#define VIGIL_DATA_DIR "data"
#endif

// Used only when a data file is missing: the commonest items of each list.
constexpr std::string_view kBuiltinVerbs =
    "say said\ntell told\nadd\nwarn\nurge\nclaim\ndeclare\nvow\nthreaten\ncall\n"
    "write wrote written writing\nstate\nnote\ninsist\ndeny denied denies\nannounce\n"
    "explain\nask\nreply replied replies\ncontinue\n";
constexpr std::string_view kBuiltinRoles =
    "spokesman\nspokeswoman\nspokesperson\nleader\nofficial\nminister\npresident\n"
    "director\nsecretary\ngovernor\ncommander\nchief\nsheikh\nmr\nmrs\nms\ndr\n";
constexpr std::string_view kBuiltinOrgHeads =
    "agency\nministry\ndepartment\noffice\nservice\ncouncil\ninstitute\nuniversity\n"
    "center\ncentre\nparty\ncommittee\ncourt\npolice\nnews\ntimes\npost\n";

// Calls `fn` with the whitespace-separated words of each non-comment line.
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  std::istringstream in{std::string(text)};
  std::string line;
  while (std::getline(in, line)) {
    if (auto hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    std::istringstream words(line);
    std::vector<std::string> items;
    for (std::string w; words >> w;) items.push_back(LowerWord(w));
    if (!items.empty()) fn(items);
  }
}

template <typename WordSet>
void AddRegularForms(const std::string& base, WordSet* out) {
  out->insert(base);
  out->insert(base + "s");
  out->insert(base + "es");
  if (base.back() == 'e') {
    out->insert(base + "d");
    out->insert(base.substr(0, base.size() - 1) + "ing");
  } else {
    out->insert(base + "ed");
    out->insert(base + "ing");
  }
}

std::string ReadFileOr(const std::string& path, std::string_view fallback) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::string(fallback);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::string LowerWord(std::string_view word) {
  std::string s(word);
  auto ends_with = [&s](std::string_view tail) {
    return s.size() > tail.size() &&
           s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
  };
  if (ends_with("\xE2\x80\x99s")) {
    s.resize(s.size() - 4);
  } else if (ends_with("'s")) {
    s.resize(s.size() - 2);
  } else if (ends_with("\xE2\x80\x99")) {
    s.resize(s.size() - 3);
  } else if (ends_with("'") || ends_with(".")) {
    s.pop_back();
  }
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

QuoteLexicon QuoteLexicon::FromText(std::string_view speech_verbs, std::string_view roles,
                                    std::string_view org_heads) {
  QuoteLexicon lex;
  ForEachLine(speech_verbs, [&lex](const std::vector<std::string>& items) {
    if (items[0] == "=") {  // exact forms only: the others are nouns too
      lex.verbs_.insert(items.begin() + 1, items.end());
      return;
    }
    AddRegularForms(items[0], &lex.verbs_);
    lex.verbs_.insert(items.begin() + 1, items.end());
  });
  ForEachLine(roles, [&lex](const std::vector<std::string>& items) {
    lex.roles_.insert(items.begin(), items.end());
  });
  ForEachLine(org_heads, [&lex](const std::vector<std::string>& items) {
    lex.org_heads_.insert(items.begin(), items.end());
  });
  return lex;
}

const QuoteLexicon& QuoteLexicon::Default() {
  static const QuoteLexicon lexicon = [] {
    const char* env = std::getenv("VIGIL_DATA_DIR");
    std::string dir = (env != nullptr && *env != '\0') ? env : VIGIL_DATA_DIR;
    dir += "/lexicon/";
    return FromText(ReadFileOr(dir + "speech_verbs.txt", kBuiltinVerbs),
                    ReadFileOr(dir + "speaker_roles.txt", kBuiltinRoles),
                    ReadFileOr(dir + "org_heads.txt", kBuiltinOrgHeads));
  }();
  return lexicon;
}

}  // namespace vigil
