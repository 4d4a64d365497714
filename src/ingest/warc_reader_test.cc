#include "ingest/warc_reader.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace vigil {
namespace {

using testing::CollectSink;
using testing::Gzip;

// One WARC record; `length` overrides the true Content-Length when >= 0.
std::string Record(std::string_view type, std::string_view fields, std::string_view block,
                   long length = -1, std::string_view version = "WARC/1.1") {
  std::string r(version);
  r += "\r\nWARC-Type: " + std::string(type) + "\r\n";
  r += "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n";
  r += fields;
  r += "Content-Length: " + std::to_string(length >= 0 ? length : long(block.size())) +
       "\r\n";
  r += "\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

std::string HttpResponse(
    std::string_view body,
    std::string_view headers = "Content-Type: text/html; charset=utf-8\r\n") {
  return "HTTP/1.1 200 OK\r\n" + std::string(headers) + "\r\n" + std::string(body);
}

std::string Response(std::string_view uri, std::string_view body) {
  return Record("response",
                "WARC-Target-URI: " + std::string(uri) +
                    "\r\nContent-Type: application/http; msgtype=response\r\n",
                HttpResponse(body));
}

CollectSink ReadString(std::string_view data, const IngestOptions& options = {}) {
  StringStream in(data);
  CollectSink sink;
  ReadWarc(in, "crawl.warc", options, sink);
  return sink;
}

std::string Problems(const CollectSink& s) {
  std::string out;
  for (const Rejection& r : s.rejections) out += r.ToString() + "\n";
  return out;
}

TEST(WarcReaderTest, TakesResponsesAndSkipsOtherRecordsSilently) {
  const std::string data =
      Record("warcinfo", "Content-Type: application/warc-fields\r\n",
             "software: test\r\n") +
      Record("request", "WARC-Target-URI: https://news.example/a\r\n",
             "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n") +
      Response("https://news.example/a", "<html><body><p>Story one.</p></body></html>") +
      Record("metadata", "", "fetchTimeMs: 12\r\n") +
      Response("<https://news.example/b>", "<p>Story two.</p>");
  CollectSink s = ReadString(data);
  EXPECT_TRUE(s.rejections.empty()) << Problems(s);
  ASSERT_EQ(s.articles.size(), 2u);
  EXPECT_EQ(s.articles[0].bytes, "<html><body><p>Story one.</p></body></html>");
  EXPECT_EQ(s.articles[0].format, InputFormat::kHtml);
  EXPECT_EQ(s.articles[0].meta.url, "https://news.example/a");
  EXPECT_EQ(s.articles[0].meta.source, "crawl.warc#R3");
  EXPECT_EQ(s.articles[1].meta.url, "https://news.example/b");
  EXPECT_EQ(s.articles[1].meta.source, "crawl.warc#R5");
}

TEST(WarcReaderTest, ReadsWarc10AndResourceRecords) {
  const std::string data =
      Record("resource", "WARC-Target-URI: file:///a.html\r\nContent-Type: text/html\r\n",
             "<p>Resource page.</p>", -1, "WARC/1.0") +
      Record("resource", "Content-Type: text/plain\r\n", "Plain resource text.", -1,
             "WARC/1.0") +
      Record("resource", "Content-Type: image/png\r\n", "\x89PNG....", -1, "WARC/1.0");
  CollectSink s = ReadString(data);
  ASSERT_EQ(s.articles.size(), 2u);
  EXPECT_EQ(s.articles[0].format, InputFormat::kHtml);
  EXPECT_EQ(s.articles[0].meta.url, "file:///a.html");
  EXPECT_EQ(s.articles[1].format, InputFormat::kText);
  ASSERT_EQ(s.rejections.size(), 1u);
  EXPECT_EQ(s.rejections[0].location, "record 3");
  EXPECT_NE(s.rejections[0].problem.find("image/png"), std::string::npos);
}

TEST(WarcReaderTest, ReadsWetConversionRecordsAndKeepsTheCharset) {
  const std::string data =
      Record("warcinfo", "Content-Type: application/warc-fields\r\n", "software: x\r\n") +
      Record("conversion",
             "WARC-Target-URI: https://news.example/c\r\nContent-Type: text/plain\r\n",
             "Converted page text.") +
      Record("response", "Content-Type: application/http; msgtype=response\r\n",
             HttpResponse("<p>Caf\xE9</p>",
                          "Content-Type: text/html; charset=ISO-8859-1\r\n"));
  CollectSink s = ReadString(data);
  EXPECT_TRUE(s.rejections.empty()) << Problems(s);
  ASSERT_EQ(s.articles.size(), 2u);
  EXPECT_EQ(s.articles[0].bytes, "Converted page text.");
  EXPECT_EQ(s.articles[0].format, InputFormat::kText);
  EXPECT_EQ(s.articles[0].meta.url, "https://news.example/c");
  EXPECT_EQ(s.articles[1].meta.content_type, "text/html; charset=ISO-8859-1");
}

TEST(WarcReaderTest, UndoesChunkedAndGzipEncodings) {
  const std::string chunked =
      "7\r\n<p>One \r\nb;ext=1\r\nchunk body.\r\n5\r\n</p> \r\n0\r\n\r\n";
  const std::string data =
      Record("response", "Content-Type: application/http; msgtype=response\r\n",
             HttpResponse(chunked,
                          "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n")) +
      Record("response", "Content-Type: application/http; msgtype=response\r\n",
             HttpResponse(Gzip("<p>zipped</p>"),
                          "Content-Type: text/html\r\nContent-Encoding: gzip\r\n"));
  CollectSink s = ReadString(data);
  EXPECT_TRUE(s.rejections.empty()) << Problems(s);
  ASSERT_EQ(s.articles.size(), 2u);
  EXPECT_EQ(s.articles[0].bytes, "<p>One chunk body.</p> ");
  EXPECT_EQ(s.articles[1].bytes, "<p>zipped</p>");
}

TEST(WarcReaderTest, RejectsUnusableResponses) {
  const std::string http = "Content-Type: application/http; msgtype=response\r\n";
  const std::string data =
      Record("response", http,
             "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>") +
      Record("response", http,
             HttpResponse("%PDF-1.4", "Content-Type: application/pdf\r\n")) +
      Record("response", http, HttpResponse("", "Content-Type: text/html\r\n")) +
      Record("response", http, "not an http message") +
      Record("response", http,
             HttpResponse("zz\r\nabc", "Transfer-Encoding: chunked\r\n")) +
      Record("response", http, HttpResponse("x", "Content-Encoding: br\r\n"));
  CollectSink s = ReadString(data);
  EXPECT_TRUE(s.articles.empty());
  const std::vector<std::string> want = {
      "HTTP status 404",        "content type application/pdf",
      "empty HTTP body",        "HTTP response has no status line",
      "malformed chunked body", "unsupported Content-Encoding"};
  ASSERT_EQ(s.rejections.size(), want.size()) << Problems(s);
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(s.rejections[i].location, "record " + std::to_string(i + 1));
    EXPECT_TRUE(s.rejections[i].problem.starts_with(want[i])) << s.rejections[i].problem;
  }
}

TEST(WarcReaderTest, ContentLengthTooShortIsReportedAndReadingResyncs) {
  const std::string data = Response("https://x/1", "<p>first</p>") +
                           Record("resource", "Content-Type: text/plain\r\n",
                                  "this block is longer than it claims", 10) +
                           Response("https://x/3", "<p>third</p>");
  CollectSink s = ReadString(data);
  ASSERT_EQ(s.rejections.size(), 1u) << Problems(s);
  EXPECT_EQ(s.rejections[0].location, "record 2");
  EXPECT_NE(s.rejections[0].problem.find("Content-Length 10 does not match"),
            std::string::npos);
  ASSERT_EQ(s.articles.size(), 2u);
  EXPECT_EQ(s.articles[1].meta.url, "https://x/3");
  EXPECT_EQ(s.articles[1].meta.source, "crawl.warc#R3");
}

TEST(WarcReaderTest, ContentLengthTooLongSwallowingNextRecordResyncs) {
  const std::string third = Response("https://x/3", "<p>third</p>");
  const std::string data =
      Record("resource", "Content-Type: text/plain\r\n", "short", 60) + third +
      Response("https://x/4", "<p>fourth</p>");
  CollectSink s = ReadString(data);
  ASSERT_EQ(s.rejections.size(), 1u) << Problems(s);
  EXPECT_EQ(s.rejections[0].location, "record 1");
  ASSERT_EQ(s.articles.size(), 2u);
  EXPECT_EQ(s.articles[0].meta.url, "https://x/3");
}

TEST(WarcReaderTest, LengthRunningPastEndOfFileIsReported) {
  const std::string data =
      Response("https://x/1", "<p>first</p>") +
      Record("resource", "Content-Type: text/plain\r\n", "tail", 99999);
  CollectSink s = ReadString(data);
  ASSERT_EQ(s.articles.size(), 1u);
  ASSERT_EQ(s.rejections.size(), 1u) << Problems(s);
  EXPECT_EQ(s.rejections[0].location, "record 2");
  EXPECT_TRUE(
      s.rejections[0].problem.starts_with("record length 99999 runs past end of file"))
      << s.rejections[0].problem;
}

TEST(WarcReaderTest, BadHeadersAndStrayDataAreReported) {
  const std::string data =
      "garbage before any record\r\n" + Response("https://x/1", "<p>one</p>") +
      "WARC/1.1\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\n\r\nx\r\n\r\n" +
      "WARC/1.1\r\nWARC-Type: resource\r\nthis line has no colon\r\n\r\n" +
      "WARC/1.1\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n" +
      Response("https://x/5", "<p>five</p>");
  CollectSink s = ReadString(data);
  ASSERT_EQ(s.articles.size(), 2u) << Problems(s);
  EXPECT_EQ(s.articles[1].meta.source, "crawl.warc#R5");
  ASSERT_EQ(s.rejections.size(), 4u) << Problems(s);
  EXPECT_EQ(s.rejections[0].location, "byte 0");
  EXPECT_TRUE(s.rejections[0].problem.starts_with("not a WARC record"));
  EXPECT_EQ(s.rejections[1].problem, "no valid Content-Length");
  EXPECT_TRUE(s.rejections[2].problem.starts_with("malformed header line"));
  EXPECT_EQ(s.rejections[3].problem, "no WARC-Type field");
}

TEST(WarcReaderTest, HeaderWithoutBlankLineBeforeNextRecord) {
  const std::string data =
      "WARC/1.1\r\nWARC-Type: response\r\n" + Response("https://x/2", "<p>2</p>");
  CollectSink s = ReadString(data);
  ASSERT_EQ(s.rejections.size(), 1u) << Problems(s);
  EXPECT_NE(s.rejections[0].problem.find("no blank line"), std::string::npos);
  ASSERT_EQ(s.articles.size(), 1u);
  EXPECT_EQ(s.articles[0].meta.source, "crawl.warc#R2");
}

TEST(WarcReaderTest, OversizedRecordIsSkippedWithoutHoldingIt) {
  IngestOptions options;
  options.max_article_bytes = 1000;
  const std::string big(200000, 'b');
  const std::string data = Record("resource", "Content-Type: text/plain\r\n", big) +
                           Record("metadata", "", big) +
                           Response("https://x/3", "<p>ok</p>");
  CollectSink s = ReadString(data, options);
  ASSERT_EQ(s.rejections.size(), 1u) << Problems(s);
  EXPECT_EQ(s.rejections[0].location, "record 1");
  EXPECT_NE(s.rejections[0].problem.find("max_article_bytes"), std::string::npos);
  ASSERT_EQ(s.articles.size(), 1u);
}

TEST(WarcReaderTest, ForgivesMissingFinalBlankLineAtEnd) {
  std::string data = Response("https://x/1", "<p>one</p>");
  data.resize(data.size() - 2);
  CollectSink s = ReadString(data);
  EXPECT_TRUE(s.rejections.empty()) << Problems(s);
  EXPECT_EQ(s.articles.size(), 1u);
}

TEST(WarcReaderTest, EmptyFileIsRejected) {
  CollectSink s = ReadString("");
  ASSERT_EQ(s.rejections.size(), 1u);
  EXPECT_EQ(s.rejections[0].problem, "empty file");
}

TEST(WarcReaderTest, PerRecordGzipAndTruncation) {
  std::string gz;
  for (int i = 1; i <= 3; ++i) {
    gz += Gzip(Response("https://x/" + std::to_string(i),
                        "<p>story " + std::to_string(i) + "</p>"));
  }
  {
    GzipStream in(std::make_unique<StringStream>(gz), 1 << 20);
    CollectSink s;
    ReadWarc(in, "c.warc.gz", IngestOptions{}, s);
    EXPECT_TRUE(s.rejections.empty()) << Problems(s);
    ASSERT_EQ(s.articles.size(), 3u);
    EXPECT_EQ(s.articles[2].meta.source, "c.warc.gz#R3");
  }
  GzipStream in(
      std::make_unique<StringStream>(std::string_view(gz).substr(0, gz.size() - 20)),
      1 << 20);
  CollectSink s;
  ReadWarc(in, "c.warc.gz", IngestOptions{}, s);
  EXPECT_EQ(s.articles.size(), 2u);
  ASSERT_EQ(s.rejections.size(), 1u) << Problems(s);
  EXPECT_EQ(s.rejections[0].location, "record 3");
  EXPECT_NE(s.rejections[0].problem.find("truncated gzip stream"), std::string::npos);
}

}  // namespace
}  // namespace vigil
