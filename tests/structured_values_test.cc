// Issue 14: structured claims as people write them, and a fact's estimate that someone
// claimed (the value with the most weighted support, rounding deciding what is one value).
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "scoring/interval.h"
#include "scoring/score.h"

namespace mizan {
namespace {

struct ValueCase {
  const char* json;  // the "value" field as written
  double low, high;
  Qualifier qualifier;
  bool open_high;    // no upper bound
};

TEST_CASE("issue14: values as people write them", "[score][issue14]") {
  const ValueCase cases[] = {
      {"1000230", 1000230, 1000230, Qualifier::kExact, false},
      {"\"1000230\"", 1000230, 1000230, Qualifier::kExact, false},
      {"\"1,000,230\"", 1000230, 1000230, Qualifier::kExact, false},
      {"\"1.2e6\"", 1.2e6, 1.2e6, Qualifier::kExact, false},
      {"\" -3.5 \"", -3.5, -3.5, Qualifier::kExact, false},
      {"\"about 5,000\"", 5000, 5000, Qualifier::kApprox, false},
      {"\"more than 11,000\"", 11000, 0, Qualifier::kMoreThan, true},
      {"\"10-12 ألف\"", 10000, 12000, Qualifier::kRange, false},
      {"\"نحو ١٠ آلاف\"", 10000, 10000, Qualifier::kApprox, false},
      {"\"five\"", 5, 5, Qualifier::kExact, false},
  };
  for (const ValueCase& c : cases) {
    const std::string line = std::string("{\"source\": \"a\", \"object\": \"x\", \"value\": ") + c.json + "}";
    std::vector<Diagnostic> diagnostics;
    const ScoreInput input = ReadStructuredClaims(line, "v.jsonl", diagnostics);
    INFO(c.json);
    REQUIRE(diagnostics.empty());
    REQUIRE(input.claims.size() == 1);
    const NumericValue& v = input.claims[0].value;
    CHECK(v.qualifier == c.qualifier);
    REQUIRE(v.low);
    CHECK(*v.low == Approx(c.low));
    if (c.open_high) {
      CHECK_FALSE(v.high);
    } else {
      REQUIRE(v.high);
      CHECK(*v.high == Approx(c.high));
    }
  }
}

// Lines of the common shape are read without a JSON tree; a key the reader ignores sends the
// same line through the full reader, which must give the same record.
TEST_CASE("issue14: the light reader and the full reader give the same claim", "[score][issue14]") {
  const char* const lines[] = {
      R"({"source": "editor7", "object": "city1", "value": "1000230"})",
      R"({"source":"editor7","object":"city1","value":1000230})",
      R"( { "object" : "مدينة" , "source" : "محرر" , "value" : -0 } )",
      R"({"source": "a", "object": "x", "low": 5, "high": "7"})",
      R"({"source": "a", "object": "x", "value": null, "high": "1,200"})",
      R"({"source": "a", "object": "x", "value": "about 5,000"})",
      R"({"source": "a", "object": "x", "value": 12.5})",
  };
  for (const char* line : lines) {
    std::string full(line);
    full.insert(full.rfind('}'), R"(, "note": {"by": "a test"})");
    INFO(line);
    std::vector<Diagnostic> d1, d2;
    const ScoreInput a = ReadStructuredClaims(line, "v.jsonl", d1);
    const ScoreInput b = ReadStructuredClaims(full, "v.jsonl", d2);
    REQUIRE(d1.empty());
    REQUIRE(d2.empty());
    REQUIRE(a.claims.size() == 1);
    REQUIRE(b.claims.size() == 1);
    const ScoreClaim &x = a.claims[0], &y = b.claims[0];
    CHECK(x.id == y.id);
    CHECK(x.object == y.object);
    CHECK(x.origins == y.origins);
    CHECK(x.structured == y.structured);
    CHECK(x.value.qualifier == y.value.qualifier);
    CHECK(x.value.low == y.value.low);
    CHECK(x.value.high == y.value.high);
    CHECK(std::signbit(x.value.low.value_or(1)) == std::signbit(y.value.low.value_or(1)));
  }
}

// Lines the light reader leaves to the full one keep their diagnostics.
TEST_CASE("issue14: bad lines of the common shape keep their diagnostics", "[score][issue14]") {
  std::vector<Diagnostic> diagnostics;
  const ScoreInput input = ReadStructuredClaims(
      "{\"source\": \"\", \"object\": \"x\", \"value\": 1}\n"
      "{\"source\": \"a\", \"object\": \"x\", \"low\": 5, \"high\": 3}\n"
      "{\"source\": \"a\", \"object\": \"x\", \"value\": 1, \"value\": 2}\n",
      "v.jsonl", diagnostics);
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].line == 1);
  CHECK(diagnostics[0].field == "source");
  CHECK(diagnostics[1].line == 2);
  CHECK(diagnostics[1].field == "low");
  // A repeated key: nlohmann keeps the last, as before.
  REQUIRE(input.claims.size() == 1);
  CHECK(*input.claims[0].value.low == 2);
}

