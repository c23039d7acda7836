// Gold sets over Reuters-21578 (eval/events/reuters-*.tsv, eval/actors/reuters-*.tsv)
// keep offsets into the plain-text stories that eval/tools/reuters_bodies.py writes
// from ../shared/corpora/reuters21578 into build/reuters21578; the text is never
// committed. Tests that read those sets make the stories first when they are absent.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

// Writes the stories into `root` unless it exists; false when ../shared's
// Reuters-21578 is absent or the script fails (the caller skips, saying why).
inline bool ensure_reuters_articles(const std::string& root) {
  if (std::filesystem::exists(root + "/dates.tsv")) return true;
  const std::string corpus = std::string(CHRONICLE_SHARED_DIR) + "/corpora/reuters21578";
  if (!std::filesystem::exists(corpus)) return false;
  const std::string command = "/usr/bin/python3 '" + std::string(CHRONICLE_SOURCE_DIR) +
                              "/eval/tools/reuters_bodies.py' '" + corpus + "' '" + root + "' 2>/dev/null";
  return std::system(command.c_str()) == 0 && std::filesystem::exists(root + "/dates.tsv");
}
