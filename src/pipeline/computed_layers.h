// Which layers a pipeline writes: one place for the corpus run
// (annotate.cpp) and the single-document API (single_document.cpp), so their
// JSON cannot drift apart when a stage is added.
#pragma once

#include "chronicle/pipeline.h"
#include "io/json_writer.h"

namespace chronicle {

inline io::ComputedLayers computed_layers(const Pipeline& pipeline) {
  io::ComputedLayers layers;
  layers.tokens = pipeline.runs(Stage::kTokenize);
  layers.segments = pipeline.runs(Stage::kSegment);
  layers.social = pipeline.runs(Stage::kSocial);
  layers.entities = pipeline.runs(Stage::kEntity);
  layers.times = pipeline.runs(Stage::kTime);
  layers.quotes = pipeline.runs(Stage::kQuote);
  layers.events = pipeline.runs(Stage::kEvent);
  return layers;
}

}  // namespace chronicle
