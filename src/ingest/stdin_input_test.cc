#include "ingest/stdin_input.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace vigil {
namespace {

using testing::CollectSink;
using testing::Gzip;

CollectSink Read(const std::string& data) {
  CollectSink sink;
  ReadSniffed(std::make_unique<StringStream>(data), "stdin", IngestOptions{}, sink);
  return sink;
}

TEST(StdinInputTest, FormatFromTheFirstBytes) {
  EXPECT_EQ(SniffKind("\xEF\xBB\xBF  {\"text\":\"a\"}"), FileKind::kJsonl);
  EXPECT_EQ(SniffKind("WARC/1.0\r\n"), FileKind::kWarc);
  EXPECT_EQ(SniffKind("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"), FileKind::kFeed);
  EXPECT_EQ(SniffKind("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), FileKind::kFeed);
  EXPECT_EQ(SniffKind("<!DOCTYPE html><html><body>"), FileKind::kHtml);
  EXPECT_EQ(SniffKind("Police said on Monday"), FileKind::kText);
  EXPECT_EQ(SniffKind(""), FileKind::kText);
}

TEST(StdinInputTest, ReadsEachFormatWholeAndNamesItStdin) {
  CollectSink jsonl = Read("{\"text\":\"first\"}\n{\"text\":\"second\"}\n");
  ASSERT_EQ(jsonl.articles.size(), 2u);
  EXPECT_EQ(jsonl.articles[1].meta.source, "stdin#L2");
  EXPECT_EQ(jsonl.articles[1].bytes, "second");

  // Longer than the sniffed head: the head and the rest are read as one.
  const std::string long_text = "Harbour news. " + std::string(10000, 'x') + " end";
  CollectSink text = Read(long_text);
  ASSERT_EQ(text.articles.size(), 1u);
  EXPECT_EQ(text.articles[0].meta.source, "stdin");
  EXPECT_EQ(text.articles[0].bytes, long_text);

  CollectSink feed =
      Read("<rss><channel><item><description>One.</description></item></channel></rss>");
  ASSERT_EQ(feed.articles.size(), 1u);
  EXPECT_EQ(feed.articles[0].meta.source, "stdin#I1");
}

TEST(StdinInputTest, GzipIsDecompressedBeforeSniffing) {
  CollectSink s = Read(Gzip("{\"text\":\"packed\"}\n"));
  ASSERT_EQ(s.articles.size(), 1u);
  EXPECT_EQ(s.articles[0].bytes, "packed");
  EXPECT_TRUE(s.rejections.empty());
}

TEST(StdinInputTest, EmptyInputIsOneRejection) {
  CollectSink s = Read("");
  EXPECT_TRUE(s.articles.empty());
  ASSERT_EQ(s.rejections.size(), 1u);
  EXPECT_EQ(s.rejections[0].input, "stdin");
}

}  // namespace
}  // namespace vigil
