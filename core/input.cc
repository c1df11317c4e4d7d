#include "core/input.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

#include "core/civil_date.h"
#include "core/json_line.h"
#include "core/text.h"

namespace mizan {
namespace {

// Calls `visit(line, start, text)` for each line of `content`: 1-based line number, byte offset
// of the line's start, and its text without the newline (a CRLF's CR dropped too).
template <typename Visit>
void ForEachLine(std::string_view content, Visit&& visit) {
  size_t start = 0;
  uint32_t line = 0;
  while (start < content.size()) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view text = content.substr(start, end - start);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    visit(++line, start, text);
    start = end + 1;
  }
}

namespace fs = std::filesystem;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Where a byte of a file is, for diagnostics: line and column are 1-based.
struct Place {
  uint32_t line = 1;
  uint32_t column = 1;
};

Place PlaceOf(std::string_view content, size_t offset) {
  Place place;
  const size_t end = std::min(offset, content.size());
  for (size_t i = 0; i < end; ++i) {
    if (content[i] == '\n') {
      ++place.line;
      place.column = 1;
    } else {
      ++place.column;
    }
  }
  return place;
}

// The UTF-8 sequence that starts at bytes[i] (not ASCII): how many bytes it takes, and
// whether it is well-formed. An ill-formed one takes its maximal subpart (ICU's U8_NEXT,
// the same rule as ICU's converters). A sequence has at most 4 bytes, so a 4-byte window
// decodes it at any text size.
std::pair<size_t, bool> NextSequence(const uint8_t* bytes, size_t i, size_t size) {
  const auto window = static_cast<int32_t>(std::min<size_t>(4, size - i));
  int32_t k = 0;
  UChar32 c;
  U8_NEXT(bytes + i, k, window, c);
  return {static_cast<size_t>(k), c >= 0};
}

// Line and column of many offsets of one file, each in O(log lines).
class LineIndex {
 public:
  explicit LineIndex(std::string_view content) {
    starts_.push_back(0);
    for (size_t i = 0; i < content.size(); ++i) {
      if (content[i] == '\n') starts_.push_back(i + 1);
    }
  }
  Place At(size_t offset) const {
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    const size_t line = static_cast<size_t>(it - starts_.begin());  // >= 1
    return Place{static_cast<uint32_t>(line),
                 static_cast<uint32_t>(offset - starts_[line - 1] + 1)};
  }

 private:
  std::vector<size_t> starts_;
};

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

// The date part of an ISO 8601 date or timestamp ("2024-10-28", "2024-10-28T09:00Z"), or
// "" when the text is not a calendar date: 2025-13-45 and 2025-02-30 are not.
std::string CalendarDate(std::string_view p) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i) {
      if (i >= p.size() || p[i] < '0' || p[i] > '9') return false;
    }
    return true;
  };
  const bool shape = p.size() >= 10 && digits(0, 4) && p[4] == '-' && digits(5, 2) &&
                     p[7] == '-' && digits(8, 2) &&
                     (p.size() == 10 || p[10] == 'T' || p[10] == ' ');
  if (!shape || !ParseIsoDate(p.substr(0, 10))) return "";
  return std::string(p.substr(0, 10));
}

std::string BadDateDetail(const std::string& date) {
  return "\"published\": \"" + date +
         "\" is not an ISO 8601 calendar date (YYYY-MM-DD); it was ignored";
}

// Read by ReadJsonLine when a line without "text" looks like a manifest entry.
bool LooksLikeManifestEntry(const nlohmann::json& j) {
  if (j.contains("text")) return false;
  for (const char* key : {"file", "outlet", "published", "url", "title", "language"}) {
    if (j.contains(key)) return true;
  }
  return false;
}

constexpr std::string_view kManifestHint =
    "; hint: this looks like a manifest entry: pass the file with --manifest FILE (it is then "
    "not read as articles, even inside an article folder)";
