#include "common/json_writer.h"

#include <gtest/gtest.h>

namespace vigil {
namespace {

TEST(JsonWriterTest, NestedContainersGetCommasRight) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("a");
  w.Int(1);
  w.Key("b");
  w.BeginArray();
  w.String("x");
  w.Null();
  w.BeginObject();
  w.EndObject();
  w.EndArray();
  w.Key("c");
  w.Bool(false);
  w.EndObject();
  EXPECT_EQ(out, R"({"a":1,"b":["x",null,{}],"c":false})");
}

TEST(JsonWriterTest, EscapesControlAndQuoteCharacters) {
  std::string out;
  AppendJsonString("q\"\\\n\t\x01", &out);
  EXPECT_EQ(out, R"("q\"\\\n\t\u0001")");
}

TEST(JsonWriterTest, KeepsUnicodeAndReplacesInvalidBytes) {
  std::string out;
  AppendJsonString("\xE2\x80\x9Chi\xE2\x80\x9D \xFF", &out);
  EXPECT_EQ(out, "\"\xE2\x80\x9Chi\xE2\x80\x9D \xEF\xBF\xBD\"");
}

TEST(JsonWriterTest, StringOrNull) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  w.StringOrNull("");
  w.StringOrNull("v");
  w.EndArray();
  EXPECT_EQ(out, R"([null,"v"])");
}

}  // namespace
}  // namespace vigil
