#include "report/check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "core/error.h"
#include "scoring/score.h"

namespace mizan {
namespace {

using nlohmann::json;

std::string Num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

std::string Show(const json& j) {
  if (j.is_null()) return "null";
  if (j.is_number()) return Num(j.get<double>());
  if (j.is_string()) return j.get<std::string>();
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<double> NumberAt(const json& j, const char* key) {
  if (!j.is_object()) return std::nullopt;
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

std::string StringAt(const json& j, const char* key) {
  if (!j.is_object()) return "";
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

const json& ArrayAt(const json& j, const char* key) {
  static const json kEmpty = json::array();
  if (!j.is_object()) return kEmpty;
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : kEmpty;
}

std::string ClaimId(const json& claim) {
  std::string id = StringAt(claim, "id");
  return id.empty() ? StringAt(claim, "claim") : id;
}

// Collects "unknown key" failures so a misspelt condition can never pass silently.
void CheckKeys(const json& j, std::initializer_list<const char*> allowed, const std::string& where,
               std::vector<std::string>& failures) {
  if (!j.is_object()) {
    failures.push_back(where + ": expected an object, got " + Show(j));
    return;
  }
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (std::none_of(allowed.begin(), allowed.end(),
                     [&](const char* k) { return it.key() == k; })) {
      failures.push_back(where + ": unknown key \"" + it.key() + "\"");
    }
  }
}

struct Tolerance {
  double confidence = 0;
  double value = 0;
};

Tolerance ReadTolerance(const json& j, Tolerance base, std::vector<std::string>& failures) {
  if (!j.is_object() || !j.contains("tolerance")) return base;
  const json& t = j["tolerance"];
  CheckKeys(t, {"confidence", "value"}, "tolerance", failures);
  if (auto c = NumberAt(t, "confidence")) base.confidence = *c;
  if (auto v = NumberAt(t, "value")) base.value = *v;
  return base;
}

// "name: expected at least X, actual Y" when `actual` is below `bound` minus slack.
void AtLeast(const std::string& name, std::optional<double> actual, double bound, double slack,
             std::vector<std::string>& failures) {
  if (!actual) {
    failures.push_back(name + ": expected at least " + Num(bound) + ", actual null");
  } else if (*actual < bound - slack) {
    failures.push_back(name + ": expected at least " + Num(bound) +
                       (slack > 0 ? " (tolerance " + Num(slack) + ")" : "") + ", actual " +
                       Num(*actual));
  }
}

void AtMost(const std::string& name, std::optional<double> actual, double bound, double slack,
            std::vector<std::string>& failures) {
  if (!actual) {
    failures.push_back(name + ": expected at most " + Num(bound) + ", actual null");
  } else if (*actual > bound + slack) {
    failures.push_back(name + ": expected at most " + Num(bound) +
                       (slack > 0 ? " (tolerance " + Num(slack) + ")" : "") + ", actual " +
                       Num(*actual));
  }
}

bool InList(const json& list, const std::string& value) {
  for (const json& v : list) {
    if (v.is_string() && v.get<std::string>() == value) return true;
  }
  return false;
}

// ----- claim matching

constexpr std::initializer_list<const char*> kClaimMatchKeys = {
    "id", "doc", "text", "text_contains", "unit", "subject", "predicate", "place",
    "qualifier", "occurrence"};

bool ClaimMatches(const json& claim, const json& match) {
  for (const char* key : {"doc", "text", "unit", "subject", "predicate", "place"}) {
    if (match.contains(key) && (!match[key].is_string() || StringAt(claim, key) != match[key])) {
      return false;
    }
  }
  if (match.contains("id") && (!match["id"].is_string() || ClaimId(claim) != match["id"])) {
    return false;
  }
  if (match.contains("text_contains")) {
    if (!match["text_contains"].is_string()) return false;
    if (StringAt(claim, "text").find(match["text_contains"].get<std::string>()) ==
        std::string::npos) {
      return false;
    }
  }
  if (match.contains("qualifier")) {
    const json& value = claim.contains("value") ? claim["value"] : json();
    if (StringAt(value, "qualifier") != Show(match["qualifier"])) return false;
  }
  return true;
}

// Indices of the report claims `match` selects (after "occurrence").
std::vector<size_t> FindClaims(const json& claims, const json& match,
                               std::vector<std::string>& failures) {
  std::vector<size_t> found;
  CheckKeys(match, kClaimMatchKeys, "match", failures);
  if (!match.is_object()) return found;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (ClaimMatches(claims[i], match)) found.push_back(i);
  }
  if (match.contains("occurrence")) {
    const json& occ = match["occurrence"];
    if (!occ.is_number_integer() || occ.get<long>() < 0) {
      failures.push_back("match.occurrence: expected a non-negative integer, got " + Show(occ));
      return {};
    }
    const size_t k = occ.get<size_t>();
    if (k >= found.size()) return {};
    return {found[k]};
  }
  return found;
}

std::string DescribeMatch(const json& match) {
  std::string out;
  if (!match.is_object()) return Show(match);
  for (auto it = match.begin(); it != match.end(); ++it) {
    out += (out.empty() ? "" : " ") + it.key() + "=" + Show(*it);
  }
  return out;
}

// ----- slot matching

struct ReportView {
  const json& claims;
  const json& slots;
  std::map<std::string, size_t> claim_by_id;
  std::map<std::string, size_t> slot_by_id;
};

ReportView View(const json& report) {
  ReportView view{ArrayAt(report, "claims"), ArrayAt(report, "slots"), {}, {}};
  for (size_t i = 0; i < view.claims.size(); ++i) view.claim_by_id.emplace(ClaimId(view.claims[i]), i);
  for (size_t i = 0; i < view.slots.size(); ++i) view.slot_by_id.emplace(StringAt(view.slots[i], "id"), i);
  return view;
}

// A slot's unit/subject/... as written on the slot, else as on its first claim (reports
// may leave the blocking key off the slot).
std::string SlotKey(const ReportView& view, const json& slot, const char* key) {
  if (slot.contains(key) && slot[key].is_string()) return slot[key].get<std::string>();
  for (const json& id : ArrayAt(slot, "claims")) {
    if (!id.is_string()) continue;
    auto it = view.claim_by_id.find(id.get<std::string>());
    if (it != view.claim_by_id.end()) return StringAt(view.claims[it->second], key);
  }
  return "";
}

std::string SlotOfClaim(const ReportView& view, size_t claim) {
  std::string slot = StringAt(view.claims[claim], "slot");
  if (!slot.empty()) return slot;
  const std::string id = ClaimId(view.claims[claim]);
  for (const json& s : view.slots) {
    if (InList(ArrayAt(s, "claims"), id)) return StringAt(s, "id");
  }
  return "";
}

std::optional<size_t> FindSlot(const ReportView& view, const json& match,
                               std::vector<std::string>& failures) {
  CheckKeys(match, {"id", "contains_claim", "unit", "subject", "predicate", "place", "object"},
            "match", failures);
  if (!match.is_object()) return std::nullopt;
  std::set<std::string> allowed_ids;
  bool restrict = false;
  if (match.contains("contains_claim")) {
    restrict = true;
    for (size_t c : FindClaims(view.claims, match["contains_claim"], failures)) {
      allowed_ids.insert(SlotOfClaim(view, c));
    }
  }
  std::optional<size_t> best;
  for (size_t i = 0; i < view.slots.size(); ++i) {
    const json& slot = view.slots[i];
    const std::string id = StringAt(slot, "id");
    if (match.contains("id") && match["id"] != id) continue;
    if (restrict && !allowed_ids.count(id)) continue;
    bool ok = true;
    for (const char* key : {"unit", "subject", "predicate", "place", "object"}) {
      if (match.contains(key) && match[key] != SlotKey(view, slot, key)) ok = false;
    }
    if (!ok) continue;
    const size_t n = ArrayAt(slot, "claims").size();
    if (!best || n > ArrayAt(view.slots[*best], "claims").size() ||
        (n == ArrayAt(view.slots[*best], "claims").size() &&
         id < StringAt(view.slots[*best], "id"))) {
      best = i;
    }
  }
  return best;
}

bool IsContradiction(const json& slot) {
  const std::string r = StringAt(slot, "relation");
  return r == "contradiction" || r == "mixed";
}

// ----- the three kinds of expectation

// Adds the case to the result: it passed when nothing failed.
void Record(CheckCase c, CheckResult& result) {
  c.passed = c.failures.empty();
  result.cases.push_back(std::move(c));
}

// The case of `e`, the n-th expectation of `group` ("slots" or "claims"): named by its
// "name", else by its position and match; a key outside `allowed` is already a failure.
// Returns nullopt, the case recorded as failed, when `e` has no "match": nothing to look for.
std::optional<CheckCase> OpenElementCase(const char* group, const char* what, const json& e,
                                         size_t n, std::initializer_list<const char*> allowed,
                                         CheckResult& result) {
  CheckCase c{group, StringAt(e, "name"), true, {}};
  if (c.name.empty()) {
    c.name = std::string(group) + "[" + std::to_string(n) + "] " +
             DescribeMatch(e.is_object() && e.contains("match") ? e["match"] : json());
  }
  CheckKeys(e, allowed, what, c.failures);
  if (!e.is_object() || !e.contains("match")) {
    c.failures.push_back(std::string(what) + ": missing \"match\"");
    Record(std::move(c), result);
    return std::nullopt;
  }
  return c;
}

void CheckSummary(const json& report, const json& expect, const ReportView& view,
                  CheckResult& result) {
  if (expect.contains("summary")) {
    const json& s = expect["summary"];
    CheckCase c{"summary", "summary", true, {}};
    CheckKeys(s, {"documents", "claims_at_least", "claims_at_most", "slots_at_least",
                  "slots_at_most", "diagnostics_at_most", "diagnostics_at_least"},
              "summary", c.failures);
    const double documents = static_cast<double>(ArrayAt(report, "documents").size());
    const double claims = static_cast<double>(view.claims.size());
    const double slots = static_cast<double>(view.slots.size());
    const double diagnostics = static_cast<double>(ArrayAt(report, "diagnostics").size());
    if (auto v = NumberAt(s, "documents"); v && *v != documents) {
      c.failures.push_back("documents: expected " + Num(*v) + ", actual " + Num(documents));
    }
    if (auto v = NumberAt(s, "claims_at_least")) AtLeast("claims", claims, *v, 0, c.failures);
    if (auto v = NumberAt(s, "claims_at_most")) AtMost("claims", claims, *v, 0, c.failures);
    if (auto v = NumberAt(s, "slots_at_least")) AtLeast("slots", slots, *v, 0, c.failures);
    if (auto v = NumberAt(s, "slots_at_most")) AtMost("slots", slots, *v, 0, c.failures);
    if (auto v = NumberAt(s, "diagnostics_at_least")) AtLeast("diagnostics", diagnostics, *v, 0, c.failures);
    if (auto v = NumberAt(s, "diagnostics_at_most")) AtMost("diagnostics", diagnostics, *v, 0, c.failures);
    Record(std::move(c), result);
  }
  if (expect.contains("no_contradictions") || expect.contains("contradictions_at_most")) {
    CheckCase c{"summary", "contradictions", true, {}};
    double limit = 0;
    if (expect.contains("contradictions_at_most")) {
      if (auto v = NumberAt(expect, "contradictions_at_most")) limit = *v;
      else c.failures.push_back("contradictions_at_most: expected a number");
    } else if (!expect["no_contradictions"].is_boolean()) {
      c.failures.push_back("no_contradictions: expected true or false");
    } else if (!expect["no_contradictions"].get<bool>()) {
      limit = 1e300;
    }
    std::vector<std::string> ids;
    for (const json& slot : view.slots) {
      if (IsContradiction(slot)) ids.push_back(StringAt(slot, "id"));
    }
    if (static_cast<double>(ids.size()) > limit) {
      std::string list;
      for (const std::string& id : ids) list += (list.empty() ? "" : ", ") + id;
      c.failures.push_back("contradictions: expected at most " + Num(limit) + ", actual " +
                           std::to_string(ids.size()) + " (" + list + ")");
    }
    Record(std::move(c), result);
  }
}

void CheckSlot(const json& e, size_t n, const ReportView& view, Tolerance tol,
               CheckResult& result) {
  std::optional<CheckCase> opened = OpenElementCase(
      "slots", "slot expectation", e, n,
      {"name", "match", "relation", "relation_in", "estimate", "claims_at_least",
       "claims_at_most", "origins_at_least", "origins_at_most", "tolerance", "optional"},
      result);
  if (!opened) return;
  CheckCase& c = *opened;
  tol = ReadTolerance(e, tol, c.failures);
  std::optional<size_t> found = FindSlot(view, e["match"], c.failures);
  if (!found) {
    if (!e.value("optional", false)) {
      c.failures.push_back("match: expected a slot matching " + DescribeMatch(e["match"]) +
                           ", actual none");
    }
  } else {
    const json& slot = view.slots[*found];
    const std::string where = "slot " + StringAt(slot, "id");
    const std::string relation = StringAt(slot, "relation");
    if (e.contains("relation") && Show(e["relation"]) != relation) {
      c.failures.push_back(where + " relation: expected " + Show(e["relation"]) + ", actual " +
                           relation);
    }
    if (e.contains("relation_in") && !InList(e["relation_in"], relation)) {
      c.failures.push_back(where + " relation: expected one of " + Show(e["relation_in"]) +
                           ", actual " + relation);
    }
    const double claims = static_cast<double>(ArrayAt(slot, "claims").size());
    const double origins = static_cast<double>(ArrayAt(slot, "origins").size());
    if (auto v = NumberAt(e, "claims_at_least")) AtLeast(where + " claims", claims, *v, 0, c.failures);
    if (auto v = NumberAt(e, "claims_at_most")) AtMost(where + " claims", claims, *v, 0, c.failures);
    if (auto v = NumberAt(e, "origins_at_least")) AtLeast(where + " origins", origins, *v, 0, c.failures);
    if (auto v = NumberAt(e, "origins_at_most")) AtMost(where + " origins", origins, *v, 0, c.failures);
    if (e.contains("estimate")) {
      const json& want = e["estimate"];
      const json& have = slot.contains("estimate") ? slot["estimate"] : json();
      CheckKeys(want, {"low_at_least", "low_at_most", "high_at_least", "high_at_most",
                       "value_at_least", "value_at_most"},
                "estimate", c.failures);
      for (const char* field : {"low", "high", "value"}) {
        const std::optional<double> actual = NumberAt(have, field);
        const std::string name = where + " estimate." + field;
        if (auto v = NumberAt(want, (std::string(field) + "_at_least").c_str())) {
          AtLeast(name, actual, *v, std::fabs(*v) * tol.value, c.failures);
        }
        if (auto v = NumberAt(want, (std::string(field) + "_at_most").c_str())) {
          AtMost(name, actual, *v, std::fabs(*v) * tol.value, c.failures);
        }
      }
    }
  }
  Record(std::move(c), result);
}

void CheckClaim(const json& e, size_t n, const ReportView& view, Tolerance tol,
                CheckResult& result) {
  std::optional<CheckCase> opened = OpenElementCase(
      "claims", "claim expectation", e, n,
      {"name", "match", "confidence_at_least", "confidence_at_most", "verdict_in",
       "verdict_not_in", "same_slot_as", "tolerance", "optional"},
      result);
  if (!opened) return;
  CheckCase& c = *opened;
  tol = ReadTolerance(e, tol, c.failures);
  // A verdict id no report can hold is a typo that would make the expectation vacuous.
  for (const char* key : {"verdict_in", "verdict_not_in"}) {
    if (!e.contains(key) || !e[key].is_array()) continue;
    for (const json& id : e[key]) {
      if (!id.is_string() || !ParseVerdict(id.get<std::string>())) {
        c.failures.push_back(std::string("claim expectation: unknown verdict ") + id.dump() +
                             " in \"" + key + "\"");
      }
    }
  }
  const std::vector<size_t> found = FindClaims(view.claims, e["match"], c.failures);
  if (found.empty() && !e.value("optional", false)) {
    c.failures.push_back("match: expected a claim matching " + DescribeMatch(e["match"]) +
                         ", actual none");
  }
  for (size_t i : found) {
    const json& claim = view.claims[i];
    const std::string where = "claim " + ClaimId(claim) + " \"" + StringAt(claim, "text") + "\"";
    const std::optional<double> confidence = NumberAt(claim, "confidence");
    if (auto v = NumberAt(e, "confidence_at_least")) {
      AtLeast(where + " confidence", confidence, *v, tol.confidence, c.failures);
    }
    if (auto v = NumberAt(e, "confidence_at_most")) {
      AtMost(where + " confidence", confidence, *v, tol.confidence, c.failures);
    }
    const std::string verdict = StringAt(claim, "verdict");
    if (e.contains("verdict_in") && !InList(e["verdict_in"], verdict)) {
      c.failures.push_back(where + " verdict: expected one of " + Show(e["verdict_in"]) +
                           ", actual " + (verdict.empty() ? "none" : verdict));
    }
    if (e.contains("verdict_not_in") && InList(e["verdict_not_in"], verdict)) {
      c.failures.push_back(where + " verdict: expected none of " + Show(e["verdict_not_in"]) +
                           ", actual " + verdict);
    }
    if (e.contains("same_slot_as")) {
      const std::vector<size_t> other = FindClaims(view.claims, e["same_slot_as"], c.failures);
      const std::string slot = SlotOfClaim(view, i);
      const bool same = !slot.empty() && std::any_of(other.begin(), other.end(), [&](size_t o) {
        return SlotOfClaim(view, o) == slot;
      });
      if (!same) {
        std::string others;
        for (size_t o : other) others += (others.empty() ? "" : ", ") + SlotOfClaim(view, o);
        c.failures.push_back(where + " slot: expected the slot of " +
                             DescribeMatch(e["same_slot_as"]) + " (" +
                             (others.empty() ? "no such claim" : others) + "), actual " +
                             (slot.empty() ? "none" : slot));
      }
    }
  }
  Record(std::move(c), result);
}

// ----- against a baseline

// A claim's place: its document and byte offsets.
std::string SpanKey(const json& claim) {
  return StringAt(claim, "doc") + "\x1f" + Show(claim.value("start", json())) + "\x1f" +
         Show(claim.value("end", json()));
}

// One case per baseline claim: still present (at its place, else as the same text in its
// document: offsets may move), with a confidence within `tolerance` of the baseline's.
void CheckBaselineClaims(const ReportView& now, const ReportView& old, double tolerance,
                         CheckResult& result) {
  // The k-th claim of a document with a given text, for claims whose offsets moved.
  const auto text_key = [&](const json& c, std::map<std::string, int>& counter) {
    std::string base = StringAt(c, "doc") + "\x1f" + StringAt(c, "text");
    return base + "\x1f" + std::to_string(counter[base]++);
  };
  std::map<std::string, size_t> by_span, by_text;
  std::map<std::string, int> seen;
  for (size_t i = 0; i < now.claims.size(); ++i) {
    by_span.emplace(SpanKey(now.claims[i]), i);
    by_text.emplace(text_key(now.claims[i], seen), i);
  }
  std::map<std::string, int> seen_old;
  for (const json& was : old.claims) {
    const std::string tkey = text_key(was, seen_old);
    CheckCase c{"baseline", StringAt(was, "doc") + " \"" + StringAt(was, "text") + "\"", true, {}};
    std::optional<size_t> match;
    if (auto it = by_span.find(SpanKey(was)); it != by_span.end()) match = it->second;
    else if (auto jt = by_text.find(tkey); jt != by_text.end()) match = jt->second;
    if (!match) {
      c.failures.push_back("claim " + ClaimId(was) + ": expected present (baseline confidence " +
                           Show(was.value("confidence", json())) + "), actual missing");
    } else {
      const std::optional<double> before = NumberAt(was, "confidence");
      const std::optional<double> after = NumberAt(now.claims[*match], "confidence");
      if (before && after && std::fabs(*after - *before) > tolerance) {
        c.failures.push_back("claim " + ClaimId(was) + " confidence: expected " + Num(*before) +
                             " ± " + Num(tolerance) + ", actual " + Num(*after) + " (drift " +
                             Num(*after - *before) + ")");
      } else if (before.has_value() != after.has_value()) {
        c.failures.push_back("claim " + ClaimId(was) + " confidence: expected " +
                             (before ? Num(*before) : "null") + ", actual " +
                             (after ? Num(*after) : "null"));
      }
    }
    Record(std::move(c), result);
  }
}

// One case: a contradicted slot now whose claims were in no contradicted slot before fails.
void CheckNoNewContradictions(const ReportView& now, const ReportView& old,
                              CheckResult& result) {
  CheckCase c{"baseline", "no new contradictions", true, {}};
  std::set<std::string> old_contradicted_claims;
  for (const json& slot : old.slots) {
    if (!IsContradiction(slot)) continue;
    for (const json& id : ArrayAt(slot, "claims")) {
      auto it = old.claim_by_id.find(Show(id));
      if (it != old.claim_by_id.end()) old_contradicted_claims.insert(SpanKey(old.claims[it->second]));
    }
  }
  for (const json& slot : now.slots) {
    if (!IsContradiction(slot)) continue;
    bool known = false;
    for (const json& id : ArrayAt(slot, "claims")) {
      auto it = now.claim_by_id.find(Show(id));
      if (it != now.claim_by_id.end() &&
          old_contradicted_claims.count(SpanKey(now.claims[it->second]))) {
        known = true;
      }
    }
    if (!known) {
      c.failures.push_back("slot " + StringAt(slot, "id") + ": expected no new contradiction, actual " +
                           StringAt(slot, "relation"));
    }
  }
  Record(std::move(c), result);
}

}  // namespace

bool CheckResult::Passed() const { return Failures() == 0; }

int CheckResult::Failures() const {
  return static_cast<int>(
      std::count_if(cases.begin(), cases.end(), [](const CheckCase& c) { return !c.passed; }));
}

std::string CheckResult::FailureText() const {
  std::string out;
  for (const CheckCase& c : cases) {
    if (c.passed) continue;
    out += "FAIL " + c.group + "/" + c.name + "\n";
    for (const std::string& f : c.failures) out += "  " + f + "\n";
  }
  out += std::to_string(Failures()) + " of " + std::to_string(cases.size()) +
         " expectations failed\n";
  return out;
}

CheckResult RunCheck(const nlohmann::json& report, const nlohmann::json& expect) {
  if (!expect.is_object() || StringAt(expect, "schema") != "mizan.expect/1") {
    throw Error(ErrorCode::kBadFieldType,
                "expectations file: expected an object with \"schema\": \"mizan.expect/1\"");
  }
  CheckResult result;
  const ReportView view = View(report);
  {
    CheckCase c{"summary", "expectations file", true, {}};
    CheckKeys(expect, {"schema", "tolerance", "summary", "no_contradictions",
                       "contradictions_at_most", "slots", "claims", "comment"},
              "expectations", c.failures);
    if (!report.is_object() || !report.contains("claims")) {
      c.failures.push_back("report: expected a mizan.score/1 object with \"claims\"");
    }
    Tolerance ignored = ReadTolerance(expect, {}, c.failures);
    (void)ignored;
    if (!c.failures.empty()) Record(std::move(c), result);
  }
  std::vector<std::string> tolerance_failures;
  const Tolerance tol = ReadTolerance(expect, {}, tolerance_failures);
  CheckSummary(report, expect, view, result);
  const json& slots = ArrayAt(expect, "slots");
  for (size_t i = 0; i < slots.size(); ++i) CheckSlot(slots[i], i, view, tol, result);
  const json& claims = ArrayAt(expect, "claims");
  for (size_t i = 0; i < claims.size(); ++i) CheckClaim(claims[i], i, view, tol, result);
  return result;
}

CheckResult CompareBaseline(const nlohmann::json& report, const nlohmann::json& baseline,
                            double tolerance) {
  CheckResult result;
  const ReportView now = View(report);
  const ReportView old = View(baseline);
  CheckBaselineClaims(now, old, tolerance, result);
  CheckNoNewContradictions(now, old, result);
  return result;
}

}  // namespace mizan
