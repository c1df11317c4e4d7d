// Bad input never stops a batch: each bad item becomes one diagnostic naming its file,
// line and byte offset, and every other article is still read. Fixtures are named by
// outcome (fixtures/bad/fail_*, warn_*, ok_*).
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/input.h"

#include "tests/scratch_dir.h"

namespace mizan {
namespace {

std::string Bad(const std::string& name) {
  return std::string(MIZAN_FIXTURES_DIR) + "/bad/" + name;
}

ReadResult Read(const std::string& path) { return ReadArticles({path}, InputOptions{}); }

TEST_CASE("invalid UTF-8 in a JSONL line becomes U+FFFD with a warning, the article is kept",
          "[input]") {
  ReadResult r = Read(Bad("warn_invalid_utf8.jsonl"));
  REQUIRE(r.documents.size() == 3);
  CHECK(r.documents[0].id == "good-1");
  CHECK(r.documents[1].id == "bad");
  CHECK(r.documents[2].id == "good-2");
  // "abc " FF FE " def": two bytes, each its own maximal ill-formed subpart (as ICU's
  // converters read it), so two U+FFFD; offsets count the 3 bytes of each.
  CHECK(r.documents[1].text == "abc \xEF\xBF\xBD\xEF\xBF\xBD def");
  REQUIRE(r.diagnostics.size() == 1);
  const Diagnostic& d = r.diagnostics[0];
  CHECK(d.code == ErrorCode::kInvalidUtf8);
  CHECK(d.severity == Severity::kWarning);
  CHECK(d.file == Bad("warn_invalid_utf8.jsonl"));
  CHECK(d.line == 2);
  CHECK(d.column == 25);  // {"id":"bad","text":"abc  is 24 bytes
  CHECK(d.doc == "bad");
  CHECK(d.detail.find("2 ill-formed") != std::string::npos);
  CHECK(r.inputs_seen == 3);
}

TEST_CASE("ReplaceInvalidUtf8 follows ICU: one U+FFFD per maximal ill-formed subpart",
          "[input]") {
  struct Case {
    std::string in, out;
    size_t replaced, first;
  };
  const std::string fffd = "\xEF\xBF\xBD";
  for (const Case& c : std::vector<Case>{
           {"plain", "plain", 0, 0},
           {"\xD9\x82" "al", "\xD9\x82" "al", 0, 0},      // valid Arabic letter
           {"a\xFF" "b", "a" + fffd + "b", 1, 1},            // never a UTF-8 byte
           {"a\xE2\x80" "b", "a" + fffd + "b", 1, 1},           // truncated 3-byte sequence: one
           {"\xC0\x80", fffd + fffd, 2, 0},                  // overlong NUL: two
           {"\xED\xA0\x80", fffd + fffd + fffd, 3, 0},        // a surrogate: three
           {"x\xF0\x9F\x98", "x" + fffd, 1, 1},                // cut at the end
       }) {
    std::string text = c.in;
    const Utf8Repair r = ReplaceInvalidUtf8(text);
    CHECK(text == c.out);
    CHECK(r.replaced == c.replaced);
    if (c.replaced > 0) CHECK(r.first_offset == c.first);
    CHECK(CheckArticleText(text, 1 << 20).code != ErrorCode::kInvalidUtf8);
  }
}

TEST_CASE("a malformed JSON line is reported with its line and the rest is read", "[input]") {
  ReadResult r = Read(Bad("fail_malformed_json.jsonl"));
  REQUIRE(r.documents.size() == 2);
  REQUIRE(r.diagnostics.size() == 1);
  const Diagnostic& d = r.diagnostics[0];
  CHECK(d.code == ErrorCode::kMalformedJson);
  CHECK(d.line == 2);
  CHECK(d.column >= 1);
  CHECK(d.ToString().find("fail_malformed_json.jsonl:2:") != std::string::npos);
}

TEST_CASE("a number too large for a double in an extra field is ignored with a warning",
          "[input]") {
  // nlohmann refuses a whole text for one 99E998 (out_of_range, found by fuzz_reader in
  // CI); only the field is bad, so the article is read with the field ignored.
  ReadResult r = Read(Bad("warn_number_overflow.jsonl"));
  REQUIRE(r.documents.size() == 3);
  CHECK(r.documents[1].id == "overflow");
  REQUIRE(r.diagnostics.size() == 1);
  const Diagnostic& d = r.diagnostics[0];
  CHECK(d.code == ErrorCode::kNumberOutOfRange);
  CHECK(d.severity == Severity::kWarning);
  CHECK(d.line == 2);
  CHECK(d.column == 43);  // the number; {"id": "overflow", "text": "x", "weight":  is 42 bytes
  CHECK(d.field == "weight");
  CHECK(d.doc == "overflow");
  CHECK(d.detail.find("99E998 is out of range") != std::string::npos);
  CHECK(r.inputs_seen == 3);
}

TEST_CASE("missing and mistyped fields are diagnosed per line", "[input]") {
  ReadResult missing = Read(Bad("fail_missing_field.jsonl"));
  CHECK(missing.documents.size() == 2);
  REQUIRE(missing.diagnostics.size() == 2);
  CHECK(missing.diagnostics[0].code == ErrorCode::kMissingField);
  CHECK(missing.diagnostics[0].line == 2);
  CHECK(missing.diagnostics[0].doc == "no-text");
  CHECK(missing.diagnostics[1].line == 3);

  ReadResult typed = Read(Bad("fail_bad_field_type.jsonl"));
  CHECK(typed.documents.size() == 1);
  REQUIRE(typed.diagnostics.size() == 1);
  CHECK(typed.diagnostics[0].code == ErrorCode::kBadFieldType);
}

TEST_CASE("a NUL byte or invalid UTF-8 in a .txt names the line and column", "[input]") {
  ReadResult nul = Read(Bad("fail_nul_byte.txt"));
  CHECK(nul.documents.empty());
  REQUIRE(nul.diagnostics.size() == 1);
  CHECK(nul.diagnostics[0].code == ErrorCode::kNulByte);

  // Invalid UTF-8 is repaired, not fatal: the article is kept with U+FFFD and a warning.
  ReadResult utf8 = Read(Bad("warn_invalid_utf8.txt"));
  REQUIRE(utf8.documents.size() == 1);
  REQUIRE(utf8.diagnostics.size() == 1);
  CHECK(utf8.diagnostics[0].code == ErrorCode::kInvalidUtf8);
  CHECK(utf8.diagnostics[0].severity == Severity::kWarning);
  CHECK(utf8.diagnostics[0].line == 2);
  // "سطر ثان فيه " is 9 Arabic letters (2 bytes each) and 3 spaces: 21 bytes, so the
  // bad byte is in column 22.
  CHECK(utf8.diagnostics[0].column == 22);
  CHECK(utf8.documents[0].text.find("\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("an empty article is a warning and is kept", "[input]") {
  ReadResult r = Read(Bad("warn_empty.txt"));
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == ErrorCode::kEmptyArticle);
  CHECK(r.diagnostics[0].severity == Severity::kWarning);
  CHECK(r.documents.size() == 1);
}

TEST_CASE("bidi controls inside a number are a warning", "[input]") {
  ReadResult r = Read(Bad("warn_bidi_in_number.txt"));
  REQUIRE(r.documents.size() == 1);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == ErrorCode::kBidiControl);
  CHECK(r.diagnostics[0].severity == Severity::kWarning);
}

TEST_CASE("a bad date is ignored with a warning", "[input]") {
  ReadResult r = Read(Bad("warn_bad_date.jsonl"));
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0].published.empty());
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == ErrorCode::kBadDate);
}

