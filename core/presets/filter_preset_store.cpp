#include "presets/filter_preset_store.h"

#include "common/error.h"
#include "db/database.h"
#include "presets/filter_preset_json.h"

#include <QtCore/QCoreApplication>

namespace kestrel::core {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::core::FilterPresetStore", text);
}

constexpr const char* kColumns = "preset_id, page, name, owner, shared, owner = current_user, filters::text, "
                                 "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                                 "to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

FilterPreset fromRow(const pqxx::row& r)
{
    FilterPreset p;
    p.id = r[0].as<std::int64_t>();
    p.page = r[1].as<std::string>();
    p.name = r[2].as<std::string>();
    p.owner = r[3].as<std::string>();
    p.shared = r[4].as<bool>();
    p.mine = r[5].as<bool>();
    p.filters = r[6].as<std::string>();
    p.createdAt = r[7].as<std::string>();
    p.updatedAt = r[8].as<std::string>();
    return p;
}

const std::string& upsertSql()
{
    static const std::string sql =
        std::string("INSERT INTO ops.filter_presets (page, name, shared, filters) VALUES ($1, $2, $3, $4::jsonb) "
                    "ON CONFLICT ON CONSTRAINT filter_presets_name_unique DO UPDATE "
                    "SET shared = EXCLUDED.shared, filters = EXCLUDED.filters, "
                    "updated_at = greatest(now(), ops.filter_presets.created_at) "
                    "RETURNING ") +
        kColumns;
    return sql;
}

} // namespace

void FilterPresetStore::checkPage(const std::string& page)
{
    bool ok = !page.empty() && page.size() <= 64 && page[0] >= 'a' && page[0] <= 'z';
    for (char c : page)
        ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-');
    if (!ok)
        throw Error(Error::Code::InvalidArgument,
                    tr("\"%1\" is not a page key (lower-case letters, digits, _ . -; 64 at most)")
                        .arg(QString::fromStdString(page))
                        .toStdString());
}

std::vector<FilterPreset> FilterPresetStore::list(const std::string& page)
{
    checkPage(page);
    std::vector<FilterPreset> out;
    m_db.read([&](pqxx::work& tx) {
        out.clear();
        const auto rows = tx.exec_params(std::string("SELECT ") + kColumns +
                                             " FROM ops.filter_presets WHERE page = $1 AND (owner = current_user OR "
                                             "shared) ORDER BY owner = current_user DESC, lower(name), name, owner",
                                         page);
        for (const auto& r : rows)
            out.push_back(fromRow(r));
    });
    return out;
}

FilterPreset FilterPresetStore::save(const std::string& page, const std::string& name, const std::string& filtersJson,
                                     bool shared)
{
    checkPage(page);
    preset_json::checkName(name);
    const std::string filters = preset_json::normalizeFilters(filtersJson);
    FilterPreset saved;
    m_db.transact([&](pqxx::work& tx) { saved = fromRow(tx.exec_params1(upsertSql(), page, name, shared, filters)); });
    return saved;
}

int FilterPresetStore::saveAll(const std::string& page, const std::vector<FilterPreset>& presets)
{
    checkPage(page);
    std::vector<std::string> filters;
    for (const FilterPreset& p : presets) {
        preset_json::checkName(p.name);
        filters.push_back(preset_json::normalizeFilters(p.filters));
    }
    m_db.transact([&](pqxx::work& tx) {
        for (std::size_t i = 0; i < presets.size(); ++i)
            tx.exec_params1(upsertSql(), page, presets[i].name, presets[i].shared, filters[i]);
    });
    return static_cast<int>(presets.size());
}

void FilterPresetStore::remove(std::int64_t id)
{
    std::optional<std::string> otherOwner;
    std::string name;
    bool deleted = false;
    m_db.transact([&](pqxx::work& tx) {
        deleted = !tx.exec_params("DELETE FROM ops.filter_presets WHERE preset_id = $1 AND owner = current_user "
                                  "RETURNING preset_id",
                                  id)
                       .empty();
        if (!deleted) {
            const auto r = tx.exec_params("SELECT owner, name FROM ops.filter_presets WHERE preset_id = $1", id);
            if (!r.empty()) {
                otherOwner = r[0][0].as<std::string>();
                name = r[0][1].as<std::string>();
            }
        }
    });
    if (deleted)
        return;
    if (otherOwner)
        throw Error(Error::Code::InvalidArgument,
                    tr("The preset \"%1\" belongs to %2; only its owner can delete it")
                        .arg(QString::fromStdString(name), QString::fromStdString(*otherOwner))
                        .toStdString(),
                    "ops.filter_presets");
    throw Error(Error::Code::InvalidArgument,
                tr("Nothing was deleted: preset %1 does not exist any more").arg(id).toStdString(),
                "ops.filter_presets");
}

std::string FilterPresetStore::exportJson(const std::vector<FilterPreset>& presets)
{
    return preset_json::write(presets);
}

std::vector<FilterPreset> FilterPresetStore::importJson(const std::string& text)
{
    return preset_json::read(text);
}

} // namespace kestrel::core
