// The score report as JSON ("mizan.score/1"): documents, sources, claims (the extraction
// fields plus story, slot, confidence, verdict, reasons), slots (estimate and timeline),
// stories (articles, outlets, dates, facts contested first), copies, diagnostics and
// summary counts. Keys sorted, numbers rounded to 4 decimals, no field
// that depends on time or memory: identical input gives identical bytes.
//
//   ScoreReport report = Score(input, ScoreOptions{});
//   nlohmann::json j = ScoreReportJson(input, report, docs, extractions, diagnostics);
//   std::string bytes = DumpPretty(j);
//
// A batch of a million claims makes a tree of gigabytes (a std::map per object), so the
// executable writes the report as it is made instead, one element's tree at a time:
//
//   ScoreReportWriter writer(input, report, docs, extractions, diagnostics);
//   writer.WritePretty(file);  // the same bytes as DumpPretty(ScoreReportJson(...))
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "core/document.h"
#include "core/error.h"
#include "core/model.h"
#include "scoring/score.h"

namespace mizan {

inline constexpr const char* kScoreSchema = "mizan.score/1";

// `docs` and `extractions` may be empty (structured claims): claims then carry their
// structured fields (source, object, time) instead of the extraction fields.
nlohmann::json ScoreReportJson(const ScoreInput& input, const ScoreReport& report,
                               const std::vector<Document>& docs,
                               const std::vector<Extraction>& extractions,
                               const std::vector<Diagnostic>& diagnostics);

// One copy group as the report's "copies" array and `mizan copies` print it: id, docs,
// kind, similarity (rounded to 4 decimals like every report number: 1, not 1.0), evidence.
nlohmann::json CopyGroupJson(const CopyGroup& group);

// The report's parts, each built when it is written. Holds references: the arguments must
// outlive it.
class ScoreReportWriter {
 public:
  ScoreReportWriter(const ScoreInput& input, const ScoreReport& report,
                    const std::vector<Document>& docs, const std::vector<Extraction>& extractions,
                    const std::vector<Diagnostic>& diagnostics);

  // The whole report as one tree.
  nlohmann::json Json() const;
  // Byte for byte DumpPretty(Json()).
  void WritePretty(std::ostream& out) const;
  // Byte for byte DumpLine(claim) + "\n" for each claim of Json()["claims"] (--jsonl).
  void WriteClaimLines(std::ostream& out) const;
  // Json()["summary"]: counts, relations, verdicts, reliability iterations.
  nlohmann::json Summary() const;

 private:
  size_t claim_count() const;
  nlohmann::json DocumentJson(const DocumentMeta& d) const;
  nlohmann::json SourceJson(const SourceScore& s) const;
  nlohmann::json ClaimJson(size_t i) const;
  nlohmann::json SlotJson(const SlotReport& s) const;
  nlohmann::json CopyJson(const CopyGroup& g) const;
  nlohmann::json StoryJson(size_t k) const;

  const ScoreInput& input_;
  const ScoreReport& report_;
  const std::vector<Diagnostic>& diagnostics_;
  // Extraction claims by id, to print exactly the fields `mizan extract` prints.
  std::map<std::string, const Document*> doc_by_id_;
  std::map<std::string, std::pair<const Extraction*, const Claim*>> claim_by_id_;
  // Per story of the input: its facts' slot ids, contested first (FactsByStory).
  std::vector<std::vector<std::string>> story_slots_;
};

}  // namespace mizan
