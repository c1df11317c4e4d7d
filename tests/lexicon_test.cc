// The lexicon loader discipline (issue 11): one message for a malformed row in every
// loader, "file:line: why", and kinds, categories and roles checked when they are loaded.
#include <catch2/catch.hpp>

#include <string>

#include "core/error.h"
#include "core/lexicon.h"

namespace mizan {
namespace {

TEST_CASE("a malformed lexicon row names its file and line", "[lexicon]") {
  const std::vector<LexiconRow> rows = ParseLexicon("# header\n\nجندي\tsoldier\n");
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].line == 3);
  const Error error = LexiconError("units.tsv", rows[0], "expected 5 columns");
  CHECK(error.code() == ErrorCode::kBadLexicon);
  CHECK(std::string(error.what()) == "units.tsv:3: expected 5 columns");
  try {
    BadRow("units.tsv", rows[0], "expected 5 columns");
    FAIL("BadRow returned");
  } catch (const Error& e) {
    CHECK(std::string(e.what()) == "units.tsv:3: expected 5 columns");
  }
}

}  // namespace
}  // namespace mizan
