// The score report's in-place types (scoring/score.h): ClaimReasons keeps its texts in the
// object up to kInlineBytes and on the heap past that, in order either way; SlotIdText
// holds a slot id without an allocation.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "scoring/score.h"

namespace mizan {
namespace {

std::vector<std::string> Texts(const ClaimReasons& why) {
  std::vector<std::string> out;
  for (std::string_view text : why) out.emplace_back(text);
  return out;
}

TEST_CASE("ClaimReasons: texts in order, in place and past it", "[score]") {
  ClaimReasons why;
  CHECK(why.empty());
  why.push_back("short");
  why.Add("origin ", "who", " (media)");
  CHECK(Texts(why) == std::vector<std::string>{"short", "origin who (media)"});
  // Past the in-place bytes: a text of 200 bytes (a two-byte length) and one of 300.
  const std::string long1(200, 'a'), long2(300, 'b');
  why.push_back(long1);
  why.push_back("");
  why.push_back(long2);
  CHECK(why.size() == 5);
  CHECK(Texts(why) == std::vector<std::string>{"short", "origin who (media)", long1, "", long2});
  CHECK(why[2] == long1);
  CHECK(why[4] == long2);
}

TEST_CASE("ClaimReasons: copies keep the texts, a moved-from one is empty", "[score]") {
  const std::string long1(250, 'x');
  for (const bool past_inline : {false, true}) {
    ClaimReasons why{"one", "two"};
    if (past_inline) why.push_back(long1);
    const std::vector<std::string> texts = Texts(why);
    const ClaimReasons copy = why;
    CHECK(Texts(copy) == texts);
    ClaimReasons moved = std::move(why);
    CHECK(Texts(moved) == texts);
    CHECK(why.empty());  // NOLINT(bugprone-use-after-move): the documented state
    CHECK(why.begin() == why.end());
    ClaimReasons assigned;
    assigned = std::move(moved);
    CHECK(Texts(assigned) == texts);
    CHECK(moved.empty());  // NOLINT(bugprone-use-after-move)
  }
}

TEST_CASE("SlotIdText: holds a slot id, reads as text", "[score]") {
  const std::string id = "slot-0123456789ab";
  SlotIdText held = id;
  CHECK(std::string_view(held) == id);
  CHECK(std::string(held.c_str()) == id);
  CHECK(held.str() == id);
  CHECK(held.size() == 17);
  CHECK(held == SlotIdText("slot-0123456789ab"));
  CHECK(SlotIdText().empty());
  // Longer text is cut at kMaxBytes (slot ids never are).
  const std::string longer(40, 'z');
  CHECK(SlotIdText(longer).str() == longer.substr(0, SlotIdText::kMaxBytes));
}

}  // namespace
}  // namespace mizan
