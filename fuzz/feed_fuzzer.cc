// Fuzzes the RSS/Atom feed reader (expat parsing, item and field tracking,
// size limits) and, for inputs that start like gzip, the gzip stream under it.
#include <cstddef>
#include <cstdint>

#include "ingest/feed_reader.h"
#include "ingest_fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const vigil::IngestOptions options = vigil::fuzz::SmallOptions();
  std::unique_ptr<vigil::ByteStream> in = vigil::fuzz::OpenFuzzInput(input, options);
  vigil::fuzz::CheckingSink sink(options);
  vigil::ReadFeed(*in, "fuzz.rss", options, sink);
  sink.CheckCount(size, 1024);
  return 0;
}
