// For tests that need the whole extractor (entities before events): one
// Extractor with the built-in knowledge base, loaded once per test binary,
// and the attacks it finds in a text.
#ifndef VIGIL_EXTRACT_TEST_EXTRACTOR_H_
#define VIGIL_EXTRACT_TEST_EXTRACTOR_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"

namespace vigil::testing {

// The shared extractor; null (with a test failure) when it cannot be made.
inline const Extractor* SharedExtractor() {
  static const std::unique_ptr<Extractor> extractor = [] {
    auto made = Extractor::Create();
    EXPECT_TRUE(made.ok()) << made.status().ToString();
    return made.ok() ? std::move(made).value() : nullptr;
  }();
  return extractor.get();
}

// The attacks the shared extractor finds in `text`, published on `published`.
inline std::vector<Event> AttacksIn(const std::string& text,
                                    const std::string& published) {
  std::vector<Event> out;
  const Extractor* extractor = SharedExtractor();
  if (extractor == nullptr) return out;
  Document d;
  d.text = text;
  d.published = published;
  for (Event& e : extractor->Extract(d).events) {
    if (e.type == EventType::kAttack) out.push_back(std::move(e));
  }
  return out;
}

}  // namespace vigil::testing

#endif  // VIGIL_EXTRACT_TEST_EXTRACTOR_H_
