// libFuzzer target: the decoders of what a store file holds, which may be
// damaged or crafted: event match keys (merge/match_key.h), span and offset
// blobs (store/span_codec.h) and event field JSON (store/event_loader.h).
// The first input byte picks the decoder. A key that decodes must encode
// back to the same bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "merge/match_key.h"
#include "store/event_loader.h"
#include "store/span_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 4) {
    case 0: {
      vigil::MatchKey key;
      if (vigil::DecodeMatchKey(bytes, &key) && vigil::EncodeMatchKey(key) != bytes)
        __builtin_trap();
      break;
    }
    case 1:
      (void)vigil::DecodeSpans(bytes);
      break;
    case 2:
      (void)vigil::DecodeOffsetMap(bytes);
      break;
    default: {
      vigil::Event event;
      (void)vigil::ParseEventFields(bytes, &event);
      std::vector<vigil::Span> spans;
      (void)vigil::ParseSpans(bytes, &spans);
      break;
    }
  }
  return 0;
}
