// Synthetic claims for the scoring benchmarks: a realistic spread of units, subjects,
// predicates, places, sources (Zipf-like: a few prolific outlets, a long tail) and times,
// with quantities that grow (cumulative counts) or drift, reported about ten times each,
// with qualifiers, relays, copies and a minority of unreliable sources.
//
//   std::vector<ScoreClaim> claims = SyntheticClaims(1'000'000, 10'000, /*seed=*/1);
#pragma once

#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "scoring/score.h"

namespace mizan {

inline std::vector<ScoreClaim> SyntheticClaims(size_t n, size_t sources, uint64_t seed) {
  static const char* const kUnits[] = {"soldier", "soldier", "soldier", "person", "person",
                                       "missile", "drone", "km2", "usd", "container",
                                       "tank", "aircraft", "percent", "shell"};
  static const char* const kPredicates[] = {"deployed", "killed", "wounded", "killed_or_wounded",
                                            "captured", "fired", "supplied",
                                            "territory_controlled", "members", ""};
  static const bool kCumulative[] = {true, true, true, true, true, true, true, false, false, false};
  static const SourceType kTypes[] = {SourceType::kMedia, SourceType::kWire,
                                      SourceType::kGovernment, SourceType::kOfficial,
                                      SourceType::kAnonymous, SourceType::kMilitary,
                                      SourceType::kIntelligence, SourceType::kSocialMedia};
  static const Qualifier kQualifiers[] = {
      Qualifier::kExact, Qualifier::kExact, Qualifier::kExact, Qualifier::kExact,
      Qualifier::kApprox, Qualifier::kApprox, Qualifier::kApprox, Qualifier::kAtLeast,
      Qualifier::kMoreThan, Qualifier::kRange, Qualifier::kVague};
  std::mt19937_64 rng(seed);
  auto uniform = [&](double lo, double hi) {
    return lo + (hi - lo) * static_cast<double>(rng() >> 11) * 0x1.0p-53;
  };
  auto pick = [&](size_t k) { return static_cast<size_t>(rng() % k); };
  // Zipf-like source choice: index = floor(sources^u) - 1 favours low indices.
  auto zipf = [&](size_t k) {
    return std::min(k - 1, static_cast<size_t>(std::pow(static_cast<double>(k), uniform(0, 1))) - 1);
  };

  struct Quantity {
    std::string unit, subject, predicate, place;
    bool cumulative;
    double base, growth;  // value at start, relative growth per 100 days
    int64_t start;
  };
  const size_t quantities = std::max<size_t>(1, n / 10);
  const size_t subjects = std::max<size_t>(20, quantities / 20);
  std::vector<Quantity> q(quantities);
  for (Quantity& x : q) {
    const size_t p = pick(10);
    x.unit = kUnits[pick(14)];
    x.subject = pick(8) == 0 ? "" : "entity_" + std::to_string(zipf(subjects));
    x.predicate = kPredicates[p];
    x.cumulative = kCumulative[p];
    x.place = pick(3) == 0 ? "" : "place_" + std::to_string(pick(60));
    x.base = std::exp(uniform(std::log(10.0), std::log(1e6)));
    x.growth = x.cumulative ? uniform(0, 0.5) : uniform(-0.1, 0.1);
    x.start = 19000 + static_cast<int64_t>(pick(1200));  // 2022..2025
  }
  std::vector<double> source_noise(sources);
  std::vector<SourceType> source_type(sources);
  for (size_t s = 0; s < sources; ++s) {
    source_noise[s] = pick(5) == 0 ? 0.3 : 0.04;  // one source in five is sloppy
    source_type[s] = kTypes[pick(8)];
  }
  std::vector<ScoreClaim> claims(n);
  for (size_t i = 0; i < n; ++i) {
    const Quantity& x = q[pick(quantities)];
    const size_t s = zipf(sources);
    ScoreClaim& c = claims[i];
    const size_t doc = i / 8;
    c.doc = "d" + std::to_string(doc);
    c.id = c.doc + "#" + std::to_string(i % 8 + 1);
    c.unit = x.unit;
    c.subject = x.subject;
    c.predicate = x.predicate;
    c.place = pick(4) == 0 ? "" : x.place;
    c.cumulative = x.cumulative;
    c.forward_looking = pick(40) == 0;
    c.increment = pick(40) == 0;
    const int64_t dt = static_cast<int64_t>(pick(365));
    c.time = c.time_start = x.start + dt;
    c.time_from_publication = pick(3) == 0;
    const double truth = x.base * (1 + x.growth * static_cast<double>(dt) / 100);
    const double v = std::round(truth * std::exp(uniform(-1, 1) * source_noise[s]));
    c.value.qualifier = kQualifiers[pick(11)];
    switch (c.value.qualifier) {
      case Qualifier::kAtLeast:
      case Qualifier::kMoreThan: c.value.low = std::round(v * 0.9); break;
      case Qualifier::kRange: c.value.low = std::round(v * 0.9), c.value.high = std::round(v * 1.1); break;
      case Qualifier::kVague: c.value.low = std::round(v / 2), c.value.high = std::round(v * 4); break;
      default: c.value.low = c.value.high = v;
    }
    c.origins.push_back("src_" + std::to_string(s));
    c.origin_type = source_type[s];
    c.relays = static_cast<uint8_t>(pick(3));
    c.stance = static_cast<Stance>(pick(6));
    if (pick(20) == 0) c.copy_group = "copy-" + std::to_string(doc / 4);
  }
  return claims;
}

// Heap and inline bytes of one claim record (strings beyond the small-string buffer).
inline size_t ScoreClaimBytes(const ScoreClaim& c) {
  auto heap = [](const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; };
  size_t bytes = sizeof(ScoreClaim) + heap(c.id) + heap(c.doc) + heap(c.object) + heap(c.unit) +
                 heap(c.subject) + heap(c.predicate) + heap(c.place) + heap(c.time_label) +
                 heap(c.relay) + heap(c.copy_group);
  // One origin is held inside the record (OriginNames); more are a heap block.
  if (c.origins.size() > 1) bytes += c.origins.capacity() * sizeof(std::string);
  for (const std::string& o : c.origins) bytes += heap(o);
  return bytes;
}

}  // namespace mizan
