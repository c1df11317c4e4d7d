// core/json_line.h: a number too large for a double spoils only its own field, and a field
// can be found on its line for a diagnostic's column.
#include <catch2/catch.hpp>

#include <string>

#include "core/json_line.h"

namespace mizan {
namespace {

TEST_CASE("ParseJson reads an out-of-range number as null and says where it was", "[input]") {
  const std::string text = R"({"id": "a", "meta": {"weight": 1e400}, "n": -2E999, "s": "1e400"})";
  const JsonParse p = ParseJson(text);
  REQUIRE(p.value.is_object());
  CHECK(p.value["id"] == "a");
  CHECK(p.value["meta"]["weight"].is_null());
  CHECK(p.value["n"].is_null());
  CHECK(p.value["s"] == "1e400");  // a string is never touched
  REQUIRE(p.out_of_range.size() == 2);
  CHECK(p.out_of_range[0].field == "meta");  // the member of the record that holds it
  CHECK(p.out_of_range[0].offset == text.find("1e400"));
  CHECK(p.out_of_range[0].text == "1e400");
  CHECK(p.out_of_range[1].field == "n");
  CHECK(p.out_of_range[1].text == "-2E999");
}

TEST_CASE("ParseJson: small and huge but finite numbers are not out of range", "[input]") {
  const JsonParse p = ParseJson(R"({"tiny": 1e-400, "big": 1.7e308, "long": 123456789012345678901234567890})");
  REQUIRE(p.value.is_object());
  CHECK(p.out_of_range.empty());
  CHECK(p.value["tiny"].get<double>() == 0.0);
}

TEST_CASE("ParseJson: malformed JSON is discarded with the byte of the error", "[input]") {
  const JsonParse p = ParseJson(R"({"id": "a", "text": unquoted})");
  CHECK(p.value.is_discarded());
  CHECK(p.error_offset == 20);
  CHECK(p.error.find("parse error") != std::string::npos);
  // An overflowing number does not make a line with a syntax error acceptable.
  CHECK(ParseJson(R"({"a": 1e400, "b": 01})").value.is_discarded());
  CHECK(ParseJson("{\"a\": \"\xFF\"}").invalid_utf8);
  CHECK_FALSE(ParseJson(R"({"a": "ill-formed UTF-8" x})").invalid_utf8);  // only its echo
}

TEST_CASE("JsonKeyOffset finds a top-level key, not a nested one or a string", "[input]") {
  const std::string line =
      R"({"text": "\"time\": no", "meta": {"time": 1}, "time": "2025-02-30"})";
  CHECK(JsonKeyOffset(line, "time") == line.rfind("\"time\""));
  CHECK(JsonKeyOffset(line, "text") == 1);
  CHECK(JsonKeyOffset(line, "absent") == std::string::npos);
  CHECK(JsonKeyOffset("[1, 2]", "time") == std::string::npos);
}

TEST_CASE("JsonArrayElementOffsets gives where each element starts", "[input]") {
  const std::string json = "[ {\"a\": [1, 2]},\n  \"x,y\", 3 ]";
  const std::vector<size_t> at = JsonArrayElementOffsets(json);
  REQUIRE(at.size() == 3);
  CHECK(at[0] == 2);
  CHECK(at[1] == json.find("\"x,y\""));
  CHECK(at[2] == json.find('3'));
  CHECK(JsonArrayElementOffsets("[]").empty());
  CHECK(JsonArrayElementOffsets("{}").empty());
}

}  // namespace
}  // namespace mizan
