// Writes the model container described in docs/model-format.md.
//
// Sections are written in the order they were added, META first; the header
// and table are computed last, like crfsuite's writer. The output is
// deterministic: equal inputs (including META values) give equal bytes. The
// default META "created" date comes from SOURCE_DATE_EPOCH when set, so
// scripts/make_models.sh can rebuild models byte for byte.
//
// Thread safety: plain value owned by one thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chronicle/status.h"
#include "io/model_file.h"

namespace chronicle::io {

class ModelWriter {
 public:
  // Adds META entries "producer", "git_describe" and "created".
  explicit ModelWriter(ModelKind kind);

  // requires: `tag` is 4 printable ASCII characters, not "META", not added before.
  Status add_section(std::string_view tag, std::string bytes);
  // Adds or replaces a META entry (keys keep their first position).
  void set_meta(const std::string& key, const std::string& value);
  const MetaList& meta() const { return meta_; }

  std::string to_bytes() const;
  // Writes via a temporary file and a rename, so readers never see half a model.
  Status write_file(const std::string& path) const;

 private:
  ModelKind kind_;
  MetaList meta_;
  std::vector<std::pair<std::string, std::string>> sections_;
};

// UTC date-time "YYYY-MM-DDTHH:MM:SSZ" of SOURCE_DATE_EPOCH or, if unset, now.
std::string build_timestamp();

}  // namespace chronicle::io
