// Pieces shared by the GDELT Event 2.0 and GKG 2.1 writers: stable record
// ids, GDELT's date forms, FIPS country codes and field cleaning.
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "chronicle/document.h"

namespace chronicle::io {

// 63-bit FNV-1a hash of `id` and `index`, so records of different documents
// and shards never collide and a rerun gives the same ids.
uint64_t gdelt_record_id(std::string_view document_id, uint64_t index);

// "2018-05-31" -> "20180531"; empty for anything that is not yyyy-mm-dd.
std::string gdelt_sql_date(std::string_view iso_date);

// FIPS 10-4 code of an ISO 3166 alpha-2 country ("US" -> "US", "DE" -> "GM");
// empty when unknown.
std::string_view fips_country(std::string_view iso2);

// GDELT's geographic resolution: 1 country, 2 US state, 3 US city,
// 4 world city, 5 world state; 0 when the feature code says none of these.
int gdelt_geo_type(const GeoPoint& geo);

// Appends `s` with tabs, newlines and the GKG delimiters it would break
// (`extra`) replaced by spaces.
void append_clean(std::string& out, std::string_view s, std::string_view extra = {});

}  // namespace chronicle::io
