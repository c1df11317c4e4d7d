// A scratch directory of one test process: under the system temp directory, named after the
// test and the process id, so that two test runs at once (two build trees, ctest -j, CI beside
// a developer) never write into each other's files.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

namespace mizan::testing {

inline std::filesystem::path ScratchDir(const std::string& name) {
  return std::filesystem::temp_directory_path() /
         (name + "-" + std::to_string(static_cast<long>(::getpid())));
}

}  // namespace mizan::testing
