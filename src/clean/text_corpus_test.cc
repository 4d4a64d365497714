// Runs TextCleaner over tests/corpus/text/NAME.txt and compares title,
// published date and kept blocks with NAME.expected.txt.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "clean/dates.h"
#include "clean/text_cleaner.h"

namespace vigil {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Expected {
  std::string title;
  std::string published;
  std::vector<std::string> blocks;  // "# " prefix for headings
};

std::string After(const std::string& line, const std::string& key) {
  if (line.rfind(key, 0) != 0) return "";
  std::string v = line.substr(key.size());
  while (!v.empty() && v.front() == ' ') v.erase(0, 1);
  return v;
}

Expected ParseExpected(const std::string& text) {
  Expected e;
  std::istringstream in(text);
  std::string line;
  bool body = false;
  while (std::getline(in, line)) {
    if (body) {
      if (!line.empty()) e.blocks.push_back(line);
    } else if (line == "---") {
      body = true;
    } else if (line.rfind("title:", 0) == 0) {
      e.title = After(line, "title:");
    } else if (line.rfind("published:", 0) == 0) {
      e.published = After(line, "published:");
    }
  }
  return e;
}

std::vector<fs::path> CorpusInputs() {
  std::vector<fs::path> out;
  fs::path dir = fs::path(VIGIL_SOURCE_DIR) / "tests" / "corpus" / "text";
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".txt" && !name.ends_with(".expected.txt")) {
      out.push_back(entry.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(TextCorpusTest, EveryArticleMatchesItsExpectation) {
  std::vector<fs::path> inputs = CorpusInputs();
  ASSERT_GE(inputs.size(), 6u);
  TextCleaner cleaner;
  for (const fs::path& input : inputs) {
    fs::path expected_path = input;
    expected_path.replace_extension(".expected.txt");
    SCOPED_TRACE(input.filename().string());
    ASSERT_TRUE(fs::exists(expected_path));
    Expected want = ParseExpected(ReadFile(expected_path));
    std::string raw = ReadFile(input);
    BodyExtraction got = cleaner.Clean(raw);
    EXPECT_EQ(got.title, want.title);
    EXPECT_EQ(NormalizeDate(got.published), want.published);
    std::vector<std::string> got_blocks;
    for (const TextBlock& b : got.blocks) {
      got_blocks.push_back((b.heading ? "# " : "") + b.text);
      // Offsets point at the block's first and last words in the raw input.
      ASSERT_LT(b.raw_begin, b.raw_end);
      ASSERT_LE(b.raw_end, raw.size());
      std::string_view span(raw.data() + b.raw_begin, b.raw_end - b.raw_begin);
      EXPECT_EQ(span.substr(0, 8), std::string_view(b.text).substr(0, 8));
      EXPECT_EQ(span.back(), b.text.back());
    }
    EXPECT_EQ(got_blocks, want.blocks);
  }
}

}  // namespace
}  // namespace vigil
