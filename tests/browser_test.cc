// The HTML report in a real browser (headless Chromium): the seeds through the real
// pipeline plus a malicious fixture, rendered, loaded, its DOM dumped and checked, and a
// screenshot saved (MIZAN_SCREENSHOT_DIR, else the build directory) for a person to judge.
// Skipped with a warning when /usr/bin/chromium is not installed.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/extract.h"
#include "core/input.h"
#include "report/html_report.h"
#include "scoring/score.h"
#include "report_test_data.h"
#include "tests/scratch_dir.h"

namespace mizan {
namespace {

namespace fs = std::filesystem;

constexpr const char* kChromium = "/usr/bin/chromium";

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs Chromium once on `page` with a fresh profile; `mode` is "--dump-dom" or
// "--screenshot=PATH". Returns the exit status; stdout and stderr go to the given files.
int RunChromium(const fs::path& work, const fs::path& page, const std::string& mode,
                const fs::path& out, const fs::path& err) {
  static int run = 0;
  const fs::path profile = work / ("profile-" + std::to_string(run++));
  fs::remove_all(profile);
  const std::string command =
      std::string("timeout 120 ") + kChromium +
      " --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
      " --disable-component-update --disable-sync --disable-extensions --hide-scrollbars"
      " --enable-logging=stderr --v=0 --virtual-time-budget=2000 --window-size=1280,2400"
      " --user-data-dir='" + profile.string() + "' " + mode + " 'file://" + page.string() +
      "' > '" + out.string() + "' 2> '" + err.string() + "'";
  const int status = std::system(command.c_str());
  fs::remove_all(profile);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST_CASE("HTML report of the seeds renders in headless Chromium", "[browser]") {
  if (!fs::exists(kChromium)) {
    WARN("chromium is not installed (" << kChromium << "): browser test skipped");
    return;
  }
  // The batch: every seed article (with its manifest dates, so timelines have a time axis),
  // plus the malicious fixture with a hostile outlet name and title.
  InputOptions input;
  input.manifest = std::string(MIZAN_FIXTURES_DIR) + "/manifest.jsonl";
  std::vector<Document> documents =
      ReadArticles({std::string(MIZAN_FIXTURES_DIR) + "/articles"}, input).documents;
  const fs::path malicious = fs::path(MIZAN_FIXTURES_DIR) / "bad/malicious_script.txt";
  documents.push_back(Document{.id = malicious.stem().string(), .file = malicious.string(),
                               .text = ReadAll(malicious)});
  documents.back().outlet = "<script>document.title='PWNED-OUTLET'</script>\xE2\x80\xAE" "Evil";
  documents.back().title = "<img src=x onerror=\"document.title='PWNED-TITLE'\">";

  const Lexicons& lexicons = Lexicons::Default();
  std::vector<Extraction> extractions;
  std::vector<CopyFingerprint> prints;
  size_t claims = 0;
  for (const Document& doc : documents) {
    AnalyzedText analyzed;
    extractions.push_back(ExtractDocument(doc, lexicons, &analyzed));
    prints.push_back(FingerprintDocument(extractions.back(), analyzed));
    claims += extractions.back().claims.size();
  }
  const std::vector<CopyGroup> copies = FindCopies(prints, CopyOptions{});
  const ScoreInput score_input = MakeScoreInput(documents, extractions, copies);
  const ScoreReport score = Score(score_input, ScoreOptions{});
  const std::string html = RenderHtmlReport(HtmlReportInput{
      .documents = documents, .extractions = extractions, .score = &score, .copies = copies});

  const fs::path work = testing::ScratchDir("mizan_browser_test");
  fs::remove_all(work);
  fs::create_directories(work);
  const fs::path page = work / "report.html";
  std::ofstream(page, std::ios::binary) << html;

  const fs::path dom_path = work / "dom.html", log_path = work / "chromium.log";
  REQUIRE(RunChromium(work, page, "--dump-dom", dom_path, log_path) == 0);
  const std::string dom = ReadAll(dom_path);
  const std::string log = ReadAll(log_path);
  INFO("chromium stderr:\n" << log.substr(0, 4000));
  REQUIRE(dom.find("<html") != std::string::npos);

  // Every claim is highlighted, with its hover card.
  CHECK(testing::CountOccurrences(dom, "<span class=\"claim ") == claims);
  CHECK(testing::CountOccurrences(dom, "class=\"tip\"") == claims);
  if (claims == 0) WARN("extraction found no claims yet: highlight count checked as 0");

  // One SVG timeline per slot with a dated figure, and the North Korean troops slot drawn.
  const size_t undrawn = testing::CountOccurrences(dom, "No dated figure to draw.");
  CHECK(testing::CountOccurrences(dom, "<svg class=\"timeline\"") + undrawn ==
        score.slots.size());
  const auto nk = std::find_if(score.slots.begin(), score.slots.end(), [](const SlotReport& s) {
    return s.unit == "soldier" && s.subject == "north_korea" &&
           (s.predicate == "deployed" || s.predicate.empty());
  });
  if (score.slots.empty()) {
    WARN("scoring produced no slots yet: no timeline to check");
  } else if (nk == score.slots.end()) {
    FAIL_CHECK("no slot for North Korean soldiers deployed");
  } else {
    // One timeline's opening tag carries the slot id.
    const std::string attribute = "data-slot=\"" + EscapeHtml(nk->id, true) + "\"";
    bool drawn = false;
    for (size_t at = dom.find("<svg class=\"timeline\""); at != std::string::npos;
         at = dom.find("<svg class=\"timeline\"", at + 1)) {
      const std::string tag = dom.substr(at, dom.find('>', at) - at);
      drawn = drawn || tag.find(attribute) != std::string::npos;
    }
    CHECK(drawn);
  }

  // Nothing from the article or its metadata ran or became markup.
  CHECK(dom.find("<title>Mizan confidence report</title>") != std::string::npos);
  CHECK(dom.find("PWNED</title>") == std::string::npos);
  CHECK(dom.find("data-pwned=\"1\"") == std::string::npos);
  CHECK(dom.find("<script") == std::string::npos);
  CHECK(dom.find("<img") == std::string::npos);
  CHECK(dom.find("<svg onload") == std::string::npos);
  CHECK(dom.find("&lt;script&gt;document.title='PWNED';") != std::string::npos);
  CHECK(dom.find("&lt;script&gt;document.title='PWNED-OUTLET'&lt;/script&gt;") != std::string::npos);
  CHECK(dom.find("&lt;img src=x onerror=\"document.title='PWNED-IMG'\"&gt;") != std::string::npos);
  // Bidi overrides are visible markers, never live controls.
  CHECK(dom.find("\xE2\x80\xAE") == std::string::npos);
  CHECK(dom.find("\xE2\x81\xA6") == std::string::npos);
  CHECK(testing::CountOccurrences(dom, "\xE2\x9F\xA8RLO\xE2\x9F\xA9") >= 2);
  CHECK(dom.find("\xE2\x9F\xA8LRI\xE2\x9F\xA9") != std::string::npos);
  // No console errors, CSP refusals or uncaught exceptions from the page.
  CHECK(log.find("Uncaught") == std::string::npos);
  CHECK(log.find("Refused to") == std::string::npos);
  CHECK(log.find(":CONSOLE") == std::string::npos);

  // A screenshot for a person to look at.
  fs::path shots;
  if (const char* dir = std::getenv("MIZAN_SCREENSHOT_DIR"); dir != nullptr && *dir) {
    shots = dir;
  } else {
    shots = fs::path(MIZAN_BINARY).parent_path().parent_path();
  }
  fs::create_directories(shots);
  const fs::path shot = shots / "report-screenshot.png";
  fs::remove(shot);
  CHECK(RunChromium(work, page, "--screenshot='" + shot.string() + "'", work / "shot.out",
                    work / "shot.log") == 0);
  CHECK(fs::exists(shot));
  CHECK((fs::exists(shot) && fs::file_size(shot) > 10000));
  fs::copy_file(page, shots / "report-seeds.html", fs::copy_options::overwrite_existing);
  fs::remove_all(work);
}

}  // namespace
}  // namespace mizan