TEST_CASE("issue14: an explicit qualifier or bounds override what the text says", "[score][issue14]") {
  std::vector<Diagnostic> diagnostics;
  const ScoreInput input = ReadStructuredClaims(
      "{\"source\": \"a\", \"object\": \"x\", \"value\": \"about 5,000\", \"qualifier\": \"exact\"}\n"
      "{\"source\": \"a\", \"object\": \"y\", \"low\": \"1,000\", \"high\": \"2,000\"}\n",
      "v.jsonl", diagnostics);
  REQUIRE(diagnostics.empty());
  REQUIRE(input.claims.size() == 2);
  CHECK(input.claims[0].value.qualifier == Qualifier::kExact);
  CHECK(*input.claims[0].value.low == 5000);
  CHECK(input.claims[1].value.qualifier == Qualifier::kRange);
  CHECK(*input.claims[1].value.low == 1000);
  CHECK(*input.claims[1].value.high == 2000);
}

TEST_CASE("issue14: an unreadable value is a diagnostic naming line and field, the rest is read",
          "[score][issue14]") {
  const std::string text =
      "{\"source\": \"a\", \"object\": \"x\", \"value\": \"1,000\"}\n"
      "{\"source\": \"b\", \"object\": \"x\", \"value\": \"n/a\"}\n"
      "{\"source\": \"c\", \"object\": \"x\", \"value\": \"1,00,0\"}\n"
      "{\"source\": \"d\", \"object\": \"x\", \"value\": [1]}\n"
      "{\"source\": \"e\", \"object\": \"x\", \"value\": \"3 killed and 5 wounded\"}\n"
      "{\"source\": \"f\", \"object\": \"x\", \"value\": 7}\n";
  std::vector<Diagnostic> diagnostics;
  const ScoreInput input = ReadStructuredClaims(text, "in/v.jsonl", diagnostics);
  REQUIRE(input.claims.size() == 2);
  CHECK(input.claims[0].id == "v#1");
  CHECK(input.claims[1].id == "v#6");
  REQUIRE(diagnostics.size() == 4);
  const uint32_t lines[] = {2, 3, 4, 5};
  for (size_t k = 0; k < 4; ++k) {
    CHECK(diagnostics[k].line == lines[k]);
    CHECK(diagnostics[k].code == ErrorCode::kBadFieldType);
    CHECK(diagnostics[k].file == "in/v.jsonl");
    CHECK(diagnostics[k].detail.rfind("\"value\"", 0) == 0);
    // The column is the field's: `"value"` starts 32 bytes into each of these lines.
    CHECK(diagnostics[k].column == 32);
  }
  CHECK(diagnostics[0].detail.find("n/a") != std::string::npos);
  CHECK(diagnostics[3].detail.find("more than one") != std::string::npos);
  CHECK(diagnostics[1].byte_offset == text.find("\"value\": \"1,00,0\""));
}

