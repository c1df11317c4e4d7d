// JUnit XML for `mizan check`: one <testcase> per expectation, a <failure> with the
// expected and actual values for each failed one, as CI systems (GitLab, Jenkins, GitHub
// test reporters) display them.
//
//   CheckResult r = RunCheck(report, expect);
//   std::string xml = JUnitXml(r, "mizan check seeds");
//   // <testsuites tests="24" failures="1"><testsuite name="mizan check seeds" ...>
#pragma once

#include <string>
#include <string_view>

#include "report/check.h"

namespace mizan {

// The whole document, UTF-8, deterministic (no timestamps, no host names). Text is
// escaped for XML and characters XML 1.0 forbids (most C0 controls) become U+FFFD.
std::string JUnitXml(const CheckResult& result, std::string_view suite_name);

// Escapes & < > " ' and replaces characters XML 1.0 cannot carry.
std::string EscapeXml(std::string_view text);

}  // namespace mizan
