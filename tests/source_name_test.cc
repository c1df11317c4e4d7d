// The "<country>.<institution>" source-name format (issue 11): one builder, one reader, and
// the shared FNV-1a hash and disjoint sets of core/.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "core/hash.h"
#include "core/source_name.h"
#include "core/union_find.h"

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

TEST_CASE("FNV-1a: the published 64-bit test vectors, and chaining", "[align]") {
  CHECK(Fnv1a("") == 0xcbf29ce484222325ull);
  CHECK(Fnv1a("a") == 0xaf63dc4c8601ec8cull);
  CHECK(Fnv1a("foobar") == 0x85944171f73967e8ull);
  CHECK(Fnv1a("bar", Fnv1a("foo")) == Fnv1a("foobar"));
}

TEST_CASE("union-find: the smallest member is the root, whatever the order", "[copies][align]") {
  UnionFind<uint32_t> sets(5);
  CHECK(sets.Union(4, 2));
  CHECK(sets.Union(3, 4));
  CHECK_FALSE(sets.Union(2, 3));
  CHECK(sets.Find(4) == 2);
  CHECK(sets.Find(3) == 2);
  CHECK(sets.Find(1) == 1);
  sets.Reset(3);
  CHECK(sets.Find(2) == 2);
}

}  // namespace
}  // namespace mizan
