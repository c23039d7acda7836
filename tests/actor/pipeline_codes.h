// Every entity's actor code by its name, after the default pipeline ran on
// invented text: the fixture of the pipeline-level actor tests (business
// news, 1980s wire copy). A pipeline that fails to load or to annotate is a
// failure, not a skip; `ran` is false only when the build has no data/ or
// NER model, and the caller skips.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "chronicle/pipeline.h"

inline std::map<std::string, std::string> codes_of(const std::string& text, bool& ran,
                                                   const std::string& date = "2005-02-15") {
  using namespace chronicle;
  std::map<std::string, std::string> codes;
  ran = false;
  auto p = Pipeline::load(PipelineOptions{});
  EXPECT_TRUE(p.ok()) << p.status().to_string();
  if (!p.ok() || !(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) return codes;
  Document doc;
  doc.text = text;
  doc.meta.date = date;
  const auto annotated = (*p)->annotate(doc);
  EXPECT_TRUE(annotated.ok()) << annotated.to_string();
  ran = true;
  for (const auto& e : doc.entities) codes[e.name] = e.actor.code;
  return codes;
}

// The actor code of the entity with a mention covering the first byte of
// `needle`'s n-th occurrence (0 = first) in the text, "" when none: a test
// keyed on a name's place, not on the span the name tagger happened to cut
// (which may take a title or lose a half of the name).
inline std::string code_at(const std::string& text, const std::string& needle, bool& ran,
                           const std::string& date = "2005-02-15", int nth = 0) {
  using namespace chronicle;
  ran = false;
  auto p = Pipeline::load(PipelineOptions{});
  EXPECT_TRUE(p.ok()) << p.status().to_string();
  if (!p.ok() || !(*p)->runs(Stage::kActor) || !(*p)->runs(Stage::kNer)) return "";
  Document doc;
  doc.text = text;
  doc.meta.date = date;
  const auto annotated = (*p)->annotate(doc);
  EXPECT_TRUE(annotated.ok()) << annotated.to_string();
  ran = true;
  size_t at = text.find(needle);
  for (int i = 0; i < nth && at != std::string::npos; ++i) at = text.find(needle, at + 1);
  EXPECT_NE(at, std::string::npos) << needle;
  if (at == std::string::npos) return "";
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions)
      if (m.start <= at && at < m.end) return e.actor.code;
  return "";
}
