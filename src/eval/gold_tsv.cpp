#include "eval/gold_tsv.h"

#include <cctype>
#include <filesystem>
#include <sstream>

namespace chronicle::eval {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, '\t')) out.push_back(cell);
  return out;
}

bool parse_int(const std::string& s, int64_t& v) {
  if (s.empty()) return false;
  size_t i = s[0] == '-' ? 1 : 0;
  if (i == s.size()) return false;
  int64_t x = 0;
  for (; i < s.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    x = x * 10 + (s[i] - '0');
    if (x > (int64_t{1} << 40)) return false;
  }
  v = s[0] == '-' ? -x : x;
  return true;
}

bool parse_u32(const std::string& s, uint32_t& v) {
  int64_t x = 0;
  if (s.empty() || s[0] == '-' || !parse_int(s, x) || x > int64_t{UINT32_MAX}) return false;
  v = static_cast<uint32_t>(x);
  return true;
}

bool header_value(const std::string& line, std::string_view key, std::string& value) {
  if (line.rfind(key, 0) != 0) return false;
  value = line.substr(key.size());
  value.erase(0, value.find_first_not_of(' '));
  return true;
}

std::string resolve_root(const std::string& gold_path, const std::string& root) {
  const std::filesystem::path base = std::filesystem::path(gold_path).parent_path();
  return (std::filesystem::path(root).is_absolute() ? std::filesystem::path(root) : base / root).string();
}

}  // namespace chronicle::eval
