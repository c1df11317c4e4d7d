#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "report/json_output.h"
#include "report/score_json.h"
#include "scoring/score.h"

namespace mizan {
namespace {

const char* kClaims =
    "{\"source\": \"a\", \"object\": \"nk_troops\", \"value\": 10000, \"time\": \"2024-10-28\", \"qualifier\": \"approx\"}\n"
    "{\"source\": \"b\", \"object\": \"nk_troops\", \"low\": 10000, \"high\": 12000, \"time\": \"2024-10-29\"}\n"
    "not json\n"
    "\n"
    "{\"source\": \"c\", \"value\": 5}\n"
    "{\"source\": \"c\", \"object\": \"price\", \"value\": 5, \"time\": 3}\n"
    "{\"source\": \"d\", \"object\": \"price\", \"value\": \"unknown\"}\n";

TEST_CASE("structured claims: good lines read, bad lines are diagnostics", "[score_json]") {
  std::vector<Diagnostic> diagnostics;
  ScoreInput input = ReadStructuredClaims(kClaims, "in/claims.jsonl", diagnostics);
  REQUIRE(input.claims.size() == 3);
  CHECK(input.claims[0].id == "claims#1");
  CHECK(input.claims[0].value.qualifier == Qualifier::kApprox);
  CHECK(input.claims[1].value.qualifier == Qualifier::kRange);
  CHECK(*input.claims[1].value.high == 12000);
  CHECK(input.claims[2].time == 3);
  REQUIRE(diagnostics.size() == 3);
  CHECK(diagnostics[0].code == ErrorCode::kMalformedJson);
  CHECK(diagnostics[0].line == 3);
  CHECK(diagnostics[0].file == "in/claims.jsonl");
  // The byte where the JSON breaks: "not json" fails at its 'o' (column 2).
  CHECK(diagnostics[0].column == 2);
  CHECK(diagnostics[0].byte_offset == std::string_view(kClaims).find("not json") + 1);
  CHECK(diagnostics[1].code == ErrorCode::kMissingField);
  CHECK(diagnostics[1].line == 5);
  CHECK(diagnostics[2].code == ErrorCode::kBadFieldType);
  CHECK(diagnostics[2].line == 7);
}

TEST_CASE("score report: schema, keys, slots with object and estimate", "[score_json]") {
  std::vector<Diagnostic> diagnostics;
  ScoreInput input = ReadStructuredClaims(kClaims, "claims.jsonl", diagnostics);
  ScoreReport report = Score(input, ScoreOptions{});
  nlohmann::json j = ScoreReportJson(input, report, {}, {}, diagnostics);
  CHECK(j["schema"] == "mizan.score/1");
  for (const char* key : {"documents", "sources", "claims", "slots", "copies", "diagnostics", "summary"}) {
    CHECK(j.contains(key));
  }
  REQUIRE(j["slots"].size() == 2);
  for (const auto& slot : j["slots"]) {
    CHECK(slot.contains("object"));
    CHECK(slot["estimate"].contains("value"));
    CHECK(slot["id"].get<std::string>().rfind("slot-", 0) == 0);
  }
  CHECK(j["claims"][0]["confidence"].is_number());
  CHECK(j["claims"][0]["slot"] == j["claims"][1]["slot"]);
  CHECK(j["sources"].size() == 3);
  CHECK(j["sources"][0]["interval"].contains("low"));
  CHECK(j["diagnostics"].size() == 3);
  CHECK(j["summary"]["claims"] == 3);
}

// The executable writes the report element by element; a reader must not be able to tell.
TEST_CASE("score report written as it goes: the bytes of the whole tree's dump", "[score_json]") {
  std::vector<Diagnostic> diagnostics;
  ScoreInput input = ReadStructuredClaims(kClaims, "claims.jsonl", diagnostics);
  CopyGroup copy;  // no document stands behind it: only its printing matters here
  copy.id = "copy-1";
  copy.kind = "wire";
  copy.docs = {"a", "b"};
  copy.similarity = 0.91234;
  input.copies.push_back(copy);
  const ScoreReport report = Score(input, ScoreOptions{});
  const ScoreReportWriter writer(input, report, {}, {}, diagnostics);
  const nlohmann::json whole = writer.Json();
  std::ostringstream pretty, lines;
  writer.WritePretty(pretty);
  writer.WriteClaimLines(lines);
  CHECK(pretty.str() == DumpPretty(whole));
  std::string expected_lines;
  for (const nlohmann::json& claim : whole["claims"]) expected_lines += DumpLine(claim) + "\n";
  CHECK(lines.str() == expected_lines);
  CHECK(writer.Summary() == whole["summary"]);
  CHECK(whole == ScoreReportJson(input, report, {}, {}, diagnostics));

  // Nothing at all: every array empty ([]), as the whole tree prints it.
  const ScoreInput none;
  const std::vector<Diagnostic> no_diagnostics;
  const ScoreReport empty = Score(none, ScoreOptions{});
  const ScoreReportWriter empty_writer(none, empty, {}, {}, no_diagnostics);
  std::ostringstream empty_pretty;
  empty_writer.WritePretty(empty_pretty);
  CHECK(empty_pretty.str() == DumpPretty(empty_writer.Json()));
}

TEST_CASE("score report: two runs give the same bytes", "[score_json]") {
  std::vector<Diagnostic> d1, d2;
  ScoreInput a = ReadStructuredClaims(kClaims, "claims.jsonl", d1);
  ScoreInput b = ReadStructuredClaims(kClaims, "claims.jsonl", d2);
  const std::string first = DumpPretty(ScoreReportJson(a, Score(a, ScoreOptions{}), {}, {}, d1));
  const std::string second = DumpPretty(ScoreReportJson(b, Score(b, ScoreOptions{}), {}, {}, d2));
  CHECK(first == second);
}

TEST_CASE("slot ids derive from content, not from input order", "[score_json]") {
  std::vector<Diagnostic> d;
  ScoreInput a = ReadStructuredClaims(kClaims, "claims.jsonl", d);
  ScoreInput b = a;
  std::reverse(b.claims.begin(), b.claims.end());
  ScoreReport ra = Score(a, ScoreOptions{}), rb = Score(b, ScoreOptions{});
  REQUIRE(ra.slots.size() == rb.slots.size());
  for (size_t s = 0; s < ra.slots.size(); ++s) {
    CHECK(ra.slots[s].id == rb.slots[s].id);
    CHECK(ra.slots[s].claims == rb.slots[s].claims);
  }
  CHECK(ra.claims[0].confidence == rb.claims[2].confidence);
}

}  // namespace
}  // namespace mizan
