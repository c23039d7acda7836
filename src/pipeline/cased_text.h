// Lends a document the recased text of text/capitals_case.h for the stages
// that read case (tagger, parser, NER) and gives the document its own text
// back when it goes out of scope, early returns included. With an empty
// recased text (no capitals sentence: nearly every document) it does nothing.
#pragma once

#include <string>
#include <utility>

#include "chronicle/document.h"

namespace chronicle {

class CasedText {
 public:
  CasedText(Document& doc, std::string cased) : doc_(doc), other_(std::move(cased)), lent_(!other_.empty()) {
    if (lent_) std::swap(doc_.text, other_);
  }
  ~CasedText() { restore(); }
  CasedText(const CasedText&) = delete;
  CasedText& operator=(const CasedText&) = delete;

  void restore() {
    if (lent_) std::swap(doc_.text, other_);
    lent_ = false;
  }

 private:
  Document& doc_;
  std::string other_;
  bool lent_;
};

}  // namespace chronicle
