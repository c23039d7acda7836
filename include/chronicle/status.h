// Status and Result<T>: how every library call reports failure.
//
// The library never prints, throws across its API or exits; it returns a Status
// that carries a code, a message naming the broken invariant, and where it
// happened (a file or input name and a line or byte offset, when known).
// Thread safety: plain values, safe to copy between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace chronicle {

enum class StatusCode : uint8_t {
  kOk = 0,
  kInvalidArgument,  // a caller's option or value is wrong
  kNotFound,         // a file or resource does not exist
  kIoError,          // reading or writing failed
  kParseError,       // input is malformed (JSONL line, model section, rule file)
  kTooLarge,         // input exceeds a configured limit
  kDataLoss,         // checksum mismatch, truncated file
  kUnsupported,      // version or format this build does not read
  kInternal,         // a bug in chronicle: please report it with the input
  kDeadlineExceeded, // a caller's time limit passed before the work was done
};

// One-line description of a code, e.g. "parse error".
const char* status_code_name(StatusCode code);

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message, std::string where = {}, int64_t offset = -1)
      : code_(code), message_(std::move(message)), where_(std::move(where)), offset_(offset) {}

  static Status ok_status() { return {}; }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // The input the error is about (file name, "file:line", model section), or empty.
  const std::string& where() const { return where_; }
  // Byte or code-point offset inside `where`, or -1 when not applicable.
  int64_t offset() const { return offset_; }
  // "where: message" (plus " at offset N"), suitable for `error: ...` lines.
  std::string to_string() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::string where_;
  int64_t offset_ = -1;
};

// A value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit on purpose
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit on purpose

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

#define CHRONICLE_RETURN_IF_ERROR(expr)         \
  do {                                          \
    ::chronicle::Status _st = (expr);           \
    if (!_st.ok()) return _st;                  \
  } while (0)

}  // namespace chronicle
