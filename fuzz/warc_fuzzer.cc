// Fuzzes the WARC reader (record headers, Content-Length resync, HTTP
// payloads with chunked and compressed bodies) and, for inputs that start
// like gzip, the multi-member gzip stream under it.
#include <cstddef>
#include <cstdint>

#include "ingest/warc_reader.h"
#include "ingest_fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const vigil::IngestOptions options = vigil::fuzz::SmallOptions();
  std::unique_ptr<vigil::ByteStream> in = vigil::fuzz::OpenFuzzInput(input, options);
  vigil::fuzz::CheckingSink sink(options);
  vigil::ReadWarc(*in, "fuzz.warc", options, sink);
  // gzip can expand input ~1000 times; plain input bounds records directly.
  sink.CheckCount(size, 1024);
  return 0;
}
