#include "etl/load_statements.h"

#include "etl/row_converter.h"

namespace kestrel::core {

LoadStatements::LoadStatements(const EntitySchema& schema) : m_schema(schema) {}

std::string LoadStatements::q(const std::string& ident) const
{
    std::string out = "\"";
    for (char c : ident) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string LoadStatements::fieldList(const std::string& prefix) const
{
    std::string out;
    for (const auto& f : m_schema.fields)
        out += (out.empty() ? "" : ", ") + prefix + q(f.name);
    return out;
}

std::string LoadStatements::keyJoin(const std::string& a, const std::string& b) const
{
    std::string out;
    for (const auto& k : m_schema.naturalKey)
        out += (out.empty() ? "" : " AND ") + a + "." + q(k) + " = " + b + "." + q(k);
    return out;
}

std::string LoadStatements::undoTable() const
{
    std::string name = m_schema.table;
    for (char& c : name)
        if (c == '.')
            c = '_';
    return "ops." + q("undo_" + name);
}

std::string LoadStatements::createStage() const
{
    std::string sql = "CREATE TEMP TABLE _stage (file_line bigint NOT NULL";
    for (const auto& f : m_schema.fields)
        sql += ", " + q(f.name) + " " + stageType(f.type);
    return sql + ") ON COMMIT DROP";
}

std::string LoadStatements::createRejects()
{
    return "CREATE TEMP TABLE _rejects (line_no bigint NOT NULL, column_name text NOT NULL, value text, "
           "reason text NOT NULL) ON COMMIT DROP";
}

std::vector<std::string> LoadStatements::stageColumns() const
{
    std::vector<std::string> cols{"file_line"};
    for (const auto& f : m_schema.fields)
        cols.push_back(q(f.name));
    return cols;
}

std::vector<std::string> LoadStatements::rejectDuplicates() const
{
    std::vector<std::vector<std::string>> keys{m_schema.naturalKey};
    for (const auto& f : m_schema.fields)
        if (f.unique)
            keys.push_back({f.name});
    std::vector<std::string> out;
    for (const auto& key : keys) {
        std::string cols, using_, shown;
        for (const auto& k : key) {
            cols += (cols.empty() ? "" : ", ") + q(k);
            shown += (shown.empty() ? "" : ", ") + ("s." + q(k) + "::text");
        }
        using_ = cols;
        const std::string what = key.size() == 1 ? key.front() : "key";
        out.push_back("INSERT INTO _rejects (line_no, column_name, value, reason) "
                      "SELECT s.file_line, '" + key.front() + "', concat_ws(', ', " + shown + "), "
                      "format('duplicate " + what + " in the file: also on line %s', d.first_line) "
                      "FROM _stage s JOIN (SELECT " + cols + ", min(file_line) AS first_line FROM _stage "
                      "GROUP BY " + cols + " HAVING count(*) > 1) d USING (" + using_ + ") "
                      "WHERE s.file_line <> d.first_line");
    }
    return out;
}

std::vector<std::string> LoadStatements::rejectMissingReferences(const EntityRegistry& registry) const
{
    std::vector<std::string> out;
    for (const auto& f : m_schema.fields) {
        if (f.refEntity.empty())
            continue;
        const EntitySchema* target = registry.find(f.refEntity);
        if (!target)
            continue;
        out.push_back("INSERT INTO _rejects (line_no, column_name, value, reason) "
                      "SELECT s.file_line, '" + f.name + "', s." + q(f.name) + "::text, "
                      "'no " + f.refEntity + " row with " + f.refField + " = ' || s." + q(f.name) + " "
                      "FROM _stage s WHERE s." + q(f.name) + " IS NOT NULL AND NOT EXISTS "
                      "(SELECT 1 FROM " + target->table + " r WHERE r." + q(f.refField) + " = s." + q(f.name) + ")");
    }
    return out;
}

std::string LoadStatements::rejectExistingKeys() const
{
    std::string shown;
    for (const auto& k : m_schema.naturalKey)
        shown += (shown.empty() ? "" : ", ") + ("s." + q(k) + "::text");
    return "INSERT INTO _rejects (line_no, column_name, value, reason) "
           "SELECT s.file_line, '" + m_schema.naturalKey.front() + "', concat_ws(', ', " + shown + "), "
           "'already stored (load ' || coalesce(t.load_id::text, 'generated') || '); use mode upsert to update it' "
           "FROM _stage s JOIN " + m_schema.table + " t ON " + keyJoin("t", "s");
}

std::vector<std::string> LoadStatements::rejectUniqueConflicts() const
{
    std::vector<std::string> out;
    std::string storedKey;
    for (const auto& k : m_schema.naturalKey)
        storedKey += (storedKey.empty() ? "" : ", ") + ("t." + q(k) + "::text");
    for (const auto& f : m_schema.fields) {
        if (!f.unique)
            continue;
        out.push_back("INSERT INTO _rejects (line_no, column_name, value, reason) "
                      "SELECT s.file_line, '" + f.name + "', s." + q(f.name) + "::text, "
                      "'" + f.name + " already belongs to " + m_schema.naturalKey.front() + " ' || concat_ws(', ', " +
                      storedKey + ") "
                      "FROM _stage s JOIN " + m_schema.table + " t ON t." + q(f.name) + " = s." + q(f.name) +
                      " WHERE NOT (" + keyJoin("t", "s") + ")");
    }
    return out;
}

std::vector<std::string> LoadStatements::rejectEntityChecks() const
{
    std::vector<std::string> out;
    for (const auto& c : m_schema.checks)
        out.push_back("INSERT INTO _rejects (line_no, column_name, value, reason) " + c.sql);
    return out;
}

std::string LoadStatements::dropRejectedFromStage()
{
    return "DELETE FROM _stage s WHERE s.file_line IN (SELECT line_no FROM _rejects)";
}

std::string LoadStatements::stageTimeBounds() const
{
    return "SELECT min(" + q(m_schema.timeField) + "), max(" + q(m_schema.timeField) + ") FROM _stage";
}

std::string LoadStatements::touchedTimeBounds() const
{
    const std::string tf = q(m_schema.timeField);
    return "SELECT min(x), max(x) FROM (SELECT " + tf + " AS x FROM _stage UNION ALL SELECT " + tf + " FROM " +
           undoTable() + " WHERE undo_load_id = $1) u";
}

std::string LoadStatements::countRowsToRemove() const
{
    return "SELECT count(*) FROM " + m_schema.table + " t WHERE NOT EXISTS (SELECT 1 FROM _stage s WHERE " +
           keyJoin("s", "t") + ")";
}

std::string LoadStatements::countReferencesToRemoved(const EntitySchema& referencing, const FieldSpec& field) const
{
    return "SELECT count(*), min(r.load_id) FROM " + referencing.table + " r JOIN " + m_schema.table + " t ON t." +
           q(field.refField) + " = r." + q(field.name) + " WHERE NOT EXISTS (SELECT 1 FROM _stage s WHERE " +
           keyJoin("s", "t") + ")";
}

std::string LoadStatements::countReferencesToLoadRows(const EntitySchema& referencing, const FieldSpec& field) const
{
    // Rows the load inserted (not those it only changed, which a rollback keeps under the same key).
    std::string notUpdated = "NOT EXISTS (SELECT 1 FROM " + undoTable() + " u WHERE u.undo_load_id = $1 AND " +
                             "u.undo_action = 'updated' AND " + keyJoin("u", "t") + ")";
    return "SELECT count(*), min(r.load_id) FROM " + referencing.table + " r JOIN " + m_schema.table + " t ON t." +
           q(field.refField) + " = r." + q(field.name) + " WHERE t.load_id = $1 AND " + notUpdated;
}

std::string LoadStatements::backupRemoved() const
{
    return "INSERT INTO " + undoTable() + " (undo_load_id, undo_action, " + fieldList() + ", load_id) SELECT $1, 'deleted', " +
           fieldList("t.") + ", t.load_id FROM " + m_schema.table + " t WHERE NOT EXISTS (SELECT 1 FROM _stage s WHERE " +
           keyJoin("s", "t") + ")";
}

std::string LoadStatements::deleteRemoved() const
{
    return "DELETE FROM " + m_schema.table + " t WHERE NOT EXISTS (SELECT 1 FROM _stage s WHERE " + keyJoin("s", "t") +
           ")";
}

namespace {
std::string distinctRows(const std::string& tcols, const std::string& scols)
{
    return "(" + tcols + ") IS DISTINCT FROM (" + scols + ")";
}
}  // namespace

std::string LoadStatements::backupChanged() const
{
    return "INSERT INTO " + undoTable() + " (undo_load_id, undo_action, " + fieldList() + ", load_id) SELECT $1, 'updated', " +
           fieldList("t.") + ", t.load_id FROM " + m_schema.table + " t JOIN _stage s ON " + keyJoin("t", "s") +
           " WHERE " + distinctRows(fieldList("t."), fieldList("s."));
}

std::string LoadStatements::updateChanged() const
{
    std::string set;
    for (const auto& f : m_schema.fields)
        set += (set.empty() ? "" : ", ") + q(f.name) + " = s." + q(f.name);
    return "UPDATE " + m_schema.table + " t SET " + set + ", load_id = $1 FROM _stage s WHERE " + keyJoin("t", "s") +
           " AND " + distinctRows(fieldList("t."), fieldList("s."));
}

std::string LoadStatements::insertNew() const
{
    return "INSERT INTO " + m_schema.table + " (" + fieldList() + ", load_id) SELECT " + fieldList("s.") +
           ", $1 FROM _stage s WHERE NOT EXISTS (SELECT 1 FROM " + m_schema.table + " t WHERE " + keyJoin("t", "s") +
           ")";
}

std::string LoadStatements::insertAll() const
{
    return "INSERT INTO " + m_schema.table + " (" + fieldList() + ", load_id) SELECT " + fieldList("s.") +
           ", $1 FROM _stage s";
}

std::string LoadStatements::restoreUpdated() const
{
    std::string set;
    for (const auto& f : m_schema.fields)
        set += (set.empty() ? "" : ", ") + q(f.name) + " = u." + q(f.name);
    return "UPDATE " + m_schema.table + " t SET " + set + ", load_id = u.load_id FROM " + undoTable() +
           " u WHERE u.undo_load_id = $1 AND u.undo_action = 'updated' AND t.load_id = $1 AND " + keyJoin("t", "u");
}

std::string LoadStatements::deleteLoadRows() const
{
    return "DELETE FROM " + m_schema.table + " WHERE load_id = $1";
}

std::string LoadStatements::reinsertDeleted() const
{
    return "INSERT INTO " + m_schema.table + " (" + fieldList() + ", load_id) SELECT " + fieldList("u.") +
           ", u.load_id FROM " + undoTable() + " u WHERE u.undo_load_id = $1 AND u.undo_action = 'deleted'";
}

std::string LoadStatements::dropUndo() const
{
    return "DELETE FROM " + undoTable() + " WHERE undo_load_id = $1";
}

std::string LoadStatements::rollbackTimeBounds() const
{
    const std::string tf = q(m_schema.timeField);
    return "SELECT min(x), max(x) FROM (SELECT " + tf + " AS x FROM " + m_schema.table +
           " WHERE load_id = $1 UNION ALL SELECT " + tf + " FROM " + undoTable() + " WHERE undo_load_id = $1) u";
}

}  // namespace kestrel::core
