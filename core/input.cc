#include "core/input.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

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

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

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

struct Reader {
  const InputOptions& options;
  ReadResult& result;
  std::map<std::string, int> id_counts;

  void Add(const std::string& file, uint32_t line, uint64_t file_offset, Document doc,
           std::string_view file_content) {
    ++result.inputs_seen;
    const TextCheck check = CheckArticleText(doc.text, options.max_article_bytes);
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
      } else if (check.code == ErrorCode::kInvalidUtf8) {
        d.detail = "invalid UTF-8 at byte " + std::to_string(check.offset) +
                   " of the article text; it was skipped";
      }
      result.diagnostics.push_back(std::move(d));
      if (check.code != ErrorCode::kEmptyArticle) return;
    }
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

  // One JSONL record. Returns false (after a diagnostic) when it cannot be used.
  void ReadJsonLine(const std::string& path, uint32_t line, uint64_t offset,
                    std::string_view text, std::string_view content) {
    auto diagnose = [&](ErrorCode code, Severity severity, uint64_t at, std::string detail,
                        std::string doc_id = "") {
      result.diagnostics.push_back(Diagnostic{
          .file = path, .line = line, .column = static_cast<uint32_t>(at - offset + 1),
          .byte_offset = at, .doc = std::move(doc_id), .code = code, .severity = severity,
          .detail = std::move(detail)});
    };
    if (text.size() > options.max_article_bytes + 4096) {
      ++result.inputs_seen;
      diagnose(ErrorCode::kArticleTooLarge, Severity::kError, offset,
               "the line has " + std::to_string(text.size()) +
                   " bytes, more than the article limit of " +
                   std::to_string(options.max_article_bytes) + "; it was skipped");
      return;
    }
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
      // parse_error carries the byte; out_of_range (a number like 1E999 that overflows a
      // double) does not, so it points at the line's start.
      ++result.inputs_seen;
      const auto* syntax = dynamic_cast<const nlohmann::json::parse_error*>(&e);
      const uint64_t byte = syntax != nullptr && syntax->byte > 0 ? syntax->byte - 1 : 0;
      const bool utf8 = std::string_view(e.what()).find("UTF-8") != std::string_view::npos;
      diagnose(utf8 ? ErrorCode::kInvalidUtf8 : ErrorCode::kMalformedJson, Severity::kError,
               offset + std::min<uint64_t>(byte, text.size()),
               std::string(utf8 ? "invalid UTF-8 in the JSON line: " : "malformed JSON: ") +
                   e.what() + "; the line was skipped");
      return;
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
        diagnose(ErrorCode::kMissingField, Severity::kError, offset,
                 std::string("required field \"") + field + "\" is missing; the line was skipped",
                 j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : "");
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
      diagnose(ErrorCode::kBadFieldType, Severity::kError, offset,
               "\"id\" must be a string or an integer; the line was skipped");
      return;
    }
    if (!j["text"].is_string()) {
      ++result.inputs_seen;
      diagnose(ErrorCode::kBadFieldType, Severity::kError, offset,
               "\"text\" must be a string; the line was skipped", doc.id);
      return;
    }
    doc.text = j["text"].get<std::string>();
    for (auto [key, target] : {std::pair{"outlet", &doc.outlet}, std::pair{"url", &doc.url},
                               std::pair{"title", &doc.title},
                               std::pair{"language", &doc.language},
                               std::pair{"published", &doc.published}}) {
      if (!j.contains(key) || j[key].is_null()) continue;
      if (!j[key].is_string()) {
        diagnose(ErrorCode::kBadFieldType, Severity::kWarning, offset,
                 std::string("\"") + key + "\" must be a string; it was ignored", doc.id);
        continue;
      }
      *target = j[key].get<std::string>();
    }
    CheckDate(doc, path, line, offset);
    // nlohmann has already rejected invalid UTF-8 in the JSON, so the text is valid here;
    // offsets are into the decoded "text" string.
    Add(path, line, offset, std::move(doc), content);
  }

  void CheckDate(Document& doc, const std::string& path, uint32_t line, uint64_t offset) {
    if (doc.published.empty()) return;
    const std::string& p = doc.published;
    auto digits = [&](size_t from, size_t n) {
      for (size_t i = from; i < from + n; ++i) {
        if (i >= p.size() || p[i] < '0' || p[i] > '9') return false;
      }
      return true;
    };
    const bool ok = p.size() >= 10 && digits(0, 4) && p[4] == '-' && digits(5, 2) &&
                    p[7] == '-' && digits(8, 2) && (p.size() == 10 || p[10] == 'T' || p[10] == ' ');
    if (ok) {
      doc.published = p.substr(0, 10);
      return;
    }
    result.diagnostics.push_back(Diagnostic{
        .file = path, .line = line, .column = 0, .byte_offset = offset, .doc = doc.id,
        .code = ErrorCode::kBadDate, .severity = Severity::kWarning,
        .detail = "\"published\": \"" + p + "\" is not an ISO 8601 date; it was ignored"});
    doc.published.clear();
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
      ReadContent(path, std::move(content));
      return;
    }
    std::error_code error;
    if (fs::is_directory(path, error)) {
      std::vector<std::string> files;
      for (const auto& entry : fs::recursive_directory_iterator(path, error)) {
        const auto ext = entry.path().extension();
        if (entry.is_regular_file() && (ext == ".txt" || ext == ".jsonl")) {
          files.push_back(entry.path().string());
        }
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

  // Manifest: JSON array or JSONL of {"id" | "file", "outlet", "published", ...}. Fields
  // fill only what the article itself did not say.
  void ApplyManifest() {
    if (options.manifest.empty()) return;
    std::ifstream in(options.manifest, std::ios::binary);
    if (!in) {
      result.diagnostics.push_back(Diagnostic{
          .file = options.manifest, .code = ErrorCode::kUnreadableFile,
          .detail = "cannot open manifest " + options.manifest + "; metadata not applied"});
      return;
    }
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::pair<uint32_t, nlohmann::json>> entries;
    try {
      nlohmann::json whole = nlohmann::json::parse(content);
      if (whole.is_array()) {
        for (auto& e : whole) entries.emplace_back(0, e);
      } else {
        entries.emplace_back(1, whole);
      }
    } catch (const nlohmann::json::exception&) {
      uint32_t line = 0;
      std::istringstream lines(content);
      std::string text;
      while (std::getline(lines, text)) {
        ++line;
        if (IsBlank(text)) continue;
        try {
          entries.emplace_back(line, nlohmann::json::parse(text));
        } catch (const nlohmann::json::exception& e) {
          result.diagnostics.push_back(Diagnostic{
              .file = options.manifest, .line = line, .code = ErrorCode::kMalformedJson,
              .detail = std::string("malformed manifest line: ") + e.what()});
        }
      }
    }
    std::map<std::string, nlohmann::json> by_key;
    for (auto& [line, e] : entries) {
      if (!e.is_object()) continue;
      std::string key;
      if (e.contains("id") && e["id"].is_string()) key = e["id"].get<std::string>();
      else if (e.contains("file") && e["file"].is_string())
        key = fs::path(e["file"].get<std::string>()).stem().string();
      if (key.empty()) {
        result.diagnostics.push_back(Diagnostic{
            .file = options.manifest, .line = line, .code = ErrorCode::kMissingField,
            .severity = Severity::kWarning,
            .detail = "manifest entry has neither \"id\" nor \"file\"; ignored"});
        continue;
      }
      by_key[key] = e;
    }
    for (Document& doc : result.documents) {
      auto it = by_key.find(doc.id);
      if (it == by_key.end()) continue;
      const nlohmann::json& e = it->second;
      for (auto [key, target] : {std::pair{"outlet", &doc.outlet}, std::pair{"url", &doc.url},
                                 std::pair{"title", &doc.title},
                                 std::pair{"language", &doc.language},
                                 std::pair{"published", &doc.published}}) {
        if (e.contains(key) && e[key].is_string() && target->empty()) {
          *target = e[key].get<std::string>();
        }
      }
      // The manifest's language overrides a guess made from the script.
      if (e.contains("language") && e["language"].is_string()) {
        doc.language = e["language"].get<std::string>();
      }
      CheckDate(doc, options.manifest, 0, 0);
    }
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
