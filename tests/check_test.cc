// `mizan check`: expectations, baseline drift and JUnit output, on a hand-built report.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "report/check.h"
#include "report/junit.h"
#include "scoring/score.h"
#include "tests/scratch_dir.h"

namespace mizan {
namespace {

using nlohmann::json;

// Shaped like a "mizan.score/1" report: only the keys `mizan check` reads.
json SampleReport() {
  return json::parse(R"({
    "schema": "mizan.score/1",
    "documents": [{"id": "a"}, {"id": "b"}],
    "claims": [
      {"id": "a#1", "doc": "a", "text": "1500", "start": 10, "end": 14, "unit": "soldier",
       "subject": "north_korea", "predicate": "deployed", "value": {"low": 1500, "high": null, "qualifier": "at_least"},
       "slot": "slot-1", "confidence": 0.72, "verdict": "superseded"},
      {"id": "a#2", "doc": "a", "text": "10 آلاف", "start": 40, "end": 51, "unit": "soldier",
       "subject": "north_korea", "predicate": "deployed", "value": {"low": 10000, "high": 10000, "qualifier": "approx"},
       "slot": "slot-1", "confidence": 0.81, "verdict": "corroborated"},
      {"id": "b#1", "doc": "b", "text": "1500", "start": 3, "end": 7, "unit": "soldier",
       "subject": "north_korea", "predicate": "deployed", "value": {"low": 1500, "high": 1500, "qualifier": "exact"},
       "slot": "slot-1", "confidence": 0.66, "verdict": "superseded"},
      {"id": "b#2", "doc": "b", "text": "12", "start": 30, "end": 32, "unit": "missile",
       "subject": "", "predicate": "fired", "value": {"low": 12, "high": 12, "qualifier": "exact"},
       "slot": "slot-2", "confidence": 0.3, "verdict": "unverifiable"}
    ],
    "slots": [
      {"id": "slot-1", "claims": ["a#1", "a#2", "b#1"], "relation": "evolution",
       "estimate": {"low": 9000, "high": 11000, "value": 10000, "as_of": "2024-10-28"},
       "origins": ["pentagon", "south_korea.nis"]},
      {"id": "slot-2", "claims": ["b#2"], "relation": "single",
       "estimate": {"low": 12, "high": 12, "value": 12, "as_of": "2024-11-20"}, "origins": ["bloggers"]}
    ],
    "diagnostics": []
  })");
}

json PassingExpect() {
  return json::parse(R"({
    "schema": "mizan.expect/1",
    "tolerance": {"confidence": 0.05, "value": 0.02},
    "summary": {"documents": 2, "claims_at_least": 4, "slots_at_least": 2, "diagnostics_at_most": 0},
    "no_contradictions": true,
    "slots": [
      {"name": "troops", "match": {"contains_claim": {"doc": "b", "text": "1500"}},
       "relation": "evolution", "claims_at_least": 3, "origins_at_least": 2,
       "estimate": {"value_at_least": 9900, "value_at_most": 10100, "high_at_most": 11000}},
      {"match": {"unit": "missile"}, "relation_in": ["single", "agreement"]}
    ],
    "claims": [
      {"name": "NIS figure", "match": {"text": "1500"}, "confidence_at_least": 0.7,
       "verdict_in": ["superseded", "corroborated"], "same_slot_as": {"text_contains": "آلاف"}},
      {"match": {"doc": "a", "text": "1500", "occurrence": 0}, "confidence_at_most": 0.75},
      {"match": {"unit": "missile"}, "verdict_not_in": ["contradicted"], "confidence_at_most": 0.5}
    ]
  })");
}

TEST_CASE("RunCheck passes when every expectation holds", "[check]") {
  const CheckResult r = RunCheck(SampleReport(), PassingExpect());
  INFO(r.FailureText());
  CHECK(r.Passed());
  CHECK(r.cases.size() == 7);  // summary, contradictions, 2 slots, 3 claims
  // 0.66 passes "at least 0.7" only thanks to the 0.05 tolerance.
  json strict = PassingExpect();
  strict["tolerance"]["confidence"] = 0.0;
  const CheckResult s = RunCheck(SampleReport(), strict);
  CHECK(s.Failures() == 1);
  CHECK(s.FailureText().find("claim b#1 \"1500\" confidence: expected at least 0.7, actual 0.66") !=
        std::string::npos);
}

