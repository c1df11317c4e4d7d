// The `mizan` executable as a user and a pipeline see it: exit codes, stdin, JSONL lines,
// byte-identical output on identical input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
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
  std::string err;
};

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Runs `mizan ARGS` through the shell, capturing stdout and stderr.
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
  result.err = ReadFile(dir / "stderr.txt");
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

const std::string kBad = kFixtures + "/bad/";
const std::string kSeeds = kFixtures + "/articles --manifest " + kFixtures + "/manifest.jsonl";

// True when stderr holds the diagnostic `file:line:column: severity: code:`.
bool Says(const RunResult& r, const std::string& place, const std::string& what) {
  return r.err.find(place + ": " + what + ":") != std::string::npos;
}

TEST_CASE("usage errors exit 2, unreadable input exits 3", "[cli]") {
  CHECK(RunMizan("").exit_code == 2);
  CHECK(RunMizan("frobnicate x").exit_code == 2);
  CHECK(RunMizan("extract --no-such-flag x").exit_code == 2);
  CHECK(RunMizan("extract").exit_code == 2);
  CHECK(RunMizan("extract " + kFixtures + "/bad/fail_nul_byte.txt").exit_code == 3);
  CHECK(RunMizan("--help").exit_code == 0);
  // An option of another command is refused, not silently ignored.
  RunResult other = RunMizan("extract --json out.json " + kSeeds);
  CHECK(other.exit_code == 2);
  CHECK(other.err.find("--json is not an option of mizan extract") != std::string::npos);
  CHECK(other.err.find("mizan extract --help") != std::string::npos);
}

TEST_CASE("a batch with a bad line still extracts the good ones, and exits 4", "[cli]") {
  RunResult r = RunMizan("extract " + kFixtures + "/bad/fail_malformed_json.jsonl");
  CHECK(r.exit_code == 4);  // a line was lost: a CI job must see it
  CHECK(Says(r, kBad + "fail_malformed_json.jsonl:2:37", "error: malformed_json"));
  const std::vector<nlohmann::json> lines = Lines(r.out);
  CHECK(!lines.empty());
  for (const nlohmann::json& j : lines) {
    CHECK((j["doc"] == "good-1" || j["doc"] == "good-2"));
  }
}

TEST_CASE("issue 13: a missing path among good ones exits 4, the good ones are read",
          "[cli]") {
  RunResult r = RunMizan("extract " + kBad + "no_such_file.txt " + kBad + "ok_bom_crlf.txt");
  CHECK(r.exit_code == 4);
  CHECK(Says(r, kBad + "no_such_file.txt", "error: unreadable_file"));
  CHECK(!Lines(r.out).empty());
  // All paths missing: nothing read, 3.
  CHECK(RunMizan("extract " + kBad + "no_such_file.txt").exit_code == 3);
}

TEST_CASE("issue 13: a missing --manifest file exits 4, the articles are read", "[cli]") {
  RunResult r = RunMizan("extract " + kFixtures + "/articles --manifest " + kBad +
                         "no_such_manifest.jsonl");
  CHECK(r.exit_code == 4);
  CHECK(Says(r, kBad + "no_such_manifest.jsonl", "error: unreadable_file"));
  CHECK(!Lines(r.out).empty());
}

TEST_CASE("issue 13: a manifest naming a missing file exits 4, the report lists it", "[cli]") {
  const auto dir = testing::ScratchDir("mizan_cli_manifest");
  std::filesystem::create_directories(dir);
  const std::string json = (dir / "r.json").string();
  RunResult r = RunMizan("score " + kFixtures + "/articles --manifest " + kBad +
                         "fail_manifest_missing_file.jsonl --json " + json + " --quiet");
  CHECK(r.exit_code == 4);
  CHECK(Says(r, kBad + "fail_manifest_missing_file.jsonl:2:26", "error: unreadable_file"));
  const nlohmann::json report = nlohmann::json::parse(ReadFile(json));
  REQUIRE(report["diagnostics"].size() == 1);
  CHECK(report["diagnostics"][0]["field"] == "file");
  CHECK(report["diagnostics"][0]["line"] == 2);
  CHECK(report["diagnostics"][0]["column"] == 26);
  CHECK(report["summary"]["documents"] == 5);
  std::filesystem::remove_all(dir);
}

TEST_CASE("issue 13: a bad manifest date is a warning at its field, exit 0", "[cli]") {
  RunResult r = RunMizan("extract " + kFixtures + "/articles --manifest " + kBad +
                         "warn_manifest_bad_date.jsonl");
  CHECK(r.exit_code == 0);
  CHECK(Says(r, kBad + "warn_manifest_bad_date.jsonl:2:77", "warning: bad_date"));
  CHECK(r.err.find("\"published\": \"2025-13-45\"") != std::string::npos);
}

