// JSON shapes of Mizan's output. Keys are sorted (nlohmann::json keeps them in a map) and
// no field depends on time or memory addresses, so the same input gives the same bytes.
//
//   nlohmann::json j = MentionJson(doc, extraction, i);   // one `mizan extract` line
//   std::cout << DumpLine(j);
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/document.h"
#include "core/error.h"
#include "core/model.h"

namespace mizan {

// {"low", "high", "qualifier"}; a missing bound is null.
nlohmann::json ValueJson(const NumericValue& value);
// One hop of an attribution chain.
nlohmann::json HopJson(const SourceHop& hop);
// The claim fields shared by `extract` lines and score reports: unit, subject, predicate,
// place, head_noun, increment, attribution, stance, time, quote offsets.
nlohmann::json ClaimFieldsJson(const Claim& claim);
// One numeric mention as `mizan extract` prints it: doc, kind, text, start, end, value,
// and the claim fields when the mention is a quantity claim (the extraction's claims are in
// mention order, as ExtractDocument makes them: found by binary search).
nlohmann::json MentionJson(const Document& doc, const Extraction& extraction, size_t mention);
nlohmann::json DiagnosticJson(const Diagnostic& diagnostic);

// Compact one-line dump; invalid UTF-8 (never expected: input is checked) is replaced.
std::string DumpLine(const nlohmann::json& j);
// Indented dump for report files, with a trailing newline.
std::string DumpPretty(const nlohmann::json& j);

}  // namespace mizan
