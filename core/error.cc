#include "core/error.h"

#include <array>

namespace mizan {
namespace {

struct ErrorInfo {
  std::string_view id;
  std::string_view message;
};

// Indexed by ErrorCode; keep in the enum's order.
constexpr std::array<ErrorInfo, 19> kErrors = {{
    {"ok", "no error"},
    {"unreadable_file", "the file could not be opened or read; it was skipped"},
    {"invalid_utf8",
     "the text is not valid UTF-8; each ill-formed sequence was replaced by U+FFFD"},
    {"nul_byte", "the article contains a NUL byte (binary data?); it was skipped"},
    {"empty_article", "the article has no text; nothing was extracted from it"},
    {"article_too_large", "the article is larger than --max-article-bytes; it was skipped"},
    {"malformed_json", "the line is not valid JSON; it was skipped"},
    {"missing_field", "a required field is missing; the item was skipped"},
    {"bad_field_type", "a field has the wrong JSON type"},
    {"bad_date", "the date is not an ISO 8601 calendar date (YYYY-MM-DD)"},
    {"bidi_control", "bidi control characters inside a number were removed"},
    {"duplicate_id", "the id was already used; a suffix was added"},
    {"usage", "bad command line"},
    {"bad_lexicon", "a lexicon file is malformed"},
    {"internal", "internal error: please report it"},
    {"bad_field_value", "a field has a value it cannot take"},
    {"number_out_of_range", "a number is out of range for a double; it was read as absent"},
    {"empty_input", "the input holds no data"},
    {"unwritable_file", "an output could not be written"},
}};
static_assert(kErrors.size() == static_cast<size_t>(ErrorCode::kUnwritableFile) + 1,
              "kErrors must list every ErrorCode, in order");

}  // namespace

std::string_view ErrorId(ErrorCode code) { return kErrors[static_cast<size_t>(code)].id; }
std::string_view ErrorMessage(ErrorCode code) {
  return kErrors[static_cast<size_t>(code)].message;
}
std::string_view ToString(Severity severity) {
  return severity == Severity::kError ? "error" : "warning";
}

std::string Diagnostic::ToString() const {
  std::string out = file.empty() ? "<input>" : file;
  // Appended piecewise: GCC 12 warns falsely (-Wrestrict, bug 105329) on "x" + string&&.
  if (line > 0) out.append(":").append(std::to_string(line));
  if (column > 0) out.append(":").append(std::to_string(column));
  out += ": ";
  out += mizan::ToString(severity);
  out += ": ";
  out += ErrorId(code);
  out += ": ";
  out += detail.empty() ? std::string(ErrorMessage(code)) : detail;
  if (!doc.empty()) out += " (article " + doc + ")";
  return out;
}

Error::Error(ErrorCode code, const std::string& what)
    : std::runtime_error(what), code_(code), message_(what) {}

void Error::AddContext(std::string_view context) {
  message_ += "\n  ";
  message_ += context;
}

}  // namespace mizan
