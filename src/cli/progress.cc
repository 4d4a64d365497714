#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace vigil::cli {

Progress::Progress(bool enabled)
    : enabled_(enabled),
      tty_(isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void Progress::Update(int64_t articles, int64_t skipped, int64_t bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  const auto interval = tty_ ? std::chrono::milliseconds(200) : std::chrono::seconds(10);
  if (now - last_ < interval) return;
  last_ = now;
  const double secs = std::chrono::duration<double>(now - start_).count();
  const double rate = secs > 0 ? articles / secs : 0;
  std::fprintf(stderr, "%s%lld articles, %lld skipped, %.1f MB, %.0f articles/s%s",
               tty_ ? "\r\033[K" : "", static_cast<long long>(articles),
               static_cast<long long>(skipped), bytes / 1e6, rate, tty_ ? "" : "\n");
  drawn_ = tty_;
}

void Progress::Finish() {
  if (drawn_) std::fputs("\r\033[K", stderr);
  drawn_ = false;
}

}  // namespace vigil::cli
