#pragma once

#include "presets/filter_preset.h"

#include <string>
#include <vector>

namespace kestrel::core {

class Database;

/// Filter presets in ops.filter_presets. Every call is one transaction on the given connection,
/// which belongs to the calling thread. The owner is the database role (current_user): own presets
/// can be saved over and deleted, shared presets of others only read. Parameters are always bound.
class FilterPresetStore {
public:
    explicit FilterPresetStore(Database& db) : m_db(db) {}

    /// Own presets of the page and those others share; own first, then by name.
    std::vector<FilterPreset> list(const std::string& page);

    /// Saves the current role's preset `name` of the page; an own preset of that name is
    /// overwritten (filters and sharing updated). filtersJson must be a JSON object.
    /// Throws Error(InvalidArgument) for a bad page, name or filters, Error(Sql) from the server.
    FilterPreset save(const std::string& page, const std::string& name, const std::string& filtersJson, bool shared);

    /// Saves many presets into the page in one transaction (all or none); returns how many.
    int saveAll(const std::string& page, const std::vector<FilterPreset>& presets);

    /// Deletes an own preset. Throws Error(InvalidArgument) when nothing was deleted: the preset
    /// is someone else's (named) or does not exist any more.
    void remove(std::int64_t id);

    /// The exchange format (see preset_json::write).
    static std::string exportJson(const std::vector<FilterPreset>& presets);
    /// Parses and validates the exchange format; errors name the preset and field.
    static std::vector<FilterPreset> importJson(const std::string& text);

    /// Throws Error(InvalidArgument) unless page is a page key: [a-z][a-z0-9_.-]{0,63}.
    static void checkPage(const std::string& page);

private:
    Database& m_db;
};

} // namespace kestrel::core
