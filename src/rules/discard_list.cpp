#include "rules/discard_list.h"

namespace chronicle::rules {

void parse_discard_list(std::string_view text, const std::string& file,
                        std::vector<DictEntry>& out, DictionaryErrors& errors) {
  const auto lines = split_lines(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = strip_comment(lines[i]);
    if (line.empty() || line.front() == '<') continue;
    const bool story = line.front() == '+';
    if (story) line.remove_prefix(1);
    if (line.find('[') != std::string_view::npos) {
      errors.add(file, i + 1, "a discard carries no code", line);
      continue;
    }
    std::string norm = normalize_phrase(line);
    if (norm.empty()) {
      errors.add(file, i + 1, "empty discard phrase", lines[i]);
      continue;
    }
    DictEntry e;
    e.primary = norm;
    e.phrase = std::move(norm);
    e.line = static_cast<uint32_t>(i + 1);
    e.story_level = story;
    out.push_back(std::move(e));
  }
}

}  // namespace chronicle::rules