TEST_CASE("RunCheck fails with expected and actual values", "[check]") {
  json expect = PassingExpect();
  expect["slots"][0]["relation"] = "contradiction";
  expect["slots"][0]["estimate"]["value_at_least"] = 20000;
  expect["claims"][2]["match"]["unit"] = "tank";
  expect["claims"][1]["confidence_atleast"] = 0.9;  // a typo must not pass silently
  const CheckResult r = RunCheck(SampleReport(), expect);
  CHECK_FALSE(r.Passed());
  CHECK(r.Failures() == 3);
  const std::string text = r.FailureText();
  CHECK(text.find("FAIL slots/troops\n") != std::string::npos);
  CHECK(text.find("slot slot-1 relation: expected contradiction, actual evolution") != std::string::npos);
  CHECK(text.find("slot slot-1 estimate.value: expected at least 20000 (tolerance 400), actual 10000") !=
        std::string::npos);
  CHECK(text.find("expected a claim matching unit=tank, actual none") != std::string::npos);
  CHECK(text.find("unknown key \"confidence_atleast\"") != std::string::npos);
  CHECK(text.find("3 of 7 expectations failed") != std::string::npos);

  const std::string xml = JUnitXml(r, "seeds");
  CHECK(xml.find("<testsuite name=\"seeds\" tests=\"7\" failures=\"3\"") != std::string::npos);
  CHECK(xml.find("<testcase classname=\"slots\" name=\"troops\">") != std::string::npos);
  CHECK(xml.find("<failure message=\"slot slot-1 relation: expected contradiction, actual evolution\"") !=
        std::string::npos);
  CHECK(xml.find("<testcase classname=\"summary\" name=\"summary\"/>") != std::string::npos);
}

TEST_CASE("RunCheck names a verdict no report can hold", "[check]") {
  json expect = PassingExpect();
  expect["claims"][2]["verdict_not_in"] = {"contradicted", "contradictd"};
  const CheckResult r = RunCheck(SampleReport(), expect);
  CHECK(r.Failures() == 1);
  CHECK(r.FailureText().find("unknown verdict \"contradictd\" in \"verdict_not_in\"") !=
        std::string::npos);
}

TEST_CASE("Verdict ids round-trip through ToString and ParseVerdict", "[check]") {
  for (Verdict v : {Verdict::kCorroborated, Verdict::kUncorroborated, Verdict::kSuperseded,
                    Verdict::kStale, Verdict::kContradicted, Verdict::kUnverifiable}) {
    CHECK(ParseVerdict(ToString(v)) == v);
  }
  CHECK(ToString(Verdict::kContradicted) == "contradicted");
  CHECK_FALSE(ParseVerdict("Corroborated").has_value());
  CHECK_FALSE(ParseVerdict("").has_value());
}

TEST_CASE("RunCheck counts contradictions and rejects a wrong schema", "[check]") {
  json report = SampleReport();
  report["slots"][1]["relation"] = "contradiction";
  const CheckResult r = RunCheck(report, PassingExpect());
  CHECK(r.Failures() == 2);  // no_contradictions, and the missile slot's relation_in
  CHECK(r.FailureText().find("contradictions: expected at most 0, actual 1 (slot-2)") != std::string::npos);
  json allow = PassingExpect();
  allow.erase("no_contradictions");
  allow["contradictions_at_most"] = 1;
  allow["slots"][1]["relation_in"].push_back("contradiction");
  CHECK(RunCheck(report, allow).Passed());
  CHECK_THROWS_AS(RunCheck(report, json::parse(R"({"schema": "other"})")), Error);
}