constexpr std::string_view kStdinHint =
    "; hint: standard input (-) is read as JSONL, one {\"id\": ..., \"text\": ...} object per "
    "line: for plain text, one text per line, use --lines -, or save it as a .txt file";

// Bidi controls inside a digit run are removed by normalization; still worth a warning,
// since they are how a spoofed number ("1" U+202E "005") looks right and reads wrong.
size_t FindBidiInsideNumber(std::string_view text) {
  auto is_digit_byte_before = [&](size_t i) {
    return i > 0 && ((text[i - 1] >= '0' && text[i - 1] <= '9') ||
                     (i >= 2 && static_cast<uint8_t>(text[i - 2]) == 0xD9 &&
                      static_cast<uint8_t>(text[i - 1]) >= 0xA0 &&
                      static_cast<uint8_t>(text[i - 1]) <= 0xA9));
  };
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    const auto b0 = static_cast<uint8_t>(text[i]);
    const auto b1 = static_cast<uint8_t>(text[i + 1]);
    const auto b2 = static_cast<uint8_t>(text[i + 2]);
    const bool bidi = (b0 == 0xE2 && b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F ||
                                                    (b2 >= 0xAA && b2 <= 0xAE))) ||
                      (b0 == 0xE2 && b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9);
    if (bidi && is_digit_byte_before(i)) return i;
  }
  return std::string_view::npos;
}

// Diagnostics of one manifest file, placed by line and column.
class ManifestDiagnostics {
 public:
  ManifestDiagnostics(const std::string& name, const LineIndex& lines, ReadResult& result)
      : name_(name), lines_(lines), result_(result) {}
  void Add(ErrorCode code, Severity severity, size_t at, std::string detail,
           std::string field = "") const {
    const Place place = lines_.At(at);
    result_.diagnostics.push_back(Diagnostic{
        .file = name_, .line = place.line, .column = place.column, .byte_offset = at,
        .code = code, .severity = severity, .detail = std::move(detail),
        .field = std::move(field)});
  }
  uint32_t LineOf(size_t at) const { return lines_.At(at).line; }

 private:
  const std::string& name_;
  const LineIndex& lines_;
  ReadResult& result_;
};

struct ManifestEntry {
  size_t offset = 0;      // in the file
  std::string_view text;  // the entry's own bytes, to find its keys
  nlohmann::json value;   // null once found bad
};

// The entries of a manifest: the elements of a JSON array, one object, or one per JSONL
// line (a malformed line is an error and is skipped). Numbers out of range are warnings.
std::vector<ManifestEntry> ManifestEntries(std::string_view all, const ManifestDiagnostics& diag) {
  std::vector<ManifestEntry> entries;
  auto out_of_range = [&](const JsonParse& parsed, size_t base) {
    for (const OutOfRangeNumber& n : parsed.out_of_range) {
      diag.Add(ErrorCode::kNumberOutOfRange, Severity::kWarning, base + n.offset,
               "\"" + n.field + "\": the number " + n.text +
                   " is out of range for a double; it was ignored",
               n.field);
    }
  };
  JsonParse whole = ParseJson(all);
  if (whole.value.is_array()) {
    const std::vector<size_t> at = JsonArrayElementOffsets(all);
    for (size_t k = 0; k < whole.value.size(); ++k) {
      const size_t start = k < at.size() ? at[k] : 0;
      const size_t end = k + 1 < at.size() ? at[k + 1] : all.size();
      entries.push_back(
          ManifestEntry{start, all.substr(start, end - start), std::move(whole.value[k])});
    }
    out_of_range(whole, 0);
  } else if (whole.value.is_object()) {
    entries.push_back(ManifestEntry{0, all, std::move(whole.value)});
    out_of_range(whole, 0);
  } else {
    ForEachLine(all, [&](uint32_t, size_t start, std::string_view text) {
      if (IsBlank(text)) return;
      JsonParse parsed = ParseJson(text);
      if (parsed.value.is_discarded()) {
        diag.Add(ErrorCode::kMalformedJson, Severity::kError, start + parsed.error_offset,
                 "malformed manifest line: " + parsed.error + "; the entry was skipped");
        return;
      }
      out_of_range(parsed, start);
      entries.push_back(ManifestEntry{start, text, std::move(parsed.value)});
    });
  }
  return entries;
}

