#include "ingest/buffered_reader.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

using LineStatus = BufferedReader::LineStatus;

// Hands out at most `piece` bytes per Read, to exercise refills.
class TrickleStream : public ByteStream {
 public:
  TrickleStream(std::string data, size_t piece) : data_(std::move(data)), piece_(piece) {}
  Result<size_t> Read(char* buf, size_t n) override {
    const size_t got = std::min({n, piece_, data_.size() - pos_});
    data_.copy(buf, got, pos_);
    pos_ += got;
    return got;
  }
  uint64_t SourceOffset() const override { return pos_; }

 private:
  std::string data_;
  size_t piece_;
  size_t pos_ = 0;
};

TEST(BufferedReaderTest, ReadsLinesAndUnterminatedLast) {
  StringStream in("one\ntwo\r\n\nlast");
  BufferedReader r(&in);
  std::string_view line;
  ASSERT_EQ(r.ReadLine(100, &line), LineStatus::kLine);
  EXPECT_EQ(line, "one");
  ASSERT_EQ(r.ReadLine(100, &line), LineStatus::kLine);
  EXPECT_EQ(line, "two\r");
  ASSERT_EQ(r.ReadLine(100, &line), LineStatus::kLine);
  EXPECT_EQ(line, "");
  ASSERT_EQ(r.ReadLine(100, &line), LineStatus::kUnterminated);
  EXPECT_EQ(line, "last");
  EXPECT_EQ(r.ReadLine(100, &line), LineStatus::kEnd);
  EXPECT_EQ(r.offset(), 14u);
}

TEST(BufferedReaderTest, DropsOverlongLineWhole) {
  const std::string long_line(300000, 'x');
  TrickleStream in("short\n" + long_line + "\nafter\n", 4096);
  BufferedReader r(&in);
  std::string_view line;
  ASSERT_EQ(r.ReadLine(1000, &line), LineStatus::kLine);
  EXPECT_EQ(r.ReadLine(1000, &line), LineStatus::kTooLong);
  ASSERT_EQ(r.ReadLine(1000, &line), LineStatus::kLine);
  EXPECT_EQ(line, "after");
}

TEST(BufferedReaderTest, LineOfExactlyMaxBytesIsKept) {
  StringStream in("abcde\nabcdef\n");
  BufferedReader r(&in);
  std::string_view line;
  EXPECT_EQ(r.ReadLine(5, &line), LineStatus::kLine);
  EXPECT_EQ(r.ReadLine(5, &line), LineStatus::kTooLong);
}

TEST(BufferedReaderTest, SkipToFindsPatternAcrossRefills) {
  std::string data(200000, '.');
  data += "\nWARC/1.1\r\n";
  TrickleStream in(data, 3);
  BufferedReader r(&in);
  ASSERT_TRUE(r.SkipTo("\nWARC/"));
  EXPECT_EQ(r.offset(), 200000u);
  EXPECT_TRUE(r.Peek(6).starts_with("\nWARC/"));
}

TEST(BufferedReaderTest, SkipToMissingPatternDrainsAll) {
  StringStream in("nothing to see here");
  BufferedReader r(&in);
  EXPECT_FALSE(r.SkipTo("WARC/"));
  EXPECT_TRUE(r.AtEnd());
}

TEST(BufferedReaderTest, SkipAndPeek) {
  TrickleStream in("0123456789", 2);
  BufferedReader r(&in);
  EXPECT_EQ(r.Peek(5).substr(0, 5), "01234");
  EXPECT_EQ(r.Skip(7), 7u);
  EXPECT_EQ(r.Peek(10), "789");
  EXPECT_EQ(r.Skip(10), 3u);
  EXPECT_TRUE(r.AtEnd());
}

}  // namespace
}  // namespace vigil
