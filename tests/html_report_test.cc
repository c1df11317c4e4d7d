// The editor's HTML and Markdown reports and the progress line, on a hand-built batch.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "core/number_format.h"
#include "report/html_report.h"
#include "report/markdown_report.h"
#include "report/progress.h"
#include "report_test_data.h"

namespace mizan {
namespace {

bool ValidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

TEST_CASE("EscapeHtml escapes markup and makes bidi controls visible", "[html]") {
  CHECK(EscapeHtml("<script>a&b</script>\"'") ==
        "&lt;script&gt;a&amp;b&lt;/script&gt;&quot;&#39;");
  const std::string rlo = EscapeHtml("1\xE2\x80\xAE" "500");
  CHECK(rlo.find("\xE2\x80\xAE") == std::string::npos);
  CHECK(rlo.find("\xE2\x9F\xA8RLO\xE2\x9F\xA9") != std::string::npos);
  CHECK(rlo.find("<span class=\"ctl\"") != std::string::npos);
  // Every bidi control of the list, in an attribute: marker text, no tag, no raw control.
  for (const char* ctl : {"\xD8\x9C", "\xE2\x80\x8E", "\xE2\x80\x8F", "\xE2\x80\xAA",
                          "\xE2\x80\xAB", "\xE2\x80\xAC", "\xE2\x80\xAD", "\xE2\x80\xAE",
                          "\xE2\x81\xA6", "\xE2\x81\xA7", "\xE2\x81\xA8", "\xE2\x81\xA9"}) {
    const std::string attr = EscapeHtml(std::string("x") + ctl + "y", true);
    CHECK(attr.find(ctl) == std::string::npos);
    CHECK(attr.find('<') == std::string::npos);
    CHECK(attr.find("\xE2\x9F\xA8") != std::string::npos);
  }
  CHECK(EscapeHtml("a\x01" "b").find("U+0001") != std::string::npos);
  CHECK(EscapeHtml("\xFF\xC3") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(EscapeHtml("عشرة آلاف") == "عشرة آلاف");
}

TEST_CASE("FormatNumber and FormatValue", "[html]") {
  constexpr NumberStyle kGrouped = NumberStyle::kGrouped;  // the style the reports use
  CHECK(FormatNumber(1500, kGrouped) == "1,500");
  CHECK(FormatNumber(650000, kGrouped) == "650,000");
  CHECK(FormatNumber(-12, kGrouped) == "-12");
  CHECK(FormatNumber(0.25, kGrouped) == "0.25");
  CHECK(FormatNumber(11.88, kGrouped) == "11.88");
  CHECK(FormatNumber(12.5, kGrouped) == "12.5");
  CHECK(FormatNumber(4471.9123, kGrouped) == "4,472");         // soft estimates: no false precision
  CHECK(FormatNumber(4472135.7314, kGrouped) == "4,472,136");  // never scientific below 1e15
  CHECK(FormatValue({10000.0, 12000.0, Qualifier::kRange}) == "10,000\xE2\x80\x93" "12,000");
  CHECK(FormatValue({1500.0, std::nullopt, Qualifier::kMoreThan}) == "> 1,500");
  CHECK(FormatValue({std::nullopt, 30.0, Qualifier::kAtMost}) == "\xE2\x89\xA4 30");
}

TEST_CASE("HTML report highlights every claim and keeps hostile text inert", "[html]") {
  const testing::SampleBatch batch = testing::MakeSampleBatch();
  const std::string html = RenderHtmlReport(batch.Input());
  REQUIRE(ValidUtf8(html));
  // One highlight element per claim, each with its hover card.
  CHECK(testing::CountOccurrences(html, "<span class=\"claim ") == 5);
  CHECK(testing::CountOccurrences(html, "class=\"tip\"") == 5);
  // Confidence colours: 0.85 -> c4, 0.7 -> c3, 0.5 -> c2, 0.3 -> c1, 0.1 -> c0.
  for (const char* cls : {"claim c4", "claim c3", "claim c2", "claim c1", "claim c0"}) {
    CHECK(testing::CountOccurrences(html, cls) == 1);
  }
  // No script anywhere; the article's script tag shows as text.
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<b>Outlet</b>") == std::string::npos);
  CHECK(html.find("&lt;b&gt;Outlet&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("reason for ar-1#1 &lt;i&gt;") != std::string::npos);
  CHECK(html.find("bad/&lt;x&gt;.jsonl:3:7") != std::string::npos);
  // The RLO inside a number is a visible marker, never a raw control.
  CHECK(html.find("\xE2\x80\xAE") == std::string::npos);
  CHECK(html.find("\xE2\x80\xAC") == std::string::npos);
  CHECK(testing::CountOccurrences(html, "\xE2\x9F\xA8RLO\xE2\x9F\xA9") >= 2);  // the text and the outlet
  CHECK(html.find("script-src 'none'") != std::string::npos);
  // Direction: the Arabic article is RTL, the English one LTR; values are LTR isolates.
  CHECK(html.find("<div class=\"text\" dir=\"rtl\" lang=\"ar\">") != std::string::npos);
  CHECK(html.find("<div class=\"text\" dir=\"ltr\" lang=\"en\">") != std::string::npos);
  CHECK(html.find("<bdi dir=\"ltr\" class=\"num\">10,000\xE2\x80\x93" "12,000</bdi>") !=
        std::string::npos);
  // A timeline with one glyph per claim and one glyph style per qualifier.
  CHECK(testing::CountOccurrences(html, "<svg class=\"timeline\"") == 1);
  CHECK(testing::CountOccurrences(html, "<g class=\"pt ") == 5);
  for (const char* q : {"q-approx", "q-more_than", "q-range", "q-at_least", "q-exact"}) {
    CHECK(html.find(q) != std::string::npos);
  }
  CHECK(html.find("log scale") == std::string::npos);  // 1,500..12,000 is within a decade
  CHECK(html.find("v-superseded\" data-claim=\"c1\" opacity=\"0.45\"") != std::string::npos);
  CHECK(html.find("class=\"contradicted\"") != std::string::npos);
  CHECK(html.find("class=\"consensus\"") != std::string::npos);
  // Summary cards.
  CHECK(html.find("<b>2</b>articles") != std::string::npos);
  CHECK(html.find("<b>5</b>claims") != std::string::npos);
  CHECK(html.find("<b>1</b>diagnostics") != std::string::npos);
  // Deterministic bytes.
  CHECK(RenderHtmlReport(batch.Input()) == html);
}

TEST_CASE("HTML report survives bad offsets, overlaps and a wide value range", "[html]") {
  testing::SampleBatch batch = testing::MakeSampleBatch();
  Extraction& x = batch.extractions[0];
  // Mid-code-point and out-of-range offsets: clamped and widened, never cut.
  x.mentions[0].span = ByteSpan{1, 5};
  x.mentions[2].span = ByteSpan{static_cast<uint32_t>(batch.documents[0].text.size() - 3), 100000};
  // An overlapping claim: gets a marker of its own.
  NumberMention overlap = x.mentions[1];
  overlap.value = NumericValue{150000.0, 150000.0, Qualifier::kExact};
  x.mentions.push_back(overlap);
  Claim c = x.claims[1];
  c.id = "ar-1#9";
  c.mention = static_cast<uint32_t>(x.mentions.size() - 1);
  x.claims.push_back(c);
  batch.score.slots[0].claims.push_back("ar-1#9");
  const std::string html = RenderHtmlReport(batch.Input());
  REQUIRE(ValidUtf8(html));
  CHECK(testing::CountOccurrences(html, "<span class=\"claim ") == 6);
  CHECK(testing::CountOccurrences(html, "claim cn extra") == 1);
  CHECK(html.find("log scale") != std::string::npos);  // 1,500..150,000 spans two decades
}

TEST_CASE("HTML report without scores or claims", "[html]") {
  const Document doc{.id = "d", .text = "nothing to see"};
  const std::string html = RenderHtmlReport(HtmlReportInput{.documents = {&doc, 1}});
  CHECK(html.find("nothing to see") != std::string::npos);
  CHECK(html.find("Extraction only") != std::string::npos);
  CHECK(html.find("<svg") == std::string::npos);
}

TEST_CASE("Markdown report: tables with inert cells", "[html][markdown]") {
  const testing::SampleBatch batch = testing::MakeSampleBatch();
  const std::string md = RenderMarkdownReport(batch.Input());
  CHECK(md.rfind("# Mizan confidence report\n", 0) == 0);
  CHECK(md.find("| 2 | 5 | 1 | 0 | 0 | 1 |") != std::string::npos);
  CHECK(md.find("| slot-nk | soldier | north\\_korea | deployed | evolution | 5 |") != std::string::npos);
  CHECK(md.find("<script") == std::string::npos);
  CHECK(md.find("\xE2\x80\xAE") == std::string::npos);
  CHECK(testing::CountOccurrences(md, "| ar-1\\#") == 3);
  CHECK(EscapeMarkdown("a|b\nc") == "a\\|b c");
  CHECK(RenderMarkdownReport(batch.Input()) == md);
}

TEST_CASE("Progress is silent off a terminal and draws a line on one", "[progress]") {
  CHECK(Progress::Line(3, 10, 40, 3.0) == "articles 3/10, claims 40, ~7 s left");
  CHECK(Progress::Line(10, 10, 99, 5.0) == "articles 10/10, claims 99");
  CHECK(Progress::Line(1, 1000, 5, 10.0) == "articles 1/1000, claims 5, ~167 min left");

  std::FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  {
    Progress quiet(10, ProgressOptions{.out = file});  // a file is not a terminal
    CHECK_FALSE(quiet.enabled());
    quiet.Update(5, 10);
    quiet.Finish();
  }
  CHECK(std::ftell(file) == 0);
  {
    Progress loud(2, ProgressOptions{.out = file, .enabled = 1});
    loud.Update(1, 7);
    loud.Update(1, 8);  // within 250 ms of the first: not drawn
    loud.Update(2, 9);  // the last article is always drawn
    loud.Finish();
  }
  std::rewind(file);
  std::string written(4096, '\0');
  written.resize(std::fread(written.data(), 1, written.size(), file));
  std::fclose(file);
  CHECK(written.find("articles 1/2, claims 7") != std::string::npos);
  CHECK(written.find("claims 8") == std::string::npos);
  CHECK(written.find("articles 2/2, claims 9") != std::string::npos);
  CHECK(written.back() == '\r');  // Finish() blanks the line and returns to its start
}

}  // namespace
}  // namespace mizan
