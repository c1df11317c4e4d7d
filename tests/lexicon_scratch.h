// Lexicon files in a scratch directory, read through MIZAN_LEXICON_DIR: a loader's error for
// files written by a test, and the whole pipeline's lexicons with some files replaced.
//
//   std::string why = LexiconLoadError({{"units.tsv", "..."}}, [] { ClaimLexicon::Load(); });
//   const Lexicons bare = LexiconsWith({{"predicate_rewrites.tsv", "# no rows\n"}});
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <catch2/catch.hpp>

#include "core/error.h"
#include "core/extract.h"
#include "scratch_dir.h"

namespace mizan::testing {

// The message `load` throws with only `files` (name -> text) in the lexicon directory; ""
// when it loads.
template <typename Load>
std::string LexiconLoadError(const std::map<std::string, std::string>& files, Load load) {
  const std::filesystem::path dir = ScratchDir("mizan_lexicon_load_error");
  std::filesystem::create_directories(dir);
  for (const auto& [name, text] : files) std::ofstream(dir / name) << text;
  setenv("MIZAN_LEXICON_DIR", dir.c_str(), 1);
  std::string message;
  try {
    load();
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::kBadLexicon);
    message = e.what();
  }
  unsetenv("MIZAN_LEXICON_DIR");
  std::filesystem::remove_all(dir);
  return message;
}

// Every lexicon of core/lexicons, with `replaced` (name -> text) in place of those files.
inline Lexicons LexiconsWith(const std::map<std::string, std::string>& replaced) {
  const std::filesystem::path dir = ScratchDir("mizan_lexicons_with");
  std::filesystem::create_directories(dir);
  const std::filesystem::path lexicons =
      std::filesystem::path(MIZAN_FIXTURES_DIR).parent_path() / "core" / "lexicons";
  for (const auto& entry : std::filesystem::directory_iterator(lexicons)) {
    std::filesystem::copy_file(entry.path(), dir / entry.path().filename(),
                               std::filesystem::copy_options::overwrite_existing);
  }
  for (const auto& [name, text] : replaced) std::ofstream(dir / name) << text;
  setenv("MIZAN_LEXICON_DIR", dir.c_str(), 1);
  Lexicons loaded = Lexicons::Load();
  unsetenv("MIZAN_LEXICON_DIR");
  std::filesystem::remove_all(dir);
  return loaded;
}

}  // namespace mizan::testing
