#pragma once

#include <cstdint>
#include <string>

namespace kestrel::core {

/// A saved filter state of one page. `filters` is a JSON object as compact text; what it holds is
/// the page's business (DataTableView writes quick filter, sort and hidden columns into it).
struct FilterPreset {
    std::int64_t id = 0; ///< 0 for a preset not stored yet (e.g. read from a file)
    std::string page;    ///< page key, e.g. "customers"
    std::string name;
    std::string owner;   ///< database role that saved it
    bool shared = false; ///< visible to everyone
    bool mine = false;   ///< owned by the current role (only those can be changed or deleted)
    std::string filters = "{}";
    std::string createdAt; ///< ISO 8601, UTC
    std::string updatedAt;

    bool operator==(const FilterPreset&) const = default;
};

} // namespace kestrel::core