TEST_CASE("issue 13: a manifest inside the article folder", "[cli]") {
  const std::string folder = kBad + "fail_manifest_in_folder";
  RunResult given = RunMizan("extract " + folder + " --manifest " + folder + "/manifest.jsonl");
  CHECK(given.exit_code == 0);
  CHECK(given.err.empty());
  RunResult forgotten = RunMizan("extract " + folder);
  CHECK(forgotten.exit_code == 4);
  CHECK(Says(forgotten, folder + "/manifest.jsonl:1:1", "error: missing_field"));
  CHECK(forgotten.err.find("hint: this looks like a manifest entry") != std::string::npos);
}

TEST_CASE("issue 13: invalid UTF-8 and 1e400 in an extra field are warnings, exit 0",
          "[cli]") {
  RunResult utf8 = RunMizan("extract " + kBad + "warn_invalid_utf8.jsonl");
  CHECK(utf8.exit_code == 0);
  CHECK(Says(utf8, kBad + "warn_invalid_utf8.jsonl:2:25", "warning: invalid_utf8"));
  RunResult txt = RunMizan("extract " + kBad + "warn_invalid_utf8.txt");
  CHECK(txt.exit_code == 0);
  CHECK(Says(txt, kBad + "warn_invalid_utf8.txt:2:22", "warning: invalid_utf8"));
  RunResult big = RunMizan("extract " + kBad + "warn_number_overflow.jsonl");
  CHECK(big.exit_code == 0);
  CHECK(Says(big, kBad + "warn_number_overflow.jsonl:2:43", "warning: number_out_of_range"));
}

TEST_CASE("issue 13: plain text on stdin hints at --lines, empty stdin exits 3", "[cli]") {
  const std::string plain = ReadFile(kBad + "fail_plain_text_on_stdin.txt");
  RunResult r = RunMizan("extract -", plain);
  CHECK(r.exit_code == 3);
  CHECK(Says(r, "-:1:1", "error: malformed_json"));
  CHECK(r.err.find("use --lines -") != std::string::npos);
  CHECK(RunMizan("extract --lines -", plain).exit_code == 0);

  // A folder with no article in it is not a successful run either.
  const auto dir = testing::ScratchDir("mizan_cli_empty_folder");
  std::filesystem::create_directories(dir / "none");
  RunResult folder = RunMizan("extract " + (dir / "none").string());
  CHECK(folder.exit_code == 3);
  CHECK(folder.err.find("error: empty_input: the folder") != std::string::npos);
  std::filesystem::remove_all(dir);

  const std::string empty = ReadFile(kBad + "fail_empty_stdin.jsonl");
  for (const char* args : {"extract -", "extract --lines -", "score - --quiet",
                           "score --claims - --quiet"}) {
    RunResult e = RunMizan(args, empty);
    CHECK(e.exit_code == 3);
    CHECK(e.err.find("error: empty_input: standard input is empty") != std::string::npos);
  }
}

TEST_CASE("issue 13: bad structured claims are errors at their field, exit 4", "[cli]") {
  struct Case {
    std::string fixture, place, what;
  };
  for (const Case& c : std::vector<Case>{
           {"fail_claims_bad_date.jsonl", ":2:56", "error: bad_date"},
           {"fail_claims_low_above_high.jsonl", ":2:40", "error: bad_field_value"},
           {"fail_claims_unknown_source_type.jsonl", ":2:56", "error: bad_field_value"},
           {"fail_claims_value_out_of_range.jsonl", ":2:49", "error: number_out_of_range"},
       }) {
    RunResult r = RunMizan("score --claims " + kBad + c.fixture + " --quiet");
    CHECK(r.exit_code == 4);
    CHECK(Says(r, kBad + c.fixture + c.place, c.what));
    CHECK(r.err.find("not a JSON object") == std::string::npos);
    CHECK(nlohmann::json::parse(r.out)["summary"]["claims"] == 1);
  }
  RunResult warn = RunMizan("score --claims " + kBad + "warn_claims_number_out_of_range.jsonl --quiet");
  CHECK(warn.exit_code == 0);
  CHECK(Says(warn, kBad + "warn_claims_number_out_of_range.jsonl:2:66",
             "warning: number_out_of_range"));
  CHECK(nlohmann::json::parse(warn.out)["summary"]["claims"] == 2);
}

