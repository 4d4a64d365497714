// Runs the HTML extractor over tests/corpus/html: each NAME.html must give
// exactly the text in NAME.txt (blocks joined by newlines).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "clean/html_extractor.h"

namespace vigil {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string TrimEnd(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

TEST(HtmlCorpusTest, EveryPageGivesItsExpectedText) {
  const std::filesystem::path dir =
      std::filesystem::path(VIGIL_SOURCE_DIR) / "tests" / "corpus" / "html";
  const HtmlExtractor extractor;
  int pages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".html") continue;
    std::filesystem::path expected_path = entry.path();
    expected_path.replace_extension(".txt");
    ASSERT_TRUE(std::filesystem::exists(expected_path)) << expected_path;
    const BodyExtraction b = extractor.Extract(ReadFile(entry.path()));
    std::string text;
    for (const TextBlock& block : b.blocks) text += block.text + "\n";
    EXPECT_EQ(TrimEnd(text), TrimEnd(ReadFile(expected_path))) << entry.path();
    ++pages;
  }
  EXPECT_GE(pages, 3);
}

}  // namespace
}  // namespace vigil
