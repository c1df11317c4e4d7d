#include "report/json_output.h"

#include <algorithm>

namespace mizan {
namespace {

nlohmann::json OptionalNumber(const std::optional<double>& v) {
  if (!v) return nullptr;
  // Whole numbers print without a fraction so 1500 is 1500, not 1500.0.
  if (*v == static_cast<double>(static_cast<long long>(*v)) && *v < 9e15 && *v > -9e15) {
    return static_cast<long long>(*v);
  }
  return *v;
}

nlohmann::json SpanJson(ByteSpan span) {
  return nlohmann::json{{"start", span.begin}, {"end", span.end}};
}

}  // namespace

nlohmann::json ValueJson(const NumericValue& value) {
  return nlohmann::json{{"low", OptionalNumber(value.low)},
                        {"high", OptionalNumber(value.high)},
                        {"qualifier", ToString(value.qualifier)}};
}

nlohmann::json HopJson(const SourceHop& hop) {
  nlohmann::json j{{"surface", hop.surface}, {"name", hop.name},
                   {"type", ToString(hop.type)}, {"role", ToString(hop.role)},
                   {"cue", hop.cue}, {"inferred", hop.inferred}};
  if (!hop.span.empty()) j["span"] = SpanJson(hop.span);
  if (!hop.cue_span.empty()) j["cue_span"] = SpanJson(hop.cue_span);
  return j;
}

nlohmann::json ClaimFieldsJson(const Claim& claim) {
  nlohmann::json chain = nlohmann::json::array();
  for (const SourceHop& hop : claim.attribution) chain.push_back(HopJson(hop));
  nlohmann::json time{{"from", claim.time.from.empty() ? nlohmann::json(nullptr)
                                                       : nlohmann::json(claim.time.from)},
                      {"to", claim.time.to.empty() ? nlohmann::json(nullptr)
                                                   : nlohmann::json(claim.time.to)},
                      {"surface", claim.time.surface},
                      {"from_publication", claim.time.from_publication}};
  if (!claim.time.span.empty()) time["span"] = SpanJson(claim.time.span);
  if (!claim.time.event_from.empty() || !claim.time.event_to.empty()) {
    time["event"] = nlohmann::json{{"from", claim.time.event_from}, {"to", claim.time.event_to}};
  }
  return nlohmann::json{{"claim", claim.id},       {"unit", claim.unit},
                        {"subject", claim.subject}, {"predicate", claim.predicate},
                        {"place", claim.place},     {"head_noun", claim.head_noun},
                        {"counted", claim.counted}, {"event", claim.event},
                        {"increment", claim.increment},
                        {"cumulative", claim.cumulative},
                        {"forward_looking", claim.forward_looking},
                        {"attribution", std::move(chain)},
                        {"stance", ToString(claim.stance)},
                        {"time", std::move(time)},
                        {"quote", SpanJson(claim.quote)}};
}

nlohmann::json MentionJson(const Document& doc, const Extraction& extraction, size_t index) {
  const NumberMention& m = extraction.mentions[index];
  nlohmann::json j{{"doc", doc.id},
                   {"kind", ToString(m.kind)},
                   {"text", doc.text.substr(m.span.begin, m.span.size())},
                   {"start", m.span.begin},
                   {"end", m.span.end},
                   {"value", ValueJson(m.value)}};
  if (!m.time_unit.empty()) j["value"]["unit"] = m.time_unit;
  if (m.decimal_order != DecimalOrder::kNone) {
    j["decimal_ra"] = nlohmann::json{{"reversed", m.decimal_reversed},
                                     {"basis", ToString(m.decimal_order)}};
  }
  if (!m.qualifier_span.empty()) {
    j["qualifier_text"] = doc.text.substr(m.qualifier_span.begin, m.qualifier_span.size());
  }
  // Claims are one per quantity mention, in mention order (ExtractDocument builds them so):
  // a binary search, not a scan of the article's claims per mention, which made
  // `mizan extract` quadratic in the size of an article.
  const std::vector<Claim>& claims = extraction.claims;
  auto found = std::lower_bound(claims.begin(), claims.end(), index,
                                [](const Claim& c, size_t m) { return c.mention < m; });
  if (found != claims.end() && found->mention == index) j.update(ClaimFieldsJson(*found));
  return j;
}

nlohmann::json DiagnosticJson(const Diagnostic& d) {
  return nlohmann::json{{"file", d.file},         {"line", d.line},
                        {"column", d.column},     {"byte_offset", d.byte_offset},
                        {"doc", d.doc},           {"code", ErrorId(d.code)},
                        {"field", d.field},
                        {"severity", ToString(d.severity)},
                        {"message", d.detail.empty() ? std::string(ErrorMessage(d.code))
                                                     : d.detail}};
}

std::string DumpLine(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string DumpPretty(const nlohmann::json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace mizan
