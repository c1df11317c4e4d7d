// Progress of a long batch on standard error, for a person watching a terminal:
//   "\r articles 120/5000, claims 3400, ~12 s left"
// redrawn at most every 250 ms, and nothing at all when stderr is not a terminal (CI logs
// and pipes stay clean). Finish() clears the line.
//
//   Progress progress(documents.size());
//   for (...) { ...; progress.Update(done, claims_so_far); }
//   progress.Finish();
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <mutex>
#include <string>

namespace mizan {

struct ProgressOptions {
  // | field       | default          | meaning                                          |
  // |-------------|------------------|--------------------------------------------------|
  // | out         | stderr           | where the line goes                              |
  // | enabled     | isatty(out)      | false: every call is a no-op                     |
  // | min_interval| 250 ms           | the line is redrawn at most this often           |
  std::FILE* out = stderr;
  int enabled = -1;  // -1: decide by isatty(fileno(out)); 0 off; 1 on (tests)
  std::chrono::milliseconds min_interval{250};
};

class Progress {
 public:
  explicit Progress(size_t total_articles, ProgressOptions options = {});
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Thread-safe. Draws when enough time passed since the last drawing, and always for the
  // last article.
  void Update(size_t articles_done, size_t claims_found);
  // Clears the line (once); later Updates are ignored.
  void Finish();
  bool enabled() const { return enabled_; }

  // The text of the line without "\r" and padding, e.g. "articles 3/10, claims 40, ~7 s left".
  static std::string Line(size_t done, size_t total, size_t claims, double elapsed_seconds);

 private:
  ProgressOptions options_;
  size_t total_;
  bool enabled_;
  bool finished_ = false;
  size_t last_width_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  bool drawn_ = false;
  std::mutex mutex_;
};

}  // namespace mizan