TEST_CASE("issue14: a long unreadable text is cut at a character boundary in the diagnostic",
          "[score][issue14]") {
  // 39 ASCII bytes then Arabic letters (two bytes each): byte 40 is inside a letter.
  const std::string value = std::string(39, 'x') + "ببببب";
  std::vector<Diagnostic> diagnostics;
  ReadStructuredClaims("{\"source\": \"a\", \"object\": \"x\", \"value\": \"" + value + "\"}",
                       "v.jsonl", diagnostics);
  REQUIRE(diagnostics.size() == 1);
  const std::string& detail = diagnostics[0].detail;
  CHECK(detail.find(std::string(39, 'x') + "...") != std::string::npos);
}

TEST_CASE("issue14: rounding tolerance decides what is one value", "[score][issue14]") {
  CHECK(RoundingTolerance(1028) == 0.5);
  CHECK(RoundingTolerance(1230000) == 5000);
  CHECK(RoundingTolerance(2.75) == Approx(0.005));
  CHECK(RoundingTolerance(1000000) == 50000);  // capped at 5%: not ±500,000
  CHECK(SameValue(1230000, 1234567));          // the truth written to three digits
  CHECK_FALSE(SameValue(1028, 1029));
  CHECK(SameValue(1200000, 1234567));          // 1.2 million is 1.15-1.25 million
  CHECK_FALSE(SameValue(1200000, 1260000));
  CHECK(SameValue(1000, 1000.4));
}

ScoreClaim Point(const std::string& id, const std::string& object, const std::string& source,
                 double value) {
  ScoreClaim c;
  c.id = id;
  c.object = object;
  c.origins = {source};
  c.value = NumericValue{value, value, Qualifier::kExact};
  c.structured = true;
  return c;
}

const SlotReport& SlotOf(const ScoreReport& report, const std::string& object) {
  for (const SlotReport& s : report.slots) {
    if (s.object == object) return s;
  }
  FAIL("no slot " << object);
  return report.slots.front();
}

bool HasReason(const SlotReport& s, const std::string& part) {
  for (std::string_view r : s.reasons) {
    if (r.find(part) != std::string_view::npos) return true;
  }
  return false;
}

TEST_CASE("issue14: the estimate is a claimed value, not one between claims", "[score][issue14]") {
  ScoreInput input;
  // Two sources say 1028 minutes, one 1029: 1028, not 1028.3; the rival is named.
  input.claims = {Point("f#1", "flight", "a", 1028), Point("f#2", "flight", "b", 1028),
                  Point("f#3", "flight", "c", 1029),
                  // Ties: d and e each win one (equal records), so each object is a
                  // tie; the smaller value is shown and the tie is said.
                  Point("t#1", "tie", "d", 512), Point("t#2", "tie", "e", 513),
                  Point("t#3", "tie2", "d", 713), Point("t#4", "tie2", "e", 712),
                  // A rounded figure backs the precise one it rounds.
                  Point("r#1", "city", "a", 1234567), Point("r#2", "city", "b", 1230000),
                  Point("r#3", "city", "c", 1180000)};
  const ScoreReport report = Score(input, ScoreOptions{});
  const SlotReport& flight = SlotOf(report, "flight");
  CHECK(flight.estimate.value == 1028);
  CHECK(flight.relation == SlotRelation::kContradiction);
  CHECK(HasReason(flight, "next 1029"));
  const SlotReport& tie = SlotOf(report, "tie");
  CHECK(tie.estimate.value == 512);
  CHECK(HasReason(tie, "tie: estimate 512"));
  const SlotReport& city = SlotOf(report, "city");
  CHECK(city.estimate.value == 1234567);
  CHECK(HasReason(city, "next 1180000"));
  // The band stays as the uncertainty: the claims that hold the estimate.
  REQUIRE(city.estimate.low);
  CHECK(*city.estimate.low <= 1234567);
  CHECK(*city.estimate.high >= 1234567);
}

}  // namespace
}  // namespace mizan
