// The "<country>.<institution>" source-name format (issue 11): one builder, one reader.
#include <catch2/catch.hpp>

#include <string>

#include "core/source_name.h"

namespace mizan {
namespace {

TEST_CASE("source names: built from parts, read back", "[attribution]") {
  CHECK(MakeSourceName("sudan", "health_ministry") == "sudan.health_ministry");
  CHECK(MakeSourceName("", "police") == "police");
  CHECK(MakeSourceName("russia", "") == "russia");
  CHECK(MakeSourceName("", "").empty());
  CHECK(MakeSourceName("anonymous", MakeSourceName("iraq", "source")) == "anonymous.iraq.source");

  const SourceName pair = ParseSourceName("sudan.health_ministry");
  CHECK(pair.head == "sudan");
  CHECK(pair.rest == "health_ministry");
  CHECK(pair.IsPair());
  const SourceName title = ParseSourceName("sudan.health_ministry.spokesperson");
  CHECK(title.head == "sudan");
  CHECK(title.rest == "health_ministry.spokesperson");
  CHECK_FALSE(title.IsPair());
  const SourceName plain = ParseSourceName("reuters");
  CHECK(plain.head == "reuters");
  CHECK(plain.rest.empty());
  CHECK_FALSE(plain.dotted);
  CHECK_FALSE(plain.IsPair());
  // What the builder joins, the reader splits at the same place.
  const std::string built = MakeSourceName("north_korea", "defence_ministry");
  CHECK(ParseSourceName(built).head == "north_korea");
  CHECK(ParseSourceName(built).rest == "defence_ministry");
}

}  // namespace
}  // namespace mizan
