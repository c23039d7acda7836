// _chronicle: the pybind11 module under the `chronicle` package. It only
// translates: Python arguments -> DocumentInput, Status -> ValueError/OSError,
// and releases the GIL while the library annotates. Everything else (the
// typed layers, pandas, Dask) is pure Python in python/chronicle/.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "chronicle/pipeline.h"
#include "chronicle/single_document.h"
#include "chronicle/status.h"

namespace py = pybind11;

namespace chronicle::python {
namespace {

[[noreturn]] void raise(const Status& st) {
  const std::string message = st.to_string();
  switch (st.code()) {
    case StatusCode::kNotFound:
    case StatusCode::kIoError:
      PyErr_SetString(PyExc_OSError, message.c_str());
      throw py::error_already_set();
    default:
      throw py::value_error(message);
  }
}

// str -> UTF-8 (lone surrogates pass through as invalid bytes, which the text
// stage repairs with a note); bytes as they are.
std::optional<std::string> text_bytes(const py::handle& obj) {
  if (PyUnicode_Check(obj.ptr())) {
    PyObject* b = PyUnicode_AsEncodedString(obj.ptr(), "utf-8", "surrogatepass");
    if (!b) throw py::error_already_set();
    std::string s(PyBytes_AS_STRING(b), static_cast<size_t>(PyBytes_GET_SIZE(b)));
    Py_DECREF(b);
    return s;
  }
  if (PyBytes_Check(obj.ptr())) return std::string(py::bytes(py::reinterpret_borrow<py::bytes>(obj)));
  return std::nullopt;
}

std::string type_name(const py::handle& obj) { return py::str(py::type::handle_of(obj).attr("__name__")); }

// An annotated document and the pipeline that made it (which decides the
// layers and meta.models its JSON carries).
class NativeDoc {
 public:
  NativeDoc(std::shared_ptr<const Pipeline> pipeline, Document doc)
      : pipeline_(std::move(pipeline)), doc_(std::move(doc)) {}

  const std::string& id() const { return doc_.id; }
  py::str text() const { return py::str(doc_.text); }
  size_t token_count() const { return doc_.tokens.size(); }
  size_t text_bytes() const { return doc_.text.size(); }
  std::string to_json(bool text, bool tokens, bool pretty) const {
    return document_json(*pipeline_, doc_, {pretty, text, tokens});
  }

 private:
  std::shared_ptr<const Pipeline> pipeline_;
  Document doc_;
};

class PyPipeline {
 public:
  PyPipeline(const std::optional<std::string>& stages, const std::optional<std::string>& models_dir) {
    PipelineOptions options;
    if (stages && !stages->empty()) {
      auto list = parse_stage_list(*stages);
      if (!list.ok()) raise(list.status());
      options.stages = std::move(*list);
    }
    if (models_dir) options.models_dir = *models_dir;
    auto loaded = Pipeline::load(options);
    if (!loaded.ok()) raise(loaded.status());
    pipeline_ = std::shared_ptr<const Pipeline>(std::move(*loaded));
  }

  NativeDoc annotate(const py::object& text, const std::string& id, const DocumentDefaults& defaults,
                     const std::string& url, const std::string& title) const {
    check(defaults);
    auto bytes = text_bytes(text);
    if (!bytes) throw py::type_error("text must be str or bytes, got " + type_name(text));
    Document doc = make_document({id, std::move(*bytes), "", "", url, title, "<python>"}, defaults);
    {
      py::gil_scoped_release release;
      annotate_document(*pipeline_, doc);
    }
    return NativeDoc(pipeline_, std::move(doc));
  }

  // Annotates a list of str/bytes/dict items on `threads` threads without the
  // GIL; results in input order. `first` numbers the items for ids and messages.
  std::vector<NativeDoc> annotate_batch(const py::list& items, unsigned threads, const DocumentDefaults& defaults,
                                        size_t first) const {
    check(defaults);
    if (threads < 1 || threads > 1024) throw py::value_error("threads must be between 1 and 1024");
    std::vector<Document> docs;
    docs.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) docs.push_back(to_document(items[i], first + i, defaults));
    {
      py::gil_scoped_release release;
      std::atomic<size_t> next{0};
      auto work = [&] {
        for (size_t i; (i = next.fetch_add(1)) < docs.size();) annotate_document(*pipeline_, docs[i]);
      };
      std::vector<std::thread> pool;
      const unsigned n = std::min<size_t>(threads, docs.size());
      for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
      work();
      for (auto& t : pool) t.join();
    }
    std::vector<NativeDoc> out;
    out.reserve(docs.size());
    for (auto& d : docs) out.emplace_back(pipeline_, std::move(d));
    return out;
  }

  py::dict models() const {
    py::dict d;
    for (const auto& [stage, version] : pipeline_->models()) d[py::str(stage)] = version;
    return d;
  }