// Checks one entry's fields (a field of the wrong type is dropped, a bad date emptied) and
// returns the id it describes; "" when it has none or is no object (it is then nulled).
std::string CheckManifestEntry(ManifestEntry& entry, const ManifestDiagnostics& diag) {
  nlohmann::json& e = entry.value;
  auto key_at = [&](std::string_view key) {
    const size_t at = JsonKeyOffset(entry.text, key);
    return entry.offset + (at == std::string_view::npos ? 0 : at);
  };
  if (!e.is_object()) {
    diag.Add(ErrorCode::kBadFieldType, Severity::kError, entry.offset,
             "a manifest entry must be an object {\"id\" or \"file\", \"outlet\", "
             "\"published\", ...}; the entry was skipped");
    e = nullptr;
    return "";
  }
  for (const char* field : {"id", "file", "outlet", "url", "title", "language", "published"}) {
    if (e.contains(field) && !e[field].is_string() && !e[field].is_null()) {
      diag.Add(ErrorCode::kBadFieldType, Severity::kWarning, key_at(field),
               std::string("\"") + field + "\" must be a string; it was ignored", field);
      e.erase(field);
    }
  }
  if (e.contains("published") && e["published"].is_string()) {
    const std::string given = e["published"].get<std::string>();
    const std::string date = CalendarDate(given);
    if (date.empty() && !given.empty()) {
      diag.Add(ErrorCode::kBadDate, Severity::kWarning, key_at("published"),
               BadDateDetail(given), "published");
    }
    e["published"] = date;
  }
  std::string key;
  if (e.contains("id") && e["id"].is_string()) {
    key = e["id"].get<std::string>();
  } else if (e.contains("file") && e["file"].is_string()) {
    key = fs::path(e["file"].get<std::string>()).stem().string();
  }
  if (key.empty()) {
    diag.Add(ErrorCode::kMissingField, Severity::kError, entry.offset,
             "manifest entry has neither \"id\" nor \"file\"; the entry was skipped", "id");
    e = nullptr;
  }
  return key;
}

// Every entry checked, matched or not (a bad manifest is bad whatever is read with it):
// id -> index in entries, a later entry for an id replacing an earlier one.
std::map<std::string, size_t> IndexManifest(std::vector<ManifestEntry>& entries,
                                            const ManifestDiagnostics& diag) {
  std::map<std::string, size_t> by_key;
  for (size_t index = 0; index < entries.size(); ++index) {
    const std::string key = CheckManifestEntry(entries[index], diag);
    if (key.empty()) continue;
    const auto [it, fresh] = by_key.emplace(key, index);
    if (!fresh) {
      diag.Add(ErrorCode::kDuplicateId, Severity::kWarning, entries[index].offset,
               "manifest entry for \"" + key + "\" repeats the one on line " +
                   std::to_string(diag.LineOf(entries[it->second].offset)) +
                   "; this later one is used");
      it->second = index;
    }
  }
  return by_key;
}

