// The score report as JSON ("mizan.score/1"): documents, sources, claims (the extraction
// fields plus slot, confidence, verdict, reasons), slots (estimate and timeline), copies,
// diagnostics and summary counts. Keys sorted, numbers rounded to 4 decimals, no field
// that depends on time or memory: identical input gives identical bytes.
//
//   ScoreReport report = Score(input, ScoreOptions{});
//   nlohmann::json j = ScoreReportJson(input, report, docs, extractions, diagnostics);
//   std::string bytes = DumpPretty(j);
#pragma once

#include <nlohmann/json.hpp>
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

}  // namespace mizan
