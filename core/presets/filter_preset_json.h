#pragma once

#include "presets/filter_preset.h"

#include <string>
#include <vector>

namespace kestrel::core::preset_json {

/// The exchange format: {"format": "kestrel.filter-presets", "version": 1, "presets": [
///   {"page": "customers", "name": "…", "shared": false, "filters": {…}}, …]}.
/// Ids, owners and times stay behind: an import makes the presets the importer's own.
std::string write(const std::vector<FilterPreset>& presets);

/// Reads the exchange format (or a bare array of presets). Each preset needs "name" (non-empty
/// text) and "filters" (an object); "page" (text) and "shared" (true/false) are optional.
/// Throws Error(InvalidArgument) naming the preset (1-based) and the field, e.g.
/// `preset 2: missing "name"`.
std::vector<FilterPreset> read(const std::string& text);

/// Checks a preset name as the database will: 1–200 characters, no leading or trailing spaces
/// (callers trim first). Throws Error(InvalidArgument).
void checkName(const std::string& name);

/// Checks that text is a JSON object and returns it compact. Throws Error(InvalidArgument).
std::string normalizeFilters(const std::string& text);

} // namespace kestrel::core::preset_json
