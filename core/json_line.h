// Reading one JSON record of an input file (a JSONL article, a manifest, a structured
// claim) so that a bad number spoils only its own field, and finding where a field is
// written so that a diagnostic can name its column.
//
//   JsonParse p = ParseJson(R"({"id": "a", "weight": 1e400})");
//   // p.value: {"id": "a", "weight": null}; p.out_of_range[0]: {field "weight", offset 22}
//   size_t at = JsonKeyOffset(line, "published");  // the key's opening quote, or npos
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace mizan {

// A number that does not fit a double (1e400, -1E999): nlohmann refuses the whole text
// for it, so ParseJson reads it as null and says where it was.
struct OutOfRangeNumber {
  std::string field;  // key of the member holding it in the first object level ("" if none)
  size_t offset = 0;  // byte offset of the number in the text
  std::string text;   // the number as written
};

struct JsonParse {
  nlohmann::json value;     // is_discarded() when the text is not JSON
  std::string error;        // nlohmann's message when it is not
  size_t error_offset = 0;  // byte in the text where parsing failed
  bool invalid_utf8 = false;  // the failure is an ill-formed UTF-8 byte in a string
  std::vector<OutOfRangeNumber> out_of_range;  // read as null, in text order
};

// Parses `text` as one JSON value. Never throws. Out-of-range numbers (grammatical JSON
// numbers whose magnitude overflows a double) are read as null and listed; any other
// problem discards the value and sets error and error_offset. Costs one nlohmann parse
// unless a number overflows.
JsonParse ParseJson(std::string_view text);

// Byte offset of the opening quote of `key` among the members of the top-level object of
// `json` (nested objects are not searched); npos when absent or when `json` is not an
// object. Keys are compared as written (escapes are not decoded).
size_t JsonKeyOffset(std::string_view json, std::string_view key);

// Byte offsets of the elements of the top-level array of `json` (empty when it is not an
// array). For placing a diagnostic on one entry of a JSON array file.
std::vector<size_t> JsonArrayElementOffsets(std::string_view json);

}  // namespace mizan
