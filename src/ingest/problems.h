// Wording shared by the readers for the problems they report, so the same
// problem reads the same whichever reader found it.
#ifndef VIGIL_INGEST_PROBLEMS_H_
#define VIGIL_INGEST_PROBLEMS_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace vigil {

// "article of N bytes exceeds max_article_bytes (M)".
inline std::string TooLargeProblem(uint64_t size, size_t max) {
  return "article of " + std::to_string(size) + " bytes exceeds max_article_bytes (" +
         std::to_string(max) + ")";
}

// "line N", "record N", "byte N": where in an input a problem lies.
inline std::string Location(const char* unit, uint64_t n) {
  return std::string(unit) + " " + std::to_string(n);
}

}  // namespace vigil

#endif  // VIGIL_INGEST_PROBLEMS_H_
