#include "etl/load_statements.h"

#include "common/translate.h"
#include "etl/row_converter.h"

#include <algorithm>

namespace kestrel::core {

namespace {

// Reads a Qt placeholder (%1 … %99, or %L1) at text[i] == '%'; returns its number (0 if none)
// and sets `end` past it.
std::size_t placeholderAt(std::string_view text, std::size_t i, std::size_t& end)
{
    std::size_t p = i + 1;
    if (p < text.size() && text[p] == 'L')
        ++p;
    const std::size_t digits = p;
    std::size_t number = 0;
    while (p < text.size() && p - digits < 2 && text[p] >= '0' && text[p] <= '9')
        number = number * 10 + static_cast<std::size_t>(text[p++] - '0');
    end = p;
    return p == digits ? 0 : number;
}

} // namespace

std::string sqlReasonPattern(const char* context, const char* sourceText)
{
    const std::string_view source(sourceText);
    std::size_t argCount = 0;
    for (std::size_t i = source.find('%'); i != std::string_view::npos; i = source.find('%', i + 1)) {
        std::size_t end = 0;
        argCount = std::max(argCount, placeholderAt(source, i, end));
    }
    const std::string text = QCoreApplication::translate(context, sourceText).toStdString();
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        std::size_t end = 0;
        const std::size_t number = placeholderAt(text, i, end);
        if (number >= 1 && number <= argCount) {
            out += "%" + std::to_string(number) + "$s";
            i = end - 1;
        } else {
            out += "%%";
        }
    }
    return out;
}

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

// The SQL below is laid out by clause, which clang-format would undo.
// clang-format off
std::vector<BoundStatement> LoadStatements::rejectDuplicates() const
{
    std::vector<std::vector<std::string>> keys{m_schema.naturalKey};
    for (const auto& f : m_schema.fields)
        if (f.unique)
            keys.push_back({f.name});
    std::vector<BoundStatement> out;
    for (const auto& key : keys) {
        std::string cols, using_, shown;
        std::string notNull;
        for (const auto& k : key) {
            notNull += (notNull.empty() ? "" : " AND ") + q(k) + " IS NOT NULL";
            cols += (cols.empty() ? "" : ", ") + q(k);
            shown += (shown.empty() ? "" : ", ") + ("s." + q(k) + "::text");
        }
        using_ = cols;
        BoundStatement st;
        if (key.size() == 1)
            st.params = {sqlReasonPattern("LoadChecks",
                                          QT_TRANSLATE_NOOP("LoadChecks", "duplicate %1 in the file: also on line %2")),
                         key.front()};
        else
            st.params = {sqlReasonPattern(
                "LoadChecks", QT_TRANSLATE_NOOP("LoadChecks", "duplicate key in the file: also on line %1"))};
        const std::string reason =
            key.size() == 1 ? "format($1, $2::text, d.first_line)" : "format($1, d.first_line)";
        st.sql = "INSERT INTO _rejects (line_no, column_name, value, reason) "
                 "SELECT s.file_line, '" + key.front() + "', concat_ws(', ', " + shown + "), " + reason + " "
                 "FROM _stage s JOIN (SELECT " + cols + ", min(file_line) AS first_line FROM _stage "
                 // An optional unique field (a Telegram id) may be empty on many lines: those are no duplicates.
                 "WHERE " + notNull + " "
                 "GROUP BY " + cols + " HAVING count(*) > 1) d USING (" + using_ + ") "
                 "WHERE s.file_line <> d.first_line";
        out.push_back(std::move(st));
    }
    return out;
}

std::vector<BoundStatement> LoadStatements::rejectMissingReferences(const EntityRegistry& registry) const
{
    std::vector<BoundStatement> out;
    for (const auto& f : m_schema.fields) {
        if (f.refEntity.empty())
            continue;
        const EntitySchema* target = registry.find(f.refEntity);
        if (!target)
            continue;
        out.push_back({"INSERT INTO _rejects (line_no, column_name, value, reason) "
                       "SELECT s.file_line, '" + f.name + "', s." + q(f.name) + "::text, "
                       "format($1, $2::text, $3::text, s." + q(f.name) + ") "
                       "FROM _stage s WHERE s." + q(f.name) + " IS NOT NULL AND NOT EXISTS "
                       "(SELECT 1 FROM " + target->table + " r WHERE r." + q(f.refField) + " = s." + q(f.name) + ")",
                       {sqlReasonPattern("LoadChecks", QT_TRANSLATE_NOOP("LoadChecks", "no %1 row with %2 = %3")),
                        f.refEntity, f.refField}});
    }
    return out;
}

BoundStatement LoadStatements::rejectExistingKeys() const
{
    std::string shown;
    for (const auto& k : m_schema.naturalKey)
        shown += (shown.empty() ? "" : ", ") + ("s." + q(k) + "::text");
    return {"INSERT INTO _rejects (line_no, column_name, value, reason) "
            "SELECT s.file_line, '" + m_schema.naturalKey.front() + "', concat_ws(', ', " + shown + "), "
            "CASE WHEN t.load_id IS NULL THEN format($2) ELSE format($1, t.load_id) END "
            "FROM _stage s JOIN " + m_schema.table + " t ON " + keyJoin("t", "s"),
            {sqlReasonPattern("LoadChecks", QT_TRANSLATE_NOOP("LoadChecks", "already stored (load %1); use mode "
                                                                           "upsert to update it")),
             // rows written by `kestrel generate` have no load
             sqlReasonPattern("LoadChecks", QT_TRANSLATE_NOOP("LoadChecks", "already stored (load generated); use mode "
                                                                           "upsert to update it"))}};
}

std::vector<BoundStatement> LoadStatements::rejectUniqueConflicts() const
{
    std::vector<BoundStatement> out;
    std::string storedKey;
    for (const auto& k : m_schema.naturalKey)
        storedKey += (storedKey.empty() ? "" : ", ") + ("t." + q(k) + "::text");
    for (const auto& f : m_schema.fields) {
        if (!f.unique)
            continue;
        out.push_back({"INSERT INTO _rejects (line_no, column_name, value, reason) "
                       "SELECT s.file_line, '" + f.name + "', s." + q(f.name) + "::text, "
                       "format($1, $2::text, $3::text, concat_ws(', ', " + storedKey + ")) "
                       "FROM _stage s JOIN " + m_schema.table + " t ON t." + q(f.name) + " = s." + q(f.name) +
                       " WHERE NOT (" + keyJoin("t", "s") + ")",
                       {sqlReasonPattern("LoadChecks", QT_TRANSLATE_NOOP("LoadChecks", "%1 already belongs to %2 %3")),
                        f.name, m_schema.naturalKey.front()}});
    }
    return out;
}

// clang-format on

std::vector<BoundStatement> LoadStatements::rejectEntityChecks() const
{
    std::vector<BoundStatement> out;
    for (const auto& c : m_schema.checks) {
        BoundStatement st{"INSERT INTO _rejects (line_no, column_name, value, reason) " + c.sql, {}};
        for (const char* reason : c.reasons)
            st.params.push_back(sqlReasonPattern("EntityChecks", reason));
        out.push_back(std::move(st));
    }
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
