// Gold sets over Reuters-21578 (eval/events/reuters-*.tsv, eval/actors/reuters-*.tsv)
// keep offsets into the plain-text stories that eval/tools/reuters_bodies.py writes
// from ../shared/corpora/reuters21578 into build/reuters21578; the text is never
// committed. Tests that read those sets make the stories first when they are absent.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

// Writes the stories into `root` unless it exists; false when ../shared's
// Reuters-21578 is absent or the script fails (the caller skips, saying why).
// Two test binaries under `ctest -j2` may both find `root` absent: each
// writes into a sibling of its own and renames it into place, which is atomic,
// so neither reads a half-written tree. The one whose rename loses (the other
// finished first) removes its copy and reads the winner's.
inline bool ensure_reuters_articles(const std::string& root) {
  if (std::filesystem::exists(root + "/dates.tsv")) return true;
  const std::string corpus = std::string(CHRONICLE_SHARED_DIR) + "/corpora/reuters21578";
  if (!std::filesystem::exists(corpus)) return false;
  const std::string mine = root + ".tmp-" + std::to_string(static_cast<long>(::getpid()));
  std::error_code ec;
  std::filesystem::remove_all(mine, ec);
  const std::string command = "/usr/bin/python3 '" + std::string(CHRONICLE_SOURCE_DIR) +
                              "/eval/tools/reuters_bodies.py' '" + corpus + "' '" + mine + "' 2>/dev/null";
  if (std::system(command.c_str()) != 0 || !std::filesystem::exists(mine + "/dates.tsv")) {
    std::filesystem::remove_all(mine, ec);
    return std::filesystem::exists(root + "/dates.tsv");
  }
  std::filesystem::rename(mine, root, ec);
  if (ec) std::filesystem::remove_all(mine, ec);  // lost the race: theirs is in place
  return std::filesystem::exists(root + "/dates.tsv");
}
