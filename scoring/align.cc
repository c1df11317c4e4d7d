#include "scoring/align.h"

#include <algorithm>
#include <numeric>

#include "core/extract.h"

namespace mizan {
namespace {

// What the alignment loops need of a claim: one 64-byte cache line instead of a whole
// record. The place hash lives apart (only blocking reads it), which keeps a row to a line.
struct Row {
  SoftInterval iv;
  int64_t time, time_start;
  uint64_t origin, copy;  // hashes; copy 0 = no copy group
  bool cumulative, from_publication;
};
static_assert(sizeof(Row) == 64, "a row is one cache line");

struct SortItem {
  uint64_t key;
  int64_t time;
  uint32_t index;
};

// How far back a dropping cumulative figure is compared with older figures to tell a
// stale repeat from a real drop. Bounded so one huge slot cannot go quadratic.
constexpr int kStaleLookBack = 256;
// A settled lower bound that rises by more than this factor is a change, not noise.
constexpr double kMaterialRise = 1.25;

uint64_t OriginHash(const ScoreClaim& c) {
  uint64_t h = HashBytes("origin");
  for (const std::string& o : c.origins) h = HashBytes("\x1f", HashBytes(o, h));
  return h;
}

struct UnionFind {
  std::vector<uint32_t> parent;
  void Reset(size_t n) {
    parent.resize(n);
    std::iota(parent.begin(), parent.end(), 0u);
  }
  uint32_t Find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Union(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// Place groups of one block: the rank of every item's group (groups sorted by name), the
// group names, and explanations of merges and splits (keyed by group name). Works on
// place hashes; strings are touched once per distinct place.
struct PlaceGrouping {
  std::vector<uint32_t> rank;
  std::vector<std::string> names;
};

PlaceGrouping PlaceGroups(const std::vector<ScoreClaim>& claims, const std::vector<uint64_t>& place_hash,
                          const SortItem* begin, const SortItem* end,
                          const std::map<std::string, std::string>* parents,
                          std::vector<std::pair<std::string, std::string>>& notes_out) {
  const size_t size = static_cast<size_t>(end - begin);
  std::vector<std::pair<uint64_t, uint32_t>> hashed;  // (place hash, claim index)
  for (const SortItem* it = begin; it != end; ++it) {
    if (place_hash[it->index] != 0) hashed.emplace_back(place_hash[it->index], it->index);
  }
  std::sort(hashed.begin(), hashed.end());
  struct Distinct { uint64_t hash; int count; std::string_view name; size_t top; };
  std::vector<Distinct> distinct;
  for (const auto& [h, index] : hashed) {
    if (distinct.empty() || distinct.back().hash != h) {
      distinct.push_back(Distinct{h, 0, claims[index].place, 0});
    }
    ++distinct.back().count;
  }
  std::map<std::string_view, size_t> by_name;
  for (size_t d = 0; d < distinct.size(); ++d) by_name.emplace(distinct[d].name, d);
  // A place joins the highest containing place that also occurs in the block.
  for (size_t d = 0; d < distinct.size(); ++d) {
    size_t best = d;
    std::string current(distinct[d].name);
    for (int depth = 0; parents && depth < 8; ++depth) {
      auto up = parents->find(current);
      if (up == parents->end()) break;
      current = up->second;
      auto found = by_name.find(current);
      if (found != by_name.end()) best = found->second;
    }
    distinct[d].top = best;
    if (best != d) {
      notes_out.emplace_back(std::string(distinct[best].name),
                             std::string(distinct[d].name) + " lies within " +
                                 std::string(distinct[best].name) + ": same slot");
    }
  }
  std::map<std::string_view, int> group_size;
  for (const Distinct& d : distinct) group_size[distinct[d.top].name] += d.count;
  PlaceGrouping g;
  std::string_view largest;
  int largest_n = -1;
  for (const auto& [name, n] : group_size) {
    g.names.emplace_back(name);
    if (n > largest_n) largest = name, largest_n = n;  // ties: the smallest name
  }
  if (g.names.empty()) g.names.emplace_back();
  auto rank_of = [&](std::string_view name) {
    return static_cast<uint32_t>(std::lower_bound(g.names.begin(), g.names.end(), name) - g.names.begin());
  };
  std::vector<uint32_t> distinct_rank(distinct.size());
  for (size_t d = 0; d < distinct.size(); ++d) distinct_rank[d] = rank_of(distinct[distinct[d].top].name);
  const uint32_t largest_rank = rank_of(largest);
  g.rank.resize(size);
  int unplaced = 0;
  for (size_t k = 0; k < size; ++k) {
    const uint64_t h = place_hash[begin[k].index];
    if (h == 0) {
      g.rank[k] = largest_rank;
      ++unplaced;
      continue;
    }
    auto it = std::lower_bound(distinct.begin(), distinct.end(), h,
                               [](const Distinct& d, uint64_t x) { return d.hash < x; });
    g.rank[k] = distinct_rank[static_cast<size_t>(it - distinct.begin())];
  }
  if (unplaced > 0 && g.names.size() > 1) {
    notes_out.emplace_back(std::string(largest),
                           std::to_string(unplaced) +
                               " claim(s) with no place stated joined the block's largest "
                               "place group (" + std::string(largest) + ")");
  }
  if (g.names.size() < 2) return g;
  std::string names;
  for (const std::string& n : g.names) names += (names.empty() ? "" : ", ") + n;
  for (const std::string& n : g.names) {
    notes_out.emplace_back(n, "kept apart from same-key claims about other places (" + names + ")");
  }
  return g;
}

}  // namespace

uint64_t HashBytes(std::string_view bytes, uint64_t seed) {
  uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

uint64_t BlockKey(const ScoreClaim& c) {
  if (!c.object.empty()) return HashBytes(c.object, HashBytes("object\x1f"));
  uint64_t h = HashBytes("claim\x1f");
  h = HashBytes("\x1f", HashBytes(c.unit, h));
  h = HashBytes("\x1f", HashBytes(c.subject, h));
  h = HashBytes("\x1f", HashBytes(c.predicate, h));
  // forward_looking is not part of the key: "preparing to send thousands" estimates the same
  // quantity as "sent 10,000", only with weaker evidence (a confidence factor). Partial
  // movements ("to join the front by Monday") differ by predicate (joined), not by tense.
  return HashBytes(c.increment ? "i" : "-", h);
}

const std::map<std::string, std::string>& DefaultPlaceParents() {
  return Lexicons::Default().claims.tables().place_parents;
}

size_t Alignment::MemoryBytes() const {
  size_t bytes = sizeof(*this);
  bytes += intervals.capacity() * sizeof(SoftInterval);
  bytes += (order.capacity() + slot_begin.capacity() + bucket_begin.capacity() +
            slot_first_bucket.capacity()) * sizeof(uint32_t);
  bytes += claims.capacity() * sizeof(ClaimAlignment) + relation.capacity();
  bytes += (bucket_lo.capacity() + bucket_hi.capacity()) * sizeof(double);
  bytes += slot_key.capacity() * sizeof(uint64_t);
  bytes += slot_place.capacity() * sizeof(std::string);
  for (const std::string& p : slot_place) bytes += p.capacity() > 15 ? p.capacity() : 0;
  for (const auto& note : notes) bytes += sizeof(note) + note.second.capacity();
  return bytes;
}

Alignment Align(const std::vector<ScoreClaim>& claims, const AlignOptions& options) {
  const uint32_t n = static_cast<uint32_t>(claims.size());
  Alignment a;
  // One sequential pass over the (large) claim records; everything after works on these
  // compact rows, gathered into slot order, so the hot loops stay in cache. Built by
  // push_back, not sized up front: value-initializing them first is a wasted pass.
  a.intervals.reserve(n);
  std::vector<SortItem> items;
  items.reserve(n);
  std::vector<Row> compact;
  compact.reserve(n);
  std::vector<uint64_t> place_hash;  // 0 = no place stated
  place_hash.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    const ScoreClaim& c = claims[i];
    const SoftInterval iv = Soften(c.value);
    a.intervals.push_back(iv);
    items.push_back(SortItem{BlockKey(c), c.time, i});
    compact.push_back(Row{iv, c.time, c.time_start, OriginHash(c),
                          c.copy_group.empty() ? 0 : HashBytes(c.copy_group, HashBytes("copy\x1f")),
                          c.cumulative, c.time_from_publication});
    place_hash.push_back(c.place.empty() ? 0 : HashBytes(c.place, HashBytes("place\x1f")));
  }
  // Sorting is the only super-linear step: n log n on 24-byte records. A 64-bit key
  // collision between two blocking keys (about 1e-8 for a million keys) would merge them.
  std::sort(items.begin(), items.end(), [](const SortItem& x, const SortItem& y) {
    if (x.key != y.key) return x.key < y.key;
    if (x.time != y.time) return x.time < y.time;
    return x.index < y.index;
  });

  a.order.reserve(n);
  // Per position in `order` while building (sequential writes), scattered to claims once.
  std::vector<uint32_t> pos_bucket(n), pos_evidence(n);
  std::vector<uint8_t> pos_flags(n, 0);
  const int64_t window = options.same_time_days;
  UnionFind uf;
  std::vector<Row> rows;  // rows[k] describes a.order[k]
  rows.reserve(n);
  std::vector<uint32_t> min_index;
  std::vector<std::pair<uint64_t, uint32_t>> keyed;
  std::vector<std::pair<std::string, std::string>> block_notes;

  auto emit_slot = [&](const SortItem* begin, const SortItem* end, std::string_view place,
                       uint64_t key) {
    const uint32_t s0 = static_cast<uint32_t>(a.order.size());
    a.slot_begin.push_back(s0);
    a.slot_first_bucket.push_back(static_cast<uint32_t>(a.bucket_begin.size()));
    a.slot_key.push_back(HashBytes(place, key));
    a.slot_place.emplace_back(place);
    for (const SortItem* it = begin; it != end; ++it) {
      a.order.push_back(it->index);
      rows.push_back(compact[it->index]);
    }
    const uint32_t s1 = static_cast<uint32_t>(a.order.size());
    const uint32_t size = s1 - s0;
    const bool cumulative = rows[s0].cumulative;

    // Independent evidence: one unit per shared origin or shared copy group.
    if (size == 1) {
      pos_evidence[s0] = a.order[s0];
    } else {
      uf.Reset(size);
      for (int pass = 0; pass < 2; ++pass) {
        keyed.clear();
        for (uint32_t k = 0; k < size; ++k) {
          const uint64_t h = pass == 0 ? rows[s0 + k].origin : rows[s0 + k].copy;
          if (pass == 0 || h != 0) keyed.emplace_back(h, k);
        }
        std::sort(keyed.begin(), keyed.end());
        for (size_t k = 1; k < keyed.size(); ++k) {
          if (keyed[k].first == keyed[k - 1].first) uf.Union(keyed[k].second, keyed[k - 1].second);
        }
      }
      // The unit id is its smallest claim index: independent of the order claims sit in.
      min_index.assign(size, UINT32_MAX);
      for (uint32_t k = 0; k < size; ++k) {
        uint32_t r = uf.Find(k);
        min_index[r] = std::min(min_index[r], a.order[s0 + k]);
      }
      for (uint32_t k = 0; k < size; ++k) {
        pos_evidence[s0 + k] = min_index[uf.Find(k)];
      }
    }

    // Buckets: claims within `window` of a bucket's first claim. Undated claims (kNoTime
    // sorts first) form one bucket of their own.
    bool contradiction = false, evolution = false;
    double running_lo = -1;     // cumulative: the largest settled lower bound so far
    bool have_prev = false;
    double prev_lo = 0, prev_hi = 0;
    uint32_t p = s0;
    while (p < s1) {
      const uint32_t b = static_cast<uint32_t>(a.bucket_begin.size());
      a.bucket_begin.push_back(p);
      const int64_t t0 = rows[p].time;
      uint32_t q = p + 1;
      if (t0 == kNoTime) {
        while (q < s1 && rows[q].time == kNoTime) ++q;
      } else {
        while (q < s1 && rows[q].time - t0 <= window) ++q;
      }
      for (uint32_t k = p; k < q; ++k) pos_bucket[k] = b;
      const bool dated = t0 != kNoTime;

      // A cumulative count may only grow: a later figure below a settled lower bound is a
      // stale repeat when it matches an older figure or is dated only by its article,
      // and a drop (a contradiction) otherwise.
      if (cumulative && dated && running_lo > 0) {
        for (uint32_t k = p; k < q; ++k) {
          if (rows[k].iv.hi >= running_lo) continue;
          bool repeat = rows[k].from_publication;
          for (uint32_t e = p, seen = 0; !repeat && e > s0 && seen < kStaleLookBack; ++seen) {
            --e;
            repeat = Compatible(rows[k].iv, rows[e].iv);
          }
          if (repeat) {
            pos_flags[k] |= kFlagStale;
          } else {
            pos_flags[k] |= kFlagDrop;
            contradiction = true;
          }
        }
      }
      // Helly in one dimension: intervals share a point iff max(lo) <= min(hi).
      auto intersect = [&](double& lo, double& hi, int64_t& lo_start) {
        lo = 0;
        hi = std::numeric_limits<double>::infinity();
        lo_start = kNoTime;
        for (uint32_t k = p; k < q; ++k) {
          if (pos_flags[k] & (kFlagStale | kFlagDrop)) continue;
          if (rows[k].iv.lo > lo) lo = rows[k].iv.lo, lo_start = rows[k].time_start;
          hi = std::min(hi, rows[k].iv.hi);
        }
      };
      double lo, hi;
      int64_t lo_start;
      intersect(lo, hi, lo_start);
      if (lo > hi && cumulative) {
        // Same moment, disjoint: a lower cumulative figure whose time starts earlier (or
        // is only its article's date) may describe an earlier state: stale, not conflict.
        for (uint32_t k = p; k < q; ++k) {
          if (rows[k].iv.hi >= lo) continue;
          if (rows[k].from_publication || (lo_start != kNoTime && rows[k].time_start < lo_start)) {
            pos_flags[k] |= kFlagStale;
          }
        }
        intersect(lo, hi, lo_start);
      }
      if (lo > hi) {
        contradiction = true;
        for (uint32_t k = p; k < q; ++k) pos_flags[k] |= kFlagSameTimeConflict;
      } else if (dated) {
        // Values change with time: the bands part, or a cumulative count's settled lower
        // bound rises materially (at least 1,500 in October, 10,000-12,000 in November).
        if (have_prev && (lo > prev_hi || hi < prev_lo ||
                          (cumulative && lo > kMaterialRise * std::max(prev_lo, 1e-9)))) {
          evolution = true;
        }
        have_prev = true;
        prev_lo = lo;
        prev_hi = hi;
        if (cumulative) running_lo = std::max(running_lo, lo);
      }
      a.bucket_lo.push_back(lo);
      a.bucket_hi.push_back(hi);
      p = q;
    }

    // Superseded: a later settled estimate lies above it (cumulative), or the latest
    // settled estimate lies away from it (other quantities).
    const uint32_t b0 = a.slot_first_bucket.back();
    const uint32_t b1 = static_cast<uint32_t>(a.bucket_begin.size());
    auto settled = [&](uint32_t b) {
      return a.bucket_lo[b] <= a.bucket_hi[b] && rows[a.bucket_begin[b]].time != kNoTime;
    };
    uint32_t last_settled = b1;
    for (uint32_t b = b1; b-- > b0;) {
      if (settled(b)) { last_settled = b; break; }
    }
    double later_lo = -1;
    for (uint32_t b = b1; b-- > b0;) {
      if (rows[a.bucket_begin[b]].time == kNoTime) continue;
      const uint32_t e = b + 1 < b1 ? a.bucket_begin[b + 1] : s1;
      for (uint32_t k = a.bucket_begin[b]; k < e; ++k) {
        const SoftInterval& v = rows[k].iv;
        const bool below = cumulative && v.hi < later_lo;
        const bool away = !cumulative && last_settled < b1 && b < last_settled &&
                          (v.lo > a.bucket_hi[last_settled] || v.hi < a.bucket_lo[last_settled]);
        if (below || away) pos_flags[k] |= kFlagSuperseded;
      }
      if (settled(b)) later_lo = std::max(later_lo, a.bucket_lo[b]);
    }

    if (size == 1) {
      a.relation.push_back(SlotRelation::kSingle);
    } else if (contradiction) {
      a.relation.push_back(evolution ? SlotRelation::kMixed : SlotRelation::kContradiction);
    } else {
      a.relation.push_back(evolution ? SlotRelation::kEvolution : SlotRelation::kAgreement);
    }
  };

  size_t block_start = 0;
  while (block_start < n) {
    size_t block_end = block_start + 1;
    while (block_end < n && items[block_end].key == items[block_start].key) ++block_end;
    SortItem* begin = items.data() + block_start;
    SortItem* end = items.data() + block_end;
    // Fast path: one place (or none) in the block, checked on hashes.
    uint64_t only = 0;
    uint32_t only_index = 0;
    bool several = false;
    for (const SortItem* it = begin; it != end && !several; ++it) {
      const uint64_t h = place_hash[it->index];
      if (h == 0) continue;
      if (only == 0) only = h, only_index = it->index;
      several = h != only;
    }
    if (!several) {
      emit_slot(begin, end, only ? std::string_view(claims[only_index].place) : std::string_view(),
                begin->key);
      block_start = block_end;
      continue;
    }
    block_notes.clear();
    PlaceGrouping g = PlaceGroups(claims, place_hash, begin, end, options.place_parents, block_notes);
    if (g.names.size() == 1) {
      const uint32_t slot = static_cast<uint32_t>(a.relation.size());
      emit_slot(begin, end, g.names[0], begin->key);
      for (auto& note : block_notes) a.notes.emplace_back(slot, std::move(note.second));
    } else {
      // Counting sort by group rank: stable, so time order holds inside each group.
      std::vector<uint32_t> first(g.names.size() + 1, 0);
      for (uint32_t r : g.rank) ++first[r + 1];
      for (size_t r = 1; r < first.size(); ++r) first[r] += first[r - 1];
      std::vector<SortItem> sorted(g.rank.size());
      std::vector<uint32_t> fill(first.begin(), first.end() - 1);
      for (size_t k = 0; k < g.rank.size(); ++k) sorted[fill[g.rank[k]]++] = begin[k];
      std::copy(sorted.begin(), sorted.end(), begin);
      for (size_t r = 0; r < g.names.size(); ++r) {
        if (first[r] == first[r + 1]) continue;
        const uint32_t slot = static_cast<uint32_t>(a.relation.size());
        emit_slot(begin + first[r], begin + first[r + 1], g.names[r], begin->key);
        for (const auto& [name, why] : block_notes) {
          if (name == g.names[r]) a.notes.emplace_back(slot, why);
        }
      }
    }
    block_start = block_end;
  }
  a.slot_begin.push_back(static_cast<uint32_t>(a.order.size()));
  a.claims.resize(n);
  for (uint32_t s = 0; s + 1 < a.slot_begin.size(); ++s) {
    for (uint32_t k = a.slot_begin[s]; k < a.slot_begin[s + 1]; ++k) {
      a.claims[a.order[k]] = ClaimAlignment{s, pos_bucket[k], pos_evidence[k], pos_flags[k]};
    }
  }
  a.slot_first_bucket.push_back(static_cast<uint32_t>(a.bucket_begin.size()));
  a.bucket_begin.push_back(static_cast<uint32_t>(a.order.size()));
  return a;
}

}  // namespace mizan
