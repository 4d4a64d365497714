// libFuzzer target: Cleaner::Clean on arbitrary bytes, which covers charset
// detection and transcoding (clean/charset.h) before the HTML or text
// cleaner. The first input byte picks the format and a transport charset.
#include <cstddef>
#include <cstdint>
#include <string>

#include "clean/cleaner.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const vigil::Cleaner cleaner;
  static const char* const kTypes[] = {"", "text/html; charset=windows-1256",
                                       "text/plain; charset=koi8-r",
                                       "text/html; charset=utf-16"};
  vigil::RawArticle a;
  a.meta.source = "fuzz";
  a.format = (data[0] & 1) ? vigil::InputFormat::kHtml : vigil::InputFormat::kText;
  a.meta.content_type = kTypes[(data[0] >> 1) & 3];
  a.bytes.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  vigil::Result<vigil::Document> doc = cleaner.Clean(a);
  if (doc.ok() && doc->text.empty()) __builtin_trap();  // a document has text
  return 0;
}
