#include "core/json_line.h"

#include <cmath>
#include <cstdlib>

namespace mizan {
namespace {

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Index just past the string whose opening quote is text[i] (text.size() if unterminated).
size_t SkipString(std::string_view text, size_t i) {
  for (++i; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      return i + 1;
    }
  }
  return text.size();
}

// Length of the JSON number at text[i] (RFC 8259 grammar), 0 when there is none: only a
// token nlohmann would also read as a number may be replaced.
size_t NumberLength(std::string_view t, size_t i) {
  size_t j = i;
  if (j < t.size() && t[j] == '-') ++j;
  if (j >= t.size()) return 0;
  if (t[j] == '0') {
    ++j;
  } else if (t[j] >= '1' && t[j] <= '9') {
    while (j < t.size() && IsDigit(t[j])) ++j;
  } else {
    return 0;
  }
  if (j < t.size() && t[j] == '.') {
    size_t k = j + 1;
    while (k < t.size() && IsDigit(t[k])) ++k;
    if (k == j + 1) return 0;
    j = k;
  }
  if (j < t.size() && (t[j] == 'e' || t[j] == 'E')) {
    size_t k = j + 1;
    if (k < t.size() && (t[k] == '+' || t[k] == '-')) ++k;
    const size_t digits = k;
    while (k < t.size() && IsDigit(t[k])) ++k;
    if (k == digits) return 0;
    j = k;
  }
  return j - i;
}

// Every number of `text` that overflows a double, with the key that holds it. A light
// walk of the structure (strings skipped, objects and arrays stacked); on malformed JSON
// it may find too few, never a number inside a string.
std::vector<OutOfRangeNumber> FindOutOfRangeNumbers(std::string_view text) {
  struct Frame {
    bool object = false;
    bool expect_key = false;
    std::string_view key;
  };
  std::vector<Frame> frames;
  std::vector<OutOfRangeNumber> found;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '"') {
      const size_t end = SkipString(text, i);
      if (!frames.empty() && frames.back().object && frames.back().expect_key) {
        frames.back().key = text.substr(i + 1, end > i + 1 ? end - i - 2 : 0);
        frames.back().expect_key = false;
      }
      i = end;
      continue;
    }
    if (c == '{' || c == '[') {
      frames.push_back(Frame{c == '{', c == '{', {}});
    } else if ((c == '}' || c == ']') && !frames.empty()) {
      frames.pop_back();
    } else if (c == ',' && !frames.empty() && frames.back().object) {
      frames.back().expect_key = true;
    } else if (c == '-' || IsDigit(c)) {
      const size_t n = NumberLength(text, i);
      if (n == 0) {
        ++i;
        continue;
      }
      const std::string token(text.substr(i, n));
      if (std::isinf(std::strtod(token.c_str(), nullptr))) {
        std::string field;
        for (const Frame& f : frames) {
          if (f.object) {
            field = std::string(f.key);
            break;
          }
        }
        found.push_back(OutOfRangeNumber{std::move(field), i, token});
      }
      i += n;
      continue;
    }
    ++i;
  }
  return found;
}

JsonParse Discarded(const nlohmann::json::exception& e, size_t text_size) {
  JsonParse r;
  r.value = nlohmann::json(nlohmann::json::value_t::discarded);
  r.error = e.what();
  if (const auto* syntax = dynamic_cast<const nlohmann::json::parse_error*>(&e)) {
    r.error_offset = syntax->byte > 0 ? std::min<size_t>(syntax->byte - 1, text_size) : 0;
  }
  // nlohmann's own words, before the echo of the input ("; last read: ..."), which could
  // hold anything.
  const std::string_view own = std::string_view(r.error).substr(0, r.error.find("; last read"));
  r.invalid_utf8 = own.find("ill-formed UTF-8") != std::string_view::npos;
  return r;
}

}  // namespace

JsonParse ParseJson(std::string_view text) {
  try {
    JsonParse r;
    r.value = nlohmann::json::parse(text);
    return r;
  } catch (const nlohmann::json::out_of_range& e) {
    if (e.id != 406) return Discarded(e, text.size());
  } catch (const nlohmann::json::exception& e) {
    return Discarded(e, text.size());
  }
  // A number overflowed (nlohmann's out_of_range.406 stops the whole parse): read each
  // such number as null, padded with spaces so that every byte offset stays put.
  std::vector<OutOfRangeNumber> numbers = FindOutOfRangeNumbers(text);
  std::string repaired(text);
  for (const OutOfRangeNumber& n : numbers) {
    // A number that overflows has at least 5 characters ("1e309"), room for "null".
    repaired.replace(n.offset, n.text.size(), "null" + std::string(n.text.size() - 4, ' '));
  }
  try {
    JsonParse r;
    r.value = nlohmann::json::parse(repaired);
    r.out_of_range = std::move(numbers);
    return r;
  } catch (const nlohmann::json::exception& e) {
    return Discarded(e, text.size());
  }
}

namespace {

// Walks the top level of the container that `json` opens (after white space) with `open`
// ('{' or '['), calling member(i) at the first byte of each of its members: a key's opening
// quote in an object, an element's first byte in an array. member returns true to stop.
template <typename Member>
void ForEachMember(std::string_view json, char open, Member member) {
  size_t i = 0;
  while (i < json.size() && IsJsonSpace(json[i])) ++i;
  if (i >= json.size() || json[i] != open) return;
  int depth = 0;
  bool expect_member = false;
  while (i < json.size()) {
    const char c = json[i];
    if (expect_member && !IsJsonSpace(c)) {
      expect_member = false;
      if (c != '}' && c != ']' && member(i)) return;
    }
    if (c == '"') {
      i = SkipString(json, i);
      continue;
    }
    if (c == '{' || c == '[') {
      ++depth;
      expect_member = depth == 1;
    } else if (c == '}' || c == ']') {
      if (--depth <= 0) break;
    } else if (c == ',' && depth == 1) {
      expect_member = true;
    }
    ++i;
  }
}

}  // namespace

size_t JsonKeyOffset(std::string_view json, std::string_view key) {
  size_t found = std::string_view::npos;
  ForEachMember(json, '{', [&](size_t i) {
    if (json[i] != '"') return false;
    const size_t end = SkipString(json, i);
    if (end >= i + 2 && json.substr(i + 1, end - i - 2) == key) found = i;
    return found != std::string_view::npos;
  });
  return found;
}

std::vector<size_t> JsonArrayElementOffsets(std::string_view json) {
  std::vector<size_t> offsets;
  ForEachMember(json, '[', [&](size_t i) {
    offsets.push_back(i);
    return false;
  });
  return offsets;
}

}  // namespace mizan
