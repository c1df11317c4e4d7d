// The exit codes of `mizan`, the contract a CI job reads. README ("Exit codes") and every
// --help text list them; tests/cli_test.cc checks each.
//
//   return static_cast<int>(ExitForDiagnostics(diagnostics, nothing_read));
#pragma once

#include <vector>

#include "core/error.h"

namespace mizan::cli {

enum class ExitCode : int {
  kOk = 0,             // every input read (warnings allowed: items kept, repaired); check passed
  kCheckFailed = 1,    // mizan check: an expectation failed, or the baseline drifted
  kUsage = 2,          // bad command line (unknown flag, negative --tolerance), or check
                       // given a file that is not a mizan.score/1 report
  kNothingRead = 3,    // no input could be read at all: every path missing or bad, empty
                       // standard input, a report or claims file that cannot be read
  kSomeInputLost = 4,  // the run finished and wrote its outputs, but some input was lost:
                       // any error diagnostic (a missing path, a missing --manifest, a
                       // manifest naming a missing file, a dropped article, line or claim)
  kOutputFailed = 5,   // an output file (--json, --html, --junit, ...) or standard output
                       // could not be written
  kInternal = 6,       // an unexpected failure (out of memory, a bug): please report it
};

// 3 when nothing was read, else 4 when any diagnostic is an error, else 0. Warnings never
// change the exit code: the item they name was kept.
inline ExitCode ExitForDiagnostics(const std::vector<Diagnostic>& diagnostics,
                                   bool nothing_read) {
  if (nothing_read) return ExitCode::kNothingRead;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::kError) return ExitCode::kSomeInputLost;
  }
  return ExitCode::kOk;
}

}  // namespace mizan::cli
