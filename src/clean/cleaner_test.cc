#include "clean/cleaner.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

RawArticle Text(std::string bytes, std::string source = "t.txt") {
  RawArticle a;
  a.meta.source = std::move(source);
  a.bytes = std::move(bytes);
  return a;
}

TEST(CleanerTest, EveryParagraphMapsBackToItsRawBytes) {
  Cleaner cleaner;
  const std::string raw =
      "Police said the blast hit a market on Monday morning.\n\n"
      "Officials said at least nine people were killed in the attack.\n";
  auto doc = cleaner.Clean(Text(raw));
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_FALSE(doc->paragraphs.empty());
  for (const Span& p : doc->paragraphs) {
    const std::string clean = doc->text.substr(p.begin, p.size());
    const size_t raw_begin = doc->offsets.ToRaw(p.begin);
    EXPECT_EQ(raw.substr(raw_begin, clean.size()), clean);
  }
}

TEST(CleanerTest, SentencesLieInsideText) {
  Cleaner cleaner;
  auto doc =
      cleaner.Clean(Text("One sentence here. Another one follows.\nA third line ends."));
  ASSERT_TRUE(doc.ok());
  ASSERT_GE(doc->sentences.size(), 2u);
  for (const Span& s : doc->sentences) {
    ASSERT_LE(s.end, doc->text.size());
    EXPECT_LT(s.begin, s.end);
  }
}

TEST(CleanerTest, RejectsBinaryAndOversizedInput) {
  CleanOptions options;
  options.max_article_bytes = 64;
  Cleaner cleaner(options);
  EXPECT_FALSE(cleaner
                   .Clean(Text(std::string("\x7f"
                                           "ELF\0\0\0",
                                           7)))
                   .ok());
  EXPECT_FALSE(cleaner.Clean(Text(std::string(65, 'a'))).ok());
  EXPECT_EQ(cleaner.Clean(Text(std::string(65, 'a'))).status().code(),
            StatusCode::kInvalidArgument);
}

TEST(CleanerTest, EmptyInputIsRejectedNotCrashed) {
  Cleaner cleaner;
  EXPECT_FALSE(cleaner.Clean(Text("")).ok());
  EXPECT_FALSE(cleaner.Clean(Text(" \n\t\n")).ok());
}

TEST(CleanerTest, BrokenUtf8IsRepairedOtherBytesAreWindows1252) {
  Cleaner cleaner;
  // Mostly UTF-8 (two good sequences, one bad byte): repaired.
  auto doc = cleaner.Clean(
      Text("Caf\xC3\xA9 owner in Li\xC3\xA8ge saw a bad byte \xFF after the attack.\n"));
  ASSERT_TRUE(doc.ok());
  EXPECT_NE(doc->text.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_NE(doc->text.find("Li\xC3\xA8ge"), std::string::npos);
  // No UTF-8 at all: a single-byte charset, windows-1252 when none is given.
  doc = cleaner.Clean(Text("The caf\xE9 in Li\xE8ge was closed after the attack.\n"));
  ASSERT_TRUE(doc.ok());
  EXPECT_NE(doc->text.find("caf\xC3\xA9 in Li\xC3\xA8ge"), std::string::npos);
}

TEST(CleanerTest, SameTextSameHashDifferentTextDifferentHash) {
  Cleaner cleaner;
  auto a = cleaner.Clean(Text("The same story.\n", "a.txt"));
  auto b = cleaner.Clean(Text("The same story.\n", "b.txt"));
  auto c = cleaner.Clean(Text("A different story.\n", "c.txt"));
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_EQ(a->content_hash, b->content_hash);
  EXPECT_NE(a->content_hash, c->content_hash);
}

TEST(CleanerTest, SourceDateWinsAndIsNormalised) {
  Cleaner cleaner;
  RawArticle a = Text("Body text of the article.\n");
  a.meta.published = "2024-01-05T08:30:00Z";
  auto doc = cleaner.Clean(a);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->published, "2024-01-05");
}

}  // namespace
}  // namespace vigil
