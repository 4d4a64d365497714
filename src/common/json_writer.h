// A small streaming JSON writer: appends to a std::string, escapes strings
// per RFC 8259, and keeps commas right. Not thread-safe; one per output.
#ifndef VIGIL_COMMON_JSON_WRITER_H_
#define VIGIL_COMMON_JSON_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

namespace vigil {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  // Object key; must be followed by exactly one value.
  void Key(std::string_view key);
  void String(std::string_view s);
  void Int(long long v);
  void Double(double v);
  void Bool(bool v);
  void Null();
  // String, or null when `s` is empty.
  void StringOrNull(std::string_view s);

 private:
  void BeforeValue();
  std::string* out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

// Appends `s` as a JSON string literal (with quotes) to *out. Invalid UTF-8
// bytes become U+FFFD so the output is always valid JSON.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace vigil

#endif  // VIGIL_COMMON_JSON_WRITER_H_
