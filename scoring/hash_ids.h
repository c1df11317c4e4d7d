// Dense ids, in order of first appearance, for 64-bit hashes: open addressing with linear
// probing. std::unordered_map's node per entry and prime modulo cost more than the look-up
// itself on a million claims; this table is one flat array.
//
//   HashIds ids;
//   auto [id, added] = ids.Intern(HashBytes(name), [&](uint32_t id) { return names[id] == name; });
//   uint32_t found = ids.Find(h);  // HashIds::kNone when absent
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace mizan {

class HashIds {
 public:
  static constexpr uint32_t kNone = 0xffffffffu;

  // The id of `hash`, and whether it was added now. `same(id)` tells whether the entry `id`
  // with an equal hash is the same key; pass one that always says yes when the hash is the
  // identity.
  template <class Same>
  std::pair<uint32_t, bool> Intern(uint64_t hash, Same&& same) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    for (size_t k = hash & mask_;; k = (k + 1) & mask_) {
      Slot& slot = slots_[k];
      if (slot.id == kNone) {
        slot = Slot{hash, size_};
        return {size_++, true};
      }
      if (slot.hash == hash && same(slot.id)) return {slot.id, false};
    }
  }
  std::pair<uint32_t, bool> Intern(uint64_t hash) {
    return Intern(hash, [](uint32_t) { return true; });
  }

  // The id of `hash`, or kNone (hashes as identity).
  uint32_t Find(uint64_t hash) const {
    if (slots_.empty()) return kNone;
    for (size_t k = hash & mask_;; k = (k + 1) & mask_) {
      const Slot& slot = slots_[k];
      if (slot.id == kNone || slot.hash == hash) return slot.id;
    }
  }

  // Forgets every entry, keeping the table's memory for the next use.
  void Clear() {
    std::fill(slots_.begin(), slots_.end(), Slot{});
    size_ = 0;
  }

  // Forgets every entry and sizes the table for `expected` keys, so that neither this nor
  // the interning that follows costs more than the keys do (a table once grown for a
  // large set is not swept whole for every small one).
  void Reset(size_t expected) {
    size_t capacity = 16;
    while (capacity < 2 * expected + 2) capacity *= 2;
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    size_ = 0;
  }

  uint32_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t id = kNone;
  };

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, old.size() * 2), Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.id == kNone) continue;
      size_t k = s.hash & mask_;
      while (slots_[k].id != kNone) k = (k + 1) & mask_;
      slots_[k] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  uint32_t size_ = 0;
};

}  // namespace mizan
