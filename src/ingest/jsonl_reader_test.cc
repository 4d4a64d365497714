#include "ingest/jsonl_reader.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace vigil {
namespace {

using testing::CollectSink;
using testing::Gzip;

CollectSink ReadString(std::string_view data, const IngestOptions& options = {}) {
  StringStream in(data);
  CollectSink sink;
  ReadJsonl(in, "in.jsonl", options, sink);
  return sink;
}

CollectSink ReadGzip(std::string_view compressed) {
  GzipStream in(std::make_unique<StringStream>(compressed), 1 << 20);
  CollectSink sink;
  ReadJsonl(in, "in.jsonl.gz", IngestOptions{}, sink);
  return sink;
}

TEST(JsonlReaderTest, ReadsTextRecordWithMetadata) {
  CollectSink s = ReadString(
      R"({"text":"Police said two men were held.","url":"https://example.org/a",)"
      R"("title":"Two held","published":"2024-03-01","site":"Example News","id":7})"
      "\n");
  ASSERT_EQ(s.articles.size(), 1u);
  EXPECT_TRUE(s.rejections.empty());
  const RawArticle& a = s.articles[0];
  EXPECT_EQ(a.bytes, "Police said two men were held.");
  EXPECT_EQ(a.format, InputFormat::kText);
  EXPECT_EQ(a.meta.source, "in.jsonl#L1");
  EXPECT_EQ(a.meta.url, "https://example.org/a");
  EXPECT_EQ(a.meta.title, "Two held");
  EXPECT_EQ(a.meta.published, "2024-03-01");
  EXPECT_EQ(a.meta.site, "Example News");
}

TEST(JsonlReaderTest, HtmlWinsOverText) {
  CollectSink s = ReadString(R"({"text":"plain","html":"<p>marked up</p>"})");
  ASSERT_EQ(s.articles.size(), 1u);
  EXPECT_EQ(s.articles[0].format, InputFormat::kHtml);
  EXPECT_EQ(s.articles[0].bytes, "<p>marked up</p>");
}

TEST(JsonlReaderTest, EmptyHtmlDoesNotHideText) {
  CollectSink s = ReadString(R"({"html":"  ","text":"the text"})"
                             "\n"
                             R"({"html":"","text":""})");
  ASSERT_EQ(s.articles.size(), 1u);
  EXPECT_EQ(s.articles[0].format, InputFormat::kText);
  EXPECT_EQ(s.articles[0].bytes, "the text");
  ASSERT_EQ(s.rejections.size(), 1u);
  EXPECT_EQ(s.rejections[0].problem, "empty text and html fields");
}

TEST(JsonlReaderTest, SkipsByteOrderMarkOnFirstLine) {
  CollectSink s =
      ReadString("\xEF\xBB\xBF{\"text\":\"after bom\"}\n\xEF\xBB\xBF{\"text\":\"x\"}\n");
  ASSERT_EQ(s.articles.size(), 1u);
  EXPECT_EQ(s.articles[0].bytes, "after bom");
  ASSERT_EQ(s.rejections.size(), 1u);  // a mark inside the file is an error
  EXPECT_EQ(s.rejections[0].location, "line 2");
}

TEST(JsonlReaderTest, UnescapesStringsAndTakesNumericDate) {
  CollectSink s =
      ReadString(R"({"text":"a \"quoted\" word\nnext \u00e9","published":1700000000})");
  ASSERT_EQ(s.articles.size(), 1u);
  EXPECT_EQ(s.articles[0].bytes, "a \"quoted\" word\nnext \xc3\xa9");
  EXPECT_EQ(s.articles[0].meta.published, "1700000000");
}

TEST(JsonlReaderTest, EachBadLineRejectedOnceAndReadingGoesOn) {
  const std::string data =
      "{\"text\":\"first good\"}\n"    // 1
      "not json at all\n"              // 2
      "[1,2,3]\n"                      // 3
      "{\"title\":\"no body\"}\n"      // 4
      "{\"text\":42}\n"                // 5
      "{\"text\":\"   \"}\n"           // 6
      "{\"text\":\"unclosed\n"         // 7
      "\n"                             // 8: blank, skipped silently
      "{\"text\":\"last good\"}\r\n";  // 9
  CollectSink s = ReadString(data);
  ASSERT_EQ(s.articles.size(), 2u);
  EXPECT_EQ(s.articles[1].bytes, "last good");
  EXPECT_EQ(s.articles[1].meta.source, "in.jsonl#L9");
  ASSERT_EQ(s.rejections.size(), 6u);
  const std::vector<std::pair<std::string, std::string>> want = {
      {"line 2", "not JSON"},
      {"line 3", "not a JSON object"},
      {"line 4", "no text or html field"},
      {"line 5", "field \"text\" is not a string"},
      {"line 6", "empty text field"},
      {"line 7", "not JSON"}};
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(s.rejections[i].input, "in.jsonl");
    EXPECT_EQ(s.rejections[i].location, want[i].first);
    EXPECT_TRUE(s.rejections[i].problem.starts_with(want[i].second))
        << s.rejections[i].problem;
  }
}

