#include "store/span_codec.h"

#include <gtest/gtest.h>

#include <limits>

namespace vigil {
namespace {

constexpr uint32_t kMax = std::numeric_limits<uint32_t>::max();

TEST(SpanCodecTest, SpansRoundTrip) {
  const std::vector<std::vector<Span>> cases = {
      {},
      {{0, 0}},
      {{0, 12}, {13, 40}, {41, 41}},
      {{50, 60}, {10, 20}},       // unsorted
      {{30, 20}, {5, 1}},         // end before begin (invalid, still kept)
      {{0, 100}, {20, 30}},       // nested
      {{0, kMax}, {kMax, kMax}},  // extremes
  };
  for (const auto& spans : cases) {
    Result<std::vector<Span>> back = DecodeSpans(EncodeSpans(spans));
    ASSERT_TRUE(back.ok()) << back.status().ToString();
    EXPECT_EQ(*back, spans);
  }
}

TEST(SpanCodecTest, SortedSpansAreCompact) {
  std::vector<Span> sentences;
  for (uint32_t b = 0; b < 100 * 90; b += 90) sentences.push_back({b, b + 88});
  // Each span costs a one-byte gap and a one-byte length (88 < 128).
  EXPECT_LE(EncodeSpans(sentences).size(), 2 + 2 * sentences.size() + 1);
}

TEST(SpanCodecTest, OffsetMapRoundTrip) {
  OffsetMap map;
  map.pieces = {
      {0, 10, 100, 110}, {10, 11, 130, 136}, {11, 30, 90, 109}, {30, 30, kMax, kMax}};
  Result<OffsetMap> back = DecodeOffsetMap(EncodeOffsetMap(map));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  ASSERT_EQ(back->pieces.size(), map.pieces.size());
  for (size_t i = 0; i < map.pieces.size(); ++i) {
    EXPECT_EQ(back->pieces[i].clean_begin, map.pieces[i].clean_begin) << i;
    EXPECT_EQ(back->pieces[i].clean_end, map.pieces[i].clean_end) << i;
    EXPECT_EQ(back->pieces[i].raw_begin, map.pieces[i].raw_begin) << i;
    EXPECT_EQ(back->pieces[i].raw_end, map.pieces[i].raw_end) << i;
  }
}

TEST(SpanCodecTest, EmptyBlobIsEmptyList) {
  EXPECT_TRUE(DecodeSpans("")->empty());
  EXPECT_TRUE(DecodeOffsetMap("")->pieces.empty());
}

TEST(SpanCodecTest, MalformedBlobsAreCorruption) {
  const std::string good = EncodeSpans({{5, 9}, {12, 20}});
  const std::vector<std::string> bad = {
      std::string("\x02\x00", 2),                  // unknown version
      good.substr(0, good.size() - 1),             // truncated
      good + "\x01",                               // trailing byte
      std::string("\x01\xff\xff\xff\xff\x0f", 6),  // count larger than the blob
      std::string("\x01\x01\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80",
                  12),                                     // endless varint
      std::string("\x01\x01\x80\x80\x80\x80\x20\x00", 8),  // begin beyond uint32
      std::string("\x01\x01\x01\x00", 4),                  // negative begin
  };
  for (const std::string& blob : bad) {
    Result<std::vector<Span>> r = DecodeSpans(blob);
    ASSERT_FALSE(r.ok()) << "accepted blob of " << blob.size() << " bytes";
    EXPECT_EQ(r.status().code(), StatusCode::kCorruption);
  }
  EXPECT_FALSE(DecodeOffsetMap(good).ok());  // 4 varints, not a multiple of 4
}

}  // namespace
}  // namespace vigil
