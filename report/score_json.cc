#include "report/score_json.h"

#include <cmath>
#include <map>
#include <string>

#include "report/json_output.h"

namespace mizan {
namespace {

// Whole numbers print without a fraction; others are rounded to 4 decimals so the bytes
// do not depend on the last bits of a compiler's floating point.
nlohmann::json Number(double v) {
  if (std::isnan(v) || std::isinf(v)) return nullptr;
  const double r = std::round(v * 1e4) / 1e4;
  if (r == std::floor(r) && std::fabs(r) < 9e15) return static_cast<long long>(r);
  return r;
}

nlohmann::json Number(const std::optional<double>& v) {
  return v ? Number(*v) : nlohmann::json(nullptr);
}

nlohmann::json Strings(const std::vector<std::string>& v) {
  nlohmann::json a = nlohmann::json::array();
  for (const std::string& s : v) a.push_back(s);
  return a;
}

}  // namespace

nlohmann::json ScoreReportJson(const ScoreInput& input, const ScoreReport& report,
                               const std::vector<Document>& docs,
                               const std::vector<Extraction>& extractions,
                               const std::vector<Diagnostic>& diagnostics) {
  nlohmann::json j;
  j["schema"] = kScoreSchema;

  nlohmann::json documents = nlohmann::json::array();
  for (const DocumentMeta& d : input.documents) {
    documents.push_back({{"id", d.id},
                         {"outlet", d.outlet},
                         {"published", d.published.date.empty() ? nlohmann::json(nullptr)
                                                                : nlohmann::json(d.published.date)},
                         {"published_estimated", d.published.estimated},
                         {"language", d.language}});
  }
  j["documents"] = std::move(documents);

  nlohmann::json sources = nlohmann::json::array();
  for (const SourceScore& s : report.sources) {
    sources.push_back({{"name", s.name},
                       {"type", ToString(s.type)},
                       {"reliability", Number(s.reliability)},
                       {"interval", {{"low", Number(s.low)}, {"high", Number(s.high)}}},
                       {"claims", s.claims},
                       {"held", s.held}});
  }
  j["sources"] = std::move(sources);

  // Extraction claims by id, to print exactly the fields `mizan extract` prints.
  std::map<std::string, const Document*> doc_by_id;
  for (const Document& d : docs) doc_by_id.emplace(d.id, &d);
  std::map<std::string, std::pair<const Extraction*, const Claim*>> claim_by_id;
  for (const Extraction& x : extractions) {
    for (const Claim& c : x.claims) claim_by_id.emplace(c.id, std::make_pair(&x, &c));
  }
  nlohmann::json claims = nlohmann::json::array();
  std::map<std::string, int> verdicts;
  for (size_t i = 0; i < input.claims.size() && i < report.claims.size(); ++i) {
    const ScoreClaim& sc = input.claims[i];
    const ClaimScore& score = report.claims[i];
    nlohmann::json c;
    auto found = claim_by_id.find(sc.id);
    if (found != claim_by_id.end()) {
      const Extraction& x = *found->second.first;
      const Claim& claim = *found->second.second;
      const NumberMention& m = x.mentions[claim.mention];
      c = ClaimFieldsJson(claim);
      c["doc"] = x.doc;
      auto d = doc_by_id.find(x.doc);
      c["text"] = d != doc_by_id.end() && m.span.end <= d->second->text.size()
                      ? d->second->text.substr(m.span.begin, m.span.size())
                      : std::string();
      c["start"] = m.span.begin;
      c["end"] = m.span.end;
    } else {
      c["claim"] = sc.id;
      c["object"] = sc.object;
      c["source"] = sc.origins.empty() ? "" : sc.origins.front();
      c["time"] = sc.time_label.empty() ? nlohmann::json(nullptr) : nlohmann::json(sc.time_label);
      if (!sc.doc.empty()) c["doc"] = sc.doc;
    }
    c["value"] = ValueJson(sc.value);
    c["slot"] = score.slot;
    c["confidence"] = Number(score.confidence);
    c["verdict"] = score.verdict;
    c["reasons"] = Strings(score.reasons);
    c["independent_origins"] = score.independent_origins;
    ++verdicts[score.verdict];
    claims.push_back(std::move(c));
  }
  j["claims"] = std::move(claims);

  nlohmann::json slots = nlohmann::json::array();
  std::map<std::string, int> relations;
  for (const SlotReport& s : report.slots) {
    nlohmann::json timeline = nlohmann::json::array();
    for (const TimelinePoint& p : s.timeline) {
      timeline.push_back({{"date", p.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.date)},
                          {"low", Number(p.low)},
                          {"high", Number(p.high)},
                          {"value", Number(p.value)},
                          {"claims", Strings(p.claims)}});
    }
    nlohmann::json slot{{"id", s.id},
                        {"unit", s.unit},
                        {"subject", s.subject},
                        {"predicate", s.predicate},
                        {"place", s.place},
                        {"cumulative", s.cumulative},
                        {"claims", Strings(s.claims)},
                        {"relation", ToString(s.relation)},
                        {"estimate", {{"low", Number(s.estimate.low)},
                                      {"high", Number(s.estimate.high)},
                                      {"value", Number(s.estimate.value)},
                                      {"as_of", s.estimate.as_of.empty()
                                                    ? nlohmann::json(nullptr)
                                                    : nlohmann::json(s.estimate.as_of)},
                                      {"uncertainty", s.estimate.uncertainty < 0
                                                          ? nlohmann::json(nullptr)
                                                          : Number(s.estimate.uncertainty)}}},
                        {"timeline", std::move(timeline)},
                        {"origins", Strings(s.origins)},
                        {"reasons", Strings(s.reasons)}};
    if (!s.object.empty()) slot["object"] = s.object;
    ++relations[std::string(ToString(s.relation))];
    slots.push_back(std::move(slot));
  }
  j["slots"] = std::move(slots);

  nlohmann::json copies = nlohmann::json::array();
  for (const CopyGroup& g : input.copies) {
    copies.push_back({{"id", g.id},
                      {"docs", Strings(g.docs)},
                      {"kind", g.kind},
                      {"similarity", Number(g.similarity)},
                      {"evidence", Strings(g.evidence)}});
  }
  j["copies"] = std::move(copies);

  nlohmann::json diags = nlohmann::json::array();
  for (const Diagnostic& d : diagnostics) diags.push_back(DiagnosticJson(d));
  j["diagnostics"] = std::move(diags);

  j["summary"] = {{"documents", input.documents.size()},
                  {"claims", input.claims.size()},
                  {"slots", report.slots.size()},
                  {"sources", report.sources.size()},
                  {"copies", input.copies.size()},
                  {"diagnostics", diagnostics.size()},
                  {"relations", relations},
                  {"verdicts", verdicts},
                  {"reliability_iterations", report.iterations},
                  {"reliability_converged", report.converged}};
  return j;
}

}  // namespace mizan
