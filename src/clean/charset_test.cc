#include "clean/charset.h"

#include <gtest/gtest.h>

#include "clean/cleaner.h"

namespace vigil {
namespace {

TEST(CharsetTest, FromContentTypeAndMarkup) {
  EXPECT_EQ(CharsetOfContentType("text/html; Charset=\"Windows-1256\""), "windows-1256");
  EXPECT_EQ(CharsetOfContentType("text/html"), "");
  EXPECT_EQ(DeclaredCharset("<html><head><META charset='iso-8859-6'>"), "iso-8859-6");
  EXPECT_EQ(DeclaredCharset("<meta http-equiv=\"Content-Type\" "
                            "content=\"text/html; charset=koi8-r\"><p>x"),
            "koi8-r");
  EXPECT_EQ(DeclaredCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>"),
            "iso-8859-1");
  EXPECT_EQ(DeclaredCharset("<html><body>no declaration</body></html>"), "");
}

TEST(CharsetTest, ChoosesByBytesThenDeclarationThenTransport) {
  const std::string utf8 = "Li\xC3\xA8ge";                    // Liège in UTF-8
  const std::string latin = "Li\xE8ge";                       // Liège in windows-1252
  EXPECT_EQ(ChooseCharset(utf8, "iso-8859-1", ""), "utf-8");  // mislabelled page
  EXPECT_EQ(ChooseCharset(latin, "", ""), "windows-1252");
  EXPECT_EQ(ChooseCharset(latin, "iso-8859-15", "koi8-r"), "iso-8859-15");
  EXPECT_EQ(ChooseCharset(latin, "", "koi8-r"), "koi8-r");
  EXPECT_EQ(ChooseCharset(latin, "no-such-charset", ""), "windows-1252");
  // A UTF-8 text with one broken byte stays UTF-8 (repaired later).
  EXPECT_EQ(ChooseCharset("caf\xC3\xA9 cr\xC3\xA8me \xFF br\xC3\xBBl\xC3\xA9e", "", ""),
            "utf-8");
  EXPECT_EQ(ChooseCharset("\xFF\xFEh\0i\0", "", ""), "utf-16le");
}

TEST(CharsetTest, TranscodesSingleByteCharsets) {
  EXPECT_EQ(TranscodeToUtf8("Li\xE8ge \x93quoted\x94", "windows-1252"),
            "Li\xC3\xA8ge \xE2\x80\x9Cquoted\xE2\x80\x9D");
  // "salam" in Arabic letters, windows-1256: seen, lam, alef, meem.
  EXPECT_EQ(TranscodeToUtf8("\xD3\xE1\xC7\xE3", "windows-1256"),
            "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85");
  EXPECT_EQ(TranscodeToUtf8("\xEF\xBB\xBFok", "utf-8"), "ok");
  EXPECT_EQ(TranscodeToUtf8("bad \xFF byte", "utf-8"), "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(TranscodeToUtf8("Li\xE8ge", "not-a-charset"), "Li\xC3\xA8ge");
}

TEST(CharsetTest, CleanerReadsAnArabicPageInItsDeclaredCharset) {
  RawArticle a;
  a.meta.source = "ar.html";
  a.format = InputFormat::kHtml;
  std::string para;
  for (int i = 0; i < 12; ++i) para += "\xD3\xE1\xC7\xE3 ";  // the word above, 12 times
  a.bytes =
      "<html><head><meta charset=\"windows-1256\"><title>t</title></head><body>"
      "<article><p>" +
      para + "</p><p>" + para + "</p></article></body></html>";
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(a);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->text.find("\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85"), std::string::npos);
  EXPECT_EQ(doc->text.find("\xEF\xBF\xBD"), std::string::npos);  // no U+FFFD
}

TEST(CharsetTest, CleanerUsesTheTransportCharsetForText) {
  RawArticle a;
  a.meta.source = "ru.txt";
  a.meta.content_type = "text/plain; charset=koi8-r";
  a.bytes = "\xED\xCF\xD3\xCB\xD7\xC1 news.";  // "Moskva" in KOI8-R
  Cleaner cleaner;
  Result<Document> doc = cleaner.Clean(a);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->text, "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 news.");
}

}  // namespace
}  // namespace vigil