// Fills each document's empty metadata from its entry (the entry's language always wins
// over the guess from the script); returns which entries a document took.
std::vector<bool> ApplyManifestEntries(const std::vector<ManifestEntry>& entries,
                                       const std::map<std::string, size_t>& by_key,
                                       std::vector<Document>& documents) {
  std::vector<bool> matched(entries.size(), false);
  for (Document& doc : documents) {
    auto it = by_key.find(doc.id);
    if (it == by_key.end()) continue;
    matched[it->second] = true;
    const nlohmann::json& e = entries[it->second].value;
    for (auto [key, target] : {std::pair{"outlet", &doc.outlet}, std::pair{"url", &doc.url},
                               std::pair{"title", &doc.title},
                               std::pair{"language", &doc.language},
                               std::pair{"published", &doc.published}}) {
      if (e.contains(key) && e[key].is_string() && target->empty()) {
        *target = e[key].get<std::string>();
      }
    }
    if (e.contains("language") && e["language"].is_string()) {
      doc.language = e["language"].get<std::string>();
    }
  }
  return matched;
}

// Manifest: JSON array or JSONL of {"id" | "file", "outlet", "published", ...}. See
// ApplyManifestContent in input.h for what each problem costs.
void ApplyManifestText(const std::string& name, std::string content, ReadResult& result) {
  // A BOM becomes JSON white space of the same length, so offsets stay those of the file.
  if (content.starts_with(kUtf8Bom)) content.replace(0, kUtf8Bom.size(), "   ");
  // Ill-formed UTF-8 becomes U+FFFD first: places after it are in the repaired text.
  const Utf8Repair repair = ReplaceInvalidUtf8(content);
  const LineIndex lines(content);
  const ManifestDiagnostics diag(name, lines, result);
  if (repair.replaced > 0) {
    diag.Add(ErrorCode::kInvalidUtf8, Severity::kWarning, repair.first_offset,
             std::to_string(repair.replaced) +
                 " ill-formed UTF-8 sequence(s) in the manifest replaced by U+FFFD");
  }
  std::vector<ManifestEntry> entries = ManifestEntries(content, diag);
  const std::map<std::string, size_t> by_key = IndexManifest(entries, diag);
  const std::vector<bool> matched = ApplyManifestEntries(entries, by_key, result.documents);

  // An entry that names a file no article came from, and that does not exist: the article
  // was moved or never copied, and its absence must not pass silently.
  const fs::path folder = fs::path(name).parent_path();
  for (const auto& [key, index] : by_key) {
    const nlohmann::json& e = entries[index].value;
    if (matched[index] || !e.contains("file") || !e["file"].is_string()) continue;
    const std::string file = e["file"].get<std::string>();
    std::error_code error;
    if (fs::exists(folder / file, error) || fs::exists(file, error)) continue;
    const size_t at = JsonKeyOffset(entries[index].text, "file");
    diag.Add(ErrorCode::kUnreadableFile, Severity::kError,
             entries[index].offset + (at == std::string_view::npos ? 0 : at),
             "the manifest names \"" + file + "\", which does not exist (looked in " +
                 (folder.empty() ? std::string(".") : folder.string()) +
                 " and the working directory) and is not among the articles read",
             "file");
  }
}

struct Reader {
  const InputOptions& options;
  ReadResult& result;
  std::map<std::string, int> id_counts;
  bool stdin_hint_given = false;           // the JSONL hint for plain text, given once
  std::set<std::string> manifest_hinted;   // files already told they look like a manifest

