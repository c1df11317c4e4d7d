// The `mizan` executable as a user and a pipeline see it: exit codes, stdin, JSONL lines,
// byte-identical output on identical input.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

#include "tests/scratch_dir.h"

namespace mizan {
namespace {

struct RunResult {
  int exit_code = -1;
  std::string out;
};

// Runs `mizan ARGS` through the shell, capturing stdout (stderr goes to a file).
RunResult RunMizan(const std::string& args, const std::string& stdin_text = "") {
  const auto dir = testing::ScratchDir("mizan_cli_test");
  std::filesystem::create_directories(dir);
  const std::string in_path = (dir / "stdin.txt").string();
  std::ofstream(in_path, std::ios::binary) << stdin_text;
  const std::string command = std::string(MIZAN_BINARY) + " " + args + " < " + in_path +
                              " 2> " + (dir / "stderr.txt").string();
  RunResult result;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buffer[65536];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::filesystem::remove_all(dir);
  return result;
}

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

const std::string kFixtures = MIZAN_FIXTURES_DIR;

TEST_CASE("usage errors exit 2, unreadable input exits 3", "[cli]") {
  CHECK(RunMizan("").exit_code == 2);
  CHECK(RunMizan("frobnicate x").exit_code == 2);
  CHECK(RunMizan("extract --no-such-flag x").exit_code == 2);
  CHECK(RunMizan("extract").exit_code == 2);
  CHECK(RunMizan("extract " + kFixtures + "/bad/fail_nul_byte.txt").exit_code == 3);
  CHECK(RunMizan("--help").exit_code == 0);
}

TEST_CASE("a batch with a bad line still extracts the good ones", "[cli]") {
  RunResult r = RunMizan("extract " + kFixtures + "/bad/fail_malformed_json.jsonl");
  CHECK(r.exit_code == 0);
  for (const nlohmann::json& j : Lines(r.out)) {
    CHECK((j["doc"] == "good-1" || j["doc"] == "good-2"));
  }
}

TEST_CASE("extract --lines - reads one text per stdin line and adds line", "[cli]") {
  RunResult r = RunMizan("extract --lines -", "نحو 10 آلاف جندي\n\nabout 1,500 soldiers\n");
  REQUIRE(r.exit_code == 0);
  for (const nlohmann::json& j : Lines(r.out)) {
    REQUIRE(j.contains("line"));
    CHECK((j["line"] == 1 || j["line"] == 3));
    const std::string text = j["text"];
    const int start = j["start"], end = j["end"];
    CHECK(end - start == static_cast<int>(text.size()));
  }
}

TEST_CASE("extract output is byte-identical across runs and thread counts", "[cli]") {
  const std::string args = "extract " + kFixtures + "/articles --manifest " + kFixtures +
                           "/manifest.jsonl";
  RunResult one = RunMizan(args + " --threads 1");
  RunResult two = RunMizan(args + " --threads 2");
  REQUIRE(one.exit_code == 0);
  CHECK(one.out == two.out);
  // Every line carries the required fields, and text is the exact original substring.
  for (const nlohmann::json& j : Lines(one.out)) {
    for (const char* key : {"doc", "kind", "text", "start", "end", "value"}) {
      CHECK(j.contains(key));
    }
  }
}

}  // namespace
}  // namespace mizan
