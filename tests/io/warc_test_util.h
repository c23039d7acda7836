// Builds WARC files for tests: records from invented pages, written plain,
// gzipped per record (as Common Crawl does) or as one gzip member.
#pragma once

#include <zlib.h>

#include <string>
#include <vector>

namespace chronicle::warc_test {

inline std::string gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

struct Record {
  std::string type;          // warcinfo, request, response, resource, metadata
  std::string uri;
  std::string content_type;  // WARC Content-Type
  std::string block;
  std::string id;            // record id without <>
  std::string date = "2018-06-01T03:10:00Z";
  long length_delta = 0;     // added to the true Content-Length, to corrupt it
};

inline std::string http_response(const std::string& status, const std::string& headers, const std::string& body) {
  return "HTTP/1.1 " + status + "\r\n" + headers + "\r\n" + body;
}

inline std::string serialize(const Record& r) {
  std::string h = "WARC/1.0\r\nWARC-Type: " + r.type + "\r\n";
  if (!r.uri.empty()) h += "WARC-Target-URI: " + r.uri + "\r\n";
  h += "WARC-Date: " + r.date + "\r\n";
  h += "WARC-Record-ID: <" + r.id + ">\r\n";
  if (!r.content_type.empty()) h += "Content-Type: " + r.content_type + "\r\n";
  h += "Content-Length: " + std::to_string(static_cast<long>(r.block.size()) + r.length_delta) + "\r\n\r\n";
  return h + r.block + "\r\n\r\n";
}

enum class Packing { kPlain, kGzipPerRecord, kGzipOneMember };

inline std::string warc_file(const std::vector<Record>& records, Packing packing) {
  std::string all;
  for (const Record& r : records) {
    const std::string s = serialize(r);
    all += packing == Packing::kGzipPerRecord ? gzip(s) : s;
  }
  return packing == Packing::kGzipOneMember ? gzip(all) : all;
}

}  // namespace chronicle::warc_test
