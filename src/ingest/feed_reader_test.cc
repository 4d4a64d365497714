#include "ingest/feed_reader.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace vigil {
namespace {

using testing::CollectSink;

CollectSink ReadString(std::string_view data, const IngestOptions& options = {}) {
  StringStream in(data);
  CollectSink sink;
  ReadFeed(in, "in.rss", options, sink);
  return sink;
}

constexpr char kRss[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Valley Courier</title>
  <image><title>logo</title></image>
  <item>
    <title>Bridge reopens after repairs</title>
    <link>https://courier.example/bridge</link>
    <dc:date>2025-02-03</dc:date>
    <description>Teaser.</description>
    <content:encoded><![CDATA[<p>The old bridge reopened on Monday.</p>]]></content:encoded>
  </item>
  <item>
    <title>Market day moves</title>
    <pubDate>Wed, 05 Feb 2025 09:00:00 +0000</pubDate>
    <description>&lt;p&gt;The weekly market moves to Thursday &amp;amp; Friday.&lt;/p&gt;</description>
  </item>
  <item><title>Nothing here</title><description>   </description></item>
</channel>
</rss>
)";

TEST(FeedReaderTest, RssItemsWithTheirFullestBody) {
  CollectSink s = ReadString(kRss);
  ASSERT_EQ(s.articles.size(), 2u);
  const RawArticle& a = s.articles[0];
  EXPECT_EQ(a.meta.source, "in.rss#I1");
  EXPECT_EQ(a.meta.title, "Bridge reopens after repairs");
  EXPECT_EQ(a.meta.url, "https://courier.example/bridge");
  EXPECT_EQ(a.meta.published, "2025-02-03");
  EXPECT_EQ(a.meta.site, "Valley Courier");
  EXPECT_EQ(a.format, InputFormat::kHtml);
  EXPECT_NE(a.bytes.find("<p>The old bridge reopened on Monday.</p>"), std::string::npos);
  EXPECT_EQ(a.bytes.find("Teaser"), std::string::npos);  // content wins
  const RawArticle& b = s.articles[1];
  EXPECT_EQ(b.meta.source, "in.rss#I2");
  EXPECT_EQ(b.meta.published, "Wed, 05 Feb 2025 09:00:00 +0000");
  EXPECT_NE(b.bytes.find("<p>The weekly market moves to Thursday &amp; Friday.</p>"),
            std::string::npos);
  ASSERT_EQ(s.rejections.size(), 1u);
  EXPECT_EQ(s.rejections[0].location, "item 3");
  EXPECT_EQ(s.rejections[0].problem, "no content or description");
}

TEST(FeedReaderTest, AtomEntriesTextAndXhtml) {
  CollectSink s = ReadString(R"(<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Hill Post</title>
  <entry>
    <title>Road closed</title>
    <link rel="self" href="https://hill.example/api/1"/>
    <link rel="alternate" href="https://hill.example/road"/>
    <updated>2025-03-02T10:00:00Z</updated>
    <published>2025-03-01T08:00:00Z</published>
    <summary type="text">The pass road is closed by snow.</summary>
  </entry>
  <entry>
    <title>School opens</title>
    <link href="https://hill.example/school"/>
    <updated>2025-03-04T10:00:00Z</updated>
    <content type="xhtml"><div><p>The new school opened.</p></div></content>
  </entry>
</feed>)");
  ASSERT_EQ(s.articles.size(), 2u);
  EXPECT_TRUE(s.rejections.empty());
  EXPECT_EQ(s.articles[0].meta.url, "https://hill.example/road");
  EXPECT_EQ(s.articles[0].meta.published, "2025-03-01T08:00:00Z");
  EXPECT_EQ(s.articles[0].meta.site, "Hill Post");
  EXPECT_EQ(s.articles[0].format, InputFormat::kText);
  EXPECT_EQ(s.articles[0].bytes, "The pass road is closed by snow.");
  EXPECT_EQ(s.articles[1].meta.published, "2025-03-04T10:00:00Z");  // updated
  EXPECT_EQ(s.articles[1].format, InputFormat::kHtml);
  EXPECT_NE(s.articles[1].bytes.find("<div><p>The new school opened.</p></div>"),
            std::string::npos);
}

TEST(FeedReaderTest, SingleByteEncodingsThroughIcu) {
  CollectSink s = ReadString(
      "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<rss><channel><item>"
      "<title>Caf\xE9 \x93reopens\x94</title><description>Text.</description>"
      "</item></channel></rss>");
  ASSERT_EQ(s.articles.size(), 1u)
      << (s.rejections.empty() ? "" : s.rejections[0].problem);
  EXPECT_EQ(s.articles[0].meta.title, "Caf\xC3\xA9 \xE2\x80\x9Creopens\xE2\x80\x9D");
  CollectSink arabic = ReadString(
      "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss><channel><item>"
      "<description>\xD3\xE1\xC7\xE3</description></item></channel></rss>");
  ASSERT_EQ(arabic.articles.size(), 1u);
  EXPECT_NE(arabic.articles[0].bytes.find("\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85"),
            std::string::npos);
  CollectSink unknown =
      ReadString("<?xml version=\"1.0\" encoding=\"no-such-encoding\"?><rss></rss>");
  ASSERT_EQ(unknown.rejections.size(), 1u);
  EXPECT_NE(unknown.rejections[0].problem.find("XML error"), std::string::npos);
}

TEST(FeedReaderTest, MalformedXmlKeepsTheItemsBeforeIt) {
  CollectSink s = ReadString(
      "<rss><channel>\n<item><description>First story.</description></item>\n"
      "<item><description>Second & broken</description></item>\n</channel></rss>");
  ASSERT_EQ(s.articles.size(), 1u);
  ASSERT_EQ(s.rejections.size(), 1u);
  EXPECT_EQ(s.rejections[0].location, "line 3");
  EXPECT_EQ(s.rejections[0].problem.rfind("XML error: ", 0), 0u);
}

TEST(FeedReaderTest, OtherXmlEmptyAndOversizedItems) {
  CollectSink other = ReadString("<urlset><url><loc>x</loc></url></urlset>");
  EXPECT_TRUE(other.articles.empty());
  ASSERT_EQ(other.rejections.size(), 1u);
  EXPECT_EQ(other.rejections[0].problem, "not an RSS or Atom feed");

  CollectSink empty = ReadString("");
  ASSERT_EQ(empty.rejections.size(), 1u);
  EXPECT_EQ(empty.rejections[0].problem, "empty file");

  IngestOptions small;
  small.max_article_bytes = 40;
  CollectSink big =
      ReadString("<rss><channel><item><description>" + std::string(100, 'x') +
                     "</description></item><item><description>ok</description></item></"
                     "channel></rss>",
                 small);
  ASSERT_EQ(big.articles.size(), 1u);
  ASSERT_EQ(big.rejections.size(), 1u);
  EXPECT_EQ(big.rejections[0].location, "item 1");
}

TEST(FeedReaderTest, EntityExpansionIsBounded) {
  // A nested-entity bomb must fail fast instead of expanding.
  std::string bomb = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">";
  char prev = 'a';
  for (char c = 'b'; c <= 'j'; ++c, ++prev) {
    bomb += std::string("<!ENTITY ") + c + " \"";
    for (int i = 0; i < 10; ++i) bomb += std::string("&") + prev + ";";
    bomb += "\">";
  }
  bomb += "]><rss><channel><item><description>&j;</description></item></channel></rss>";
  CollectSink s = ReadString(bomb);
  EXPECT_TRUE(s.articles.empty());
  ASSERT_EQ(s.rejections.size(), 1u);
}

}  // namespace
}  // namespace vigil