TEST_CASE("a BOM is dropped and CRLF kept byte for byte", "[input]") {
  ReadResult r = Read(Bad("ok_bom_crlf.txt"));
  REQUIRE(r.documents.size() == 1);
  CHECK(r.diagnostics.empty());
  CHECK(r.documents[0].text.rfind("قال", 0) == 0);
  CHECK(r.documents[0].text.find("\r\n") != std::string::npos);
  CHECK(r.documents[0].language == "ar");
}

TEST_CASE("a missing file is diagnosed and the other paths are read", "[input]") {
  ReadResult r = ReadArticles({Bad("no_such_file.txt"), Bad("ok_bom_crlf.txt")}, InputOptions{});
  CHECK(r.documents.size() == 1);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == ErrorCode::kUnreadableFile);
}

TEST_CASE("an article over the size limit is skipped, a 50 MB single line is fine", "[input]") {
  const auto dir = testing::ScratchDir("mizan_input_test");
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "huge.jsonl").string();
  {
    std::ofstream out(path, std::ios::binary);
    std::string text;
    const std::string sentence = "قال مسؤول إن 10 آلاف جندي وصلوا. ";
    while (text.size() < (50u << 20)) text += sentence;
    out << R"({"id":"huge","text":")" << text << "\"}\n"
        << R"({"id":"small","text":"12 soldiers"})" << "\n";
  }
  ReadResult limited = ReadArticles({path}, InputOptions{});  // default limit 16 MiB
  REQUIRE(limited.documents.size() == 1);
  CHECK(limited.documents[0].id == "small");
  REQUIRE(limited.diagnostics.size() == 1);
  CHECK(limited.diagnostics[0].code == ErrorCode::kArticleTooLarge);
  CHECK(limited.diagnostics[0].line == 1);

  InputOptions big;
  big.max_article_bytes = size_t{64} << 20;
  ReadResult all = ReadArticles({path}, big);
  CHECK(all.documents.size() == 2);
  std::filesystem::remove_all(dir);
}