  void Add(const std::string& file, uint32_t line, uint64_t file_offset, Document doc,
           std::string_view file_content) {
    ++result.inputs_seen;
    TextCheck check = CheckArticleText(doc.text, options.max_article_bytes);
    std::optional<Diagnostic> repaired;
    if (check.code == ErrorCode::kInvalidUtf8) {
      // Kept with U+FFFD in place of each bad sequence, as ICU's converters do; the
      // offsets reported from here on are into the repaired text.
      const Utf8Repair repair = ReplaceInvalidUtf8(doc.text);
      Diagnostic d{.file = file, .doc = doc.id, .code = ErrorCode::kInvalidUtf8,
                   .severity = Severity::kWarning};
      d.byte_offset = file_offset + check.offset;
      const Place place = PlaceOf(file_content, d.byte_offset);
      d.line = line > 0 ? line : place.line;
      d.column = line > 0 ? static_cast<uint32_t>(check.offset + 1) : place.column;
      d.detail = std::to_string(repair.replaced) +
                 " ill-formed UTF-8 sequence(s) replaced by U+FFFD, the first at byte " +
                 std::to_string(check.offset) + " of the article; the rest was kept";
      repaired = std::move(d);
      check = CheckArticleText(doc.text, options.max_article_bytes);
    }
    if (check.code != ErrorCode::kOk) {
      Diagnostic d{.file = file, .doc = doc.id, .code = check.code};
      d.severity = check.code == ErrorCode::kEmptyArticle ? Severity::kWarning : Severity::kError;
      d.byte_offset = file_offset + check.offset;
      const Place place = PlaceOf(file_content, d.byte_offset);
      d.line = line > 0 ? line : place.line;
      d.column = line > 0 ? static_cast<uint32_t>(d.byte_offset - file_offset + 1) : place.column;
      d.detail = std::string(ErrorMessage(check.code));
      if (check.code == ErrorCode::kArticleTooLarge) {
        d.detail = "the article has " + std::to_string(doc.text.size()) +
                   " bytes, more than the limit of " +
                   std::to_string(options.max_article_bytes) +
                   " (--max-article-bytes); it was skipped";
      }
      result.diagnostics.push_back(std::move(d));
      if (check.code != ErrorCode::kEmptyArticle) return;
    }
    if (repaired) result.diagnostics.push_back(std::move(*repaired));
    if (const size_t at = FindBidiInsideNumber(doc.text); at != std::string_view::npos) {
      Diagnostic d{.file = file, .doc = doc.id, .code = ErrorCode::kBidiControl,
                   .severity = Severity::kWarning};
      d.byte_offset = file_offset + at;
      const Place place = PlaceOf(file_content, d.byte_offset);
      d.line = line > 0 ? line : place.line;
      d.column = line > 0 ? static_cast<uint32_t>(at + 1) : place.column;
      d.detail = "bidi control character inside a number at byte " + std::to_string(at) +
                 " of the article; removed before reading the number";
      result.diagnostics.push_back(std::move(d));
    }
    const int seen = ++id_counts[doc.id];
    if (seen > 1) {
      const std::string renamed = doc.id + "~" + std::to_string(seen);
      result.diagnostics.push_back(Diagnostic{
          .file = file, .line = line, .column = 0, .byte_offset = file_offset, .doc = doc.id,
          .code = ErrorCode::kDuplicateId, .severity = Severity::kWarning,
          .detail = "article id \"" + doc.id + "\" was already used; this one is \"" + renamed +
                    "\""});
      doc.id = renamed;
    }
    if (doc.language.empty()) doc.language = GuessLanguage(doc.text);
    result.documents.push_back(std::move(doc));
  }

  void ReadTxt(const std::string& path, std::string content) {
    Document doc;
    doc.file = path;
    doc.id = fs::path(path).stem().string();
    if (content.starts_with(kUtf8Bom)) content.erase(0, kUtf8Bom.size());
    doc.text = content;
    Add(path, 0, 0, std::move(doc), content);
  }

