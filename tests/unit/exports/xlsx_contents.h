#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace kestrel::test {

/// The text members of a zip (an .xlsx) by name, read with Python's zipfile through
/// /usr/bin/python3 (always present on Debian; `unzip` may not be). Throws on failure.
std::map<std::string, std::string> readZipMembers(const std::filesystem::path& zip);

} // namespace kestrel::test
