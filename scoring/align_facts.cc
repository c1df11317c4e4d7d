// Facts within one key and place: figures of another magnitude, one teller's disagreeing
// figures told apart by value, and value chains joined again as one fact's states.
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "scoring/aligner.h"

namespace mizan::aligner {

// One origin giving this many disjoint figures of one key on one day is a table (EmitFacts).
constexpr size_t kTableFigures = 4;
// Figures of one key this far apart, with none between, are different facts (EmitSlots).
constexpr double kMagnitudeGap = 8;
const double kLogMagnitudeGap = std::log(kMagnitudeGap);
// Value chains of one key join as one fact's states (JoinUntoldChains) only in steps of at
// most this factor (soft bounds): 6, 7, 8, 9 under treatment, not 97 and 144 arrested
// (a statement's parts told by different articles) or 149 and 583 recovered.
constexpr double kStateStep = 1.25;

namespace {

// Reorders the `size` items at `begin` by their group (`group[k]` < `groups`), stably, so
// that time order holds inside each group (a counting sort); returns where each group
// starts, and the end, `groups` + 1 offsets.
std::vector<uint32_t> SortByGroup(SortItem* begin, size_t size, const std::vector<uint32_t>& group,
                                  uint32_t groups) {
  std::vector<uint32_t> first(groups + 1, 0);
  for (uint32_t g : group) ++first[g + 1];
  for (size_t g = 1; g < first.size(); ++g) first[g] += first[g - 1];
  std::vector<SortItem> sorted(size);
  std::vector<uint32_t> fill(first.begin(), first.end() - 1);
  for (size_t k = 0; k < size; ++k) sorted[fill[group[k]]++] = begin[k];
  std::copy(sorted.begin(), sorted.end(), begin);
  return first;
}

}  // namespace

// Figures of one key and place that lie more than kMagnitudeGap apart with no figure
// between them are different facts (daily new cases 4, a total of 1,082; 12 crew among
// 239 on board): a count does not jump by that factor within one story's days, and a
// figure that bridges the gap keeps them together (at least 1,500, then 10,000). Each
// magnitude band is a slot. Structured objects are slots as given. n log n in the slot.
void Aligner::EmitSlots(SortItem* begin, SortItem* end, std::string_view place, uint64_t key) {
  const size_t size = static_cast<size_t>(end - begin);
  if (size < 2 || !claims_[begin->index].object.empty()) {
    EmitIncidents(begin, end, place, key);
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
  const std::vector<uint32_t> first = SortByGroup(begin, size, band, bands);
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
    EmitIncidents(begin, end, place, key);
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
    EmitIncidents(begin, end, place, key);
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
  const std::vector<uint32_t> first = SortByGroup(begin, size, chain, chains);
  for (uint32_t c = 0; c < chains; ++c) {
    const uint32_t slot = a_.slot_count();
    EmitIncidents(begin + first[c], begin + first[c + 1], place, key);
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

}  // namespace mizan::aligner
