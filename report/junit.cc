#include "report/junit.h"

namespace mizan {

std::string EscapeXml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        // XML 1.0 allows only tab, LF and CR below 0x20; a stray control would make the
        // whole report unreadable to the CI system.
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += "\xEF\xBF\xBD";
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

std::string JUnitXml(const CheckResult& result, std::string_view suite_name) {
  const std::string tests = std::to_string(result.cases.size());
  const std::string failures = std::to_string(result.Failures());
  const std::string suite = EscapeXml(suite_name);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<testsuites name=\"" + suite + "\" tests=\"" + tests + "\" failures=\"" + failures +
         "\" errors=\"0\">\n";
  out += "  <testsuite name=\"" + suite + "\" tests=\"" + tests + "\" failures=\"" + failures +
         "\" errors=\"0\" skipped=\"0\">\n";
  for (const CheckCase& c : result.cases) {
    out += "    <testcase classname=\"" + EscapeXml(c.group) + "\" name=\"" + EscapeXml(c.name) +
           "\"";
    if (c.passed) {
      out += "/>\n";
      continue;
    }
    const std::string first = c.failures.empty() ? "failed" : c.failures.front();
    std::string body;
    for (const std::string& f : c.failures) body += f + "\n";
    out += ">\n      <failure message=\"" + EscapeXml(first) + "\" type=\"expectation\">" +
           EscapeXml(body) + "</failure>\n    </testcase>\n";
  }
  out += "  </testsuite>\n</testsuites>\n";
  return out;
}

}  // namespace mizan
