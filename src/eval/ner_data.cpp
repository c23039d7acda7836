#include "eval/ner_data.h"

#include <fstream>
#include <sstream>

#include "text/utf8_repair.h"

namespace chronicle::eval {

namespace {

bool valid_tag(const std::string& t) {
  return t == "O" || (t.size() > 2 && (t[0] == 'B' || t[0] == 'I') && t[1] == '-');
}

// One CSV record (no embedded newlines in GMB); "" inside quotes is a quote.
std::vector<std::string> split_csv(std::string_view line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back().push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back().push_back(c);
    }
  }
  return fields;
}

Result<NerCorpus> parse_gmb(const std::string& text, const std::string& name, NerPart part) {
  NerCorpus corpus;
  corpus.name = name;
  std::istringstream in(text);
  std::string line;
  int64_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (lineno == 1 || line.empty()) continue;
    auto f = split_csv(line);
    if (f.size() != 4) {
      return Status(StatusCode::kParseError, "expected 4 CSV fields (Sentence #,Word,POS,Tag), got " +
                                                 std::to_string(f.size()), name + ":" + std::to_string(lineno));
    }
    if (!f[0].empty()) corpus.sentences.emplace_back();
    if (corpus.sentences.empty())
      return Status(StatusCode::kParseError, "word before the first 'Sentence: N' row", name + ":" + std::to_string(lineno));
    if (!valid_tag(f[3]))
      return Status(StatusCode::kParseError, "tag '" + f[3] + "' is not O, B-X or I-X", name + ":" + std::to_string(lineno));
    corpus.sentences.back().forms.push_back(text::windows_1252_to_utf8(f[1]));
    corpus.sentences.back().tags.push_back(f[3]);
  }
  if (part != NerPart::kAll) {
    // Sentences are numbered in file order, so the last tenth by number is the file's last tenth.
    const size_t cut = corpus.sentences.size() - corpus.sentences.size() / 10;
    if (part == NerPart::kDev)
      corpus.sentences.erase(corpus.sentences.begin(), corpus.sentences.begin() + static_cast<long>(cut));
    else
      corpus.sentences.resize(cut);
  }
  return corpus;
}

Result<NerCorpus> parse_columns(const std::string& text, const std::string& name) {
  NerCorpus corpus;
  corpus.name = name;
  std::istringstream in(text);
  std::string line;
  int64_t lineno = 0;
  bool open = false, new_document = false;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.find_first_not_of(" \t") == std::string::npos) {
      open = false;
      continue;
    }
    if (line.rfind("# newdoc", 0) == 0 || line.rfind("-DOCSTART-", 0) == 0) {
      new_document = true;
      continue;
    }
    if (line[0] == '#' && (line.size() == 1 || line[1] == ' ' || line[1] == '\t')) continue;
    std::vector<std::string> cols;
    const char sep = line.find('\t') != std::string::npos ? '\t' : ' ';
    std::stringstream ls(line);
    std::string col;
    while (std::getline(ls, col, sep))
      if (!col.empty()) cols.push_back(col);
    if (cols.size() < 2)
      return Status(StatusCode::kParseError, "expected a form and a tag", name + ":" + std::to_string(lineno));
    std::string form, tag;
    const bool numbered = sep == '\t' && cols.size() >= 3 && cols[0].find_first_not_of("0123456789") == std::string::npos;
    if (numbered) {
      form = cols[1];
      tag = cols[2];
    } else {
      form = cols.front();
      tag = cols.back();
    }
    if (!valid_tag(tag))
      return Status(StatusCode::kParseError, "tag '" + tag + "' is not O, B-X or I-X", name + ":" + std::to_string(lineno));
    if (!open) {
      corpus.sentences.emplace_back();
      corpus.sentences.back().new_document = new_document;
      new_document = false;
    }
    open = true;
    corpus.sentences.back().forms.push_back(form);
    corpus.sentences.back().tags.push_back(tag);
  }
  return corpus;
}

}  // namespace

Result<NerCorpus> parse_ner_text(const std::string& text, const std::string& name, NerPart part) {
  if (text.rfind("Sentence #,", 0) == 0) return parse_gmb(text, name, part);
  return parse_columns(text, name);
}

Result<NerCorpus> read_ner_file(const std::string& path, NerPart part) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open NER file", path);
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status(StatusCode::kIoError, "read failed", path);
  return parse_ner_text(ss.str(), path, part);
}

}  // namespace chronicle::eval
