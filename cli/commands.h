// The subcommands of `mizan`, each a function from parsed options to an exit code
// (cli/exit_code.h). A fatal problem throws mizan::Error; main maps its code to an exit
// code (kUsage -> 2, kUnwritableFile -> 5, other -> 3).
#pragma once

#include <string>
#include <vector>

#include "cli/exit_code.h"
#include "core/input.h"

namespace mizan::cli {

struct CommandOptions {
  int threads = 0;  // 0: all cores
  bool quiet = false;
  std::string json_out, jsonl_out, html_out, markdown_out;  // score outputs
  std::string claims_in;                                    // score --claims
  std::string expect, baseline, junit_out;                  // check
  double tolerance = 0.05;                                  // check --baseline
  bool tolerance_given = false;
};

ExitCode RunExtract(const std::vector<std::string>& paths, const InputOptions& input,
                    const CommandOptions& options);
ExitCode RunCopies(const std::vector<std::string>& paths, const InputOptions& input,
                   const CommandOptions& options);
ExitCode RunScore(const std::vector<std::string>& paths, const InputOptions& input,
                  const CommandOptions& options);
ExitCode RunCheckCommand(const std::vector<std::string>& paths, const CommandOptions& options);

}  // namespace mizan::cli
