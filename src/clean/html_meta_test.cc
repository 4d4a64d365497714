#include "clean/html_meta.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

BodyExtraction Meta(const std::string& html, const std::vector<std::string>& ld = {}) {
  GumboOutput* doc = gumbo_parse(html.c_str());
  BodyExtraction out;
  ReadHtmlMeta(doc->root, ld, &out);
  gumbo_destroy_output(&kGumboDefaultOptions, doc);
  return out;
}

TEST(HtmlMetaTest, OpenGraphTitleBeatsTitleTag) {
  const BodyExtraction m = Meta(
      R"(<html lang="de"><head><title>Page | Paper</title>
      <meta property="og:title" content="River floods the old town">
      <meta property="og:site_name" content="The Paper"></head><body><h1>Other</h1></body>)");
  EXPECT_EQ(m.title, "River floods the old town");
  EXPECT_EQ(m.site, "The Paper");
  EXPECT_EQ(m.language_hint, "de");
}

TEST(HtmlMetaTest, FallsBackToH1ThenTitleTag) {
  EXPECT_EQ(Meta("<title>T</title><h1> Big  news </h1>").title, "Big news");
  EXPECT_EQ(Meta("<title>Only the title</title><p>x</p>").title, "Only the title");
}

TEST(HtmlMetaTest, JsonLdHeadlineAndDate) {
  const BodyExtraction m =
      Meta("<p>x</p>", {R"({"@type":"NewsArticle","headline" : "Caf\u00e9 \"open\"",
                           "datePublished":"2021-03-04T05:06:07Z"})"});
  EXPECT_EQ(m.title, "Café \"open\"");
  EXPECT_EQ(m.published, "2021-03-04T05:06:07Z");
}

TEST(HtmlMetaTest, PublishedTimeOrder) {
  EXPECT_EQ(Meta(R"(<meta name="date" content="2020-01-01">
                   <meta property="article:published_time" content="2020-02-02">)")
                .published,
            "2020-02-02");
  EXPECT_EQ(Meta(R"(<p><time datetime="2019-05-06">May 6</time></p>)").published,
            "2019-05-06");
  EXPECT_EQ(Meta(R"(<meta name="dc.date" content="2018-07-08">)").published,
            "2018-07-08");
}

TEST(HtmlMetaTest, StripsSiteSuffixByRule) {
  EXPECT_EQ(StripTitleSiteSuffix("Storm closes the harbour | Coast Daily", ""),
            "Storm closes the harbour");
  EXPECT_EQ(StripTitleSiteSuffix("Storm closes the harbour - Coast Daily News Online",
                                 "Coast Daily News Online"),
            "Storm closes the harbour");
  EXPECT_EQ(StripTitleSiteSuffix("Coast Daily | Storm closes the harbour", "Coast Daily"),
            "Storm closes the harbour");
  // A short title split in two halves is left alone.
  EXPECT_EQ(StripTitleSiteSuffix("Red - Blue", ""), "Red - Blue");
}

TEST(HtmlMetaTest, FindJsonStringToleratesBrokenJson) {
  EXPECT_EQ(FindJsonString(R"({"a": [1, "headline": "x\ud83d\ude00y")", "headline"),
            "x\xF0\x9F\x98\x80y");
  EXPECT_EQ(FindJsonString(R"({"headline": 3})", "headline"), "");
  EXPECT_EQ(FindJsonString(R"({"headline": "unterminated)", "headline"), "unterminated");
}

}  // namespace
}  // namespace vigil