  // One JSONL record; a bad one becomes a diagnostic (naming the field at fault, with its
  // column) and is skipped, a bad optional field is ignored with a warning.
  void ReadJsonLine(const std::string& path, uint32_t line, uint64_t offset,
                    std::string_view text, std::string_view content) {
    auto diagnose = [&](ErrorCode code, Severity severity, uint64_t at, std::string detail,
                        std::string doc_id = "", std::string field = "") {
      result.diagnostics.push_back(Diagnostic{
          .file = path, .line = line, .column = static_cast<uint32_t>(at - offset + 1),
          .byte_offset = at, .doc = std::move(doc_id), .code = code, .severity = severity,
          .detail = std::move(detail), .field = std::move(field)});
    };
    // Where `key` is written on the line (its opening quote), else the line's start.
    auto key_at = [&](std::string_view key) -> uint64_t {
      const size_t at = JsonKeyOffset(text, key);
      return offset + (at == std::string_view::npos ? 0 : at);
    };
    if (text.size() > options.max_article_bytes + 4096) {
      ++result.inputs_seen;
      diagnose(ErrorCode::kArticleTooLarge, Severity::kError, offset,
               "the line has " + std::to_string(text.size()) +
                   " bytes, more than the article limit of " +
                   std::to_string(options.max_article_bytes) + "; it was skipped");
      return;
    }
    JsonParse parsed = ParseJson(text);
    // nlohmann refuses a whole line for one ill-formed UTF-8 byte: such a line is read
    // again with U+FFFD in place of each bad sequence, and offsets into its "text" count
    // the replacements. (Valid lines pay nothing: nlohmann checks UTF-8 as it parses.)
    std::string repaired_line;
    Utf8Repair repair;
    if (parsed.invalid_utf8) {
      repaired_line = std::string(text);
      repair = ReplaceInvalidUtf8(repaired_line);
      text = repaired_line;
      parsed = ParseJson(text);
    }
    const nlohmann::json& j = parsed.value;
    const std::string line_id =
        j.is_object() && j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>()
                                                                  : "";
    if (repair.replaced > 0) {
      diagnose(ErrorCode::kInvalidUtf8, Severity::kWarning, offset + repair.first_offset,
               std::to_string(repair.replaced) +
                   " ill-formed UTF-8 sequence(s) replaced by U+FFFD, the first at column " +
                   std::to_string(repair.first_offset + 1) + " of the line",
               line_id);
    }
    if (j.is_discarded()) {
      ++result.inputs_seen;
      std::string detail = std::string(parsed.invalid_utf8 ? "invalid UTF-8 in the JSON line: "
                                                           : "malformed JSON: ") +
                           parsed.error + "; the line was skipped";
      const size_t first = text.find_first_not_of(" \t");
      if (path == "-" && !stdin_hint_given && first != std::string_view::npos &&
          text[first] != '{') {
        detail += kStdinHint;
        stdin_hint_given = true;
      }
      diagnose(parsed.invalid_utf8 ? ErrorCode::kInvalidUtf8 : ErrorCode::kMalformedJson,
               Severity::kError, offset + parsed.error_offset, std::move(detail));
      return;
    }
    for (const OutOfRangeNumber& n : parsed.out_of_range) {
      diagnose(ErrorCode::kNumberOutOfRange, Severity::kWarning, offset + n.offset,
               (n.field.empty() ? std::string("a number") : "\"" + n.field + "\": the number") +
                   " " + n.text + " is out of range for a double; it was ignored",
               line_id, n.field);
    }
    if (!j.is_object()) {
      ++result.inputs_seen;
      diagnose(ErrorCode::kBadFieldType, Severity::kError, offset,
               "a JSONL article must be an object {\"id\", \"text\", ...}; the line was skipped");
      return;
    }
    for (const char* field : {"id", "text"}) {
      if (!j.contains(field)) {
        ++result.inputs_seen;
        std::string detail =
            std::string("required field \"") + field + "\" is missing; the line was skipped";
        if (LooksLikeManifestEntry(j) && manifest_hinted.insert(path).second) {
          detail += kManifestHint;
        }
        diagnose(ErrorCode::kMissingField, Severity::kError, offset, std::move(detail),
                 line_id, field);
        return;
      }
    }
    Document doc;
    doc.file = path;
    doc.file_line = static_cast<int>(line);
    if (j["id"].is_string()) {
      doc.id = j["id"].get<std::string>();
    } else if (j["id"].is_number_integer()) {
      doc.id = std::to_string(j["id"].get<long long>());
    } else {
      ++result.inputs_seen;
      diagnose(ErrorCode::kBadFieldType, Severity::kError, key_at("id"),
               "\"id\" must be a string or an integer; the line was skipped", "", "id");
      return;
    }
    if (!j["text"].is_string()) {
      ++result.inputs_seen;
      diagnose(ErrorCode::kBadFieldType, Severity::kError, key_at("text"),
               "\"text\" must be a string; the line was skipped", doc.id, "text");
      return;
    }
    doc.text = j["text"].get<std::string>();
    for (auto [key, target] : {std::pair{"outlet", &doc.outlet}, std::pair{"url", &doc.url},
                               std::pair{"title", &doc.title},
                               std::pair{"language", &doc.language},
                               std::pair{"published", &doc.published}}) {
      if (!j.contains(key) || j[key].is_null()) continue;
      if (!j[key].is_string()) {
        diagnose(ErrorCode::kBadFieldType, Severity::kWarning, key_at(key),
                 std::string("\"") + key + "\" must be a string; it was ignored", doc.id, key);
        continue;
      }
      *target = j[key].get<std::string>();
    }
    if (!doc.published.empty()) {
      const std::string date = CalendarDate(doc.published);
      if (date.empty()) {
        diagnose(ErrorCode::kBadDate, Severity::kWarning, key_at("published"),
                 BadDateDetail(doc.published), doc.id, "published");
      }
      doc.published = date;
    }
    // The text is valid UTF-8 here (repaired above, and nlohmann checks the JSON); offsets
    // are into the decoded "text" string.
    Add(path, line, offset, std::move(doc), content);
  }

