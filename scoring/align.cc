#include "scoring/align.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>

#include "core/hash.h"
#include "core/place_hierarchy.h"
#include "core/union_find.h"
#include "scoring/hash_ids.h"

namespace mizan {
namespace {

// What alignment needs of a claim, read once in input order: one 64-byte cache line instead
// of a whole record (hundreds of bytes with its strings).
struct alignas(64) Row {
  double lo, hi;  // the softened interval (Soften)
  int64_t time, time_start;
  uint64_t origin, copy;  // hashes; copy 0 = no copy group
  uint64_t doc;           // hash of the claim's document ("" for structured claims)
  bool cumulative, from_publication;
};
static_assert(sizeof(Row) == 64, "a row is one cache line");

bool Overlap(const Row& x, const Row& y) { return x.lo <= y.hi && y.lo <= x.hi; }

// The order of claims: blocking key, then time, then input index. A total order, so the
// result does not depend on how the items are sorted.
struct SortItem {
  uint64_t key;
  int64_t time;
  uint32_t index;
  uint32_t place;  // id in Places (Places::kNone: none stated), in what would be padding,
                   // so that splitting a block by place reads no row
};

bool Before(const SortItem& x, const SortItem& y) {
  if (x.key != y.key) return x.key < y.key;
  if (x.time != y.time) return x.time < y.time;
  return x.index < y.index;
}

// Sorting is the only super-linear step of alignment, and one comparison sort of a million
// items spends its time waiting on memory. So the items are first partitioned in place by
// the top bits of their key (keys are hashes, hence uniform) into runs of about kRunSize
// items, which fit in the first-level cache, and each run is then sorted where it lies.
// Runs follow key order, so the result is the one order `Before` defines, and the cost per
// item stays near constant as the input grows. A 64-bit key collision between two blocking
// keys (about 1e-8 for a million keys) would merge them.
constexpr size_t kRunSize = 1024;

void SortIntoBlocks(std::vector<SortItem>& items) {
  int bits = 0;
  while (bits < 16 && (items.size() >> bits) > kRunSize) ++bits;
  if (bits == 0) {
    std::sort(items.begin(), items.end(), Before);
    return;
  }
  const int shift = 64 - bits;
  const size_t runs = size_t{1} << bits;
  std::vector<uint32_t> begin(runs + 1, 0);
  for (const SortItem& item : items) ++begin[(item.key >> shift) + 1];
  std::partial_sum(begin.begin(), begin.end(), begin.begin());
  // American flag sort: an item moves by swaps straight into the next free place of its run.
  std::vector<uint32_t> next(begin.begin(), begin.end() - 1);
  for (size_t run = 0; run < runs; ++run) {
    while (next[run] < begin[run + 1]) {
      SortItem item = items[next[run]];
      for (size_t to = item.key >> shift; to != run; to = item.key >> shift) {
        std::swap(item, items[next[to]++]);
      }
      items[next[run]++] = item;
    }
  }
  for (size_t run = 0; run < runs; ++run) {
    std::sort(items.data() + begin[run], items.data() + begin[run + 1], Before);
  }
}

// How many claims ahead of the one at hand the alignment asks for rows.
constexpr size_t kPrefetchAhead = 16;

// How far back a dropping cumulative figure is compared with older figures to tell a
// stale repeat from a real drop. Bounded so one huge slot cannot go quadratic.
constexpr int kStaleLookBack = 256;
// One origin giving this many disjoint figures of one key on one day is a table (EmitFacts).
constexpr size_t kTableFigures = 4;
// Figures of one key this far apart, with none between, are different facts (EmitSlots).
constexpr double kMagnitudeGap = 8;
const double kLogMagnitudeGap = std::log(kMagnitudeGap);
// Value chains of one key join as one fact's states (JoinUntoldChains) only in steps of at
// most this factor (soft bounds): 6, 7, 8, 9 under treatment, not 97 and 144 arrested
// (a statement's parts told by different articles) or 149 and 583 recovered.
constexpr double kStateStep = 1.25;
// A settled lower bound that rises by more than this factor is a change, not noise.
constexpr double kMaterialRise = 1.25;

uint64_t OriginHash(const ScoreClaim& c) {
  static const uint64_t seed = HashBytes("origin");
  uint64_t h = seed;
  for (const std::string& o : c.origins) h = HashBytes("\x1f", HashBytes(o, h));
  return h;
}

// The distinct places of the input, interned as the claims are read: rows carry a dense
// place id, and the table holds each place's name, its hash (for an order that does not
// depend on the input's) and the places of the input that contain it, nearest first. So
// blocks never go back to the claim records for a place, and the containment relation is
// walked once per place, not once per block.
class Places {
 public:
  static constexpr uint32_t kNone = HashIds::kNone;

  // The id of `name`, added when new; kNone for "" (no place stated).
  uint32_t Intern(std::string_view name) {
    if (name.empty()) return kNone;
    const uint64_t hash = Hash(name);
    const auto [id, added] = ids_.Intern(hash, [&](uint32_t known) { return names_[known] == name; });
    if (added) {
      names_.push_back(name);
      hashes_.push_back(hash);
    }
    return id;
  }

  // After the last Intern: the containers of every place among the places interned.
  void ResolveContainment(const PlaceHierarchy* hierarchy) {
    container_begin_.assign(1, 0);
    for (std::string_view name : names_) {
      if (hierarchy != nullptr) {
        for (std::string_view up : hierarchy->Containers(name)) {
          const uint32_t found = Find(up);
          if (found != kNone) containers_.push_back(found);
        }
      }
      container_begin_.push_back(static_cast<uint32_t>(containers_.size()));
    }
  }

  std::string_view name(uint32_t id) const { return id == kNone ? std::string_view() : names_[id]; }
  uint64_t hash(uint32_t id) const { return hashes_[id]; }
  std::span<const uint32_t> containers(uint32_t id) const {
    return {containers_.data() + container_begin_[id], containers_.data() + container_begin_[id + 1]};
  }
  uint32_t size() const { return static_cast<uint32_t>(names_.size()); }

 private:
  static uint64_t Hash(std::string_view name) {
    static const uint64_t seed = HashBytes("place\x1f");
    return HashBytes(name, seed);
  }

