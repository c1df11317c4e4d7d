#include "core/lexicon.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <utility>

#include "core/error.h"

namespace mizan {
namespace embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& Files();
}  // namespace embedded

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<LexiconRow> ParseLexicon(std::string_view text) {
  std::vector<LexiconRow> rows;
  int line_number = 0;
  while (!text.empty()) {
    size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    ++line_number;
    if (Trim(line).empty() || Trim(line).front() == '#') continue;
    LexiconRow row;
    row.line = line_number;
    while (true) {
      size_t tab = line.find('\t');
      row.fields.emplace_back(Trim(line.substr(0, tab)));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<LexiconRow> LoadLexicon(std::string_view name) {
  if (const char* dir = std::getenv("MIZAN_LEXICON_DIR"); dir != nullptr && *dir != '\0') {
    std::string path = std::string(dir) + "/" + std::string(name);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::kBadLexicon, "cannot read lexicon " + path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return ParseLexicon(buffer.str());
  }
  for (const auto& [file_name, content] : embedded::Files()) {
    if (file_name == name) return ParseLexicon(content);
  }
  throw Error(ErrorCode::kBadLexicon, "no lexicon named " + std::string(name));
}

std::vector<MonthName> LoadMonthNames() {
  constexpr std::string_view kFile = "months.tsv";
  std::vector<MonthName> months;
  for (const LexiconRow& row : LoadLexicon(kFile)) {
    if (row.fields.size() < 2) BadRow(kFile, row, "expected surface and month");
    const std::string& number = row.fields[1];
    int month = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), month);
    if (error != std::errc() || end != number.data() + number.size() || month < 1 || month > 12) {
      BadRow(kFile, row, "month must be a number 1-12: " + number);
    }
    months.push_back(MonthName{row.fields[0], month});
  }
  return months;
}

Error LexiconError(std::string_view file, const LexiconRow& row, std::string_view why) {
  std::string message(file);
  message.append(":").append(std::to_string(row.line)).append(": ").append(why);
  return Error(ErrorCode::kBadLexicon, message);
}

void BadRow(std::string_view file, const LexiconRow& row, std::string_view why) {
  throw LexiconError(file, row, why);
}

std::vector<std::string> EmbeddedLexiconNames() {
  std::vector<std::string> names;
  for (const auto& entry : embedded::Files()) names.emplace_back(entry.first);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace mizan
