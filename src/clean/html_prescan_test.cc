#include "clean/html_prescan.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

TEST(HtmlPrescanTest, CutsScriptAndStyleBodies) {
  const std::string html =
      "<p>a</p><script>var x = '<p>no</p>';</script><style>p{}</style><p>b</p>";
  const PrescanResult r = Prescan(html);
  EXPECT_EQ(r.compact, "<p>a</p><script></script><style></style><p>b</p>");
}

TEST(HtmlPrescanTest, MapsCompactPositionsBackToRaw) {
  const std::string html = "<i>x</i><script>12345</script><b>y</b>";
  const PrescanResult r = Prescan(html);
  const size_t y_compact = r.compact.find('y');
  ASSERT_NE(y_compact, std::string::npos);
  EXPECT_EQ(html[r.ToRaw(static_cast<uint32_t>(y_compact))], 'y');
  EXPECT_EQ(r.ToRaw(1), 1u);  // before any cut
}

TEST(HtmlPrescanTest, KeepsJsonLdBodies) {
  const std::string html =
      R"(<script type="application/ld+json">{"headline":"H"}</script><script>x</script>)";
  const PrescanResult r = Prescan(html);
  ASSERT_EQ(r.json_ld.size(), 1u);
  EXPECT_EQ(r.json_ld[0], R"({"headline":"H"})");
}

TEST(HtmlPrescanTest, CutsCommentsWhole) {
  const PrescanResult r = Prescan("a<!-- <p>hidden</p> -->b");
  EXPECT_EQ(r.compact, "ab");
  EXPECT_EQ(r.ToRaw(1), 23u);
}

TEST(HtmlPrescanTest, QuotedGreaterThanDoesNotEndTag) {
  const PrescanResult r =
      Prescan(R"(<div title="a>b <script>">t</div><script>z</script>)");
  EXPECT_EQ(r.compact, R"(<div title="a>b <script>">t</div><script></script>)");
}

TEST(HtmlPrescanTest, TitleTextIsNotMarkup) {
  const std::string html = "<title>a <!-- b</title><p>c --></p>";
  EXPECT_EQ(Prescan(html).compact, html);
}

TEST(HtmlPrescanTest, UnclosedScriptKeepsItsBody) {
  const std::string html = "<p>a</p><script>never closed";
  EXPECT_EQ(Prescan(html).compact, html);
}

TEST(HtmlPrescanTest, SelfClosingSvgIsNotAnOpenElement) {
  const std::string html = "<svg/><p>text</p></svg>";
  EXPECT_EQ(Prescan(html).compact, html);
}

TEST(HtmlPrescanTest, CloseTagNeedsNameBoundary) {
  const PrescanResult r = Prescan("<script>a</scripts>b</script>c");
  EXPECT_EQ(r.compact, "<script></script>c");
}

TEST(HtmlPrescanTest, CapsNestingDepth) {
  std::string html;
  for (int i = 0; i < 1000; ++i) html += "<div>";
  html += "x";
  for (int i = 0; i < 1000; ++i) html += "</div>";
  const PrescanResult r = Prescan(html, /*max_depth=*/10);
  std::string expected;
  for (int i = 0; i < 10; ++i) expected += "<div>";
  expected += "x";
  for (int i = 0; i < 10; ++i) expected += "</div>";
  EXPECT_EQ(r.compact, expected);
}

TEST(HtmlPrescanTest, ElementsWithOptionalEndTagsDoNotCountAsDepth) {
  std::string html;
  for (int i = 0; i < 50; ++i) html += "<p>para<br><img src=x>";
  EXPECT_EQ(Prescan(html, 10).compact, html);
}

}  // namespace
}  // namespace vigil
