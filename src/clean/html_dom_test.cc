#include "clean/html_dom.h"

#include <gtest/gtest.h>

#include <string>

namespace vigil {
namespace {

TEST(HtmlDomTest, ClassifiesClassAndIdTokens) {
  EXPECT_EQ(ClassifyHint("article-body"), Hint::kPositive);
  EXPECT_EQ(ClassifyHint("shareButtons"), Hint::kNegative);
  EXPECT_EQ(ClassifyHint("site-nav main-menu"), Hint::kMixed);
  EXPECT_EQ(ClassifyHint("comment-list"), Hint::kNegative);
  EXPECT_EQ(ClassifyHint("post-date"), Hint::kWeakNegative);
  EXPECT_EQ(ClassifyHint("date"), Hint::kWeakNegative);
  EXPECT_EQ(ClassifyHint("grid col-8"), Hint::kNone);
  EXPECT_EQ(ClassifyHint("address"), Hint::kNone);  // "ad" only as a whole token
  EXPECT_EQ(ClassifyHint("ad-slot"), Hint::kNegative);
}

TEST(HtmlDomTest, CountsTextAndLinkText) {
  GumboOutput* doc = gumbo_parse(
      "<body><div><p>abc, def <a href=x>gh</a></p><script>ignored()</script>"
      "<nav>menu text</nav></div></body>");
  const HtmlDom dom(doc->root);
  const DomNode& body = dom.at(dom.body());
  EXPECT_EQ(body.tag, GUMBO_TAG_BODY);
  EXPECT_EQ(body.text_chars, 9u);  // "abc," "def" "gh"; nav and script are junk
  EXPECT_EQ(body.link_chars, 2u);
  EXPECT_EQ(body.commas, 1u);
  EXPECT_EQ(body.end, dom.size());
  gumbo_destroy_output(&kGumboDefaultOptions, doc);
}

TEST(HtmlDomTest, HiddenElementsAreJunk) {
  GumboOutput* doc = gumbo_parse(
      R"(<body><div style="display: none">x</div><p hidden>y</p><p>z</p></body>)");
  const HtmlDom dom(doc->root);
  EXPECT_EQ(dom.at(dom.body()).text_chars, 1u);
  gumbo_destroy_output(&kGumboDefaultOptions, doc);
}

TEST(HtmlDomTest, VisibleCharsCountsCodePoints) {
  EXPECT_EQ(VisibleChars("a b\n\xC3\xA9"), 3u);
  EXPECT_EQ(VisibleChars(""), 0u);
}

}  // namespace
}  // namespace vigil
