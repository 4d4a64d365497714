// Progress on stderr for long runs: a redrawn line when stderr is a
// terminal, an occasional plain line otherwise. Not thread-safe.
#ifndef VIGIL_CLI_PROGRESS_H_
#define VIGIL_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>

namespace vigil::cli {

class Progress {
 public:
  explicit Progress(bool enabled);
  // Reports counts so far; cheap to call per article.
  void Update(int64_t articles, int64_t skipped, int64_t bytes);
  // Clears the terminal line, if one was drawn.
  void Finish();

 private:
  bool enabled_;
  bool tty_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace vigil::cli

#endif  // VIGIL_CLI_PROGRESS_H_
