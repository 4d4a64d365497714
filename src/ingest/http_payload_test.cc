#include "ingest/http_payload.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

TEST(DecodeChunkedTest, JoinsChunks) {
  struct Case {
    std::string body, want;
  } cases[] = {
      {"3\r\nabc\r\n0\r\n\r\n", "abc"},
      {"3\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: 1\r\n\r\n", "abcde"},
      {"A\r\n0123456789\r\n0\r\n", "0123456789"},
      {"3;name=value\r\nabc\r\n0\r\n", "abc"},
      {"3\nabc\n0\n", "abc"},   // bare LF line ends
      {"3\r\nabc\r\n", "abc"},  // no final zero chunk
      {"", ""},
  };
  for (const Case& c : cases) {
    Result<std::string> out = DecodeChunked(c.body, 1000);
    ASSERT_TRUE(out.ok()) << c.body << ": " << out.status().ToString();
    EXPECT_EQ(*out, c.want);
  }
}

TEST(DecodeChunkedTest, RejectsMalformedBodies) {
  for (std::string body : {"g\r\nabc\r\n0\r\n", "5\r\nabc", "3\r\nabcX\r\n0\r\n", "3",
                           "ffffffffffffffffffff\r\nabc\r\n", "\r\nabc\r\n"}) {
    EXPECT_FALSE(DecodeChunked(body, 1000).ok()) << body;
  }
  EXPECT_FALSE(DecodeChunked("5\r\nabcde\r\n0\r\n", 4).ok());
}

TEST(FormatForContentTypeTest, MapsMediaTypes) {
  EXPECT_EQ(FormatForContentType("text/html; charset=UTF-8", ""), InputFormat::kHtml);
  EXPECT_EQ(FormatForContentType(" TEXT/HTML ", ""), InputFormat::kHtml);
  EXPECT_EQ(FormatForContentType("application/xhtml+xml", ""), InputFormat::kHtml);
  EXPECT_EQ(FormatForContentType("text/plain", "<p>"), InputFormat::kText);
  EXPECT_EQ(FormatForContentType("", "  <!doctype html>"), InputFormat::kHtml);
  EXPECT_EQ(FormatForContentType("", "plain words"), InputFormat::kText);
  EXPECT_EQ(FormatForContentType("image/jpeg", "<"), std::nullopt);
}

TEST(DecodeHttpResponseTest, StripsStatusLineAndHeaders) {
  Result<Payload> p = DecodeHttpResponse(
      "HTTP/1.0 200 OK\nContent-Type: text/plain\nX-Other: y\n\nbody text", 100);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->bytes, "body text");
  EXPECT_EQ(p->format, InputFormat::kText);
}

TEST(DecodeHttpResponseTest, RejectsProblems) {
  EXPECT_FALSE(DecodeHttpResponse("HTTP/1.1 301 Moved\r\n\r\n<p>x</p>", 100).ok());
  EXPECT_FALSE(
      DecodeHttpResponse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", 100).ok());
  EXPECT_FALSE(DecodeHttpResponse("HTTP/1.1 2xx OK\r\n\r\n<p>x</p>", 100).ok());
  EXPECT_FALSE(
      DecodeHttpResponse("HTTP/1.1 200 OK\r\n\r\n" + std::string(101, 'a'), 100).ok());
}

}  // namespace
}  // namespace vigil
