#include <gtest/gtest.h>

#include "vigil/document.h"

namespace vigil {
namespace {

TEST(OffsetMapTest, EmptyMapIsIdentity) {
  OffsetMap m;
  EXPECT_EQ(m.ToRaw(0), 0u);
  EXPECT_EQ(m.ToRaw(17), 17u);
}

TEST(OffsetMapTest, ExactInsideSameLengthPieces) {
  // clean "ab\ncd" from raw "xxab....cd": ab at raw 2, cd at raw 8.
  OffsetMap m;
  m.pieces = {{0, 2, 2, 4}, {3, 5, 8, 10}};
  EXPECT_EQ(m.ToRaw(0), 2u);
  EXPECT_EQ(m.ToRaw(1), 3u);
  EXPECT_EQ(m.ToRaw(2), 8u);  // the joining newline maps to the next piece
  EXPECT_EQ(m.ToRaw(4), 9u);
  EXPECT_EQ(m.ToRaw(5), 10u);  // end of text maps to end of last piece
}

TEST(OffsetMapTest, NormalisedPieceMapsToItsStart) {
  OffsetMap m;
  m.pieces = {{0, 3, 10, 20}};  // 10 raw bytes became 3 clean ones
  EXPECT_EQ(m.ToRaw(2), 10u);
}

}  // namespace
}  // namespace vigil
