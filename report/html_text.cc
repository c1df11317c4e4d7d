// Text of the HTML page: untrusted text escaped (EscapeHtml, html_report.h), byte spans made
// safe to cut, fixed decimals.
#include <algorithm>
#include <cstdio>
#include <string>

#include "report/html_parts.h"

namespace mizan {
namespace {

// Decodes one code point at `i`; returns its length, or 0 for an invalid sequence.
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) { *cp = c; return 1; }
  size_t len = 0;
  char32_t v = 0;
  if ((c & 0xE0) == 0xC0) { len = 2; v = c & 0x1F; }
  else if ((c & 0xF0) == 0xE0) { len = 3; v = c & 0x0F; }
  else if ((c & 0xF8) == 0xF0) { len = 4; v = c & 0x07; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    v = (v << 6) | (b(i + k) & 0x3F);
  }
  // Overlong forms and surrogates are as dangerous as stray bytes: reject them too.
  if ((len == 2 && v < 0x80) || (len == 3 && v < 0x800) || (len == 4 && v < 0x10000) ||
      v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
    return 0;
  }
  *cp = v;
  return len;
}

// The name of a bidi control, or nullptr when `cp` is not one.
const char* BidiName(char32_t cp) {
  switch (cp) {
    case 0x061C: return "ALM";
    case 0x200E: return "LRM";
    case 0x200F: return "RLM";
    case 0x202A: return "LRE";
    case 0x202B: return "RLE";
    case 0x202C: return "PDF";
    case 0x202D: return "LRO";
    case 0x202E: return "RLO";
    case 0x2066: return "LRI";
    case 0x2067: return "RLI";
    case 0x2068: return "FSI";
    case 0x2069: return "PDI";
    default: return nullptr;
  }
}

void AppendMarker(std::string& out, const std::string& label, const std::string& tip,
                  bool in_attribute) {
  if (in_attribute) {
    out += "\xE2\x9F\xA8" + label + "\xE2\x9F\xA9";  // ⟨label⟩
    return;
  }
  // dir="ltr" makes the marker its own isolate, so it cannot reorder its neighbours.
  out += "<span class=\"ctl\" dir=\"ltr\" title=\"" + tip + "\">\xE2\x9F\xA8" + label +
         "\xE2\x9F\xA9</span>";
}

}  // namespace

namespace html {

void AppendEscaped(std::string& out, std::string_view text, bool in_attribute) {
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    size_t len = DecodeUtf8(text, i, &cp);
    if (len == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\n':
      case '\t':
        out += static_cast<char>(cp);
        break;
      case '\r':
        break;  // CRLF texts: the LF keeps the line break
      default:
        if (const char* name = BidiName(cp)) {
          char tip[64];
          std::snprintf(tip, sizeof tip, "bidi control U+%04X %s", static_cast<unsigned>(cp),
                        name);
          AppendMarker(out, name, tip, in_attribute);
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
          char label[16];
          std::snprintf(label, sizeof label, "U+%04X", static_cast<unsigned>(cp));
          AppendMarker(out, label, "control character", in_attribute);
        } else {
          out.append(text.substr(i, len));
        }
    }
    i += len;
  }
}

ByteSpan SafeSpan(const std::string& text, ByteSpan span) {
  const uint32_t size = static_cast<uint32_t>(text.size());
  uint32_t begin = std::min(span.begin, size);
  uint32_t end = std::min(std::max(span.end, begin), size);
  const auto continuation = [&](uint32_t k) {
    return k < size && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80;
  };
  while (begin > 0 && continuation(begin)) --begin;
  while (end < size && continuation(end)) ++end;
  return ByteSpan{begin, end};
}

std::string Fixed(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

}  // namespace html

std::string EscapeHtml(std::string_view text, bool in_attribute) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  html::AppendEscaped(out, text, in_attribute);
  return out;
}

}  // namespace mizan
