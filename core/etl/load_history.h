#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::core {

class Database;
class JobContext;

/// One row of ops.loads as the Loads page and `kestrel loads list` show it.
struct LoadRecord {
    std::int64_t loadId = 0;
    std::string entity, fileName, mode, status, format, who, error, errorLogPath, sha256;
    std::string startedAt, finishedAt;  ///< ISO 8601, UTC; finishedAt "" while running
    double durationSeconds = 0;
    std::int64_t fileSize = 0;
    std::int64_t rowsRead = 0, rowsInserted = 0, rowsUpdated = 0, rowsUnchanged = 0, rowsDeleted = 0, rowsRejected = 0;
    std::int64_t rollbackOf = 0;    ///< for a rollback: the load it undid
    std::int64_t rolledBackBy = 0;  ///< for a rolled-back load: the rollback's load id
    /// Can be rolled back now (succeeded import, not yet undone).
    bool canRollBack() const;
};

struct RollbackReport {
    std::int64_t loadId = 0;          ///< the load undone
    std::int64_t rollbackLoadId = 0;  ///< the ops.loads row recording the rollback
    std::string entity;
    std::int64_t rowsRestored = 0;    ///< rows put back to their previous values
    std::int64_t rowsDeleted = 0;     ///< rows the load had inserted, removed
    std::int64_t rowsReinserted = 0;  ///< rows the load had removed (replace), put back
    double seconds = 0;
};

/// The history of loads and their rollback.
class LoadHistory {
public:
    /// Newest first. Marks loads whose program died mid-way as failed first.
    static std::vector<LoadRecord> list(Database& db, int limit = 500);
    static LoadRecord get(Database& db, std::int64_t loadId);
    /// The newest succeeded load of `entity` whose file had this SHA-256, i.e. the load that makes
    /// Loader::run refuse the same file again without `force`; nullopt when there is none.
    static std::optional<LoadRecord> findLoadedFile(Database& db, const std::string& entity, const std::string& sha256);

    /// Restores exactly the state before load `loadId`: rows it changed get their old values back,
    /// rows it inserted go, rows it removed (replace) return. Refused (Error(InvalidArgument), with
    /// the reason) when the load is not a succeeded import, when a later load of the same entity
    /// is still in place, or when rows of other tables refer to rows the load inserted. Recorded
    /// as a load of mode 'rollback' and in the audit log; one transaction.
    static RollbackReport rollback(JobContext& ctx, std::int64_t loadId);
};

}  // namespace kestrel::core
