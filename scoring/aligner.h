// The Aligner's insides (private to scoring/align*.cc): the row and sort item each claim
// becomes, the interned places, and the Aligner that Align runs once over the claims.
//
//   Alignment a = Aligner(claims, options).Run();  // what Align returns
//
// The Aligner is one class split over files by what each part does:
//   align.cc            the hot path: reading claims into rows, sorting them into blocks
//                       (SortIntoBlocks), the block loop, splitting a block by place
//                       (SplitBlock), scattering per-position results to claims; BlockKey
//   align_places.cc     a block's place groups (PlaceGroups) and their notes
//   align_incidents.cc  a fact's incidents (EmitIncidents, between the facts and
//                       EmitSlot): claims that name different towns of their incident
//                       are different slots
//   align_facts.cc      facts within a key and place: magnitude bands (EmitSlots), one
//                       teller's disagreeing figures as value chains (EmitFacts), and chains
//                       joined as one fact's states (JoinUntoldChains)
//   align_relations.cc  a slot's analysis (EmitSlot): evidence units, moments and their
//                       days (MarkBuckets: agreement, evolution, contradiction and dispute),
//                       superseded figures, the slot's relation
// What every part reads per claim (Row, SortItem, RowAt) is inline here.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/hash.h"
#include "core/place_hierarchy.h"
#include "core/union_find.h"
#include "scoring/align.h"
#include "scoring/hash_ids.h"