TEST(JsonlReaderTest, TrailingGarbageAfterObjectIsNotJson) {
  CollectSink s = ReadString(R"({"text":"x"} trailing)");
  EXPECT_TRUE(s.articles.empty());
  ASSERT_EQ(s.rejections.size(), 1u);
  EXPECT_TRUE(s.rejections[0].problem.starts_with("not JSON"));
}

TEST(JsonlReaderTest, InvalidUtf8IsRepairedNotRejected) {
  CollectSink s = ReadString("{\"text\":\"caf\xe9 au lait\"}\n");
  ASSERT_EQ(s.articles.size(), 1u)
      << (s.rejections.empty() ? "" : s.rejections[0].problem);
  EXPECT_EQ(s.articles[0].bytes, "caf\xef\xbf\xbd au lait");
}

TEST(JsonlReaderTest, NullFieldsCountAsAbsent) {
  CollectSink s = ReadString(R"({"html":null,"text":"body","title":null})");
  ASSERT_EQ(s.articles.size(), 1u);
  EXPECT_EQ(s.articles[0].format, InputFormat::kText);
  EXPECT_EQ(s.articles[0].meta.title, "");
}

TEST(JsonlReaderTest, SizeLimits) {
  IngestOptions options;
  options.max_line_bytes = 64;
  options.max_article_bytes = 10;
  CollectSink s = ReadString("{\"text\":\"" + std::string(100, 'a') + "\"}\n" +
                                 "{\"text\":\"eleven chars\"}\n{\"text\":\"fits\"}\n",
                             options);
  ASSERT_EQ(s.rejections.size(), 2u);
  EXPECT_EQ(s.rejections[0].location, "line 1");
  EXPECT_NE(s.rejections[0].problem.find("max_line_bytes"), std::string::npos);
  EXPECT_EQ(s.rejections[1].location, "line 2");
  EXPECT_NE(s.rejections[1].problem.find("max_article_bytes"), std::string::npos);
  ASSERT_EQ(s.articles.size(), 1u);
  EXPECT_EQ(s.articles[0].meta.source, "in.jsonl#L3");
}

TEST(JsonlReaderTest, EmptyFileIsRejected) {
  CollectSink s = ReadString("");
  ASSERT_EQ(s.rejections.size(), 1u);
  EXPECT_EQ(s.rejections[0].problem, "empty file");
}

TEST(JsonlReaderTest, ReadsGzipAndMultiMemberGzip) {
  CollectSink s = ReadGzip(Gzip("{\"text\":\"one\"}\n{\"text\":\"tw") + Gzip("o\"}\n"));
  ASSERT_EQ(s.articles.size(), 2u);
  EXPECT_EQ(s.articles[1].bytes, "two");
  EXPECT_EQ(s.articles[1].meta.source, "in.jsonl.gz#L2");
  EXPECT_TRUE(s.rejections.empty());
}

TEST(JsonlReaderTest, TruncatedGzipKeepsCompleteLinesAndReportsOnce) {
  std::string data;
  for (int i = 1; i <= 2000; ++i) {
    data += "{\"text\":\"record number " + std::to_string(i * 7919) + "\"}\n";
  }
  const std::string gz = Gzip(data);
  CollectSink s = ReadGzip(gz.substr(0, gz.size() * 2 / 3));
  ASSERT_EQ(s.rejections.size(), 1u);
  EXPECT_NE(s.rejections[0].problem.find("truncated gzip stream"), std::string::npos);
  EXPECT_GT(s.articles.size(), 100u);
  EXPECT_LT(s.articles.size(), 2000u);
  // The reported line is the first one not delivered.
  EXPECT_EQ(s.rejections[0].location, "line " + std::to_string(s.articles.size() + 1));
}

}  // namespace
}  // namespace vigil
