#include "io/timeml_writer.h"

namespace chronicle::io {

namespace {

void escape(std::string_view s, std::string& out) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
}

}  // namespace

void append_document_timeml(const Document& doc, std::string& out) {
  out += "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>";
  escape(doc.id, out);
  out += "</DOCID>\n";
  if (!doc.meta.date.empty()) {
    out += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"";
    escape(doc.meta.date, out);
    out += "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">";
    escape(doc.meta.date, out);
    out += "</TIMEX3></DCT>\n";
  }
  out += "<TEXT>";
  uint32_t at = 0;
  int tid = 1;
  for (const TimeExpr& t : doc.times) {
    if (t.start < at || t.end > doc.text.size() || t.end < t.start) continue;
    escape(doc.span_text(at, t.start), out);
    out += "<TIMEX3 tid=\"t" + std::to_string(tid++) + "\" type=\"";
    escape(t.type, out);
    out += "\" value=\"";
    escape(t.value, out);
    out += "\"";
    if (!t.mod.empty()) {
      out += " mod=\"";
      escape(t.mod, out);
      out += "\"";
    }
    out += ">";
    escape(doc.span_text(t.start, t.end), out);
    out += "</TIMEX3>";
    at = t.end;
  }
  escape(doc.span_text(at, static_cast<uint32_t>(doc.text.size())), out);
  out += "</TEXT>\n</TimeML>\n";
}

}  // namespace chronicle::io
