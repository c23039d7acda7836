#include "gold_articles.h"

#include <fstream>
#include <sstream>

namespace chronicle::cli {

Result<Document> read_gold_article(const std::string& file, const std::string& id, const std::string& date,
                                   const std::string& gold) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot read the article named in " + gold, file);
  std::stringstream buf;
  buf << in.rdbuf();
  Document doc;
  doc.id = id;
  doc.text = buf.str();
  if (!date.empty()) {
    doc.meta.date = date;
    doc.meta.date_source = "input";
  }
  return doc;
}

}  // namespace chronicle::cli