  void ReadJsonl(const std::string& path, const std::string& content) {
    ForEachLine(content, [&](uint32_t line, size_t start, std::string_view text) {
      if (line == 1 && text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
      if (!IsBlank(text)) ReadJsonLine(path, line, start, text, content);
    });
  }

  void ReadLines(const std::string& path, const std::string& content) {
    ForEachLine(content, [&](uint32_t line, size_t start, std::string_view text) {
      Document doc;
      doc.file = path;
      doc.file_line = static_cast<int>(line);
      doc.id = "line-" + std::to_string(line);
      doc.text = std::string(text);
      if (IsBlank(text)) {
        ++result.inputs_seen;  // an empty line is an empty text, not an error
        result.documents.push_back(std::move(doc));
      } else {
        Add(path, line, start, std::move(doc), content);
      }
    });
  }

  void ReadContent(const std::string& path, std::string content) {
    if (options.lines_mode) {
      ReadLines(path, content);
    } else if (path == "-" || fs::path(path).extension() == ".jsonl") {
      ReadJsonl(path, content);
    } else {
      ReadTxt(path, std::move(content));
    }
  }

  void ReadPath(const std::string& path) {
    if (path == "-") {
      std::string content((std::istreambuf_iterator<char>(std::cin)),
                          std::istreambuf_iterator<char>());
      // An empty pipe is almost always an upstream failure; saying nothing would let
      // `producer | mizan score -` pass with no input at all.
      if (options.lines_mode ? content.empty() : IsBlank(content)) {
        ++result.inputs_seen;
        result.diagnostics.push_back(Diagnostic{
            .file = path, .code = ErrorCode::kEmptyInput, .severity = Severity::kError,
            .detail = "standard input is empty: there is nothing to read (did the command "
                      "before the pipe fail?)"});
        return;
      }
      ReadContent(path, std::move(content));
      return;
    }
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<std::string> files;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied,
                                          error);
      for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        const auto ext = it->path().extension();
        std::error_code file_error;
        if (!it->is_regular_file(file_error) || (ext != ".txt" && ext != ".jsonl")) continue;
        // The manifest kept beside its articles is metadata, not an article file.
        if (!options.manifest.empty() && fs::equivalent(it->path(), options.manifest, file_error)) {
          continue;
        }
        files.push_back(it->path().string());
      }
      if (error) {
        ++result.inputs_seen;
        result.diagnostics.push_back(Diagnostic{
            .file = path, .code = ErrorCode::kUnreadableFile, .severity = Severity::kError,
            .detail = "cannot read the whole folder " + path + ": " + error.message() +
                      "; the files found before it were read"});
      }
      if (files.empty() && !error) {
        ++result.inputs_seen;
        result.diagnostics.push_back(Diagnostic{
            .file = path, .code = ErrorCode::kEmptyInput, .severity = Severity::kError,
            .detail = "the folder " + path + " holds no .txt or .jsonl file"});
      }
      std::sort(files.begin(), files.end());
      for (const std::string& file : files) ReadPath(file);
      return;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      ++result.inputs_seen;
      result.diagnostics.push_back(Diagnostic{
          .file = path, .code = ErrorCode::kUnreadableFile, .severity = Severity::kError,
          .detail = "cannot open " + path + (fs::exists(path, error) ? "" : " (no such file)")});
      return;
    }
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
      ++result.inputs_seen;
      result.diagnostics.push_back(Diagnostic{.file = path, .code = ErrorCode::kUnreadableFile,
                                              .detail = "read error in " + path});
      return;
    }
    ReadContent(path, std::move(content));
  }

  void ApplyManifest() {
    if (options.manifest.empty()) return;
    std::ifstream in(options.manifest, std::ios::binary);
    std::error_code error;
    if (!in || fs::is_directory(options.manifest, error)) {
      result.diagnostics.push_back(Diagnostic{
          .file = options.manifest, .code = ErrorCode::kUnreadableFile,
          .severity = Severity::kError,
          .detail = "cannot open the manifest " + options.manifest +
                    (fs::exists(options.manifest, error) ? "" : " (no such file)") +
                    "; no metadata was applied",
          .field = "--manifest"});
      return;
    }
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    ApplyManifestContent(options.manifest, std::move(content), result);
  }
};


}  // namespace