namespace mizan::aligner {

// What alignment needs of a claim, read once in input order: one 64-byte cache line instead
// of a whole record (hundreds of bytes with its strings).
struct alignas(64) Row {
  double lo, hi;  // the softened interval (Soften)
  int64_t time, time_start;
  uint64_t origin, copy;  // hashes; copy 0 = no copy group
  uint64_t doc;           // hash of the claim's document ("" for structured claims)
  bool cumulative, from_publication;
  bool precise;  // a count told exactly, not rounded (464, not 500): it changes by updates
};
static_assert(sizeof(Row) == 64, "a row is one cache line");

inline bool Overlap(const Row& x, const Row& y) { return x.lo <= y.hi && y.lo <= x.hi; }

// The order of claims: blocking key, then time, then input index. A total order, so the
// result does not depend on how the items are sorted.
struct SortItem {
  uint64_t key;
  int64_t time;
  uint32_t index;
  uint32_t place;  // id in Places (Places::kNone: none stated), in what would be padding,
                   // so that splitting a block by place reads no row
};

inline bool Before(const SortItem& x, const SortItem& y) {
  if (x.key != y.key) return x.key < y.key;
  if (x.time != y.time) return x.time < y.time;
  return x.index < y.index;
}

// A counted claim's blocking key is WithSubject(KeyLessSubject(claim), claim.subject):
// claims whose keys differ only by their subject share KeyLessSubject (align.cc).
uint64_t KeyLessSubject(const ScoreClaim& claim);
// The same, with `counted` for what the claim counts (its counted thing, else its unit).
uint64_t KeyLessSubject(const ScoreClaim& claim, std::string_view counted);
uint64_t WithSubject(uint64_t key_less_subject, std::string_view subject);

// Sorts the items into the order `Before` defines, in place (align.cc).
void SortIntoBlocks(std::vector<SortItem>& items);

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
    outermost_.assign(names_.size(), true);
    for (std::string_view name : names_) {
      if (hierarchy != nullptr) {
        const std::vector<std::string_view> ups = hierarchy->Containers(name);
        outermost_[container_begin_.size() - 1] = ups.empty();
        for (std::string_view up : ups) {
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
  // Whether no place contains `id` (a country, or a place the hierarchy does not know).
  bool outermost(uint32_t id) const { return outermost_[id]; }

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
  std::vector<bool> outermost_;  // place id -> nothing contains it
};

// Place groups of one block: the rank of every item's group (groups sorted by name), the
// group names, and explanations of merges and splits, each for the group it concerns.
// Linear in the block: place ids index a table, and strings are touched once per group.
struct PlaceGrouping {
  std::vector<uint32_t> rank;                           // per item of the block
  std::vector<std::string> names;                       // per group
  std::vector<std::pair<uint32_t, std::string>> notes;  // (group, why), by group
};

// The places each article names: per claim index, its article's dense id (Places::kNone:
// none); per article, the distinct place ids its claims name (align_places.cc).
struct ArticleNames {
  std::vector<uint32_t> doc_of;
  std::vector<std::vector<uint32_t>> places;
  // Whether the article of claim `index` names `place` or a place within it.
  bool Names(uint32_t index, uint32_t place, const Places& all) const;
};
ArticleNames NamedPlaces(const std::vector<Row>& rows, const std::vector<uint32_t>& place_by_claim);

// `in_block` maps a place id to its index among the block's distinct places; it holds
// kNone for every place on entry and on return. `article_place` holds, per claim index,
// the one place its article names (ArticlePlaces), or kNone; `named` and `intervals`, per
// claim index, the places its article names and its figure (a claim without a place joins
// the one group that gives its figure, if its article names that group's place) (align_places.cc).
PlaceGrouping PlaceGroups(const SortItem* begin, const SortItem* end, const Places& places,
                          std::span<const uint32_t> article_place, const ArticleNames& named,
                          std::span<const SoftInterval> intervals, std::vector<uint32_t>& in_block);

// Per claim index: the place its article's claims name, when they name one place or
// places along one line of containment (athens and greece: athens, the nearest); kNone when
// they name none, or places of which neither contains the other, or the claim has no
// article (a row's `doc` 0). `place_by_claim`: each claim's place id. One pass in input
// order, one hash look-up per run of an article's claims (align_places.cc).
std::vector<uint32_t> ArticlePlaces(const std::vector<Row>& rows, const std::vector<uint32_t>& place_by_claim,
                                    const Places& places);

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
  // A moment's reference day [begin, end) and its band (MarkBuckets); `contested`: some day
  // of the moment holds a contradiction.
  struct Reference {
    Band band;
    uint32_t begin, end;
    bool contested = false;
  };
  // What a slot's moments have shown so far, carried from one moment to the next.
  struct Course {
    Changes changes;
    double running_lo = -1;  // cumulative: the largest settled lower bound so far
    bool have_prev = false;
    double prev_lo = 0, prev_hi = 0;
    void Follow(const Band& band, const Band& reference, bool cumulative, bool dated);
  };

  void ReadClaims();
  void NoteSubject(uint64_t less_subject, const std::string& subject, uint32_t i);
  void JoinUnstatedSubjects();
  bool NoteUnitVariant(const ScoreClaim& c);
  uint64_t RefinedLessSubject(const ScoreClaim& c) const;
  void SplitBlock(SortItem* begin, SortItem* end);
  void EmitIncidents(SortItem* begin, SortItem* end, std::string_view place, uint64_t key);
  void EmitSlots(SortItem* begin, SortItem* end, std::string_view place, uint64_t key);
  void EmitFacts(SortItem* begin, SortItem* end, std::string_view place, uint64_t key);
  void EmitSlot(const SortItem* begin, const SortItem* end, std::string_view place, uint64_t key);
  uint32_t JoinUntoldChains(const SortItem* begin, size_t size, std::vector<uint32_t>& chain, uint32_t chains);
  void MarkEvidence(uint32_t s0, uint32_t s1);
  void MarkEvidenceByTable(uint32_t s0, uint32_t size);
  Changes MarkBuckets(uint32_t s0, uint32_t s1, bool cumulative, bool weak_key);
  uint32_t MomentEnd(uint32_t p, uint32_t s1) const;
  Band Intersect(uint32_t from, uint32_t to, uint8_t skip) const;
  void MarkStaleOrDropped(uint32_t s0, uint32_t p, uint32_t q, double running_lo);
  void MarkPreciseEarlier(uint32_t p, uint32_t q, Changes& changes);
  Reference CompareDays(uint32_t p, uint32_t q, bool cumulative, bool weak_key, Changes& changes);
  void MarkEarlierStates(uint32_t r0, uint32_t r1, const Band& day, Changes& changes);
  bool MarkDisagreement(uint32_t r0, uint32_t r1, const Band& day, bool weak_key);
  void MarkAgainstReference(uint32_t p, uint32_t q, const Reference& reference, Changes& changes);
  uint32_t DistinctEvidence(uint32_t from, uint32_t to);
  bool Disputable(uint32_t from, uint32_t to, const Band& day);
  bool PartOfWhole(uint32_t from, uint32_t to) const;
  bool ShareIncident(uint32_t from, uint32_t to) const;
  bool OneTellerGivesBoth(uint32_t from, uint32_t to);
  bool SeveralIncidents(uint32_t s0, uint32_t s1);
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
  std::vector<uint32_t> precise_;         // MarkPreciseEarlier
  // A claim of a contested day and who tells it (OneTellerGivesBoth): its sole origin ("" with
  // several: compared as a whole) and that origin as the day's claims qualify it.
  struct DayTeller {
    uint32_t k;
    std::string_view origin, teller;
  };
  std::vector<DayTeller> scratch_tellers_;
  void NoteOncePerSlot(uint32_t& noted_slot, const char* note);
  uint32_t teller_note_slot_ = UINT32_MAX;  // the last slot told of one teller's two figures
  uint32_t incident_note_slot_ = UINT32_MAX;  // the last slot told of unshared incident words
  struct Told { uint64_t teller; int64_t time; double lo, hi; uint32_t item; };
  std::vector<Told> told_;                         // EmitFacts
  std::unordered_map<uint64_t, uint32_t> solo_seen_;  // ReadClaims: keys of claims alone
  // ReadClaims: keys less their subject (interned) -> a claim naming their one subject
  // (or none yet, or several), and the claims that state no subject.
  static constexpr uint32_t kNoSubjectYet = HashIds::kNone, kSeveralSubjects = HashIds::kNone - 1;
  struct Unstated { uint64_t less_subject; uint32_t index, group; };
  HashIds subject_groups_;
  std::vector<uint32_t> group_subject_;
  std::vector<Unstated> unstated_subject_;
  // ReadClaims: generic money units (riyal) and the key, with the generic unit, under which
  // a variant (sar) was seen -> that variant, or "" when several; amounts of a generic unit
  // are keyed after all others are read (their claim indices).
  std::unordered_map<std::string_view, std::string_view> generic_of_;
  std::unordered_map<uint64_t, std::string_view> variant_in_key_;
  std::vector<uint32_t> generic_amounts_;
  std::vector<std::pair<double, uint32_t>> by_value_;  // EmitSlots
  Places places_;
  std::vector<uint32_t> in_block_;  // place id -> index among a block's places (PlaceGroups)
  std::vector<uint32_t> place_by_claim_;  // per claim: its place id (ReadClaims)
  std::vector<uint32_t> article_place_;   // ArticlePlaces, made when a block first needs it
  ArticleNames article_names_;            // NamedPlaces, made with article_place_
  // Incident places (ScoreClaim::incident), interned in ReadClaims: per claim its id
  // (HashIds::kNone: none named), the names, and per id its group in the block at hand.
  HashIds incident_ids_;
  std::vector<std::string_view> incident_names_;
  std::vector<bool> incident_region_;  // per id: a province, not a town
  std::vector<uint32_t> incident_by_claim_;
  std::vector<uint32_t> incident_group_;
};

}  // namespace mizan::aligner
