// The CI gate: checks a score report ("mizan.score/1" JSON) against an expectations file,
// or against an older report (confidence drift), and says what failed, expected vs actual.
//
//   CheckResult r = RunCheck(report_json, expect_json);
//   if (!r.Passed()) std::cerr << r.FailureText();      // `mizan check` then exits 1
//   WriteFile(junit_path, JUnitXml(r, "mizan check"));   // report/junit.h
//
// Expectations file, schema "mizan.expect/1" (every key optional except "schema"):
//
//   {
//     "schema": "mizan.expect/1",
//     "tolerance": {"confidence": 0.05, "value": 0.02},
//     "summary": {"documents": 5, "claims_at_least": 20, "slots_at_least": 5,
//                 "diagnostics_at_most": 0},
//     "no_contradictions": true,            // or "contradictions_at_most": 1
//     "slots": [{
//       "name": "North Korean troops in Russia",          // the JUnit test name
//       "match": {"contains_claim": {"doc": "003_33da...", "text": "1500"}},
//       "relation": "evolution",            // or "relation_in": ["evolution", "agreement"]
//       "estimate": {"value_at_least": 9000, "value_at_most": 13000,
//                    "low_at_least": 5000, "high_at_most": 20000},
//       "claims_at_least": 3, "claims_at_most": 12, "origins_at_least": 2
//     }],
//     "claims": [{
//       "name": "NIS first batch",
//       "match": {"doc": "000_cc5a...", "text": "1500", "unit": "soldier"},
//       "confidence_at_least": 0.6, "confidence_at_most": 1.0,
//       "verdict_in": ["corroborated", "superseded"], "verdict_not_in": ["contradicted"],
//       "same_slot_as": {"doc": "003_33da...", "text": "1500"}
//     }]
//   }
//
// Matching is by content, so expectations survive id changes:
//   - a claim "match" holds any of: "id", "doc", "text" (the claim's exact text, as in
//     the report's "text"), "text_contains", "unit", "subject", "predicate", "place",
//     "qualifier", and "occurrence" (0-based, among the matches in report order). Every
//     given key must equal. Without "occurrence" the expectation must hold for every
//     matched claim. No match fails, unless the expectation says "optional": true.
//   - a slot "match" holds "id", or "contains_claim" (a claim match: the slot of that
//     claim), and/or "unit", "subject", "predicate", "place", "object". When several
//     slots match, the one with the most claims (then the smallest id) is checked.
// Tolerances: a confidence bound passes within tolerance.confidence (absolute); a value
// bound (estimate) passes within tolerance.value (relative, 0.02 = 2%). An expectation may
// carry its own "tolerance" object, which overrides the file's for that entry.
// An unknown key anywhere is a failure (a typo must never make a check pass silently).
// Each top-level summary item, each slot and each claim expectation is one CheckCase
// (one JUnit testcase); a case fails with every violated condition listed.
//
// Baseline mode (`mizan check NEW.json --baseline OLD.json [--tolerance 0.05]`): every
// claim of OLD is found in NEW by (doc, start, end), else by (doc, text, occurrence); a
// claim that vanished, or whose confidence moved by more than the tolerance, fails; a
// slot whose relation became contradiction/mixed fails ("no new contradictions").
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace mizan {

struct CheckCase {
  std::string group;  // "summary", "slots", "claims", "baseline": the JUnit classname
  std::string name;   // the expectation's "name", or a description of its match
  bool passed = true;
  std::vector<std::string> failures;  // "relation: expected evolution, actual single"
};

struct CheckResult {
  std::vector<CheckCase> cases;

  bool Passed() const;
  int Failures() const;  // number of failed cases
  // One block per failed case, e.g.
  //   FAIL slots/North Korean troops in Russia
  //     relation: expected evolution, actual contradiction
  // followed by a one-line tally ("3 of 24 expectations failed").
  std::string FailureText() const;
};

// Checks `report` against `expect`. Throws mizan::Error(kBadFieldType) when `expect` is
// not an object with "schema": "mizan.expect/1" (a broken expectations file is a usage
// problem, not a failed check); every other problem becomes a failed case.
CheckResult RunCheck(const nlohmann::json& report, const nlohmann::json& expect);

// Compares `report` with an older `baseline` report: fails on vanished claims, confidence
// drift beyond `tolerance` (absolute) and new contradictions. One case per baseline claim
// plus one for contradictions.
CheckResult CompareBaseline(const nlohmann::json& report, const nlohmann::json& baseline,
                            double tolerance);

}  // namespace mizan
