#include "etl/load_history.h"

#include "common/error.h"
#include "common/logging.h"
#include "common/translate.h"
#include "db/database.h"
#include "etl/entity_schema.h"
#include "etl/load_statements.h"
#include "jobs/job_context.h"

#include <QtCore/QCoreApplication>
#include <spdlog/spdlog.h>

#include <chrono>

namespace kestrel::core {
namespace {

constexpr const char* kSelect =
    "SELECT load_id, coalesce(entity, target_table), coalesce(file_name, source), coalesce(mode, ''), status, format, "
    "created_by, coalesce(error, ''), coalesce(error_log_path, ''), coalesce(file_sha256, ''), "
    "to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
    "coalesce(to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), ''), "
    "extract(epoch FROM coalesce(finished_at, clock_timestamp()) - started_at)::float8, coalesce(file_size, 0), "
    "rows_read, rows_inserted, rows_updated, rows_unchanged, rows_deleted, rows_rejected, "
    "coalesce(rollback_of, 0), coalesce(rolled_back_by, 0) FROM ops.loads ";

LoadRecord toRecord(const pqxx::row& r)
{
    LoadRecord l;
    l.loadId = r[0].as<std::int64_t>();
    l.entity = r[1].c_str();
    l.fileName = r[2].c_str();
    l.mode = r[3].c_str();
    l.status = r[4].c_str();
    l.format = r[5].c_str();
    l.who = r[6].c_str();
    l.error = r[7].c_str();
    l.errorLogPath = r[8].c_str();
    l.sha256 = r[9].c_str();
    l.startedAt = r[10].c_str();
    l.finishedAt = r[11].c_str();
    l.durationSeconds = r[12].as<double>();
    l.fileSize = r[13].as<std::int64_t>();
    l.rowsRead = r[14].as<std::int64_t>();
    l.rowsInserted = r[15].as<std::int64_t>();
    l.rowsUpdated = r[16].as<std::int64_t>();
    l.rowsUnchanged = r[17].as<std::int64_t>();
    l.rowsDeleted = r[18].as<std::int64_t>();
    l.rowsRejected = r[19].as<std::int64_t>();
    l.rollbackOf = r[20].as<std::int64_t>();
    l.rolledBackBy = r[21].as<std::int64_t>();
    return l;
}

// `why` comes translated.
Error refused(std::int64_t loadId, const std::string& why)
{
    return Error(Error::Code::InvalidArgument,
                 trArgs(QCoreApplication::translate("LoadHistory", "cannot roll back load %1: %2"), loadId, why));
}

}  // namespace

bool LoadRecord::canRollBack() const
{
    return status == "succeeded" && (mode == "append" || mode == "upsert" || mode == "replace");
}

std::vector<LoadRecord> LoadHistory::list(Database& db, int limit)
{
    std::vector<LoadRecord> out;
    db.transact([&](pqxx::work& tx) {
        out.clear();
        tx.exec("SELECT ops.mark_interrupted_loads()");
        for (const auto& row : tx.exec_params(std::string(kSelect) + "ORDER BY load_id DESC LIMIT $1", limit))
            out.push_back(toRecord(row));
    });
    return out;
}

LoadRecord LoadHistory::get(Database& db, std::int64_t loadId)
{
    LoadRecord rec;
    db.read([&](pqxx::work& tx) {
        const auto r = tx.exec_params(std::string(kSelect) + "WHERE load_id = $1", loadId);
        if (r.empty())
            throw Error(Error::Code::InvalidArgument,
                        trArgs(QCoreApplication::translate("LoadHistory", "there is no load %1"), loadId));
        rec = toRecord(r[0]);
    });
    return rec;
}

std::optional<LoadRecord> LoadHistory::findLoadedFile(Database& db, const std::string& entity,
                                                      const std::string& sha256)
{
    std::optional<LoadRecord> found;
    if (sha256.empty())
        return found;
    db.read([&](pqxx::work& tx) {
        found.reset();
        // The same condition as Loader's refusal of a repeated file (and its partial index).
        const auto r = tx.exec_params(std::string(kSelect) +
                                          "WHERE entity = $1 AND file_sha256 = $2 AND status = 'succeeded' "
                                          "ORDER BY load_id DESC LIMIT 1",
                                      entity, sha256);
        if (!r.empty())
            found = toRecord(r[0]);
    });
    return found;
}

RollbackReport LoadHistory::rollback(JobContext& ctx, std::int64_t loadId)
{
    const auto t0 = std::chrono::steady_clock::now();
    RollbackReport rep;
    rep.loadId = loadId;
    ctx.db().transact([&](pqxx::work& tx) {
        tx.exec0("SET LOCAL statement_timeout = 0");
        const auto found = tx.exec_params(
            "SELECT entity, status, coalesce(mode, ''), coalesce(rolled_back_by, 0) FROM ops.loads WHERE load_id = $1 "
            "FOR UPDATE",
            loadId);
        if (found.empty())
            throw refused(loadId, trText("LoadHistory", QT_TRANSLATE_NOOP("LoadHistory", "there is no such load")));
        const std::string entity = found[0][0].is_null() ? "" : found[0][0].c_str();
        const std::string status = found[0][1].c_str();
        const std::string mode = found[0][2].c_str();
        if (mode == "generate")
            throw refused(loadId, trText("LoadHistory",
                                         QT_TRANSLATE_NOOP(
                                             "LoadHistory",
                                             "it is synthetic demo data (use kestrel generate --replace instead)")));
        if (mode == "rollback")
            throw refused(loadId, trText("LoadHistory", QT_TRANSLATE_NOOP("LoadHistory", "it is itself a rollback")));
        if (status == "rolled_back")
            throw refused(loadId,
                          trArgs(QCoreApplication::translate("LoadHistory", "it was rolled back already (by load %1)"),
                                 found[0][3].c_str()));
        if (status != "succeeded")
            throw refused(loadId, trArgs(QCoreApplication::translate("LoadHistory",
                                                                     "it did not succeed (%1), so it stored nothing"),
                                         status));
        const EntitySchema* schema = EntityRegistry::instance().find(entity);
        if (!schema)
            throw refused(loadId, trArgs(QCoreApplication::translate("LoadHistory",
                                                                     "its entity \"%1\" is unknown to this version"),
                                         entity));
        rep.entity = entity;
        tx.exec_params("SELECT pg_advisory_xact_lock(hashtext($1))", "kestrel.load:" + schema->table);

        const auto later = tx.exec_params(
            "SELECT load_id FROM ops.loads WHERE entity = $1 AND load_id > $2 AND status = 'succeeded' "
            "AND mode IN ('append', 'upsert', 'replace') ORDER BY load_id DESC LIMIT 1",
            entity, loadId);
        if (!later.empty())
            throw refused(loadId, trArgs(QCoreApplication::translate(
                                             "LoadHistory", "load %1 changed %2 after it; roll that one back first"),
                                         later[0][0].c_str(), entity));

        const LoadStatements sql(*schema);
        for (const auto& other : EntityRegistry::instance().all())
            for (const auto& f : other.fields) {
                if (f.refEntity != schema->name)
                    continue;
                const pqxx::row r = tx.exec_params1(sql.countReferencesToLoadRows(other, f), loadId);
                const auto n = r[0].as<std::int64_t>();
                if (n > 0 && r[1].is_null())
                    throw refused(loadId, trArgs(QCoreApplication::translate(
                                                     "LoadHistory", "%1 %2 rows (generated data) refer to %3 rows it "
                                                                    "added; roll back generated data first"),
                                                 n, other.name, entity));
                if (n > 0)
                    throw refused(loadId, trArgs(QCoreApplication::translate("LoadHistory",
                                                                             "%1 %2 rows (load %3) refer to %4 rows it "
                                                                             "added; roll back load %3 first"),
                                                 n, other.name, r[1].c_str(), entity));
            }

        rep.rollbackLoadId =
            tx.exec_params1("INSERT INTO ops.loads (source, target_table, format, status, entity, mode, rollback_of, "
                            "file_name) VALUES ('kestrel loads rollback', $1, 'rollback', 'running', $2, 'rollback', $3, "
                            "(SELECT file_name FROM ops.loads WHERE load_id = $3)) RETURNING load_id",
                            schema->table, entity, loadId)[0]
                .as<std::int64_t>();

        ctx.progress(0.1, trText("LoadHistory", QT_TRANSLATE_NOOP("LoadHistory", "Restoring the previous rows…")));
        std::string lo, hi;
        if (!schema->timeField.empty() && !schema->refreshSql.empty()) {
            const pqxx::row b = tx.exec_params1(sql.rollbackTimeBounds(), loadId);
            if (!b[0].is_null()) {
                lo = b[0].c_str();
                hi = b[1].c_str();
            }
        }
        rep.rowsRestored = static_cast<std::int64_t>(tx.exec_params(sql.restoreUpdated(), loadId).affected_rows());
        ctx.throwIfStopped();
        ctx.progress(0.4, trText("LoadHistory", QT_TRANSLATE_NOOP("LoadHistory", "Removing the rows the load added…")));
        rep.rowsDeleted = static_cast<std::int64_t>(tx.exec_params(sql.deleteLoadRows(), loadId).affected_rows());
        ctx.throwIfStopped();
        ctx.progress(0.7, trText("LoadHistory", QT_TRANSLATE_NOOP("LoadHistory", "Putting back removed rows…")));
        rep.rowsReinserted = static_cast<std::int64_t>(tx.exec_params(sql.reinsertDeleted(), loadId).affected_rows());
        tx.exec_params(sql.dropUndo(), loadId);
        if (!lo.empty()) {
            ctx.progress(0.9, trText("LoadHistory", QT_TRANSLATE_NOOP("LoadHistory", "Refreshing summaries…")));
            tx.exec_params(schema->refreshSql, lo, hi);
        }
        tx.exec_params("UPDATE ops.loads SET status = 'succeeded', finished_at = clock_timestamp(), rows_updated = $2, "
                       "rows_deleted = $3, rows_inserted = $4 WHERE load_id = $1",
                       rep.rollbackLoadId, rep.rowsRestored, rep.rowsDeleted, rep.rowsReinserted);
        tx.exec_params("UPDATE ops.loads SET status = 'rolled_back', rolled_back_by = $2 WHERE load_id = $1", loadId,
                       rep.rollbackLoadId);
        tx.exec_params("INSERT INTO ops.audit_log (action, object_type, object_id, details) VALUES ('load.rollback', "
                       "'load', $1, jsonb_build_object('rollback_load_id', $2::bigint, 'entity', $3::text, "
                       "'restored', $4::bigint, 'deleted', $5::bigint, 'reinserted', $6::bigint))",
                       std::to_string(loadId), rep.rollbackLoadId, entity, rep.rowsRestored, rep.rowsDeleted,
                       rep.rowsReinserted);
    });
    rep.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    logging::get("etl")->info("load {} rolled back as load {}: restored {}, deleted {}, re-inserted {} in {:.1f} s",
                              loadId, rep.rollbackLoadId, rep.rowsRestored, rep.rowsDeleted, rep.rowsReinserted,
                              rep.seconds);
    ctx.progress(1.0, trText("LoadHistory", QT_TRANSLATE_NOOP("LoadHistory", "Done")));
    return rep;
}

}  // namespace kestrel::core
