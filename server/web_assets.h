// The web viewer's files (server/web/), embedded into the binary at build
// time by server/embed_web.cmake so `chronicle serve` needs no files at run time.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace chronicle::server {

struct WebAsset {
  std::string_view path;          // URL path: "/", "/viewer.js", ...
  std::string_view content_type;  // "text/html; charset=utf-8", ...
  std::string_view body;
};

// All assets, in file-name order; the generated web_assets.cpp defines it.
std::span<const WebAsset> web_assets();

}  // namespace chronicle::server
