// Structured claims (`mizan score --claims`) validated at the edge: each bad line is one
// diagnostic naming its line, the column of the field at fault and the field, and every
// other line is read. Fixtures are named by outcome (fixtures/bad/fail_claims_*, warn_*).
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "scoring/score.h"

namespace mizan {
namespace {

struct Read {
  ScoreInput input;
  std::vector<Diagnostic> diagnostics;
};

Read ReadFixture(const std::string& name) {
  const std::string path = std::string(MIZAN_FIXTURES_DIR) + "/bad/" + name;
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Read r;
  r.input = ReadStructuredClaims(text, path, r.diagnostics);
  return r;
}

// The one diagnostic of a fixture whose line 1 is good and line 2 is bad.
const Diagnostic& OnlyDiagnostic(const Read& r) {
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].line == 2);
  return r.diagnostics[0];
}

TEST_CASE("claims: a time that is not a calendar date is an error, not the next month",
          "[score_json]") {
  const Read r = ReadFixture("fail_claims_bad_date.jsonl");
  REQUIRE(r.input.claims.size() == 1);
  const Diagnostic& d = OnlyDiagnostic(r);
  CHECK(d.code == ErrorCode::kBadDate);
  CHECK(d.severity == Severity::kError);
  CHECK(d.field == "time");
  CHECK(d.column == 56);
  CHECK(d.detail.find("\"2025-02-30\"") != std::string::npos);
}

TEST_CASE("claims: low above high is an error at \"low\"", "[score_json]") {
  const Read r = ReadFixture("fail_claims_low_above_high.jsonl");
  REQUIRE(r.input.claims.size() == 1);
  const Diagnostic& d = OnlyDiagnostic(r);
  CHECK(d.code == ErrorCode::kBadFieldValue);
  CHECK(d.field == "low");
  CHECK(d.column == 40);
  CHECK(d.detail.find("\"low\" 10 is greater than \"high\" 5") != std::string::npos);
}

TEST_CASE("claims: an unknown source_type is an error that lists the known ones",
          "[score_json]") {
  const Read r = ReadFixture("fail_claims_unknown_source_type.jsonl");
  REQUIRE(r.input.claims.size() == 1);
  CHECK(r.input.claims[0].origin_type == SourceType::kGovernment);
  const Diagnostic& d = OnlyDiagnostic(r);
  CHECK(d.code == ErrorCode::kBadFieldValue);
  CHECK(d.field == "source_type");
  CHECK(d.column == 56);
  CHECK(d.detail.find("\"goverment\"") != std::string::npos);
  CHECK(d.detail.find("government, military") != std::string::npos);
}

TEST_CASE("claims: a value out of range for a double says so, at the number", "[score_json]") {
  const Read r = ReadFixture("fail_claims_value_out_of_range.jsonl");
  REQUIRE(r.input.claims.size() == 1);
  const Diagnostic& d = OnlyDiagnostic(r);
  CHECK(d.code == ErrorCode::kNumberOutOfRange);  // not "line is not a JSON object"
  CHECK(d.severity == Severity::kError);
  CHECK(d.field == "value");
  CHECK(d.column == 49);
  CHECK(d.detail.find("1e400 is out of range") != std::string::npos);
}

TEST_CASE("claims: an out-of-range number in another field is ignored with a warning",
          "[score_json]") {
  const Read r = ReadFixture("warn_claims_number_out_of_range.jsonl");
  REQUIRE(r.input.claims.size() == 2);
  CHECK(*r.input.claims[1].value.low == 11000);
  const Diagnostic& d = OnlyDiagnostic(r);
  CHECK(d.code == ErrorCode::kNumberOutOfRange);
  CHECK(d.severity == Severity::kWarning);
  CHECK(d.field == "weight");
  CHECK(d.column == 66);
}

TEST_CASE("claims: a malformed line names the column where the JSON breaks", "[score_json]") {
  std::vector<Diagnostic> diagnostics;
  ReadStructuredClaims("{\"source\": \"a\", \"object\": \"o\", \"value\": 1}\n"
                       "{\"source\": \"a\", \"object\": \"o\", \"value\": 1,}\n"
                       "{\"source\": \"a\", \"object\": \"o\", \"value\": 1, \"time\": 1e300}\n",
                       "c.jsonl", diagnostics);
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].code == ErrorCode::kMalformedJson);
  CHECK(diagnostics[0].line == 2);
  CHECK(diagnostics[0].column == 43);  // the '}' after the trailing comma
  CHECK(diagnostics[1].code == ErrorCode::kBadDate);  // a day number int64 cannot hold
  CHECK(diagnostics[1].field == "time");
}

}  // namespace
}  // namespace mizan
