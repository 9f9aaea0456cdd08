#pragma once

#include "etl/entity_schema.h"

#include <string>
#include <string_view>
#include <vector>

namespace kestrel::core {

/// A statement and its text parameters ($1 …), run with exec_params.
struct BoundStatement {
    std::string sql;
    std::vector<std::string> params;
};

/// A reason template for the SQL checks, QCoreApplication::translate(context, sourceText), as a
/// pattern for PostgreSQL's format(): placeholder %k becomes %k$s, every other '%' is doubled. Only
/// placeholders the English source has are kept (a translation's extra %3 stays literal text), so
/// no translation can make format() fail. Bound as a parameter: format($1, a, b) fills it.
std::string sqlReasonPattern(const char* context, const char* sourceText);

/// The SQL of loads and rollbacks for one entity, built once from its schema. Identifiers come
/// from the registry (never from a file) and are quoted anyway; values are always parameters.
/// The staging table is `_stage` (file_line + the entity's fields), rejects go to `_rejects`.
/// $1 is the load id wherever a statement needs it.
class LoadStatements {
public:
    explicit LoadStatements(const EntitySchema& schema);

    const EntitySchema& schema() const { return m_schema; }
    std::string undoTable() const;  ///< ops.undo_crm_users

    std::string createStage() const;
    static std::string createRejects();
    std::vector<std::string> stageColumns() const;  ///< file_line + fields, for COPY

    /// Each inserts (line_no, column_name, value, reason) rows into _rejects; the reasons are
    /// translated (context "LoadChecks", or "EntityChecks" for the entity's own checks) and bound
    /// as parameters.
    std::vector<BoundStatement> rejectDuplicates() const; ///< natural key and unique fields, inside the file
    std::vector<BoundStatement> rejectMissingReferences(const EntityRegistry& registry) const;
    BoundStatement rejectExistingKeys() const;                 ///< append mode
    std::vector<BoundStatement> rejectUniqueConflicts() const; ///< unique fields held by another stored key
    std::vector<BoundStatement> rejectEntityChecks() const;
    static std::string dropRejectedFromStage();

    std::string stageTimeBounds() const;      ///< min/max(timeField) of _stage
    std::string touchedTimeBounds() const;    ///< min/max over _stage and this load's undo rows ($1)

    /// Replace mode: stored rows whose key is not in the file.
    std::string countRowsToRemove() const;
    /// Rows of `referencing` that point at rows the replace would remove (or a rollback deletes).
    std::string countReferencesToRemoved(const EntitySchema& referencing, const FieldSpec& field) const;
    std::string countReferencesToLoadRows(const EntitySchema& referencing, const FieldSpec& field) const;
    std::string backupRemoved() const;        ///< $1 = load id
    std::string deleteRemoved() const;
    std::string backupChanged() const;        ///< rows the upsert will change; $1 = load id
    std::string updateChanged() const;        ///< $1 = load id
    std::string insertNew() const;            ///< $1 = load id; only keys not stored yet
    std::string insertAll() const;            ///< $1 = load id (append)

    /// Rollback of load $1: put back changed rows, delete rows it inserted, re-insert removed rows.
    std::string restoreUpdated() const;
    std::string deleteLoadRows() const;
    std::string reinsertDeleted() const;
    std::string dropUndo() const;
    std::string rollbackTimeBounds() const;   ///< min/max(timeField) over the load's rows and undo rows

private:
    std::string q(const std::string& ident) const;
    std::string fieldList(const std::string& prefix = {}) const;
    std::string keyJoin(const std::string& a, const std::string& b) const;

    const EntitySchema& m_schema;
};

}  // namespace kestrel::core