TEST_CASE("issue 13: check refuses another schema and a negative tolerance with exit 2",
          "[cli]") {
  RunResult other = RunMizan("check " + kBad + "fail_check_other_schema.json --expect " +
                             kFixtures + "/expect/seeds.json");
  CHECK(other.exit_code == 2);
  CHECK(other.err.rfind("mizan: " + kBad + "fail_check_other_schema.json is not a score "
                        "report: its schema is \"mizan.copies/1\"", 0) == 0);
  CHECK(std::count(other.err.begin(), other.err.end(), '\n') == 2);  // one message + usage hint
  RunResult baseline = RunMizan("check " + kBad + "fail_check_other_schema.json --baseline " +
                                kBad + "fail_check_other_schema.json");
  CHECK(baseline.exit_code == 2);
  for (const char* tolerance : {"-0.1", "nan", "0.05x"}) {
    RunResult t = RunMizan("check a.json --baseline b.json --tolerance " + std::string(tolerance));
    CHECK(t.exit_code == 2);
    CHECK(t.err.find("--tolerance needs a number of at least 0") != std::string::npos);
  }
  CHECK(RunMizan("check a.json --expect b.json --tolerance 0.1").exit_code == 2);
}

TEST_CASE("issue 13: an output that cannot be written exits 5, not 3", "[cli]") {
  RunResult json = RunMizan("score " + kSeeds + " --json /nonexistent-mizan-dir/r.json --quiet");
  CHECK(json.exit_code == 5);
  CHECK(json.err.find("cannot write /nonexistent-mizan-dir/r.json") != std::string::npos);
  if (std::filesystem::exists("/dev/full")) {
    CHECK(RunMizan("extract " + kSeeds + " > /dev/full").exit_code == 5);
  }
}

TEST_CASE("issue 13: every command has its own --help with examples", "[cli]") {
  const std::string global = RunMizan("--help").out;
  for (const char* command : {"extract", "copies", "score", "check"}) {
    RunResult r = RunMizan(std::string(command) + " --help");
    CHECK(r.exit_code == 0);
    CHECK(r.out.rfind("mizan " + std::string(command) + ":", 0) == 0);
    CHECK(r.out.find("Examples:") != std::string::npos);
    CHECK(r.out.find("Exit codes:") != std::string::npos);
    CHECK(r.out != global);
    CHECK(RunMizan("help " + std::string(command)).out == r.out);
  }
}

TEST_CASE("issue 13: README's command-line block is the --help text, exit codes included",
          "[cli]") {
  const std::string readme = ReadFile(kFixtures + "/../README.md");
  const std::string help = RunMizan("--help").out;
  REQUIRE(!help.empty());
  CHECK(readme.find("```\n" + help + "```") != std::string::npos);
  for (const char* code : {"0  ok", "1  check", "2  usage", "3  nothing", "4  some input",
                           "5  an output", "6  internal"}) {
    CHECK(help.find(code) != std::string::npos);
  }
}

TEST_CASE("issue 13: --version gives the CMake version, and the commit in a clone", "[cli]") {
  RunResult r = RunMizan("--version");
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("mizan " MIZAN_PROJECT_VERSION " (", 0) == 0);
  // A clone names its commit when git was there to ask (version.cmake records none without
  // git: a clone copied onto a machine that never installed it).
  const bool have_git = std::system("git --version > /dev/null 2>&1") == 0;
  if (std::filesystem::exists(kFixtures + "/../.git") && have_git) {
    CHECK(r.out.find("(git ") != std::string::npos);
  }
}

TEST_CASE("issue 13: version.cmake outside a git clone records no commit", "[cli]") {
  // A tarball: no .git beside the sources, so no commit, whatever git says.
  const auto dir = testing::ScratchDir("mizan_version_test");
  std::filesystem::create_directories(dir / "src");
  const std::string header = (dir / "version.h").string();
  const std::string command = std::string(MIZAN_CMAKE_COMMAND) + " -DSOURCE_DIR=" +
                              (dir / "src").string() + " -DOUTPUT=" + header +
                              " -DVERSION=9.8.7 -DGIT=git -P " + kFixtures +
                              "/../cmake/version.cmake";
  REQUIRE(std::system(command.c_str()) == 0);
  const std::string text = ReadFile(header);
  CHECK(text.find("#define MIZAN_VERSION \"9.8.7\"") != std::string::npos);
  CHECK(text.find("#define MIZAN_GIT_COMMIT \"\"") != std::string::npos);
  std::filesystem::remove_all(dir);
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
