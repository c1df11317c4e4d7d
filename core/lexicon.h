// Lexicon data files: tab-separated tables in core/lexicons/*.tsv, compiled into the
// binary (so `mizan` runs from anywhere) and parsed once at start-up.
//
//   std::vector<LexiconRow> rows = LoadLexicon("units.tsv");
//   for (const LexiconRow& row : rows) { row.fields[0] ... row.line ... }
//
// Format: UTF-8, one entry per line, fields separated by TAB, '#' starts a comment line,
// blank lines ignored. The first field of most files is a surface form; loaders fold it
// with FoldForMatch so it matches AnalyzedText::norm.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"

namespace mizan {

struct LexiconRow {
  std::vector<std::string> fields;  // trimmed of surrounding spaces
  int line = 0;                     // 1-based line in the file, for error messages
};

// Parses the embedded file `name` (e.g. "units.tsv"). When the environment variable
// MIZAN_LEXICON_DIR is set, the file is read from that folder instead (for editing
// lexicons without a rebuild). Throws mizan::Error naming the file if it does not exist.
std::vector<LexiconRow> LoadLexicon(std::string_view name);

// Parses TSV text (the same format) directly; used by LoadLexicon and by tests.
std::vector<LexiconRow> ParseLexicon(std::string_view text);

// Names of all embedded lexicon files, sorted.
std::vector<std::string> EmbeddedLexiconNames();

// The enum a kind column's `id` names in its vocabulary `ids` of (id, enum) pairs;
// std::nullopt when it names none (the loader then fails with BadRow).
//   static const std::pair<std::string_view, PlaceKind> kIds[] = {{"country", ...}, ...};
//   std::optional<PlaceKind> kind = FindId(kIds, row.fields[2]);
template <typename E, size_t N>
std::optional<E> FindId(const std::pair<std::string_view, E> (&ids)[N], std::string_view id) {
  for (const auto& [name, value] : ids) {
    if (name == id) return value;
  }
  return std::nullopt;
}

// One row of months.tsv: a month's name (Arabic, Levantine or English) and its number.
struct MonthName {
  std::string surface;
  int month = 0;  // 1-12
};
// months.tsv, parsed and checked in one place for its two readers (the number reader and
// the time resolver; Lexicons::Load reads it once for both). Throws "months.tsv:N: ..." for
// a row without a month number 1-12.
std::vector<MonthName> LoadMonthNames();

// The error of a malformed row, one message for every loader: kBadLexicon with
// "file:line: why" ("units.tsv:12: expected 5 columns").
Error LexiconError(std::string_view file, const LexiconRow& row, std::string_view why);
// Throws LexiconError(file, row, why).
[[noreturn]] void BadRow(std::string_view file, const LexiconRow& row, std::string_view why);

}  // namespace mizan
