#include "chronicle/status.h"

namespace chronicle {

const char* status_code_name(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid argument";
    case StatusCode::kNotFound: return "not found";
    case StatusCode::kIoError: return "I/O error";
    case StatusCode::kParseError: return "parse error";
    case StatusCode::kTooLarge: return "too large";
    case StatusCode::kDataLoss: return "data loss";
    case StatusCode::kUnsupported: return "unsupported";
    case StatusCode::kInternal: return "internal error (a bug in chronicle: please report it with the input)";
    case StatusCode::kDeadlineExceeded: return "deadline exceeded";
  }
  return "unknown";
}

std::string Status::to_string() const {
  if (ok()) return "ok";
  std::string out;
  if (!where_.empty()) out += where_ + ": ";
  out += message_;
  if (offset_ >= 0) out += " (at offset " + std::to_string(offset_) + ")";
  return out;
}

}  // namespace chronicle
