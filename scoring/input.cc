// Building scoring records: from extraction output, or from a structured claims file.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "scoring/interval.h"
#include "scoring/score.h"

namespace mizan {
namespace {

// The time of a claim: its own expression's end (or start), else its article's date.
void SetTime(ScoreClaim& out, const TimeRef& time, const std::string& published) {
  const std::string& end = !time.to.empty() ? time.to : time.from;
  std::optional<int64_t> day = DaysFromIso(end);
  out.time_from_publication = time.from_publication;
  if (!day) {
    day = DaysFromIso(published);
    out.time_from_publication = true;
  }
  if (!day) return;
  out.time = *day;
  out.time_label = IsoFromDays(*day);
  if (std::optional<int64_t> start = DaysFromIso(time.from)) {
    out.time_start = *start;
  } else if (time.from.empty() && !time.to.empty()) {
    out.time_start = kNoTime;  // open start: "by Monday", "so far"
  } else {
    out.time_start = *day;
  }
}

std::string FileStem(const std::string& file) {
  std::string stem = file.substr(file.find_last_of('/') + 1);
  const size_t dot = stem.find_last_of('.');
  if (dot != std::string::npos && dot > 0) stem.resize(dot);
  return stem.empty() ? "claims" : stem;
}

}  // namespace

ScoreInput MakeScoreInput(const std::vector<Document>& documents,
                          const std::vector<Extraction>& extractions,
                          const std::vector<CopyGroup>& copies,
                          const std::vector<Story>& stories) {
  ScoreInput input;
  input.copies = copies;
  input.stories = stories;
  std::map<std::string, std::string> story_of;
  for (const Story& s : stories) {
    for (const std::string& d : s.docs) story_of.emplace(d, s.id);
  }
  std::map<std::string, const Document*> doc_by_id;
  for (const Document& d : documents) doc_by_id.emplace(d.id, &d);
  std::map<std::string, std::string> group_of;
  for (const CopyGroup& g : copies) {
    for (const std::string& d : g.docs) group_of.emplace(d, g.id);
  }
  for (const Extraction& x : extractions) {
    const Document* doc = doc_by_id.count(x.doc) ? doc_by_id[x.doc] : nullptr;
    DocumentMeta meta{x.doc, doc ? doc->outlet : "", x.published, x.language};
    if (meta.published.date.empty() && doc) meta.published.date = doc->published;
    input.documents.push_back(meta);
    const std::string publisher = meta.outlet.empty() ? "doc:" + x.doc : meta.outlet;
    auto group = group_of.find(x.doc);
    // A document in no story is a story of its own.
    auto found_story = story_of.find(x.doc);
    const std::string story = found_story != story_of.end() ? found_story->second
                              : stories.empty()             ? std::string()
                                                            : "story:" + x.doc;
    for (const Claim& claim : x.claims) {
      if (claim.mention >= x.mentions.size()) continue;
      const NumericValue& value = x.mentions[claim.mention].value;
      if (!value.low && !value.high) continue;
      ScoreClaim c;
      c.id = claim.id;
      c.doc = claim.doc.empty() ? x.doc : claim.doc;
      c.unit = claim.unit;
      c.counted = claim.counted.empty() ? claim.unit : claim.counted;
      c.event = claim.event;
      c.story = story;
      c.subject = claim.subject;
      c.predicate = claim.predicate;
      c.place = claim.place;
      c.cumulative = claim.cumulative;
      c.forward_looking = claim.forward_looking;
      c.increment = claim.increment;
      c.value = value;
      c.stance = claim.stance;
      SetTime(c, claim.time, meta.published.date);
      // Origins: the origin and co-origins. Without them, the outermost credit (a wire
      // the article credits) stands as the origin of the article's own narrative, and
      // without that the publisher does.
      const SourceHop* credit = nullptr;
      for (const SourceHop& hop : claim.attribution) {
        if (hop.role == HopRole::kOrigin || hop.role == HopRole::kCoOrigin) {
          if (c.origins.empty()) c.origin_type = hop.type;
          c.origins.push_back(hop.name);
        } else {
          credit = &hop;
        }
      }
      if (!c.origins.empty()) {
        for (const SourceHop& hop : claim.attribution) {
          if (hop.role == HopRole::kRelay || hop.role == HopRole::kArticleCredit) {
            ++c.relays;
            c.relay = hop.name;
          }
        }
      } else if (credit) {
        // A wire or outlet the article credits vouches for its own narrative.
        c.origins.push_back(credit->name);
        c.origin_type = credit->type;
      } else {
        c.origins.push_back(publisher);
        c.origin_type = SourceType::kMedia;
        c.unattributed = true;
      }
      std::sort(c.origins.begin(), c.origins.end());
      c.origins.erase(std::unique(c.origins.begin(), c.origins.end()), c.origins.end());
      if (group != group_of.end()) c.copy_group = group->second;
      input.claims.push_back(std::move(c));
    }
  }
  return input;
}

ScoreInput ReadStructuredClaims(std::string_view text, const std::string& file,
                                std::vector<Diagnostic>& diagnostics) {
  ScoreInput input;
  const std::string stem = FileStem(file);
  uint32_t line = 0;
  size_t offset = 0;
  while (offset < text.size()) {
    ++line;
    size_t end = text.find('\n', offset);
    if (end == std::string_view::npos) end = text.size();
    std::string_view row = text.substr(offset, end - offset);
    const size_t row_offset = offset;
    offset = end + 1;
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    if (row.find_first_not_of(" \t") == std::string_view::npos) continue;
    auto fail = [&](ErrorCode code, std::string detail) {
      diagnostics.push_back(Diagnostic{.file = file, .line = line, .column = 1,
                                       .byte_offset = row_offset, .doc = "", .code = code,
                                       .severity = Severity::kError, .detail = std::move(detail)});
    };
    nlohmann::json j = nlohmann::json::parse(row.begin(), row.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      fail(ErrorCode::kMalformedJson, "line is not a JSON object");
      continue;
    }
    auto number = [&](const char* key) -> std::optional<double> {
      auto it = j.find(key);
      if (it == j.end() || it->is_null() || !it->is_number()) return std::nullopt;
      return it->get<double>();
    };
    bool bad = false;
    for (const char* key : {"source", "object"}) {
      auto it = j.find(key);
      if (it == j.end()) {
        fail(ErrorCode::kMissingField, std::string("missing \"") + key + "\"");
        bad = true;
        break;
      }
      if (!it->is_string() || it->get<std::string>().empty()) {
        fail(ErrorCode::kBadFieldType, std::string("\"") + key + "\" must be a non-empty string");
        bad = true;
        break;
      }
    }
    if (bad) continue;
    for (const char* key : {"value", "low", "high"}) {
      if (j.contains(key) && !j[key].is_null() && !j[key].is_number()) {
        fail(ErrorCode::kBadFieldType, std::string("\"") + key + "\" must be a number");
        bad = true;
        break;
      }
    }
    if (bad) continue;
    const std::optional<double> value = number("value"), low = number("low"), high = number("high");
    if (!value && !low && !high) {
      fail(ErrorCode::kMissingField, "missing \"value\" (or \"low\"/\"high\")");
      continue;
    }
    ScoreClaim c;
    c.id = stem + "#" + std::to_string(line);
    c.object = j["object"].get<std::string>();
    c.origins.push_back(j["source"].get<std::string>());
    c.structured = true;
    if (j.contains("qualifier")) {
      std::optional<Qualifier> q;
      if (j["qualifier"].is_string()) q = ParseQualifier(j["qualifier"].get<std::string>());
      if (!q) {
        fail(ErrorCode::kBadFieldType, "unknown \"qualifier\"");
        continue;
      }
      c.value.qualifier = *q;
    } else if (low || high) {
      c.value.qualifier = Qualifier::kRange;
    }
    switch (c.value.qualifier) {
      case Qualifier::kAtLeast:
      case Qualifier::kMoreThan:
        c.value.low = low ? low : value;
        break;
      case Qualifier::kAtMost:
      case Qualifier::kLessThan:
        c.value.high = high ? high : value;
        break;
      default:
        c.value.low = low ? low : value;
        c.value.high = high ? high : value;
        if (!c.value.low) c.value.low = c.value.high;
        if (!c.value.high) c.value.high = c.value.low;
    }
    if (j.contains("cumulative") && !j["cumulative"].is_null()) {
      if (!j["cumulative"].is_boolean()) {
        fail(ErrorCode::kBadFieldType, "\"cumulative\" must be true or false");
        continue;
      }
      c.cumulative = j["cumulative"].get<bool>();  // a count that can only grow
    }
    if (j.contains("source_type") && j["source_type"].is_string()) {
      if (auto t = ParseSourceType(j["source_type"].get<std::string>())) c.origin_type = *t;
    }
    if (j.contains("time") && !j["time"].is_null()) {
      const nlohmann::json& t = j["time"];
      std::optional<int64_t> day;
      if (t.is_string()) day = DaysFromIso(t.get<std::string>());
      if (t.is_number()) {
        c.time = c.time_start = static_cast<int64_t>(std::floor(t.get<double>()));
        c.time_label = t.dump();
      } else if (day) {
        c.time = c.time_start = *day;
        c.time_label = IsoFromDays(*day);
      } else {
        fail(ErrorCode::kBadDate, "\"time\" is neither an ISO date nor a number");
        continue;
      }
    }
    input.claims.push_back(std::move(c));
  }
  return input;
}

}  // namespace mizan