TextCheck CheckArticleText(std::string_view text, size_t max_bytes) {
  if (text.size() > max_bytes) return {ErrorCode::kArticleTooLarge, 0};
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < length) {
    if (bytes[i] == 0) return {ErrorCode::kNulByte, static_cast<size_t>(i)};
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return {ErrorCode::kInvalidUtf8, static_cast<size_t>(at)};
  }
  if (IsBlank(text)) return {ErrorCode::kEmptyArticle, 0};
  return {};
}

Utf8Repair ReplaceInvalidUtf8(std::string& text) {
  Utf8Repair repair;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  std::string out;
  size_t copied = 0;  // text[copied, i) is still to be appended to out
  size_t i = 0;
  while (i < text.size()) {
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    const auto [length, ok] = NextSequence(bytes, i, text.size());
    if (!ok) {
      if (repair.replaced++ == 0) {
        repair.first_offset = i;
        out.reserve(text.size() + 16);
      }
      out.append(text, copied, i - copied);
      out += "\xEF\xBF\xBD";  // U+FFFD
      copied = i + length;
    }
    i += length;
  }
  if (repair.replaced > 0) {
    out.append(text, copied, std::string::npos);
    text = std::move(out);
  }
  return repair;
}

void ApplyManifestContent(const std::string& name, std::string content, ReadResult& result) {
  ApplyManifestText(name, std::move(content), result);
}

ReadResult ReadArticles(const std::vector<std::string>& paths, const InputOptions& options) {
  ReadResult result;
  Reader reader{options, result, {}};
  for (const std::string& path : paths) reader.ReadPath(path);
  reader.ApplyManifest();
  return result;
}

ReadResult ReadArticleContent(const std::string& name, std::string content,
                              const InputOptions& options) {
  ReadResult result;
  Reader reader{options, result, {}};
  reader.ReadContent(name, std::move(content));
  reader.ApplyManifest();
  return result;
}

}  // namespace mizan