TEST_CASE("the manifest fills metadata of .txt articles", "[input]") {
  InputOptions options;
  options.manifest = std::string(MIZAN_FIXTURES_DIR) + "/manifest.jsonl";
  ReadResult r = ReadArticles({std::string(MIZAN_FIXTURES_DIR) + "/articles"}, options);
  REQUIRE(r.documents.size() == 5);
  CHECK(r.diagnostics.empty());
  for (const Document& doc : r.documents) {
    CHECK(doc.published.size() == 10);
    CHECK(doc.language == "ar");
  }
}

TEST_CASE("a published date that is not a calendar date is ignored with a warning", "[input]") {
  ReadResult r = Read(Bad("warn_bad_calendar_date.jsonl"));
  REQUIRE(r.documents.size() == 3);
  CHECK(r.documents[0].published == "2025-03-01");
  CHECK(r.documents[1].published.empty());  // 2025-13-45 is not copied into the report
  CHECK(r.documents[2].published.empty());  // 2025-02-30 is not 2 March
  REQUIRE(r.diagnostics.size() == 2);
  for (const Diagnostic& d : r.diagnostics) {
    CHECK(d.code == ErrorCode::kBadDate);
    CHECK(d.severity == Severity::kWarning);
    CHECK(d.field == "published");
  }
  CHECK(r.diagnostics[0].line == 2);
  CHECK(r.diagnostics[0].column == 65);  // the "published" key
  CHECK(r.diagnostics[0].doc == "bad-month");
  CHECK(r.diagnostics[0].detail.find("\"2025-13-45\"") != std::string::npos);
  CHECK(r.diagnostics[1].line == 3);
  CHECK(r.diagnostics[1].column == 77);
  CHECK(r.diagnostics[1].doc == "feb-30");
}

InputOptions WithManifest(const std::string& manifest) {
  InputOptions options;
  options.manifest = manifest;
  return options;
}

const std::string kArticles = std::string(MIZAN_FIXTURES_DIR) + "/articles";

TEST_CASE("a manifest date that is not a calendar date names its line, column and field",
          "[input]") {
  ReadResult r = ReadArticles({kArticles}, WithManifest(Bad("warn_manifest_bad_date.jsonl")));
  REQUIRE(r.documents.size() == 5);
  CHECK(r.documents[0].published == "2024-10-28");
  CHECK(r.documents[1].published.empty());
  REQUIRE(r.diagnostics.size() == 1);
  const Diagnostic& d = r.diagnostics[0];
  CHECK(d.code == ErrorCode::kBadDate);
  CHECK(d.severity == Severity::kWarning);
  CHECK(d.file == Bad("warn_manifest_bad_date.jsonl"));
  CHECK(d.line == 2);
  CHECK(d.column == 77);
  CHECK(d.field == "published");
}

TEST_CASE("a manifest naming a file that does not exist is an error at its \"file\"",
          "[input]") {
  ReadResult r =
      ReadArticles({kArticles}, WithManifest(Bad("fail_manifest_missing_file.jsonl")));
  CHECK(r.documents.size() == 5);
  REQUIRE(r.diagnostics.size() == 1);
  const Diagnostic& d = r.diagnostics[0];
  CHECK(d.code == ErrorCode::kUnreadableFile);
  CHECK(d.severity == Severity::kError);
  CHECK(d.line == 2);
  CHECK(d.column == 26);
  CHECK(d.field == "file");
  CHECK(d.detail.find("005_not_copied.txt") != std::string::npos);
}

