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

TEST_CASE("invalid UTF-8 in a JSONL line skips that line only", "[input]") {
  ReadResult r = Read(Bad("fail_invalid_utf8.jsonl"));
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[0].id == "good-1");
  CHECK(r.documents[1].id == "good-2");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == ErrorCode::kInvalidUtf8);
  CHECK(r.diagnostics[0].line == 2);
  CHECK(r.diagnostics[0].file == Bad("fail_invalid_utf8.jsonl"));
  CHECK(r.inputs_seen == 3);
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

TEST_CASE("a number too large for a double is a malformed line, not a crash", "[input]") {
  // nlohmann reports 99E998 as out_of_range, not parse_error: found by fuzz_reader in CI.
  ReadResult r = Read(Bad("fail_number_overflow.jsonl"));
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[0].id == "good-1");
  CHECK(r.documents[1].id == "good-2");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == ErrorCode::kMalformedJson);
  CHECK(r.diagnostics[0].line == 2);
  CHECK(r.diagnostics[0].ToString().find("overflow") != std::string::npos);
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

  ReadResult utf8 = Read(Bad("fail_invalid_utf8.txt"));
  CHECK(utf8.documents.empty());
  REQUIRE(utf8.diagnostics.size() == 1);
  CHECK(utf8.diagnostics[0].code == ErrorCode::kInvalidUtf8);
  CHECK(utf8.diagnostics[0].line == 2);
  // "سطر ثان فيه " is 9 Arabic letters (2 bytes each) and 3 spaces: 21 bytes, so the
  // bad byte is in column 22.
  CHECK(utf8.diagnostics[0].column == 22);
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

TEST_CASE("an article over the size limit is skipped; a 50 MB single line is fine", "[input]") {
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