  std::vector<std::string> stages() const {
    std::vector<std::string> names;
    for (Stage s : {Stage::kText, Stage::kTokenize, Stage::kSegment, Stage::kSocial, Stage::kTag, Stage::kParse}) {
      if (pipeline_->runs(s)) names.emplace_back(stage_name(s));
    }
    return names;
  }

 private:
  static void check(const DocumentDefaults& defaults) {
    const Status st = check_document_defaults(defaults);
    if (!st.ok()) raise(st);
  }

  // An item that is not a document becomes an error record, like a malformed
  // JSONL line: the batch goes on.
  static Document to_document(const py::handle& item, size_t index, const DocumentDefaults& defaults) {
    const std::string where = "item " + std::to_string(index);
    DocumentInput in;
    in.id = "doc-" + std::to_string(index);
    in.source = where;
    std::string problem;
    if (auto bytes = text_bytes(item)) {
      in.text = std::move(*bytes);
    } else if (PyDict_Check(item.ptr())) {
      auto dict = py::reinterpret_borrow<py::dict>(item);
      auto field = [&](const char* key, std::string& target) {
        if (!dict.contains(key) || dict[key].is_none()) return;
        py::object v = dict[key];
        if (std::string(key) == "id" && (PyLong_Check(v.ptr()) || PyFloat_Check(v.ptr()))) v = py::str(v);
        auto s = text_bytes(v);
        if (!s && problem.empty()) problem = "field \"" + std::string(key) + "\" must be a string, got " + type_name(v);
        if (s) target = std::move(*s);
      };
      field("id", in.id);
      field("date", in.date);
      field("timezone", in.timezone);
      field("url", in.url);
      field("title", in.title);
      if (!dict.contains("text")) {
        if (problem.empty()) problem = "missing field \"text\"";
      } else if (dict["text"].is_none()) {
        if (problem.empty()) problem = "field \"text\" must be a string, got None";
      } else {
        field("text", in.text);
      }
    } else {
      problem = "expected str, bytes or a dict with \"text\", got " + type_name(item);
    }
    if (!problem.empty()) {
      Document doc = make_document({in.id, "", "", "", "", "", where}, defaults);
      doc.errors.push_back({"read_error", where + ": " + problem, -1});
      return doc;
    }
    return make_document(std::move(in), defaults);
  }

  std::shared_ptr<const Pipeline> pipeline_;
};

DocumentDefaults defaults_of(const std::optional<std::string>& date, const std::optional<std::string>& tz) {
  return {date.value_or(""), tz.value_or("")};
}

}  // namespace
}  // namespace chronicle::python

PYBIND11_MODULE(_chronicle, m) {
  using namespace chronicle::python;
  namespace ch = chronicle;
  m.doc() = "chronicle's C++ library; use the `chronicle` package, not this module";

  m.def(
      "check_defaults",
      [](const std::optional<std::string>& date, const std::optional<std::string>& tz) {
        const ch::Status st = ch::check_document_defaults(defaults_of(date, tz));
        if (!st.ok()) raise(st);
      },
      py::arg("date") = py::none(), py::arg("tz") = py::none(),
      "Raises ValueError unless date is yyyy-mm-dd and tz is shaped like an IANA zone name.");

  py::class_<NativeDoc>(m, "NativeDoc")
      .def_property_readonly("id", &NativeDoc::id)
      .def_property_readonly("text", &NativeDoc::text)
      .def_property_readonly("token_count", &NativeDoc::token_count)
      .def_property_readonly("text_bytes", &NativeDoc::text_bytes)
      .def("to_json", &NativeDoc::to_json, py::arg("text") = true, py::arg("tokens") = true,
           py::arg("pretty") = false);

  py::class_<PyPipeline>(m, "Pipeline")
      .def(py::init<const std::optional<std::string>&, const std::optional<std::string>&>(),
           py::arg("stages") = py::none(), py::arg("models_dir") = py::none())
      .def(
          "annotate",
          [](const PyPipeline& p, const py::object& text, const std::string& id, const std::optional<std::string>& date,
             const std::optional<std::string>& tz, const std::string& url, const std::string& title) {
            return p.annotate(text, id, defaults_of(date, tz), url, title);
          },
          py::arg("text"), py::arg("id") = "doc", py::arg("date") = py::none(), py::arg("tz") = py::none(),
          py::arg("url") = "", py::arg("title") = "")
      .def(
          "annotate_batch",
          [](const PyPipeline& p, const py::list& items, unsigned threads, const std::optional<std::string>& date,
             const std::optional<std::string>& tz, size_t first) {
            return p.annotate_batch(items, threads, defaults_of(date, tz), first);
          },
          py::arg("items"), py::arg("threads") = 1, py::arg("date") = py::none(), py::arg("tz") = py::none(),
          py::arg("first") = 1)
      .def_property_readonly("models", &PyPipeline::models)
      .def_property_readonly("stages", &PyPipeline::stages);
}
