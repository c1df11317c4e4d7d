#include "report/score_json.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <string_view>

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

nlohmann::json Strings(const ClaimReasons& v) {
  nlohmann::json a = nlohmann::json::array();
  for (std::string_view s : v) a.push_back(std::string(s));
  return a;
}

// Writes JSON values into a string with nlohmann's own serializer, as deep in a document
// as told: the bytes of an element are those a dump of the whole tree gives it.
class Serializer {
 public:
  explicit Serializer(std::string& out)
      : serializer_(nlohmann::detail::output_adapter<char, std::string>(out), ' ',
                    nlohmann::json::error_handler_t::replace) {}
  void Pretty(const nlohmann::json& value, unsigned depth) {
    serializer_.dump(value, true, false, kIndent, kIndent * depth);
  }
  void Line(const nlohmann::json& value) { serializer_.dump(value, false, false, 0); }

  static constexpr unsigned kIndent = 2;  // as DumpPretty

 private:
  nlohmann::detail::serializer<nlohmann::json> serializer_;
};

// Hands `buffer` to `out` once it holds `at_least` bytes (0: whatever it holds).
void Flush(std::string& buffer, std::ostream& out, size_t at_least) {
  if (buffer.size() < at_least) return;
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  buffer.clear();
}

constexpr size_t kFlushBytes = size_t{1} << 20;

}  // namespace

ScoreReportWriter::ScoreReportWriter(const ScoreInput& input, const ScoreReport& report,
                                     const std::vector<Document>& docs,
                                     const std::vector<Extraction>& extractions,
                                     const std::vector<Diagnostic>& diagnostics)
    : input_(input), report_(report), diagnostics_(diagnostics) {
  for (const Document& d : docs) doc_by_id_.emplace(d.id, &d);
  for (const Extraction& x : extractions) {
    for (const Claim& c : x.claims) claim_by_id_.emplace(c.id, std::make_pair(&x, &c));
  }
  story_slots_.resize(input.stories.size());
  for (const StoryFacts& f : FactsByStory(input.stories, report)) {
    if (f.story == nullptr) continue;
    auto& ids = story_slots_[static_cast<size_t>(f.story - input.stories.data())];
    for (uint32_t s : f.slots) ids.push_back(report.slots[s].id);
  }
}

namespace {
nlohmann::json StringOrNull(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}
}  // namespace

nlohmann::json ScoreReportWriter::StoryJson(size_t k) const {
  const Story& s = input_.stories[k];
  return {{"id", s.id},
          {"docs", Strings(s.docs)},
          {"outlets", Strings(s.outlets)},
          {"first", StringOrNull(s.first)},
          {"last", StringOrNull(s.last)},
          {"title", s.title},
          {"keywords", Strings(s.keywords)},
          {"slots", Strings(story_slots_[k])}};
}

size_t ScoreReportWriter::claim_count() const {
  return std::min(input_.claims.size(), report_.claims.size());
}

nlohmann::json ScoreReportWriter::DocumentJson(const DocumentMeta& d) const {
  return {{"id", d.id},
          {"outlet", d.outlet},
          {"published", d.published.date.empty() ? nlohmann::json(nullptr)
                                                 : nlohmann::json(d.published.date)},
          {"published_estimated", d.published.estimated},
          {"language", d.language}};
}

nlohmann::json ScoreReportWriter::SourceJson(const SourceScore& s) const {
  return {{"name", s.name},
          {"type", ToString(s.type)},
          {"reliability", Number(s.reliability)},
          {"interval", {{"low", Number(s.low)}, {"high", Number(s.high)}}},
          {"claims", s.claims},
          {"held", s.held}};
}

