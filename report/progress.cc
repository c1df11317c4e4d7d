#include "report/progress.h"

#include <unistd.h>

#include <cmath>

namespace mizan {

Progress::Progress(size_t total_articles, ProgressOptions options)
    : options_(options), total_(total_articles), start_(std::chrono::steady_clock::now()) {
  if (options_.enabled >= 0) {
    enabled_ = options_.enabled == 1 && options_.out != nullptr;
  } else {
    enabled_ = options_.out != nullptr && isatty(fileno(options_.out)) == 1;
  }
}

Progress::~Progress() { Finish(); }

std::string Progress::Line(size_t done, size_t total, size_t claims, double elapsed_seconds) {
  std::string line = "articles " + std::to_string(done) + "/" + std::to_string(total) +
                     ", claims " + std::to_string(claims);
  if (done > 0 && done < total && elapsed_seconds > 0) {
    const double left = elapsed_seconds / static_cast<double>(done) *
                        static_cast<double>(total - done);
    if (left >= 120) {
      line += ", ~" + std::to_string(static_cast<long>(std::ceil(left / 60))) + " min left";
    } else {
      line += ", ~" + std::to_string(static_cast<long>(std::ceil(left))) + " s left";
    }
  }
  return line;
}

void Progress::Update(size_t articles_done, size_t claims_found) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (finished_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < options_.min_interval && articles_done < total_) return;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  std::string line(1, ' ');  // not " " + string&&: GCC 12 warns falsely (bug 105329)
  line += Line(articles_done, total_, claims_found, elapsed);
  // Pad over the previous, possibly longer, line instead of relying on terminal escapes.
  const size_t width = line.size();
  if (width < last_width_) line.append(last_width_ - width, ' ');
  last_width_ = width;
  std::fprintf(options_.out, "\r%s", line.c_str());
  std::fflush(options_.out);
  last_draw_ = now;
  drawn_ = true;
}

void Progress::Finish() {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (finished_) return;
  finished_ = true;
  if (drawn_) {
    std::fprintf(options_.out, "\r%s\r", std::string(last_width_, ' ').c_str());
    std::fflush(options_.out);
  }
}

}  // namespace mizan
