#include "scoring/align.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/claims.h"
#include "core/hash.h"
#include "scoring/aligner.h"

namespace mizan {
namespace aligner {

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

namespace {

uint64_t OriginHash(const ScoreClaim& c) {
  static const uint64_t seed = HashBytes("origin");
  uint64_t h = seed;
  for (const std::string& o : c.origins) h = HashBytes("\x1f", HashBytes(o, h));
  return h;
}

}  // namespace

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
  static const uint64_t kIncidentSeed = HashBytes("incident\x1f"), kRegionSeed = HashBytes("region\x1f");
  if (options_.unit_generics != nullptr) {
    for (const auto& [variant, generic] : *options_.unit_generics) {
      generic_of_.emplace(variant, generic);
      generic_of_.emplace(generic, std::string_view());  // a generic unit itself
    }
  }
  a_.intervals.reserve(n_);
  items_.reserve(n_);
  rows_.reserve(n_);
  place_by_claim_.reserve(n_);
  for (uint32_t i = 0; i < n_; ++i) {
    const ScoreClaim& c = claims_[i];
    const SoftInterval iv = SoftenClaim(c);
    a_.intervals.push_back(iv);
    // A claim with nothing counted is keyed by its own id (BlockKey), and a repeat of the
    // same id by how many came before it: never a shared slot, whatever the input order.
    uint64_t key;
    if (!c.object.empty() || (c.counted.empty() && c.unit.empty())) {
      key = BlockKey(c);
      const uint32_t repeat = c.object.empty() ? solo_seen_[key]++ : 0;
      if (repeat > 0) key = HashBytes(std::to_string(repeat), key);
    } else if (c.amount && NoteUnitVariant(c)) {
      key = 0;  // a generic unit: keyed below, once the variants of its key are known
      generic_amounts_.push_back(i);
    } else {
      const uint64_t less_subject = KeyLessSubject(c);
      key = WithSubject(less_subject, c.subject);  // BlockKey(c)
      NoteSubject(less_subject, c.subject, i);
    }
    place_by_claim_.push_back(places_.Intern(c.place));
    uint32_t incident = HashIds::kNone;
    if (!c.incident.empty()) {
      const uint64_t seed = c.incident_region ? kRegionSeed : kIncidentSeed;
      const auto [id, added] = incident_ids_.Intern(HashBytes(c.incident, seed), [&](uint32_t known) {
        return incident_names_[known] == c.incident && incident_region_[known] == c.incident_region;
      });
      if (added) {
        incident_names_.push_back(c.incident);
        incident_region_.push_back(c.incident_region);
      }
      incident = id;
    }
    incident_by_claim_.push_back(incident);
    items_.push_back(SortItem{key, c.time, i, place_by_claim_.back()});
    rows_.push_back(Row{iv.lo, iv.hi, c.time, c.time_start, OriginHash(c),
                        c.copy_group.empty() ? 0 : HashBytes(c.copy_group, kCopySeed),
                        c.doc.empty() ? 0 : HashBytes(c.doc, kDocSeed), c.cumulative,
                        c.time_from_publication,
                        c.cumulative && !c.amount && c.value.qualifier == Qualifier::kExact && c.value.low &&
                            c.value.high && *c.value.low == *c.value.high && !IsRound(*c.value.low)});
  }
  for (const uint32_t i : generic_amounts_) {
    const ScoreClaim& c = claims_[i];
    const uint64_t less_subject = RefinedLessSubject(c);
    items_[i].key = WithSubject(less_subject, c.subject);
    NoteSubject(less_subject, c.subject, i);
  }
  JoinUnstatedSubjects();
}

// Which money a bare word counts: "500 ريال" beside "ريال سعودي" amounts of the same key
// (story, predicate, event) is in Saudi riyals; beside Saudi and Qatari ones, or none,
// nothing says which, and it keeps the generic unit. Notes the variant (sar) a claim names
// under its key with the generic unit; true for a claim of a generic unit (riyal), keyed
// after all variants are noted (RefinedLessSubject).
bool Aligner::NoteUnitVariant(const ScoreClaim& c) {
  if (generic_of_.empty()) return false;
  const std::string& what = c.counted.empty() ? c.unit : c.counted;
  const size_t bar = what.find('|');  // "sar|price": the unit and what it is a price of
  const auto it = generic_of_.find(std::string_view(what).substr(0, bar));
  if (it == generic_of_.end()) return false;
  if (it->second.empty()) return true;
  std::string generic(it->second);
  if (bar != std::string::npos) generic += what.substr(bar);
  const auto [seen, added] = variant_in_key_.emplace(KeyLessSubject(c, generic), it->first);
  if (!added && seen->second != it->first) seen->second = std::string_view();  // several
  return false;
}

uint64_t Aligner::RefinedLessSubject(const ScoreClaim& c) const {
  const uint64_t as_told = KeyLessSubject(c);
  const auto it = variant_in_key_.find(as_told);
  if (it == variant_in_key_.end() || it->second.empty()) return as_told;
  const std::string& what = c.counted.empty() ? c.unit : c.counted;
  const size_t bar = what.find('|');
  std::string variant(it->second);
  if (bar != std::string::npos) variant += what.substr(bar);
  return KeyLessSubject(c, variant);
}

// Whose a figure is: a claim that states no subject, in a key whose other claims name one
// subject only ("the bailout of 86 billion" beside "Greece's bailout of 86 billion"), is
// that subject's. Where they name several, nothing says whose it is, and it stays apart.
void Aligner::NoteSubject(uint64_t less_subject, const std::string& subject, uint32_t i) {
  const auto [group, added] = subject_groups_.Intern(less_subject);
  if (added) group_subject_.push_back(kNoSubjectYet);
  uint32_t& named = group_subject_[group];
  if (subject.empty()) {
    unstated_subject_.push_back(Unstated{less_subject, i, group});
  } else if (named == kNoSubjectYet) {
    named = i;
  } else if (named != kSeveralSubjects && claims_[named].subject != subject) {
    named = kSeveralSubjects;
  }
}

void Aligner::JoinUnstatedSubjects() {
  for (const Unstated& u : unstated_subject_) {
    const uint32_t named = group_subject_[u.group];
    if (named == kNoSubjectYet || named == kSeveralSubjects) continue;
    items_[u.index].key = WithSubject(u.less_subject, claims_[named].subject);  // in input order here
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
  if (article_place_.empty()) {
    article_place_ = ArticlePlaces(rows_, place_by_claim_, places_);
    article_names_ = NamedPlaces(rows_, place_by_claim_);
  }
  PlaceGrouping g = PlaceGroups(begin, end, places_, article_place_, article_names_, a_.intervals, in_block_);
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

}  // namespace aligner

uint64_t HashBytes(std::string_view bytes, uint64_t seed) { return Fnv1a(bytes, seed); }

uint64_t BlockKey(const ScoreClaim& c) {
  static const uint64_t object_seed = HashBytes("object\x1f"), alone_seed = HashBytes("alone\x1f");
  if (!c.object.empty()) return HashBytes(c.object, object_seed);
  // What is counted: Claim::counted, else the unit. Nothing counted: nothing says which
  // quantity it is, so it shares a slot with nothing.
  const std::string& counted = c.counted.empty() ? c.unit : c.counted;
  if (counted.empty()) return HashBytes(c.id, HashBytes("\x1f", HashBytes(c.doc, alone_seed)));
  return aligner::WithSubject(aligner::KeyLessSubject(c), c.subject);
}

namespace aligner {

uint64_t KeyLessSubject(const ScoreClaim& c) { return KeyLessSubject(c, c.counted.empty() ? c.unit : c.counted); }

uint64_t KeyLessSubject(const ScoreClaim& c, std::string_view counted) {
  static const uint64_t claim_seed = HashBytes("claim\x1f");
  uint64_t h = claim_seed;
  h = HashBytes("\x1f", HashBytes(counted, h));
  h = HashBytes("\x1f", HashBytes(c.predicate, h));
  h = HashBytes(c.increment ? "i" : "-", h);
  // A price or rate per unit is a level of one trading day: another day's is another fact,
  // neither a contradiction nor a step of one fact's evolution (issue 12).
  if (c.price_day != kNoTime) h = HashBytes(std::to_string(c.price_day), HashBytes("d:", h));
  // A count over a running period ("this year") is another fact than any one
  // day's or incident's count of the same thing; two tellings of one period share a slot.
  if (c.period_start != kNoTime) h = HashBytes(std::to_string(c.period_start), HashBytes("p:", h));
  // forward_looking is not part of the key: "preparing to send thousands" estimates the same
  // quantity as "sent 10,000", only with weaker evidence (a confidence factor; the seed
  // gold puts them in one fact). Partial movements ("to join the front by Monday") differ
  // by predicate (joined), not by tense.
  // The event: the story's own (its story id), or a background event's anchor, which
  // may recur in other stories ("e:" and "s:" keep the two apart). An anonymous past
  // figure (no event noun names it: "past|2013|") is only known to be the same figure
  // within the story that recalls it: a country's 2013 spending and a club's 2013 fee share
  // that anchor, so it is keyed by its story too (precision first).
  if (!c.event.empty()) {
    h = HashBytes(c.event, HashBytes("e:", h));
    return IsAnonymousPastEvent(c.event) ? HashBytes(c.story, HashBytes("s:", h)) : h;
  }
  return HashBytes(c.story, HashBytes("s:", h));
}

uint64_t WithSubject(uint64_t key_less_subject, std::string_view subject) {
  return HashBytes("\x1f", HashBytes(subject, HashBytes("subject:", key_less_subject)));
}

}  // namespace aligner

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
  return aligner::Aligner(claims, options).Run();
}

}  // namespace mizan