nlohmann::json ScoreReportWriter::ClaimJson(size_t i) const {
  const ScoreClaim& sc = input_.claims[i];
  const ClaimScore& score = report_.claims[i];
  nlohmann::json c;
  auto found = claim_by_id_.find(sc.id);
  if (found != claim_by_id_.end()) {
    const Extraction& x = *found->second.first;
    const Claim& claim = *found->second.second;
    const NumberMention& m = x.mentions[claim.mention];
    c = ClaimFieldsJson(claim);
    c["doc"] = x.doc;
    auto d = doc_by_id_.find(x.doc);
    c["text"] = d != doc_by_id_.end() && m.span.end <= d->second->text.size()
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
  c["story"] = StringOrNull(sc.story);
  if (!c.contains("counted")) c["counted"] = sc.counted;
  if (!c.contains("event")) c["event"] = sc.event;
  if (!sc.incident.empty()) c["incident"] = sc.incident;  // the town of its incident, when named
  c["slot"] = score.slot.str();
  c["confidence"] = Number(score.confidence);
  c["verdict"] = ToString(score.verdict);
  c["reasons"] = Strings(score.reasons);
  c["independent_origins"] = score.independent_origins;
  return c;
}

nlohmann::json ScoreReportWriter::SlotJson(const SlotReport& s) const {
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
                      {"counted", s.counted},
                      {"story", StringOrNull(s.story)},
                      {"event", s.event},
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
  return slot;
}

nlohmann::json CopyGroupJson(const CopyGroup& g) {
  return {{"id", g.id},
          {"docs", Strings(g.docs)},
          {"kind", g.kind},
          {"similarity", Number(g.similarity)},
          {"evidence", Strings(g.evidence)}};
}

nlohmann::json ScoreReportWriter::Summary() const {
  std::map<std::string, int> relations, verdicts;
  for (size_t i = 0; i < claim_count(); ++i) {
    ++verdicts[std::string(ToString(report_.claims[i].verdict))];
  }
  for (const SlotReport& s : report_.slots) ++relations[std::string(ToString(s.relation))];
  return {{"documents", input_.documents.size()},
          {"claims", input_.claims.size()},
          {"slots", report_.slots.size()},
          {"sources", report_.sources.size()},
          {"copies", input_.copies.size()},
          {"stories", input_.stories.size()},
          {"diagnostics", diagnostics_.size()},
          {"relations", relations},
          {"verdicts", verdicts},
          {"reliability_iterations", report_.iterations},
          {"reliability_converged", report_.converged}};
}

nlohmann::json ScoreReportWriter::Json() const {
  nlohmann::json j;
  j["schema"] = kScoreSchema;
  j["documents"] = nlohmann::json::array();
  for (const DocumentMeta& d : input_.documents) j["documents"].push_back(DocumentJson(d));
  j["sources"] = nlohmann::json::array();
  for (const SourceScore& s : report_.sources) j["sources"].push_back(SourceJson(s));
  j["claims"] = nlohmann::json::array();
  for (size_t i = 0; i < claim_count(); ++i) j["claims"].push_back(ClaimJson(i));
  j["slots"] = nlohmann::json::array();
  for (const SlotReport& s : report_.slots) j["slots"].push_back(SlotJson(s));
  j["stories"] = nlohmann::json::array();
  for (size_t k = 0; k < input_.stories.size(); ++k) j["stories"].push_back(StoryJson(k));
  j["copies"] = nlohmann::json::array();
  for (const CopyGroup& g : input_.copies) j["copies"].push_back(CopyGroupJson(g));
  j["diagnostics"] = nlohmann::json::array();
  for (const Diagnostic& d : diagnostics_) j["diagnostics"].push_back(DiagnosticJson(d));
  j["summary"] = Summary();
  return j;
}

// The layout nlohmann's pretty dump gives the whole tree: the top-level keys in sorted
// order, each array's elements one level deeper, empty arrays as [].
void ScoreReportWriter::WritePretty(std::ostream& out) const {
  std::string buffer;
  Serializer serializer(buffer);
  auto member = [&](std::string_view key) {
    buffer.append("  \"").append(key).append("\": ");
  };
  auto array = [&](std::string_view key, size_t n, const auto& element) {
    member(key);
    if (n == 0) {
      buffer += "[],\n";
      return;
    }
    buffer += "[\n";
    for (size_t i = 0; i < n; ++i) {
      buffer += "    ";
      serializer.Pretty(element(i), 2);
      buffer += i + 1 < n ? ",\n" : "\n";
      Flush(buffer, out, kFlushBytes);
    }
    buffer += "  ],\n";
  };
  buffer += "{\n";
  array("claims", claim_count(), [&](size_t i) { return ClaimJson(i); });
  array("copies", input_.copies.size(), [&](size_t i) { return CopyGroupJson(input_.copies[i]); });
  array("diagnostics", diagnostics_.size(),
        [&](size_t i) { return DiagnosticJson(diagnostics_[i]); });
  array("documents", input_.documents.size(),
        [&](size_t i) { return DocumentJson(input_.documents[i]); });
  member("schema");
  serializer.Pretty(kScoreSchema, 1);
  buffer += ",\n";
  array("slots", report_.slots.size(), [&](size_t i) { return SlotJson(report_.slots[i]); });
  array("sources", report_.sources.size(),
        [&](size_t i) { return SourceJson(report_.sources[i]); });
  array("stories", input_.stories.size(), [&](size_t k) { return StoryJson(k); });
  member("summary");
  serializer.Pretty(Summary(), 1);
  buffer += "\n}\n";
  Flush(buffer, out, 0);
}

void ScoreReportWriter::WriteClaimLines(std::ostream& out) const {
  std::string buffer;
  Serializer serializer(buffer);
  for (size_t i = 0; i < claim_count(); ++i) {
    serializer.Line(ClaimJson(i));
    buffer += '\n';
    Flush(buffer, out, kFlushBytes);
  }
  Flush(buffer, out, 0);
}

nlohmann::json ScoreReportJson(const ScoreInput& input, const ScoreReport& report,
                               const std::vector<Document>& docs,
                               const std::vector<Extraction>& extractions,
                               const std::vector<Diagnostic>& diagnostics) {
  return ScoreReportWriter(input, report, docs, extractions, diagnostics).Json();
}

}  // namespace mizan
