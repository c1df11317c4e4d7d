// A small hand-built batch (two articles, one Arabic, one English, with hostile text) for
// the report tests: the extraction and scoring stages are not needed to test the writers.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "report/html_report.h"

namespace mizan::testing {

// How many times `needle` occurs in `haystack`, without overlaps.
inline size_t CountOccurrences(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

struct SampleBatch {
  std::vector<Document> documents;
  std::vector<Extraction> extractions;
  ScoreReport score;
  std::vector<CopyGroup> copies;
  std::vector<Diagnostic> diagnostics;

  HtmlReportInput Input() const {
    return HtmlReportInput{.documents = documents, .extractions = extractions, .score = &score,
                           .copies = copies, .diagnostics = diagnostics};
  }
};

// Adds a quantity claim on the first occurrence of `needle` at or after `from` in the
// document's text; returns the byte offset after it.
inline size_t AddClaim(const Document& doc, Extraction& x, const std::string& needle,
                       NumericValue value, const std::string& origin, const std::string& date,
                       size_t from = 0) {
  const size_t at = doc.text.find(needle, from);
  NumberMention m;
  m.span = ByteSpan{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
  m.value = value;
  x.mentions.push_back(m);
  Claim c;
  c.id = doc.id + "#" + std::to_string(x.claims.size() + 1);
  c.doc = doc.id;
  c.mention = static_cast<uint32_t>(x.mentions.size() - 1);
  c.unit = "soldier";
  c.subject = "north_korea";
  c.predicate = "deployed";
  if (!origin.empty()) {
    c.attribution.push_back(SourceHop{.surface = origin, .name = origin,
                                      .type = SourceType::kGovernment,
                                      .role = HopRole::kOrigin, .cue = "said"});
  }
  c.stance = Stance::kReported;
  c.time = TimeRef{.from = date, .to = date};
  x.claims.push_back(c);
  return at + needle.size();
}

inline SampleBatch MakeSampleBatch() {
  SampleBatch b;
  Document ar{.id = "ar-1", .file = "ar-1.txt",
              .text = "قال مسؤولون إن نحو 10 آلاف جندي وصلوا إلى روسيا.\n"
                      "<script>document.title='PWNED'</script>\n"
                      "وأفادت تقارير بأن أكثر من 1500 جندي وصلوا، وما بين 10 آلاف و12 ألف جندي.",
              .outlet = "<b>Outlet</b>", .published = "2024-10-28", .language = "ar"};
  Document en{.id = "en-1", .file = "en-1.txt",
              .text = "Officials said at least 11,000 troops were deployed. "
                      "A trick: \xE2\x80\xAE" "0051\xE2\x80\xAC soldiers & \"friends\".",
              .outlet = "Wire\xE2\x80\xAEnews", .published = "2024-12-14", .language = "en"};
  b.documents = {ar, en};
  Extraction xa{.doc = "ar-1", .language = "ar"};
  AddClaim(ar, xa, "نحو 10 آلاف", {10000.0, 10000.0, Qualifier::kApprox}, "pentagon", "2024-10-28");
  AddClaim(ar, xa, "أكثر من 1500", {1500.0, std::nullopt, Qualifier::kMoreThan}, "south_korea.nis",
           "2024-10-18");
  AddClaim(ar, xa, "ما بين 10 آلاف و12 ألف", {10000.0, 12000.0, Qualifier::kRange}, "",
           "2024-11-30");
  Extraction xe{.doc = "en-1", .language = "en"};
  AddClaim(en, xe, "at least 11,000", {11000.0, std::nullopt, Qualifier::kAtLeast},
           "us.government", "2024-12-14");
  const size_t trick = en.text.find("\xE2\x80\xAE");
  AddClaim(en, xe, en.text.substr(trick, 10), {1500.0, 1500.0, Qualifier::kExact}, "", "2024-12-14");
  b.extractions = {xa, xe};

  SlotReport slot;
  slot.id = "slot-nk";
  slot.unit = "soldier";
  slot.subject = "north_korea";
  slot.predicate = "deployed";
  slot.relation = SlotRelation::kEvolution;
  for (const Extraction& x : b.extractions) {
    for (const Claim& c : x.claims) slot.claims.push_back(c.id);
  }
  std::sort(slot.claims.begin(), slot.claims.end());
  slot.timeline = {{"2024-10-18", 1500.0, 3000.0, 1500, {"ar-1#2"}},
                   {"2024-10-28", 9000.0, 11000.0, 10000, {"ar-1#1"}},
                   {"2024-12-14", 10500.0, 12000.0, 11500, {"en-1#1"}}};
  slot.estimate = SlotEstimate{10500.0, 12000.0, 11500, "2024-12-14"};
  slot.origins = {"pentagon", "south_korea.nis", "us.government"};
  slot.reasons = {"same unit, subject and predicate"};
  b.score.slots = {slot};
  const std::vector<std::pair<std::string, double>> confidences = {
      {"ar-1#1", 0.85}, {"ar-1#2", 0.7}, {"ar-1#3", 0.5}, {"en-1#1", 0.3}, {"en-1#2", 0.1}};
  for (const auto& [id, conf] : confidences) {
    b.score.claims.push_back(ClaimScore{id, "slot-nk", conf,
                                        conf > 0.6 ? Verdict::kCorroborated : Verdict::kUncorroborated,
                                        {"reason for " + id + " <i>"}});
  }
  b.score.claims[1].verdict = Verdict::kSuperseded;
  b.score.claims[4].verdict = Verdict::kContradicted;
  b.score.sources = {SourceScore{"pentagon", SourceType::kMilitary, 0.8, 0.6, 0.9, 1, 1},
                     SourceScore{"south_korea.nis", SourceType::kIntelligence, 0.7, 0.4, 0.9, 1, 1}};
  b.copies = {CopyGroup{"copy-1", {"ar-1", "en-1"}, "rewrite", 0.55, {"shared figures: 10000"}}};
  b.diagnostics = {Diagnostic{.file = "bad/<x>.jsonl", .line = 3, .column = 7,
                              .code = ErrorCode::kInvalidUtf8, .detail = "byte 0xff"}};
  return b;
}

}  // namespace mizan::testing
