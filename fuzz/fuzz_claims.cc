// Fuzzes the structured-claims reader (mizan score --claims): any bytes as JSONL. Never a
// crash; every claim read has a source and an object, finite bounds and low <= high; every
// diagnostic names a line, a column and a byte inside the input.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "scoring/score.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<mizan::Diagnostic> diagnostics;
  const mizan::ScoreInput input = mizan::ReadStructuredClaims(text, "fuzz.jsonl", diagnostics);
  for (const mizan::ScoreClaim& c : input.claims) {
    if (c.origins.empty() || c.origins[0].empty() || c.object.empty()) __builtin_trap();
    const auto& low = c.value.low;
    const auto& high = c.value.high;
    if (!low && !high) __builtin_trap();
    if ((low && !std::isfinite(*low)) || (high && !std::isfinite(*high))) __builtin_trap();
    if (low && high && *low > *high) __builtin_trap();
  }
  for (const mizan::Diagnostic& d : diagnostics) {
    if (d.line == 0 || d.column == 0 || d.byte_offset > size) __builtin_trap();
  }
  return 0;
}