TEST_CASE("CompareBaseline fails on confidence drift and new contradictions", "[check]") {
  const json before = SampleReport();
  CHECK(CompareBaseline(before, before, 0.05).Passed());
  json after = SampleReport();
  after["claims"][1]["confidence"] = 0.6;   // drift 0.21
  after["claims"][0]["confidence"] = 0.75;  // drift 0.03: within tolerance
  after["claims"][2]["start"] = 5;          // moved: found again by (doc, text)
  after["claims"][2]["end"] = 9;
  after["claims"].erase(3);                 // vanished
  after["slots"][0]["relation"] = "mixed";
  const CheckResult r = CompareBaseline(after, before, 0.05);
  CHECK(r.cases.size() == 5);
  CHECK(r.Failures() == 3);
  const std::string text = r.FailureText();
  CHECK(text.find("claim a#2 confidence: expected 0.81 ± 0.05, actual 0.6 (drift -0.21)") != std::string::npos);
  CHECK(text.find("claim b#2: expected present (baseline confidence 0.3), actual missing") != std::string::npos);
  CHECK(text.find("slot slot-1: expected no new contradiction, actual mixed") != std::string::npos);
}

TEST_CASE("JUnit XML escapes names and drops forbidden characters", "[check]") {
  CheckResult r;
  r.cases.push_back(CheckCase{"claims", "<a & \"b\">\x01", false, {"x < y"}});
  const std::string xml = JUnitXml(r, "s'");
  CHECK(xml.find("name=\"&lt;a &amp; &quot;b&quot;&gt;\xEF\xBF\xBD\"") != std::string::npos);
  CHECK(xml.find("<failure message=\"x &lt; y\"") != std::string::npos);
  CHECK(xml.find("name=\"s&apos;\"") != std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
}

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int Run(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The whole gate through the binary: `mizan score` on the seeds, then `mizan check` with
// the shipped expectations (must pass) and with a deliberately wrong one (must fail).
TEST_CASE("mizan check on the seeds: pass, and fail on a wrong expectation", "[check][cli]") {
  namespace fs = std::filesystem;
  const fs::path dir = testing::ScratchDir("mizan_check_test");
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string bin = MIZAN_BINARY;
  const std::string fixtures = MIZAN_FIXTURES_DIR;
  const fs::path report = dir / "report.json";
  Run("'" + bin + "' score '" + fixtures + "/articles' --manifest '" + fixtures +
      "/manifest.jsonl' --json '" + report.string() + "' >/dev/null 2>&1");
  if (!fs::exists(report) || ReadAll(report).find("\"slots\"") == std::string::npos) {
    WARN("mizan score --json did not write a report (CLI not wired yet): skipped");
    return;
  }
  const fs::path junit = dir / "check.xml";
  const int ok = Run("'" + bin + "' check '" + report.string() + "' --expect '" + fixtures +
                     "/expect/seeds.json' --junit '" + junit.string() + "' > '" +
                     (dir / "ok.txt").string() + "' 2>&1");
  if (ok == 0 && !fs::exists(junit)) {
    WARN("mizan check is not wired yet: skipped");
    return;
  }
  INFO(ReadAll(dir / "ok.txt"));
  CHECK(ok == 0);
  CHECK(ReadAll(junit).find("failures=\"0\"") != std::string::npos);

  json wrong = json::parse(ReadAll(fs::path(fixtures) / "expect/seeds.json"));
  wrong["claims"] = json::array({json::parse(
      R"({"name": "deliberately wrong", "match": {"unit": "soldier"}, "confidence_at_least": 2.0})")});
  std::ofstream(dir / "wrong.json") << wrong.dump(2);
  const fs::path junit_wrong = dir / "wrong.xml";
  const int bad = Run("'" + bin + "' check '" + report.string() + "' --expect '" +
                      (dir / "wrong.json").string() + "' --junit '" + junit_wrong.string() +
                      "' > '" + (dir / "bad.txt").string() + "' 2>&1");
  CHECK(bad == 1);
  const std::string message = ReadAll(dir / "bad.txt");
  CHECK(message.find("deliberately wrong") != std::string::npos);
  CHECK(message.find("expected at least 2") != std::string::npos);
  CHECK(ReadAll(junit_wrong).find("<failure message=") != std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace mizan
