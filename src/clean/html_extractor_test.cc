#include "clean/html_extractor.h"

#include <gtest/gtest.h>

#include <string>

namespace vigil {
namespace {

std::string Joined(const BodyExtraction& b) {
  std::string out;
  for (const TextBlock& block : b.blocks) {
    if (!out.empty()) out += "\n";
    out += block.text;
  }
  return out;
}

const char kPage[] = R"(<!doctype html><html lang="en"><head>
<title>Lighthouse keeper retires after forty years | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2023-06-01T08:00:00Z">
<script>window.tracking = "<p>not text</p>";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav>
<div class="layout">
 <article class="story">
  <h1>Lighthouse keeper retires after forty years</h1>
  <div class="share-bar"><a href="#">Share on social media</a> <a href="#">Email this</a></div>
  <div class="story-body">
   <p>The keeper of the northern light, who climbed its stairs twice a day, handed over the keys on Friday, ending a family tradition of three generations.</p>
   <figure><img src="x.jpg"><figcaption>The keeper on the gallery. Photo: Staff</figcaption></figure>
   <p>Neighbours gathered at the pier to wave, and the harbour master read a short letter of thanks, praising the keeper's care during the winter storms.</p>
   <h2>A quieter coast</h2>
   <p>The light will now run automatically, monitored from an office in the town, although volunteers plan to open the tower to visitors in summer.</p>
   <p>Read more: <a href="/other">Ferry timetable changes for the holiday season announced</a></p>
  </div>
 </article>
 <aside class="sidebar"><h3>Most read</h3><p>Another story with a long teaser text that should never appear in the body of this article.</p></aside>
</div>
<div id="comments"><p>Great article, thanks for writing about our lovely lighthouse and its keeper.</p></div>
<footer><p>Copyright Harbour Gazette, all rights reserved, contact us for licensing.</p></footer>
</body></html>)";

TEST(HtmlExtractorTest, KeepsArticleParagraphsOnly) {
  const BodyExtraction b = HtmlExtractor().Extract(kPage);
  const std::string text = Joined(b);
  EXPECT_NE(text.find("handed over the keys"), std::string::npos);
  EXPECT_NE(text.find("A quieter coast"), std::string::npos);
  EXPECT_NE(text.find("open the tower"), std::string::npos);
  for (const char* junk :
       {"Home", "Share on", "Photo: Staff", "Most read", "teaser", "Great article",
        "Copyright", "Ferry timetable", "tracking", "Lighthouse keeper retires"}) {
    EXPECT_EQ(text.find(junk), std::string::npos) << junk;
  }
  ASSERT_EQ(b.blocks.size(), 4u);
  EXPECT_TRUE(b.blocks[2].heading);
  EXPECT_FALSE(b.blocks[0].heading);
}

TEST(HtmlExtractorTest, ReadsMeta) {
  const BodyExtraction b = HtmlExtractor().Extract(kPage);
  EXPECT_EQ(b.title, "Lighthouse keeper retires after forty years");
  EXPECT_EQ(b.published, "2023-06-01T08:00:00Z");
  EXPECT_EQ(b.site, "Harbour Gazette");
  EXPECT_EQ(b.language_hint, "en");
}

TEST(HtmlExtractorTest, RawOffsetsPointAtTheSourceText) {
  const std::string html = kPage;
  const BodyExtraction b = HtmlExtractor().Extract(html);
  ASSERT_FALSE(b.blocks.empty());
  for (const TextBlock& block : b.blocks) {
    ASSERT_LE(block.raw_begin, block.raw_end);
    ASSERT_LE(block.raw_end, html.size());
    const std::string raw = html.substr(block.raw_begin, block.raw_end - block.raw_begin);
    const std::string first_word = block.text.substr(0, block.text.find(' '));
    EXPECT_EQ(raw.rfind(first_word, 0), 0u) << raw;
  }
}

TEST(HtmlExtractorTest, KeepsListsAndRoundupsThatBelongToTheBody) {
  const std::string html =
      "<body><div class=content><p>Here are the three things to know this morning, "
      "gathered by our desk from the wires and our own reporters.</p><ol>"
      "<li><a href=a>The bridge reopens</a>. Engineers finished the repairs two weeks "
      "early after working through the night shifts.</li>"
      "<li><a href=b>The market moves</a>. Traders bought shares of the shipping firms "
      "after the new contracts were announced.</li></ol>"
      "<ul class=related><li><a href=c>Some other story</a></li><li><a href=d>And "
      "another</a></li></ul></div></body>";
  const std::string text = Joined(HtmlExtractor().Extract(html));
  EXPECT_NE(text.find("The bridge reopens. Engineers"), std::string::npos) << text;
  EXPECT_NE(text.find("The market moves"), std::string::npos);
  EXPECT_EQ(text.find("Some other story"), std::string::npos);
}

TEST(HtmlExtractorTest, SurvivesHostileInput) {
  const HtmlExtractor extractor;
  EXPECT_TRUE(extractor.Extract("").blocks.empty());
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  deep += "<p>bottom text that is long enough to count as a paragraph</p>";
  EXPECT_NO_FATAL_FAILURE(extractor.Extract(deep));
  std::string binary;
  for (int i = 0; i < 5000; ++i) binary.push_back(static_cast<char>((i * 131) & 0xFF));
  EXPECT_NO_FATAL_FAILURE(extractor.Extract(binary));
  EXPECT_NO_FATAL_FAILURE(extractor.Extract("<p>\xFF\xFE broken \xC3</p><script>"));
}

TEST(HtmlExtractorTest, CutsOversizedInput) {
  HtmlOptions options;
  options.max_html_bytes = 64;
  std::string html =
      "<p>" + std::string(70, 'a') + "</p><p>" + std::string(100, 'b') + "</p>";
  const std::string text = Joined(HtmlExtractor(options).Extract(html));
  EXPECT_EQ(text.find('b'), std::string::npos);
}

}  // namespace
}  // namespace vigil
