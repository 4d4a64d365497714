// Inputs shared by the stage benchmarks: the bundled samples, and the aeb
// pages from ../shared when present. Loaded once per process.
#ifndef VIGIL_BENCH_BENCH_INPUTS_H_
#define VIGIL_BENCH_BENCH_INPUTS_H_

#include <string>
#include <vector>

namespace vigil::bench {

// Contents of files under `dir` (recursively) whose names end with `suffix`,
// sorted by path; empty when the folder does not exist.
std::vector<std::string> LoadFiles(const std::string& dir, const std::string& suffix);

// Plain-text articles of about `bytes` each, built by concatenating the
// sample .txt files' paragraphs (so they carry realistic boilerplate).
const std::vector<std::string>& TextArticles(size_t bytes = 4096);

// HTML pages: ../shared/eval/dev/aeb/inputs when present, else samples/*.html.
const std::vector<std::string>& HtmlPages();

}  // namespace vigil::bench

#endif  // VIGIL_BENCH_BENCH_INPUTS_H_