  uint32_t Find(std::string_view name) const {
    const uint32_t id = ids_.Find(Hash(name));
    return id != kNone && names_[id] == name ? id : kNone;
  }

  HashIds ids_;
  std::vector<std::string_view> names_;  // into the claim records
  std::vector<uint64_t> hashes_;
  std::vector<uint32_t> container_begin_;  // place id -> [begin, end) in containers_
  std::vector<uint32_t> containers_;
};

// Place groups of one block: the rank of every item's group (groups sorted by name), the
// group names, and explanations of merges and splits, each for the group it concerns.
// Linear in the block: place ids index a table, and strings are touched once per group.
struct PlaceGrouping {
  std::vector<uint32_t> rank;                           // per item of the block
  std::vector<std::string> names;                       // per group
  std::vector<std::pair<uint32_t, std::string>> notes;  // (group, why), by group
};

// A note names at most this many places: a block may hold dozens, and a list of all of
// them under every one of its slots would grow with the square of their number.
constexpr size_t kListedPlaces = 8;

// `in_block` maps a place id to its index among the block's distinct places; it holds
// kNone for every place on entry and on return.
PlaceGrouping PlaceGroups(const SortItem* begin, const SortItem* end, const Places& places,
                          std::vector<uint32_t>& in_block) {
  const size_t size = static_cast<size_t>(end - begin);
  // The distinct places of the block, by first appearance.
  struct Distinct { uint32_t place; int count; uint32_t top; };
  std::vector<Distinct> distinct;
  std::vector<uint32_t> place_of(size);  // per item: its distinct place, or kNone
  for (size_t k = 0; k < size; ++k) {
    const uint32_t place = begin[k].place;
    if (place == Places::kNone) {
      place_of[k] = Places::kNone;
      continue;
    }
    if (in_block[place] == Places::kNone) {
      in_block[place] = static_cast<uint32_t>(distinct.size());
      distinct.push_back(Distinct{place, 0, in_block[place]});
    }
    ++distinct[in_block[place]].count;
    place_of[k] = in_block[place];
  }
  // A place joins the highest containing place that also occurs in the block.
  for (Distinct& d : distinct) {
    for (uint32_t up : places.containers(d.place)) {
      if (in_block[up] != Places::kNone) d.top = in_block[up];
    }
  }
  for (const Distinct& d : distinct) in_block[d.place] = Places::kNone;
  auto name_of = [&](uint32_t d) { return places.name(distinct[d].place); };
  std::map<std::string_view, int> group_size;
  for (const Distinct& d : distinct) group_size[name_of(d.top)] += d.count;
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
  // Claims without a place join the only place group of their block; when the block names
  // several, nothing says which one they belong to, and they form a group of their own.
  int unplaced = 0;
  for (size_t k = 0; k < size; ++k) unplaced += place_of[k] == Places::kNone;
  const bool unplaced_apart = unplaced > 0 && g.names.size() >= 2;
  if (unplaced_apart) g.names.insert(g.names.begin(), std::string());
  // Notes are made in the order of place hashes: stable whatever the order of the claims.
  std::vector<uint32_t> by_hash(distinct.size());
  std::iota(by_hash.begin(), by_hash.end(), 0u);
  std::sort(by_hash.begin(), by_hash.end(), [&](uint32_t x, uint32_t y) {
    return places.hash(distinct[x].place) < places.hash(distinct[y].place);
  });
  std::vector<uint32_t> distinct_rank(distinct.size());
  for (uint32_t d : by_hash) {
    const uint32_t top = distinct[d].top;
    distinct_rank[d] = rank_of(name_of(top));
    if (top != d) {
      g.notes.emplace_back(distinct_rank[d], std::string(name_of(d)) + " lies within " +
                                                 std::string(name_of(top)) + ": same slot");
    }
  }
  const uint32_t unplaced_rank = unplaced_apart ? 0 : rank_of(largest);
  g.rank.resize(size);
  for (size_t k = 0; k < size; ++k) {
    g.rank[k] = place_of[k] == Places::kNone ? unplaced_rank : distinct_rank[place_of[k]];
  }
  if (unplaced_apart) {
    g.notes.emplace_back(unplaced_rank,
                         std::to_string(unplaced) +
                             " claim(s) with no place stated kept apart: the same key names "
                             "several places, and none is stated for these");
  } else if (unplaced > 0 && distinct.size() > 1) {
    g.notes.emplace_back(unplaced_rank, std::to_string(unplaced) +
                                            " claim(s) with no place stated joined the only "
                                            "place group (" + std::string(largest) + ")");
  }
  if (g.names.size() >= 2) {
    std::string listed;
    const size_t named = g.names.size() - (unplaced_apart ? 1 : 0);
    for (size_t r = unplaced_apart ? 1 : 0, listed_n = 0; r < g.names.size() && listed_n < kListedPlaces;
         ++r, ++listed_n) {
      listed += (listed.empty() ? "" : ", ") + g.names[r];
    }
    if (named > kListedPlaces) listed += " and " + std::to_string(named - kListedPlaces) + " more";
    for (uint32_t r = 0; r < g.names.size(); ++r) {
      g.notes.emplace_back(r, "kept apart from same-key claims about other places (" + listed + ")");
    }
  }
  // By group, each group's notes in the order made.
  std::stable_sort(g.notes.begin(), g.notes.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  return g;
}

// Builds an Alignment in one direction: reads the claims into rows, sorts them into blocks,
// splits each block into slots by place, and analyses each slot where it lies in `order`:
// its evidence units, its time buckets, the flags of its claims and its relation.
class Aligner {
 public:
  Aligner(const std::vector<ScoreClaim>& claims, const AlignOptions& options)
      : claims_(claims),
        options_(options),
        n_(static_cast<uint32_t>(claims.size())) {}

  Alignment Run() &&;

 private:
  // A consensus band: the intersection of claims that take part, `in_play` of them.
  struct Band {
    double lo = 0, hi = std::numeric_limits<double>::infinity();
    int64_t lo_start = kNoTime;
    uint32_t in_play = 0;
    bool ok() const { return lo <= hi; }
  };
  struct Changes {
    bool contradiction = false, evolution = false;
  };

  void ReadClaims();
  void SplitBlock(SortItem* begin, SortItem* end);
  void EmitSlots(SortItem* begin, SortItem* end, std::string_view place, uint64_t key);
  void EmitFacts(SortItem* begin, SortItem* end, std::string_view place, uint64_t key);
  void EmitSlot(const SortItem* begin, const SortItem* end, std::string_view place, uint64_t key);
  uint32_t JoinUntoldChains(const SortItem* begin, size_t size, std::vector<uint32_t>& chain, uint32_t chains);
  void MarkEvidence(uint32_t s0, uint32_t s1);
  Changes MarkBuckets(uint32_t s0, uint32_t s1, bool cumulative, bool weak_key);
  uint32_t DistinctEvidence(uint32_t from, uint32_t to);
  bool Disputable(uint32_t from, uint32_t to, const Band& day);
  bool PartOfWhole(uint32_t from, uint32_t to) const;
  bool TopCorroborated(uint32_t from, uint32_t to, double top_lo);
  Band MedianBand(uint32_t from, uint32_t to);
  void MarkSuperseded(uint32_t s1, bool cumulative);
  void ScatterToClaims();

  // The row of position k of `order`. Rows stay in input order: reading them through
  // `order` costs one cache miss per claim, as gathering a copy would, without writing one.
  const Row& RowAt(uint32_t k) const { return rows_[a_.order[k]]; }

  const std::vector<ScoreClaim>& claims_;
  const AlignOptions& options_;
  const uint32_t n_;
  Alignment a_;
  std::vector<Row> rows_;  // per claim, in input order
  std::vector<SortItem> items_;
  // Per position in `order` while building (sequential writes), scattered to claims once.
  std::vector<uint32_t> pos_bucket_, pos_evidence_;
  std::vector<uint8_t> pos_flags_;
  // Scratch, reused from slot to slot and block to block.
  UnionFind<uint32_t> uf_;
  std::vector<uint32_t> min_index_;
  HashIds evidence_keys_;                // origin or copy hash -> id, within one slot
  std::vector<uint32_t> first_with_key_;  // id -> the first position in the slot with it
  std::vector<uint32_t> scratch_units_;   // DistinctEvidence
  struct Told { uint64_t teller; int64_t time; double lo, hi; uint32_t item; };
  std::vector<Told> told_;                         // EmitFacts
  std::unordered_map<uint64_t, uint32_t> solo_seen_;  // ReadClaims: keys of claims alone
  std::vector<std::pair<double, uint32_t>> by_value_;  // EmitSlots
  Places places_;
  std::vector<uint32_t> in_block_;  // place id -> index among a block's places (PlaceGroups)
};

Alignment Aligner::Run() && {
  ReadClaims();
  places_.ResolveContainment(options_.places);
  in_block_.assign(places_.size(), Places::kNone);
  SortIntoBlocks(items_);
  a_.order.reserve(n_);
  // A slot has at least one bucket and a bucket at least one claim: sized once, the bucket
  // arrays are never copied as they grow.
  a_.bucket_begin.reserve(n_ + 1);
  a_.bucket_lo.reserve(n_);
  a_.bucket_hi.reserve(n_);
  pos_bucket_.resize(n_);
  pos_evidence_.resize(n_);
  pos_flags_.assign(n_, 0);
  for (size_t block_start = 0, prefetched = 0; block_start < n_;) {
    size_t block_end = block_start + 1;
    while (block_end < n_ && items_[block_end].key == items_[block_start].key) ++block_end;
    // Rows are read in key order, hence at random: ask for the rows of this block and a
    // few beyond it before they are needed, so that the misses overlap instead of queueing.
    for (const size_t upto = std::min<size_t>(n_, block_end + kPrefetchAhead); prefetched < upto;
         ++prefetched) {
      __builtin_prefetch(&rows_[items_[prefetched].index]);
    }
    SplitBlock(items_.data() + block_start, items_.data() + block_end);
    block_start = block_end;
  }
  ScatterToClaims();
  return std::move(a_);
}

// One sequential pass over the (large) claim records; everything after works on rows.
// Built by push_back, not sized up front: value-initializing them first is a wasted pass.
void Aligner::ReadClaims() {
  static const uint64_t kCopySeed = HashBytes("copy\x1f"), kDocSeed = HashBytes("doc\x1f");
  a_.intervals.reserve(n_);
  items_.reserve(n_);
  rows_.reserve(n_);
  for (uint32_t i = 0; i < n_; ++i) {
    const ScoreClaim& c = claims_[i];
    const SoftInterval iv = SoftenClaim(c);
    a_.intervals.push_back(iv);
    // A claim with nothing counted is keyed by its own id (BlockKey), and a repeat of the
    // same id by how many came before it: never a shared slot, whatever the input order.
    uint64_t key = BlockKey(c);
    if (c.object.empty() && c.counted.empty() && c.unit.empty()) {
      const uint32_t repeat = solo_seen_[key]++;
      if (repeat > 0) key = HashBytes(std::to_string(repeat), key);
    }
    items_.push_back(SortItem{key, c.time, i, places_.Intern(c.place)});
    rows_.push_back(Row{iv.lo, iv.hi, c.time, c.time_start, OriginHash(c),
                        c.copy_group.empty() ? 0 : HashBytes(c.copy_group, kCopySeed),
                        c.doc.empty() ? 0 : HashBytes(c.doc, kDocSeed), c.cumulative,
                        c.time_from_publication});
  }
}

// A block (claims of one key) is one slot per place group.
void Aligner::SplitBlock(SortItem* begin, SortItem* end) {
  // Fast path: one place (or none) in the block.
  uint32_t only = Places::kNone;
  bool several = false;
  for (const SortItem* it = begin; it != end && !several; ++it) {
    const uint32_t place = it->place;
    if (place == Places::kNone) continue;
    if (only == Places::kNone) only = place;
    several = place != only;
  }
  if (!several) {
    EmitSlots(begin, end, places_.name(only), begin->key);
    return;
  }
  PlaceGrouping g = PlaceGroups(begin, end, places_, in_block_);
  if (g.names.size() == 1) {
    const uint32_t slot = a_.slot_count();
    EmitSlots(begin, end, g.names[0], begin->key);
    for (auto& note : g.notes) a_.notes.emplace_back(slot, std::move(note.second));
    return;
  }
  // Counting sort by group rank: stable, so time order holds inside each group.
  std::vector<uint32_t> first(g.names.size() + 1, 0);
  for (uint32_t r : g.rank) ++first[r + 1];
  for (size_t r = 1; r < first.size(); ++r) first[r] += first[r - 1];
  std::vector<SortItem> sorted(g.rank.size());
  std::vector<uint32_t> fill(first.begin(), first.end() - 1);
  for (size_t k = 0; k < g.rank.size(); ++k) sorted[fill[g.rank[k]]++] = begin[k];
  std::copy(sorted.begin(), sorted.end(), begin);
  auto note = g.notes.begin();
  for (uint32_t r = 0; r < g.names.size(); ++r) {
    if (first[r] == first[r + 1]) continue;
    const uint32_t slot = a_.slot_count();
    EmitSlots(begin + first[r], begin + first[r + 1], g.names[r], begin->key);
    while (note != g.notes.end() && note->first < r) ++note;
    for (; note != g.notes.end() && note->first == r; ++note) {
      a_.notes.emplace_back(slot, std::move(note->second));
    }
  }
}

// Figures of one key and place that lie more than kMagnitudeGap apart with no figure
// between them are different facts (daily new cases 4, a total of 1,082; 12 crew among
// 239 on board): a count does not jump by that factor within one story's days, and a
// figure that bridges the gap keeps them together (at least 1,500, then 10,000). Each
// magnitude band is a slot. Structured objects are slots as given. n log n in the slot.
void Aligner::EmitSlots(SortItem* begin, SortItem* end, std::string_view place, uint64_t key) {
  const size_t size = static_cast<size_t>(end - begin);
  if (size < 2 || !claims_[begin->index].object.empty()) {
    EmitSlot(begin, end, place, key);
    return;
  }
  // Each item's log magnitude; figures of no positive value form a band of their own.
  std::vector<std::pair<double, uint32_t>>& by_value = by_value_;
  by_value.resize(size);
  for (size_t k = 0; k < size; ++k) {
    const double point = a_.intervals[begin[k].index].point;
    by_value[k] = {point > 0 ? std::log(point) : -std::numeric_limits<double>::infinity(),
                   static_cast<uint32_t>(k)};
  }
  std::sort(by_value.begin(), by_value.end());
  std::vector<uint32_t> band(size);
  uint32_t bands = 0;
  for (size_t k = 0; k < size; ++k) {
    if (k > 0 && by_value[k].first != by_value[k - 1].first &&
        !(by_value[k].first - by_value[k - 1].first <= kLogMagnitudeGap)) {
      ++bands;
    }
    band[by_value[k].second] = bands;
  }
  ++bands;
  if (bands == 1) {
    EmitFacts(begin, end, place, key);
    return;
  }
  // Counting sort by band: stable, so time order holds inside each band.
  std::vector<uint32_t> first(bands + 1, 0);
  for (uint32_t b : band) ++first[b + 1];
  for (size_t b = 1; b < first.size(); ++b) first[b] += first[b - 1];
  std::vector<SortItem> sorted(size);
  std::vector<uint32_t> fill(first.begin(), first.end() - 1);
  for (size_t k = 0; k < size; ++k) sorted[fill[band[k]]++] = begin[k];
  std::copy(sorted.begin(), sorted.end(), begin);
  for (uint32_t b = 0; b < bands; ++b) {
    const uint32_t slot = a_.slot_count();
    EmitFacts(begin + first[b], begin + first[b + 1], place, key);
    a_.notes.emplace_back(slot, "kept apart from same-key figures of another magnitude (" +
                                    std::to_string(bands) + " bands, each more than " +
                                    std::to_string(static_cast<int>(kMagnitudeGap)) +
                                    "x from the next): different facts");
  }
}

// When one origin (or one article) gives disagreeing figures for one key on one day (a bulletin's total,
// recovered and under treatment, all "cases"; a statement's 431 arrested and its parts
// 97, 190 and 144), the key holds several facts. They are then told apart by value: the
// figures, sorted, chain while their soft intervals overlap, and each chain is a slot.
// Precision first: a fact that changed by more than rounding may split too, but facts
// are never mixed. n log n in the slot.
void Aligner::EmitFacts(SortItem* begin, SortItem* end, std::string_view place, uint64_t key) {
  const size_t size = static_cast<size_t>(end - begin);
  if (size < 2) {
    EmitSlot(begin, end, place, key);
    return;
  }
  // (teller, day, lo, hi) of each item, to find the disagreeing figures of one day that one
  // origin gives, or one document (an article giving two figures for one key speaks of
  // two things).
  std::vector<Told>& told = told_;
  told.resize(size);
  bool several = false;
  size_t most_apart = 0;  // the most mutually disjoint figures one teller gives on one day
  for (int by_doc = 0; by_doc < 2; ++by_doc) {
    for (size_t k = 0; k < size; ++k) {
      const Row& row = rows_[begin[k].index];
      told[k] = Told{by_doc ? row.doc : row.origin, row.time, row.lo, row.hi, static_cast<uint32_t>(k)};
    }
    std::sort(told.begin(), told.end(), [](const Told& x, const Told& y) {
      return std::tie(x.teller, x.time, x.lo) < std::tie(y.teller, y.time, y.lo);
    });
    for (size_t g0 = 0; g0 < size;) {
      size_t g1 = g0 + 1;
      while (g1 < size && told[g1].teller == told[g0].teller && told[g1].time == told[g0].time) ++g1;
      if (told[g0].time != kNoTime && (told[g0].teller != 0 || !by_doc)) {
        // Sorted by lo: greedy count of figures each starting above the last one's end.
        size_t apart = 1;
        double end = told[g0].hi;
        for (size_t k = g0 + 1; k < g1; ++k) {
          if (told[k].lo > end) {
            ++apart;
            end = told[k].hi;
          } else {
            end = std::min(end, told[k].hi);
          }
        }
        several = several || apart >= 2;
        most_apart = std::max(most_apart, apart);
      }
      g0 = g1;
    }
  }
  // A table (an origin giving a day's figures for many items under one key: share prices,
  // percentage changes): values are dense, chains would join them all, and the key says
  // nothing of which item a figure is about. Only equal figures are taken as one fact.
  const bool table = most_apart >= kTableFigures;
  if (!several) {
    EmitSlot(begin, end, place, key);
    return;
  }
  // Chains of overlapping values.
  std::vector<std::pair<double, uint32_t>> by_lo(size);
  for (size_t k = 0; k < size; ++k) by_lo[k] = {rows_[begin[k].index].lo, static_cast<uint32_t>(k)};
  std::sort(by_lo.begin(), by_lo.end());
  std::vector<uint32_t> chain(size);
  uint32_t chains = 0;
  double reach = -std::numeric_limits<double>::infinity();
  double last_lo = 0;
  for (const auto& [lo, k] : by_lo) {
    const bool first_figure = reach == -std::numeric_limits<double>::infinity();
    if (!first_figure && (table ? lo != last_lo : lo > reach)) ++chains;
    reach = std::max(reach, rows_[begin[k].index].hi);
    last_lo = lo;
    chain[k] = chains;
  }
  ++chains;
  // A key with no predicate says too little for figures to be one fact's states; and amounts
  // (money, percentages, measures) of a story have many referents (prices of several
  // instruments and days), so only counts join.
  if (!table && chains > 1 && !claims_[begin->index].predicate.empty() && !claims_[begin->index].amount) {
    chains = JoinUntoldChains(begin, size, chain, chains);
  }
  std::vector<uint32_t> first(chains + 1, 0);
  for (uint32_t c : chain) ++first[c + 1];
  for (size_t c = 1; c < first.size(); ++c) first[c] += first[c - 1];
  std::vector<SortItem> sorted(size);
  std::vector<uint32_t> fill(first.begin(), first.end() - 1);
  for (size_t k = 0; k < size; ++k) sorted[fill[chain[k]]++] = begin[k];
  std::copy(sorted.begin(), sorted.end(), begin);
  for (uint32_t c = 0; c < chains; ++c) {
    const uint32_t slot = a_.slot_count();
    EmitSlot(begin + first[c], begin + first[c + 1], place, key);
    if (chains > 1) {
      a_.notes.emplace_back(slot, std::string(table ? "one origin gives a table of figures for this "
                                                      "key on one day: only equal figures are one fact ("
                                                    : "one origin gives disagreeing figures for this "
                                                      "key on one day, so it holds several facts: "
                                                      "told apart by value (") +
                                      std::to_string(chains) + " facts)");
    }
  }
}

// Value chains that no teller ever gives side by side are one fact's states, not several
// facts: a count under treatment that goes 6, 7, 8, 9 over the days splits into chains of
// its own (its figures differ by more than rounding) only because some teller gave another
// figure of the key beside one of them (9 and a foreign 12). Figures one origin or one
// article gives on one day are different facts; so, in value order, a chain joins the one
// below it unless one teller-day gives it together with a figure of that joined run, or
// it lies more than kStateStep above the run's top. Only counts whose key names a predicate. The
// result is never coarser than the key. Two sorts of the slot (by origin, by article).
uint32_t Aligner::JoinUntoldChains(const SortItem* begin, size_t size, std::vector<uint32_t>& chain,
                                   uint32_t chains) {
  // below[c]: the highest chain under c that one teller gives on a day it gives c.
  std::vector<int64_t> below(chains, -1);
  std::vector<Told>& told = told_;
  for (int by_doc = 0; by_doc < 2; ++by_doc) {
    for (size_t k = 0; k < size; ++k) {
      const Row& row = rows_[begin[k].index];
      told[k] = Told{by_doc ? row.doc : row.origin, row.time, static_cast<double>(chain[k]), 0,
                     static_cast<uint32_t>(k)};
    }
    std::sort(told.begin(), told.begin() + static_cast<std::ptrdiff_t>(size), [](const Told& x, const Told& y) {
      return std::tie(x.teller, x.time, x.lo) < std::tie(y.teller, y.time, y.lo);
    });
    for (size_t k = 1; k < size; ++k) {
      const Told& p = told[k - 1];
      const Told& t = told[k];
      if (t.teller != p.teller || t.time != p.time || t.time == kNoTime || (by_doc && t.teller == 0)) continue;
      if (t.lo != p.lo) below[static_cast<size_t>(t.lo)] = std::max(below[static_cast<size_t>(t.lo)], static_cast<int64_t>(p.lo));
    }
  }
  // Each chain's lowest and highest figure, for the size of a step.
  std::vector<double> chain_lo(chains, std::numeric_limits<double>::infinity()), chain_hi(chains, 0);
  for (size_t k = 0; k < size; ++k) {
    const Row& row = rows_[begin[k].index];
    chain_lo[chain[k]] = std::min(chain_lo[chain[k]], row.lo);
    chain_hi[chain[k]] = std::max(chain_hi[chain[k]], row.hi);
  }
  std::vector<uint32_t> joined(chains, 0);
  uint32_t run = 0;
  int64_t run_start = 0;
  double run_hi = chain_hi[0];
  for (uint32_t c = 1; c < chains; ++c) {
    if (below[c] >= run_start || chain_lo[c] > kStateStep * run_hi) {
      ++run;
      run_start = c;
      run_hi = 0;
    }
    run_hi = std::max(run_hi, chain_hi[c]);
    joined[c] = run;
  }
  for (uint32_t& c : chain) c = joined[c];
  return run + 1;
}

void Aligner::EmitSlot(const SortItem* begin, const SortItem* end, std::string_view place,
                       uint64_t key) {
  const uint32_t s0 = static_cast<uint32_t>(a_.order.size());
  a_.slot_begin.push_back(s0);
  a_.slot_first_bucket.push_back(static_cast<uint32_t>(a_.bucket_begin.size()));
  a_.slot_key.push_back(HashBytes(place, key));
  a_.slot_place.emplace_back(place);
  for (const SortItem* it = begin; it != end; ++it) a_.order.push_back(it->index);
  const uint32_t s1 = static_cast<uint32_t>(a_.order.size());
  const bool cumulative = RowAt(s0).cumulative;
  MarkEvidence(s0, s1);
  // A key that names no predicate ("5 players", "9 players") does not say the figures are of
  // one fact: they are never taken to contradict each other.
  // Nor does one that names no place: a story's incidents in different towns share the rest
  // of their key.
  // Nor one of amounts, rates or measures (money, percent, km): a story's prices, profits
  // and shares have many referents that its key cannot tell apart.
  const ScoreClaim& first = claims_[a_.order[s0]];
  const bool weak_key =
      first.object.empty() &&
      (first.predicate.empty() || place.empty() || first.amount);
  const Changes changes = MarkBuckets(s0, s1, cumulative, weak_key);
  MarkSuperseded(s1, cumulative);
  if (s1 - s0 == 1) {
    a_.relation.push_back(SlotRelation::kSingle);
  } else if (changes.contradiction) {
    a_.relation.push_back(changes.evolution ? SlotRelation::kMixed : SlotRelation::kContradiction);
  } else {
    a_.relation.push_back(changes.evolution ? SlotRelation::kEvolution : SlotRelation::kAgreement);
  }
}

// Independent evidence: one unit per shared origin or shared copy group. The unit id is its
// smallest claim index, independent of the order claims sit in.
void Aligner::MarkEvidence(uint32_t s0, uint32_t s1) {
  const uint32_t size = s1 - s0;
  if (size == 1) {
    pos_evidence_[s0] = a_.order[s0];
    return;
  }
  // Claims sharing an origin, or a copy group, join the first claim that had it: linear
  // in the slot, however large.
  uf_.Reset(size);
  for (int pass = 0; pass < 2; ++pass) {
    evidence_keys_.Reset(size);
    first_with_key_.clear();
    for (uint32_t k = 0; k < size; ++k) {
      const uint64_t h = pass == 0 ? RowAt(s0 + k).origin : RowAt(s0 + k).copy;
      if (pass == 1 && h == 0) continue;  // no copy group
      const auto [id, added] = evidence_keys_.Intern(h);
      if (added) {
        first_with_key_.push_back(k);
      } else {
        uf_.Union(k, first_with_key_[id]);
      }
    }
  }
  min_index_.assign(size, UINT32_MAX);
  for (uint32_t k = 0; k < size; ++k) {
    const uint32_t r = uf_.Find(k);
    min_index_[r] = std::min(min_index_[r], a_.order[s0 + k]);
  }
  for (uint32_t k = 0; k < size; ++k) pos_evidence_[s0 + k] = min_index_[uf_.Find(k)];
}

// Buckets: claims within same_time_days of a bucket's first claim describe one moment.
// Undated claims (kNoTime sorts first) form one bucket of their own. Marks stale repeats,
// drops, earlier states, one-origin ambiguities and same-day conflicts, and records each
// bucket's consensus band (lo > hi: contradicted figures, no consensus).
//
// Inside a moment, only figures of one day (overlapping times) can contradict each other,
// and only when two independent origins disagree beyond rounding (the soft intervals).
// A moment's band is the band of its reference day: the last day with a consensus, or for
// a running count the day with the highest settled figure; figures of other days that it
// excludes changed with time (earlier states: evolution), or, for a running count
// reported lower later, are stale repeats or drops.
Aligner::Changes Aligner::MarkBuckets(uint32_t s0, uint32_t s1, bool cumulative, bool weak_key) {
  const int64_t window = options_.same_time_days;
  Changes changes;
  double running_lo = -1;  // cumulative: the largest settled lower bound so far
  bool have_prev = false;
  double prev_lo = 0, prev_hi = 0;
  // The intersection of the claims of [from, to) that take part (Helly in one dimension:
  // intervals share a point iff max(lo) <= min(hi)); `in_play` counts them.
  auto intersect = [&](uint32_t from, uint32_t to, uint8_t skip) {
    Band band;
    for (uint32_t k = from; k < to; ++k) {
      if (pos_flags_[k] & skip) continue;
      const Row& row = RowAt(k);
      ++band.in_play;
      if (row.lo > band.lo) band.lo = row.lo, band.lo_start = row.time_start;
      band.hi = std::min(band.hi, row.hi);
    }
    return band;
  };
  auto disagree = [](const Row& row, const Band& band) { return row.hi < band.lo || row.lo > band.hi; };
  uint32_t p = s0;
  while (p < s1) {
    const uint32_t b = static_cast<uint32_t>(a_.bucket_begin.size());
    a_.bucket_begin.push_back(p);
    const int64_t t0 = RowAt(p).time;
    uint32_t q = p + 1;
    if (t0 == kNoTime) {
      while (q < s1 && RowAt(q).time == kNoTime) ++q;
    } else {
      while (q < s1 && RowAt(q).time - t0 <= window) ++q;
    }
    for (uint32_t k = p; k < q; ++k) pos_bucket_[k] = b;
    const bool dated = t0 != kNoTime;

    // A cumulative count may only grow: a later figure below a settled lower bound is a
    // stale repeat when it matches an older figure or is dated only by its article,
    // and a drop (a contradiction) otherwise.
    if (cumulative && dated && running_lo > 0) {
      for (uint32_t k = p; k < q; ++k) {
        const Row& row = RowAt(k);
        if (row.hi >= running_lo) continue;
        bool repeat = row.from_publication;
        for (uint32_t e = p, seen = 0; !repeat && e > s0 && seen < kStaleLookBack; ++seen) {
          --e;
          repeat = Overlap(row, RowAt(e));
        }
        // A drop is no contradiction (the times do not overlap): most often a separate,
        // smaller count (another incident) the key could not tell apart.
        pos_flags_[k] |= repeat ? kFlagStale : kFlagDrop;
      }
    }
    // Days of the moment, each compared within itself.
    bool conflict = false;
    Band reference;
    uint32_t ref_begin = q, ref_end = q;
    for (uint32_t r0 = p; r0 < q;) {
      uint32_t r1 = r0 + 1;
      while (r1 < q && RowAt(r1).time == RowAt(r0).time) ++r1;
      Band day = intersect(r0, r1, kFlagsSetAside);
      if (!day.ok() && cumulative && TopCorroborated(r0, r1, day.lo)) {
        // A running count's lower figure whose time starts earlier, or that is dated only
        // by its report, describes an earlier state of the count (13 killed, then 15),
        // when two independent origins give the higher figure; a lone higher figure may
        // as well be an outlier, and is left to the consensus.
        for (uint32_t k = r0; k < r1; ++k) {
          const Row& row = RowAt(k);
          if ((pos_flags_[k] & kFlagsSetAside) || row.hi >= day.lo) continue;
          if (row.from_publication || (day.lo_start != kNoTime && row.time_start < day.lo_start)) {
            pos_flags_[k] |= kFlagEarlier;
            changes.evolution = true;
          }
        }
        day = intersect(r0, r1, kFlagsSetAside);
      }
      if (!day.ok()) {
        if (!weak_key && DistinctEvidence(r0, r1) >= 2 && Disputable(r0, r1, day)) {
          conflict = true;
          changes.contradiction = true;
          for (uint32_t k = r0; k < r1; ++k) {
            if (!(pos_flags_[k] & kFlagsSetAside)) pos_flags_[k] |= kFlagSameTimeConflict;
          }
          // A running count's contested day still tells its level: the band of its
          // median figure, against which earlier days' lower figures are earlier states.
          if (cumulative) {
            const Band level = MedianBand(r0, r1);
            if (reference.in_play == 0 || level.lo >= reference.lo) {
              reference = level;
              ref_begin = r0;
              ref_end = r1;
            }
          }
        } else {
          for (uint32_t k = r0; k < r1; ++k) {
            if (!(pos_flags_[k] & kFlagsSetAside)) pos_flags_[k] |= kFlagOneOrigin;
          }
        }
      } else if (day.in_play > 0 && (!cumulative || reference.in_play == 0 || day.lo >= reference.lo)) {
        reference = day;
        ref_begin = r0;
        ref_end = r1;
      }
      r0 = r1;
    }
    // Figures of other days that the reference day's band excludes.
    if (reference.in_play > 0) {
      for (uint32_t k = p; k < q; ++k) {
        if (k == ref_begin) k = ref_end;
        if (k >= q) break;
        const Row& row = RowAt(k);
        if ((pos_flags_[k] & (kFlagsSetAside | kFlagSameTimeConflict)) || !disagree(row, reference)) continue;
        if (k < ref_begin) {
          pos_flags_[k] |= kFlagEarlier;
          changes.evolution = true;
        } else {  // cumulative only: a later, lower report
          pos_flags_[k] |= row.from_publication ? kFlagStale : kFlagDrop;
        }
      }
    }
    Band band = intersect(p, q, kFlagsSetAside);
    if (!conflict && !band.ok()) band = reference;  // figures of other days overlap it, not each other
    if (band.ok() && dated) {
      // Values change with time: the bands part, or a cumulative count's settled lower
      // bound rises materially (at least 1,500 in October, 10,000-12,000 in November).
      if (have_prev && (band.lo > prev_hi || band.hi < prev_lo ||
                        (cumulative && band.lo > kMaterialRise * std::max(prev_lo, 1e-9)))) {
        changes.evolution = true;
      }
      if (band.in_play > 0) {
        have_prev = true;
        prev_lo = band.lo;
        prev_hi = band.hi;
        if (cumulative) running_lo = std::max(running_lo, band.lo);
      }
    }
    // A contested moment of a running count still sets its level (its median figure).
    if (!band.ok() && cumulative && dated && reference.in_play > 0) {
      running_lo = std::max(running_lo, reference.lo);
    }
    a_.bucket_lo.push_back(band.lo);
    a_.bucket_hi.push_back(band.hi);
    p = q;
  }
  return changes;
}

// The number of distinct evidence units among the claims of [from, to) that take part.
// Small runs (one day of one slot) are the rule; a sort keeps it n log n however large.
uint32_t Aligner::DistinctEvidence(uint32_t from, uint32_t to) {
  scratch_units_.clear();
  for (uint32_t k = from; k < to; ++k) {
    if (!(pos_flags_[k] & kFlagsSetAside)) scratch_units_.push_back(pos_evidence_[k]);
  }
  std::sort(scratch_units_.begin(), scratch_units_.end());
  return static_cast<uint32_t>(std::unique(scratch_units_.begin(), scratch_units_.end()) -
                               scratch_units_.begin());
}

// Whether the disagreeing figures of one day [from, to) may be one fact told differently (a
// dispute) rather than different facts the key could not tell apart: within the dispute
// ratio of each other (or an outlier above a corroborated figure), from more than one article (an article that gives two figures gives
// two facts), and told of one place where places are named (15 killed in Lahij and 17 in
// Aden, merged into Yemen, are two incidents of one war). Reads the claims' places only on
// such days, which are rare.
bool Aligner::Disputable(uint32_t from, uint32_t to, const Band& day) {
  // Far apart: a lone lower figure is most often a separate, smaller count (another
  // incident, a part); a higher one against a lower figure that two independent units give
  // is an outlier of the same fact, and stays a dispute.
  if (day.lo > options_.dispute_ratio * day.hi) {
    scratch_units_.clear();
    for (uint32_t k = from; k < to; ++k) {
      if (!(pos_flags_[k] & kFlagsSetAside) && RowAt(k).lo <= day.hi) scratch_units_.push_back(pos_evidence_[k]);
    }
    std::sort(scratch_units_.begin(), scratch_units_.end());
    if (std::unique(scratch_units_.begin(), scratch_units_.end()) - scratch_units_.begin() < 2) return false;
  }
  bool one_doc = true;  // structured claims (doc 0) come from no article
  uint64_t doc = 0;
  const std::string* place = nullptr;
  bool first = true;
  for (uint32_t k = from; k < to; ++k) {
    if (pos_flags_[k] & kFlagsSetAside) continue;
    const Row& row = RowAt(k);
    if (first) doc = row.doc;
    one_doc = one_doc && row.doc == doc && doc != 0;
    first = false;
    const std::string& named = claims_[a_.order[k]].place;
    if (named.empty()) continue;
    if (place != nullptr && *place != named) return false;
    place = &named;
  }
  return !one_doc && !PartOfWhole(from, to);
}

// Whether an article giving one of the day's figures also states another figure of the day
// that its own excludes, of the same predicate under another key ("16 arrested" and, further
// on, "13 militants arrested in one raid"): the article tells them as two facts, a part and
// its whole, so they disagree only in the key. An article's claims are consecutive in the input; only contested days
// come here, and their distinct figures are few.
bool Aligner::PartOfWhole(uint32_t from, uint32_t to) const {
  std::vector<double> figures;
  for (uint32_t k = from; k < to; ++k) {
    if (pos_flags_[k] & kFlagsSetAside) continue;
    const NumericValue& v = claims_[a_.order[k]].value;
    if (v.low && std::find(figures.begin(), figures.end(), *v.low) == figures.end()) figures.push_back(*v.low);
  }
  for (uint32_t k = from; k < to; ++k) {
    if (pos_flags_[k] & kFlagsSetAside) continue;
    const uint32_t i = a_.order[k];
    const std::string& doc = claims_[i].doc;
    if (doc.empty()) continue;
    const Row& row = rows_[i];
    uint32_t first = i;
    while (first > 0 && claims_[first - 1].doc == doc) --first;
    for (uint32_t j = first; j < n_ && claims_[j].doc == doc; ++j) {
      const std::optional<double>& low = claims_[j].value.low;
      if (j == i || !low || (*low >= row.lo && *low <= row.hi) || claims_[j].predicate != claims_[i].predicate) continue;
      if (std::find(figures.begin(), figures.end(), *low) != figures.end()) return true;
    }
  }
  return false;
}

// Whether two or more independent units give a figure compatible with the highest lower
// bound `top_lo` among the claims of [from, to) that take part.
bool Aligner::TopCorroborated(uint32_t from, uint32_t to, double top_lo) {
  scratch_units_.clear();
  for (uint32_t k = from; k < to; ++k) {
    if (!(pos_flags_[k] & kFlagsSetAside) && RowAt(k).hi >= top_lo) scratch_units_.push_back(pos_evidence_[k]);
  }
  std::sort(scratch_units_.begin(), scratch_units_.end());
  return std::unique(scratch_units_.begin(), scratch_units_.end()) - scratch_units_.begin() >= 2;
}

// The interval of the (lower) median claim of [from, to) by value, among those taking part.
Aligner::Band Aligner::MedianBand(uint32_t from, uint32_t to) {
  std::vector<std::pair<double, double>> bands;
  for (uint32_t k = from; k < to; ++k) {
    if (!(pos_flags_[k] & kFlagsSetAside)) bands.emplace_back(RowAt(k).lo, RowAt(k).hi);
  }
  Band band;
  if (bands.empty()) return band;
  const size_t mid = (bands.size() - 1) / 2;
  std::nth_element(bands.begin(), bands.begin() + static_cast<long>(mid), bands.end());
  band.lo = bands[mid].first;
  band.hi = bands[mid].second;
  band.in_play = static_cast<uint32_t>(bands.size());
  return band;
}

// Superseded: a later settled estimate lies above it (cumulative), or the latest settled
// estimate lies away from it (other quantities).
void Aligner::MarkSuperseded(uint32_t s1, bool cumulative) {
  const uint32_t b0 = a_.slot_first_bucket.back();
  const uint32_t b1 = static_cast<uint32_t>(a_.bucket_begin.size());
  auto settled = [&](uint32_t b) {
    return a_.bucket_lo[b] <= a_.bucket_hi[b] && RowAt(a_.bucket_begin[b]).time != kNoTime;
  };
  uint32_t last_settled = b1;
  for (uint32_t b = b1; b-- > b0;) {
    if (settled(b)) {
      last_settled = b;
      break;
    }
  }
  double later_lo = -1;
  for (uint32_t b = b1; b-- > b0;) {
    if (RowAt(a_.bucket_begin[b]).time == kNoTime) continue;
    const uint32_t e = b + 1 < b1 ? a_.bucket_begin[b + 1] : s1;
    for (uint32_t k = a_.bucket_begin[b]; k < e; ++k) {
      const Row& row = RowAt(k);
      const bool below = cumulative && row.hi < later_lo;
      const bool away = !cumulative && last_settled < b1 && b < last_settled &&
                        (row.lo > a_.bucket_hi[last_settled] || row.hi < a_.bucket_lo[last_settled]);
      if (below || away) pos_flags_[k] |= kFlagSuperseded;
    }
    if (settled(b)) later_lo = std::max(later_lo, a_.bucket_lo[b]);
  }
}

void Aligner::ScatterToClaims() {
  a_.slot_begin.push_back(static_cast<uint32_t>(a_.order.size()));
  a_.claims.resize(n_);
  for (uint32_t s = 0; s + 1 < a_.slot_begin.size(); ++s) {
    for (uint32_t k = a_.slot_begin[s]; k < a_.slot_begin[s + 1]; ++k) {
      // Writes land at random: announce them ahead, as the block loop does for rows.
      if (k + kPrefetchAhead < n_) __builtin_prefetch(&a_.claims[a_.order[k + kPrefetchAhead]], 1);
      a_.claims[a_.order[k]] = ClaimAlignment{s, pos_bucket_[k], pos_evidence_[k], pos_flags_[k]};
    }
  }
  a_.slot_first_bucket.push_back(static_cast<uint32_t>(a_.bucket_begin.size()));
  a_.bucket_begin.push_back(static_cast<uint32_t>(a_.order.size()));
}

}  // namespace

uint64_t HashBytes(std::string_view bytes, uint64_t seed) { return Fnv1a(bytes, seed); }

uint64_t BlockKey(const ScoreClaim& c) {
  static const uint64_t object_seed = HashBytes("object\x1f"), claim_seed = HashBytes("claim\x1f"),
                        alone_seed = HashBytes("alone\x1f");
  if (!c.object.empty()) return HashBytes(c.object, object_seed);
  // What is counted: Claim::counted, else the unit. Nothing counted: nothing says which
  // quantity it is, so it shares a slot with nothing.
  const std::string& counted = c.counted.empty() ? c.unit : c.counted;
  if (counted.empty()) return HashBytes(c.id, HashBytes("\x1f", HashBytes(c.doc, alone_seed)));
  uint64_t h = claim_seed;
  h = HashBytes("\x1f", HashBytes(counted, h));
  h = HashBytes("\x1f", HashBytes(c.subject, h));
  h = HashBytes("\x1f", HashBytes(c.predicate, h));
  h = HashBytes(c.increment ? "i" : "-", h);
  // forward_looking is not part of the key: "preparing to send thousands" estimates the same
  // quantity as "sent 10,000", only with weaker evidence (a confidence factor; the seed
  // gold puts them in one fact). Partial movements ("to join the front by Monday") differ
  // by predicate (joined), not by tense.
  // The event: the story's own (its story id), or a background event's anchor, which
  // may recur in other stories ("e:" and "s:" keep the two apart).
  if (!c.event.empty()) return HashBytes(c.event, HashBytes("e:", h));
  return HashBytes(c.story, HashBytes("s:", h));
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
  return Aligner(claims, options).Run();
}

}  // namespace mizan
