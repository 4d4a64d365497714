#include "ingest/gzip_stream.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "ingest/test_util.h"

namespace vigil {
namespace {

using testing::Gzip;

// Reads the whole stream in small pieces; returns the status that ended it.
Status Drain(ByteStream& in, std::string* out, size_t piece = 7) {
  std::string buf(piece, '\0');
  for (;;) {
    Result<size_t> got = in.Read(buf.data(), buf.size());
    if (!got.ok()) return got.status();
    if (*got == 0) return Status::Ok();
    out->append(buf.data(), *got);
  }
}

std::string Decompress(std::string_view compressed, Status* status,
                       uint64_t max_output = 1 << 20) {
  GzipStream gz(std::make_unique<StringStream>(compressed), max_output);
  std::string out;
  *status = Drain(gz, &out);
  return out;
}

TEST(GzipStreamTest, RoundTripsOneMember) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "line " + std::to_string(i) + "\n";
  Status status;
  EXPECT_EQ(Decompress(Gzip(text), &status), text);
  EXPECT_TRUE(status.ok()) << status.ToString();
}

TEST(GzipStreamTest, ReadsConcatenatedMembersAsOneStream) {
  Status status;
  const std::string data = Gzip("first member\n") + Gzip("second\n") + Gzip("third\n");
  EXPECT_EQ(Decompress(data, &status), "first member\nsecond\nthird\n");
  EXPECT_TRUE(status.ok()) << status.ToString();
}

TEST(GzipStreamTest, ReadsZlibFormat) {
  const std::string text = "zlib wrapped data";
  uLongf size = compressBound(text.size());
  std::string packed(size, '\0');
  ASSERT_EQ(compress(reinterpret_cast<Bytef*>(packed.data()), &size,
                     reinterpret_cast<const Bytef*>(text.data()), text.size()),
            Z_OK);
  packed.resize(size);
  Status status;
  EXPECT_EQ(Decompress(packed, &status), text);
  EXPECT_TRUE(status.ok());
}

TEST(GzipStreamTest, EmptyInputIsAnEmptyStream) {
  Status status;
  EXPECT_EQ(Decompress("", &status), "");
  EXPECT_TRUE(status.ok());
}

TEST(GzipStreamTest, TruncatedStreamIsReported) {
  std::string text(20000, 'x');
  for (size_t i = 0; i < text.size(); i += 3) text[i] = static_cast<char>('a' + i % 26);
  const std::string full = Gzip(text);
  Status status;
  const std::string out = Decompress(full.substr(0, full.size() / 2), &status);
  EXPECT_EQ(status.code(), StatusCode::kCorruption);
  EXPECT_NE(status.message().find("truncated gzip stream"), std::string::npos);
  EXPECT_EQ(out, text.substr(0, out.size()));  // what came out was right
}

TEST(GzipStreamTest, TruncatedSecondMemberIsReported) {
  const std::string second = Gzip("second member body");
  Status status;
  Decompress(Gzip("one\n") + second.substr(0, second.size() - 5), &status);
  EXPECT_NE(status.message().find("truncated"), std::string::npos) << status.ToString();
}

TEST(GzipStreamTest, GarbageAfterMemberIsCorruption) {
  Status status;
  EXPECT_EQ(Decompress(Gzip("ok\n") + "not gzip at all", &status), "ok\n");
  EXPECT_EQ(status.code(), StatusCode::kCorruption);
  EXPECT_NE(status.message().find("corrupt gzip data"), std::string::npos);
}

TEST(GzipStreamTest, StopsAtMaxOutput) {
  Status status;
  Decompress(Gzip(std::string(100000, 'a')), &status, 1000);
  EXPECT_EQ(status.code(), StatusCode::kResourceExhausted);
}

TEST(GzipStreamTest, ErrorIsSticky) {
  GzipStream gz(std::make_unique<StringStream>("\x1f\x8b garbage"), 100);
  char buf[16];
  EXPECT_FALSE(gz.Read(buf, sizeof(buf)).ok());
  EXPECT_FALSE(gz.Read(buf, sizeof(buf)).ok());
}

TEST(GzipStreamTest, IsGzipPathByExtension) {
  EXPECT_TRUE(IsGzipPath("a.warc.gz"));
  EXPECT_TRUE(IsGzipPath("A.JSONL.GZ"));
  EXPECT_FALSE(IsGzipPath("a.gzip"));
  EXPECT_FALSE(IsGzipPath("gz"));
}

TEST(InflateBufferTest, GzipAndRawDeflate) {
  Result<std::string> out = InflateBuffer(Gzip("<p>hello</p>"), 1000);
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, "<p>hello</p>");

  // Raw deflate: a gzip member without its 10-byte header and 8-byte trailer.
  const std::string member = Gzip("raw body");
  out = InflateBuffer(member.substr(10, member.size() - 18), 1000);
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, "raw body");
}

TEST(InflateBufferTest, LimitsAndErrors) {
  EXPECT_FALSE(InflateBuffer(Gzip(std::string(5000, 'z')), 100).ok());
  const std::string member = Gzip("a body long enough to cut");
  EXPECT_FALSE(InflateBuffer(member.substr(0, member.size() - 12), 1000).ok());
  EXPECT_FALSE(InflateBuffer("plain text", 1000).ok());
}

}  // namespace
}  // namespace vigil