TEST_CASE("a missing --manifest file is an error and the articles are still read", "[input]") {
  ReadResult r = ReadArticles({kArticles}, WithManifest(Bad("no_such_manifest.jsonl")));
  CHECK(r.documents.size() == 5);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == ErrorCode::kUnreadableFile);
  CHECK(r.diagnostics[0].severity == Severity::kError);
  CHECK(r.diagnostics[0].detail.find("no such file") != std::string::npos);
}

TEST_CASE("a manifest inside the article folder: left out when it is --manifest, else a hint",
          "[input]") {
  const std::string folder = Bad("fail_manifest_in_folder");
  ReadResult given = ReadArticles({folder}, WithManifest(folder + "/manifest.jsonl"));
  REQUIRE(given.documents.size() == 2);
  CHECK(given.diagnostics.empty());
  CHECK(given.documents[0].outlet == "Example Wire");
  CHECK(given.documents[1].published == "2024-10-29");

  // Without --manifest its lines are read as articles: each lacks "text", and the first
  // says why that is and what to do.
  ReadResult forgotten = ReadArticles({folder}, InputOptions{});
  CHECK(forgotten.documents.size() == 2);
  REQUIRE(forgotten.diagnostics.size() == 2);
  for (const Diagnostic& d : forgotten.diagnostics) {
    CHECK(d.code == ErrorCode::kMissingField);
    CHECK(d.field == "text");
    CHECK(d.file == folder + "/manifest.jsonl");
  }
  CHECK(forgotten.diagnostics[0].line == 1);
  CHECK(forgotten.diagnostics[0].detail.find("--manifest") != std::string::npos);
  CHECK(forgotten.diagnostics[1].detail.find("--manifest") == std::string::npos);
}

TEST_CASE("a manifest as a JSON array places each diagnostic on its entry", "[input]") {
  ReadResult r;
  r.documents.push_back(Document{.id = "a"});
  ApplyManifestContent("m.json",
                       "[\n  {\"id\": \"a\", \"outlet\": \"X\"},\n"
                       "  {\"id\": \"b\", \"published\": \"2024-02-30\", \"w\": -1E999},\n"
                       "  {\"outlet\": \"Y\"},\n  7\n]\n",
                       r);
  CHECK(r.documents[0].outlet == "X");
  REQUIRE(r.diagnostics.size() == 4);
  CHECK(r.diagnostics[0].code == ErrorCode::kNumberOutOfRange);  // the whole text's pass
  CHECK(r.diagnostics[0].line == 3);
  CHECK(r.diagnostics[0].column == 47);
  CHECK(r.diagnostics[0].field == "w");
  CHECK(r.diagnostics[1].code == ErrorCode::kBadDate);
  CHECK(r.diagnostics[1].line == 3);
  CHECK(r.diagnostics[1].column == 15);
  CHECK(r.diagnostics[2].code == ErrorCode::kMissingField);
  CHECK(r.diagnostics[2].line == 4);
  CHECK(r.diagnostics[2].column == 3);
  CHECK(r.diagnostics[3].code == ErrorCode::kBadFieldType);
  CHECK(r.diagnostics[3].line == 5);
}

TEST_CASE("plain text on standard input: malformed JSON with a hint about --lines", "[input]") {
  ReadResult r = ReadArticleContent("-", "Officials said 12 soldiers arrived.\nAnd 30 more.\n",
                                    InputOptions{});
  CHECK(r.documents.empty());
  REQUIRE(r.diagnostics.size() == 2);
  CHECK(r.diagnostics[0].code == ErrorCode::kMalformedJson);
  CHECK(r.diagnostics[0].line == 1);
  CHECK(r.diagnostics[0].column == 1);
  CHECK(r.diagnostics[0].detail.find("--lines -") != std::string::npos);
  CHECK(r.diagnostics[1].detail.find("--lines -") == std::string::npos);  // said once
}

TEST_CASE("lines mode makes one document per line, keeping empty lines", "[input]") {
  const auto dir = testing::ScratchDir("mizan_lines_test");
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "lines.txt").string();
  std::ofstream(path) << "نحو 10 آلاف\n\nabout 12\n";
  InputOptions options;
  options.lines_mode = true;
  ReadResult r = ReadArticles({path}, options);
  REQUIRE(r.documents.size() == 3);
  CHECK(r.documents[2].file_line == 3);
  CHECK(r.diagnostics.empty());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace mizan
