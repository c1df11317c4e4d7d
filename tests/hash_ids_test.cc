#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scoring/hash_ids.h"

namespace mizan {
namespace {

TEST_CASE("hash ids: dense, by first appearance, found again", "[align]") {
  HashIds ids;
  CHECK(ids.Find(42) == HashIds::kNone);
  CHECK(ids.Intern(42) == std::pair<uint32_t, bool>{0, true});
  CHECK(ids.Intern(7) == std::pair<uint32_t, bool>{1, true});
  CHECK(ids.Intern(42) == std::pair<uint32_t, bool>{0, false});
  CHECK(ids.Find(7) == 1);
  CHECK(ids.Find(8) == HashIds::kNone);
  // Growth keeps every id.
  for (uint64_t h = 1000; h < 3000; ++h) ids.Intern(h * 0x9e3779b97f4a7c15ull);
  CHECK(ids.size() == 2002);
  CHECK(ids.Find(42) == 0);
  CHECK(ids.Find(2999 * 0x9e3779b97f4a7c15ull) == 2001);
  ids.Clear();
  CHECK(ids.size() == 0);
  CHECK(ids.Find(42) == HashIds::kNone);
  ids.Reset(3);
  CHECK(ids.Intern(5).first == 0);
}

TEST_CASE("hash ids: keys whose hashes collide stay apart when told", "[align]") {
  HashIds ids;
  const std::vector<std::string> names = {"kursk", "kharkiv", "kursk"};
  std::vector<std::string> known;
  for (const std::string& name : names) {
    // Every key gets the same hash: only `same` tells them apart.
    const auto [id, added] = ids.Intern(1, [&](uint32_t k) { return known[k] == name; });
    if (added) known.push_back(name);
    CHECK(known[id] == name);
  }
  CHECK(ids.size() == 2);
}

}  // namespace
}  // namespace mizan
