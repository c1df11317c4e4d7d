// The subcommands of `mizan`, each a function from parsed options to an exit code.
#pragma once

#include <string>
#include <vector>

#include "core/input.h"

namespace mizan::cli {

constexpr int kExitOk = 0;
constexpr int kExitCheckFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInput = 3;

struct CommandOptions {
  int threads = 0;  // 0: all cores
  bool quiet = false;
  std::string json_out, jsonl_out, html_out, markdown_out;  // score outputs
  std::string claims_in;                                    // score --claims
  std::string expect, baseline, junit_out;                  // check
  double tolerance = 0.05;                                  // check --baseline
};

int RunExtract(const std::vector<std::string>& paths, const InputOptions& input,
               const CommandOptions& options);
int RunCopies(const std::vector<std::string>& paths, const InputOptions& input,
              const CommandOptions& options);
int RunScore(const std::vector<std::string>& paths, const InputOptions& input,
             const CommandOptions& options);
int RunCheckCommand(const std::vector<std::string>& paths, const CommandOptions& options);

}  // namespace mizan::cli
