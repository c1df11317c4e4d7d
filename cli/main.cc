// mizan: the command line. The only code that touches argv, stdout, stderr and exit codes;
// everything else is a library call. Subcommands: extract, copies, score, check.
//
//   mizan extract fixtures/articles --manifest fixtures/manifest.jsonl
//   mizan score fixtures/articles --manifest fixtures/manifest.jsonl --json out.json --html out.html
//   mizan check out.json --expect fixtures/expect/seeds.json --junit junit.xml

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "core/error.h"

namespace mizan::cli {
namespace {

constexpr std::string_view kUsage = R"(mizan: weighs numeric claims across news sources.

Usage:
  mizan extract [options] PATH...      every numeric mention as JSONL on stdout
  mizan extract --lines -              one independent text per stdin line; adds "line"
  mizan copies [options] PATH...       groups of articles that are one story, as JSONL
  mizan score [options] PATH...        align, weigh and score; writes the report files
  mizan score --claims CLAIMS.jsonl    score structured claims {"source","object","value",...}
  mizan check REPORT.json --expect EXPECT.json [--junit OUT.xml]
  mizan check REPORT.json --baseline OLD.json [--tolerance 0.05] [--junit OUT.xml]

PATH is a .txt article, a .jsonl file of {"id","text",...} articles, a folder of them
(searched recursively, in sorted order), or - for standard input (JSONL).

Options:
  --manifest FILE          metadata for .txt articles: JSON array or JSONL of
                           {"id" or "file", "outlet", "published", "url", "title", "language"}
  --max-article-bytes N    skip larger articles with a diagnostic (default 16777216)
  --threads N              worker threads for extraction (default: all cores)
  --json FILE              score: the JSON report (schema mizan.score/1)
  --jsonl FILE             score: one scored claim per line
  --html FILE              score: the self-contained HTML report for editors
  --markdown FILE          score: a Markdown summary for pasting into newsroom tools
  --quiet                  no progress or summary on stderr
  -h, --help               this text

Exit codes: 0 ok; 1 check failed; 2 usage error; 3 no input could be read.
Diagnostics for bad items (file:line:column: code: message) go to stderr and into the
report; the rest of the batch is still processed.
)";

// Parsed command line: flags bind straight into these fields.
struct Args {
  std::string command;
  std::vector<std::string> paths;
  InputOptions input;
  CommandOptions options;
};

int ParsePositiveInt(const std::string& flag, const std::string& value) {
  try {
    size_t used = 0;
    const long long n = std::stoll(value, &used);
    if (used == value.size() && n > 0 && n <= (1LL << 40)) return static_cast<int>(std::min<long long>(n, 1 << 30));
  } catch (const std::exception&) {
  }
  throw Error(ErrorCode::kUsage, flag + " needs a positive number, not \"" + value + "\"");
}

Args ParseArgs(int argc, char** argv) {
  if (argc < 2) throw Error(ErrorCode::kUsage, "no command given");
  Args args;
  args.command = argv[1];
  if (args.command == "-h" || args.command == "--help" || args.command == "help") {
    args.command = "help";
    return args;
  }
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw Error(ErrorCode::kUsage, arg + " needs a value");
      return argv[++i];
    };
    if (arg == "-h" || arg == "--help") {
      args.command = "help";
      return args;
    } else if (arg == "--manifest") {
      args.input.manifest = value();
    } else if (arg == "--max-article-bytes") {
      args.input.max_article_bytes = static_cast<size_t>(ParsePositiveInt(arg, value()));
    } else if (arg == "--lines") {
      args.input.lines_mode = true;
    } else if (arg == "--threads") {
      args.options.threads = ParsePositiveInt(arg, value());
    } else if (arg == "--json") {
      args.options.json_out = value();
    } else if (arg == "--jsonl") {
      args.options.jsonl_out = value();
    } else if (arg == "--html") {
      args.options.html_out = value();
    } else if (arg == "--markdown") {
      args.options.markdown_out = value();
    } else if (arg == "--claims") {
      args.options.claims_in = value();
    } else if (arg == "--expect") {
      args.options.expect = value();
    } else if (arg == "--baseline") {
      args.options.baseline = value();
    } else if (arg == "--tolerance") {
      const std::string v = value();
      try {
        args.options.tolerance = std::stod(v);
      } catch (const std::exception&) {
        throw Error(ErrorCode::kUsage, "--tolerance needs a number, not \"" + v + "\"");
      }
    } else if (arg == "--junit") {
      args.options.junit_out = value();
    } else if (arg == "--quiet") {
      args.options.quiet = true;
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      throw Error(ErrorCode::kUsage, "unknown option " + arg);
    } else {
      args.paths.push_back(arg);
    }
  }
  return args;
}

int Run(int argc, char** argv) {
  Args args = ParseArgs(argc, argv);
  if (args.command == "help") {
    std::cout << kUsage;
    return 0;
  }
  if (args.command == "extract") return RunExtract(args.paths, args.input, args.options);
  if (args.command == "copies") return RunCopies(args.paths, args.input, args.options);
  if (args.command == "score") return RunScore(args.paths, args.input, args.options);
  if (args.command == "check") return RunCheckCommand(args.paths, args.options);
  throw Error(ErrorCode::kUsage, "unknown command \"" + args.command + "\"");
}

}  // namespace
}  // namespace mizan::cli

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  try {
    return mizan::cli::Run(argc, argv);
  } catch (const mizan::Error& e) {
    std::cerr << "mizan: " << e.what() << "\n";
    if (e.code() == mizan::ErrorCode::kUsage) {
      std::cerr << "Run 'mizan --help' for usage.\n";
      return mizan::cli::kExitUsage;
    }
    return mizan::cli::kExitInput;
  } catch (const std::exception& e) {
    std::cerr << "mizan: internal error: " << e.what() << "\n";
    return mizan::cli::kExitInput;
  }
}
