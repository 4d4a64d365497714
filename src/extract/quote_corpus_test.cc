// Runs every article in tests/corpus/quotes/ (format in its README.md).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/quotes.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Expected {
  std::string speaker;  // "-" for none
  std::string starts;
};

std::vector<Expected> ReadExpected(const fs::path& path) {
  std::vector<Expected> out;
  std::istringstream in(ReadAll(path));
  for (std::string line; std::getline(in, line);) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    out.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return out;
}

fs::path CorpusDir() {
  return fs::path(VIGIL_SOURCE_DIR) / "tests" / "corpus" / "quotes";
}

TEST(QuoteCorpus, EveryArticleGivesItsQuotesAndSpeakers) {
  size_t articles = 0;
  for (const auto& entry : fs::directory_iterator(CorpusDir())) {
    if (entry.path().extension() != ".txt") continue;
    ++articles;
    fs::path expected_path = entry.path();
    expected_path.replace_extension(".quotes.tsv");
    std::vector<Expected> expected = ReadExpected(expected_path);
    Document doc;
    doc.text = ReadAll(entry.path());
    std::vector<Quote> quotes = ExtractQuotes(doc, {});
    std::string name = entry.path().filename().string();
    ASSERT_EQ(quotes.size(), expected.size()) << name;
    for (size_t i = 0; i < quotes.size(); ++i) {
      EXPECT_EQ(quotes[i].text.rfind(expected[i].starts, 0), 0u)
          << name << ": " << quotes[i].text;
      EXPECT_EQ(quotes[i].speaker.value_or("-"), expected[i].speaker)
          << name << ": " << quotes[i].text;
    }
  }
  EXPECT_GE(articles, 3u);
}

}  // namespace
}  // namespace vigil
