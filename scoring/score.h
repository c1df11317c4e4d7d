// Scoring: claims -> slots -> source reliability -> a confidence per claim, with reasons.
// This is where a confidence is computed (confidence.cc), on slots built by align.cc and
// reliabilities estimated by reliability.cc.
//
//   ScoreInput input{.claims = all_claims, .documents = metas, .copies = groups};
//   ScoreReport report = Score(input, ScoreOptions{});
//   // report.claims[i].confidence, report.slots[j].relation, report.sources[k].reliability
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/copies.h"
#include "core/model.h"

namespace mizan {

// What scoring needs to know of a document besides its claims.
struct DocumentMeta {
  std::string id;
  std::string outlet;     // "" when unknown: the document id stands in as the publisher
  PublicationDate published;
  std::string language;
};

struct ScoreInput {
  std::vector<Claim> claims;  // from extraction, or built from a structured claims file;
                              // NumericValue comes from `values` below, by index
  std::vector<NumericValue> values;  // values[i] is claims[i]'s value
  std::vector<std::string> objects;  // objects[i]: structured "object" key, or "" (extracted)
  std::vector<DocumentMeta> documents;
  std::vector<CopyGroup> copies;
};

enum class SlotRelation : uint8_t {
  kSingle,         // one claim
  kAgreement,      // compatible values for the same time
  kEvolution,      // values change with time, consistently (a cumulative count grows)
  kContradiction,  // values that cannot both hold at their times
  kMixed,          // evolution and a contradiction both present
};
std::string_view ToString(SlotRelation relation);

struct TimelinePoint {
  std::string date;                 // ISO date (the claim time's end)
  std::optional<double> low, high;  // the consensus interval at that date
  double value = 0;                 // point estimate at that date
  std::vector<std::string> claims;  // claims dated there
};

struct SlotEstimate {
  std::optional<double> low, high;  // the latest consensus interval (a credible band)
  double value = 0;                 // the latest point estimate
  std::string as_of;                // the date it holds for
};

struct SlotReport {
  std::string id;           // stable: "slot-<hash of its key>" or the structured object
  std::string object;       // structured input: the object key; extracted: ""
  std::string unit, subject, predicate, place;  // the blocking key it was built on
  std::vector<std::string> claims;              // sorted claim ids
  SlotRelation relation = SlotRelation::kSingle;
  SlotEstimate estimate;
  std::vector<TimelinePoint> timeline;          // sorted by date
  std::vector<std::string> origins;             // independent origins, sorted
  std::vector<std::string> reasons;             // why these claims share a slot, and
                                                // any refusals to merge nearby claims
};

struct ClaimScore {
  std::string claim;        // claim id
  std::string slot;         // slot id
  double confidence = 0;    // P(quantity at the claim's time lies in its interval), [0,1]
  std::string verdict;      // "corroborated", "uncorroborated", "superseded", "stale",
                            // "contradicted", "unverifiable"
  std::vector<std::string> reasons;  // for an editor: "corroborated by 3 independent origins"
};

struct SourceScore {
  std::string name;          // normalized source name (origin, relay, or publisher)
  SourceType type = SourceType::kUnattributed;
  double reliability = 0;    // in [0, 1]
  double low = 0, high = 0;  // its interval (wide for sources with few claims)
  int claims = 0;            // claims it originated
  int held = 0;              // of which compatible with their slot's consensus
};

struct ScoreReport {
  std::vector<ClaimScore> claims;   // same order as ScoreInput::claims
  std::vector<SlotReport> slots;    // sorted by id
  std::vector<SourceScore> sources; // sorted by name
};

struct ScoreOptions {
  // Documented defaults live in scoring/score.cc's comment table and README.
  int max_iterations = 50;
  double tolerance = 1e-6;
  int min_origins_for_verdict = 2;  // fewer independent origins -> "unverifiable" allowed
};

ScoreReport Score(const ScoreInput& input, const ScoreOptions& options);

}  // namespace mizan
