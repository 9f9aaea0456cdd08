#include "etl/loader.h"

#include "common/error.h"
#include "common/logging.h"
#include "common/paths.h"
#include "common/translate.h"
#include "db/copy_stream.h"
#include "db/database.h"
#include "etl/load_statements.h"
#include "etl/reader_error.h"
#include "etl/rejects_file.h"
#include "etl/row_converter.h"
#include "jobs/job_context.h"

#include <QtCore/QCoreApplication>
#include <spdlog/spdlog.h>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <chrono>
#include <filesystem>

namespace kestrel::core {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// Thrown at the end of a dry run to roll the transaction back; never leaves Loader::run.
struct DryRunDone : Error {
    DryRunDone() : Error(Code::Cancelled, "dry run") {}
};

std::string formatName(FileFormat f)
{
    return f == FileFormat::Json ? "json" : "csv";
}

std::string fileLabelOf(const std::string& path)
{
    return std::filesystem::path(path).filename().string();
}

std::string paramsJson(const LoadRequest& r)
{
    QJsonObject o;
    o[QStringLiteral("path")] = QString::fromStdString(std::filesystem::absolute(r.path).string());
    o[QStringLiteral("reject_policy")] =
        r.rejects == RejectPolicy::LoadGoodRows ? QStringLiteral("load_good_rows") : QStringLiteral("load_nothing");
    o[QStringLiteral("force")] = r.force;
    o[QStringLiteral("ignore_unknown")] = r.ignoreUnknown;
    if (const char* user = std::getenv("USER"))
        o[QStringLiteral("os_user")] = QString::fromUtf8(user);
    QJsonArray mapping;
    for (const auto& m : r.mapping)
        mapping.append(QString::fromStdString(m.column + "=" + m.field));
    o[QStringLiteral("mapping")] = mapping;
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

/// Logs how long a step of the load took, at debug level (KESTREL_LOG_LEVEL=debug).
class StepTimer {
public:
    explicit StepTimer(std::string step) : m_step(std::move(step)), m_t0(Clock::now()) {}
    ~StepTimer() { logging::get("etl")->debug("{}: {:.3f} s", m_step, since(m_t0)); }
    StepTimer(const StepTimer&) = delete;
    StepTimer& operator=(const StepTimer&) = delete;

private:
    std::string m_step;
    Clock::time_point m_t0;
};

std::int64_t affected(const pqxx::result& r)
{
    return static_cast<std::int64_t>(r.affected_rows());
}

class LoadRun {
public:
    LoadRun(JobContext& ctx, const LoadRequest& request, const EntitySchema& schema, LoadReport& report)
        : m_ctx(ctx), m_req(request), m_schema(schema), m_sql(schema), m_report(report)
    {
    }

    void run(pqxx::work& tx);

private:
    void readIntoStage(pqxx::work& tx, RejectsFile& rejects);
    void checkInSql(pqxx::work& tx, RejectsFile& rejects);
    void refuseRepeatedFile(pqxx::work& tx);
    void merge(pqxx::work& tx);
    void refuseRemovalOfReferencedRows(pqxx::work& tx);
    void runHook(pqxx::work& tx, const std::string& hookSql, const std::string& boundsSql, bool withLoadId);
    std::string headerName(const std::string& field) const;

    JobContext& m_ctx;
    const LoadRequest& m_req;
    const EntitySchema& m_schema;
    LoadStatements m_sql;
    LoadReport& m_report;
    std::vector<std::string> m_header;
    ColumnMapping m_mapping;
};

std::string LoadRun::headerName(const std::string& field) const
{
    const int f = m_schema.fieldIndex(field);
    if (f >= 0) {
        const int c = m_mapping.columnOfField[static_cast<std::size_t>(f)];
        if (c >= 0 && static_cast<std::size_t>(c) < m_header.size())
            return m_header[static_cast<std::size_t>(c)];
    }
    return field;
}

void LoadRun::run(pqxx::work& tx)
{
    // The report is rebuilt if the transaction is re-run after a lost connection.
    const std::int64_t loadId = m_report.loadId;
    m_report.rowsRead = m_report.rowsInserted = m_report.rowsUpdated = m_report.rowsUnchanged = 0;
    m_report.rowsDeleted = m_report.rowsRejected = 0;
    m_report.sampleRejects.clear();
    m_report.rejectReasons.clear();
    m_report.warnings.clear();
    m_report.rejectsPath.clear();

    tx.exec0("SET LOCAL statement_timeout = 0");
    tx.exec0("SET LOCAL work_mem = '64MB'");
    // One load of a table at a time; the load's own lock tells ops.mark_interrupted_loads it is alive.
    tx.exec_params("SELECT pg_advisory_xact_lock(hashtext($1))", "kestrel.load:" + m_schema.table);
    if (loadId > 0)
        tx.exec_params("SELECT pg_advisory_xact_lock(7411, $1::integer)", loadId);
    tx.exec0(m_sql.createStage());
    tx.exec0(LoadStatements::createRejects());

    std::string rejectsPath = m_req.rejectsPath;
    if (rejectsPath.empty())
        rejectsPath = (paths::dataDir() / "rejects" /
                       ((loadId > 0 ? "load-" + std::to_string(loadId) : std::string("dry-run")) + "-" + m_schema.name +
                        "-rejects.csv"))
                          .string();
    RejectsFile rejects(rejectsPath, m_report);

    const auto t0 = Clock::now();
    readIntoStage(tx, rejects);
    m_report.readSeconds = since(t0);
    if (!m_req.force)
        refuseRepeatedFile(tx);

    const auto t1 = Clock::now();
    checkInSql(tx, rejects);
    rejects.close();
    if (m_report.rowsRejected > 0 && m_req.rejects == RejectPolicy::LoadNothing && !m_req.dryRun) {
        const Reject& first = m_report.sampleRejects.front();
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Loader", "%1: %2 of %3 rows rejected (first: line %4, column "
                                                                 "\"%5\": %6); nothing was loaded. Rejects: %7"),
                           m_report.fileName, m_report.rowsRejected, m_report.rowsRead, first.line, first.column,
                           first.reason, rejects.path()),
                    m_report.fileName + ":" + std::to_string(first.line));
    }
    m_ctx.throwIfStopped();
    merge(tx);
    m_report.mergeSeconds = since(t1);
}

void LoadRun::readIntoStage(pqxx::work& tx, RejectsFile& rejects)
{
    auto reader = openRecordReader(m_req.path, m_req.reader);
    m_report.format = formatName(reader->format());
    m_report.encoding = encodingName(reader->encoding());
    m_report.delimiter = reader->delimiter();
    m_report.fileSize = reader->fileSize();

    m_header = reader->columns();
    m_mapping = mapColumns(m_schema, m_header, m_req.mapping);
    requireCompleteMapping(m_schema, m_mapping, m_header, m_report.fileName, m_req.ignoreUnknown);
    for (int c : m_mapping.unknownColumns)
        m_report.warnings.push_back(
            trArgs(QCoreApplication::translate("Loader", "column \"%1\" left out (unknown to %2)"),
                   m_header[static_cast<std::size_t>(c)], m_schema.name));
    const bool decimalComma = reader->delimiter() != ',';
    auto converter = std::make_unique<RowConverter>(m_schema, m_mapping, m_header, decimalComma);

    CopyStream stage(tx, "_stage", m_sql.stageColumns());
    Record record;
    std::vector<FieldIssue> issues;
    const double size = std::max<double>(1.0, static_cast<double>(reader->fileSize()));
    const std::string readingText = trText("Loader", QT_TRANSLATE_NOOP("Loader", "Reading and checking rows…"));
    while (reader->next(record)) {
        ++m_report.rowsRead;
        if (reader->columns().size() != m_header.size()) {
            // JSON: a record brought a key not seen before.
            m_header = reader->columns();
            m_mapping = mapColumns(m_schema, m_header, m_req.mapping);
            if (!m_req.ignoreUnknown && !m_mapping.unknownColumns.empty())
                throw lineError(m_report.fileName, record.line,
                                trArgs(QCoreApplication::translate("Loader", "unknown field \"%1\" for %2; map it, or "
                                                                             "pass --ignore-unknown to leave it out"),
                                       m_header[static_cast<std::size_t>(m_mapping.unknownColumns.back())],
                                       m_schema.name));
            converter = std::make_unique<RowConverter>(m_schema, m_mapping, m_header, decimalComma);
        }
        issues.clear();
        if (converter->convert(record, stage.row(), issues)) {
            stage.endRow();
        } else {
            ++m_report.rowsRejected;
            for (auto& i : issues)
                rejects.add({record.line, std::move(i.column), std::move(i.value), std::move(i.reason)});
        }
        if ((m_report.rowsRead & 0x3FFF) == 0) {
            m_ctx.throwIfStopped();
            m_ctx.progress(0.8 * static_cast<double>(reader->bytesRead()) / size, readingText);
        }
    }
    stage.complete();
    m_report.sha256 = reader->sha256Hex();
    m_ctx.progress(0.8, readingText);
}

void LoadRun::refuseRepeatedFile(pqxx::work& tx)
{
    const pqxx::result r = tx.exec_params(
        "SELECT load_id, to_char(started_at, 'YYYY-MM-DD HH24:MI') FROM ops.loads "
        "WHERE entity = $1 AND file_sha256 = $2 AND status = 'succeeded' AND load_id <> $3 ORDER BY load_id DESC LIMIT 1",
        m_schema.name, m_report.sha256, m_report.loadId);
    if (!r.empty())
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Loader", "%1: this file (same SHA-256) was already loaded into "
                                                                 "%2 as load %3 on %4; use --force to load it again"),
                           m_report.fileName, m_schema.name, r[0][0].c_str(), r[0][1].c_str()),
                    m_report.fileName);
}

void LoadRun::checkInSql(pqxx::work& tx, RejectsFile& rejects)
{
    m_ctx.progress(0.82, trText("Loader", QT_TRANSLATE_NOOP("Loader", "Checking keys and references…")));
    std::vector<BoundStatement> checks = m_sql.rejectDuplicates();
    for (auto& s : m_sql.rejectMissingReferences(EntityRegistry::instance()))
        checks.push_back(std::move(s));
    if (m_req.mode == LoadMode::Append)
        checks.push_back(m_sql.rejectExistingKeys());
    else
        for (auto& s : m_sql.rejectUniqueConflicts())
            checks.push_back(std::move(s));
    for (auto& s : m_sql.rejectEntityChecks())
        checks.push_back(std::move(s));
    for (const auto& check : checks) {
        StepTimer timer("check " + check.sql.substr(0, 120));
        // The reason templates (translated) are parameters, never part of the SQL text.
        tx.exec_params0(check.sql, pqxx::prepare::make_dynamic_params(check.params));
        m_ctx.throwIfStopped();
    }
    const std::int64_t lines = tx.exec1("SELECT count(DISTINCT line_no) FROM _rejects")[0].as<std::int64_t>();
    if (lines == 0)
        return;
    m_report.rowsRejected += lines;
    tx.exec0(LoadStatements::dropRejectedFromStage());
    // Stream them out in batches so a file that is all rejects does not sit in memory.
    tx.exec0("DECLARE rejects_cursor NO SCROLL CURSOR FOR "
             "SELECT line_no, column_name, coalesce(value, ''), reason FROM _rejects ORDER BY line_no, column_name");
    for (;;) {
        const pqxx::result batch = tx.exec("FETCH 5000 FROM rejects_cursor");
        if (batch.empty())
            break;
        for (const auto& row : batch)
            rejects.add({row[0].as<std::int64_t>(), headerName(row[1].c_str()), row[2].c_str(), row[3].c_str()});
    }
    tx.exec0("CLOSE rejects_cursor");
}

void LoadRun::runHook(pqxx::work& tx, const std::string& hookSql, const std::string& boundsSql, bool withLoadId)
{
    if (hookSql.empty() || m_schema.timeField.empty())
        return;
    StepTimer timer("hook " + hookSql);
    const pqxx::row b = withLoadId ? tx.exec_params1(boundsSql, m_report.loadId) : tx.exec1(boundsSql);
    if (b[0].is_null())
        return;
    tx.exec_params(hookSql, b[0].c_str(), b[1].c_str());
}

void LoadRun::refuseRemovalOfReferencedRows(pqxx::work& tx)
{
    for (const auto& other : EntityRegistry::instance().all())
        for (const auto& f : other.fields) {
            if (f.refEntity != m_schema.name)
                continue;
            const pqxx::row r = tx.exec1(m_sql.countReferencesToRemoved(other, f));
            const auto n = r[0].as<std::int64_t>();
            if (n > 0)
                throw Error(Error::Code::InvalidArgument,
                            trArgs(QCoreApplication::translate("Loader",
                                                               "%1: replace would remove %2 rows that %3 %4 rows still "
                                                               "refer to (%5); load them with mode upsert, or replace "
                                                               "%4 first"),
                                   m_report.fileName, m_schema.name, n, other.name, f.name),
                            m_report.fileName);
        }
}

void LoadRun::merge(pqxx::work& tx)
{
    const std::int64_t loadId = m_report.loadId;
    const std::int64_t staged = m_report.rowsRead - m_report.rowsRejected;
    m_ctx.progress(0.88, trText("Loader", QT_TRANSLATE_NOOP("Loader", "Writing rows…")));
    runHook(tx, m_schema.prepareSql, m_sql.stageTimeBounds(), false);
    if (m_req.mode == LoadMode::Replace) {
        refuseRemovalOfReferencedRows(tx);
        // A dry run has no ops.loads row for the undo rows to refer to, and rolls back anyway.
        if (!m_req.dryRun)
            tx.exec_params(m_sql.backupRemoved(), loadId);
        m_report.rowsDeleted = affected(tx.exec0(m_sql.deleteRemoved()));
    }
    if (m_req.mode == LoadMode::Append) {
        StepTimer timer("insert all");
        m_report.rowsInserted = affected(tx.exec_params(m_sql.insertAll(), loadId));
    } else {
        {
            StepTimer timer("back up and update changed rows");
            if (!m_req.dryRun)
                tx.exec_params(m_sql.backupChanged(), loadId);
            m_ctx.throwIfStopped();
            m_report.rowsUpdated = affected(tx.exec_params(m_sql.updateChanged(), loadId));
        }
        m_ctx.throwIfStopped();
        StepTimer timer("insert new rows");
        m_report.rowsInserted = affected(tx.exec_params(m_sql.insertNew(), loadId));
    }
    m_report.rowsUnchanged = std::max<std::int64_t>(0, staged - m_report.rowsInserted - m_report.rowsUpdated);
    m_ctx.progress(0.95, trText("Loader", QT_TRANSLATE_NOOP("Loader", "Refreshing summaries…")));
    runHook(tx, m_schema.refreshSql, m_sql.touchedTimeBounds(), true);
}

void recordOutcome(Database& db, const LoadReport& rep, const std::string& status, const std::string& error)
{
    db.transact([&](pqxx::work& tx) {
        tx.exec_params("UPDATE ops.loads SET status = $2, finished_at = clock_timestamp(), rows_read = $3, "
                       "rows_inserted = $4, rows_updated = $5, rows_rejected = $6, rows_unchanged = $7, "
                       "rows_deleted = $8, file_sha256 = NULLIF($9, ''), error = NULLIF($10, ''), "
                       "error_log_path = NULLIF($11, ''), file_size = $12 WHERE load_id = $1",
                       rep.loadId, status, rep.rowsRead, rep.rowsInserted, rep.rowsUpdated, rep.rowsRejected,
                       rep.rowsUnchanged, rep.rowsDeleted, rep.sha256, error, rep.rejectsPath,
                       static_cast<std::int64_t>(rep.fileSize));
    });
}

}  // namespace

std::string loadModeName(LoadMode mode)
{
    switch (mode) {
    case LoadMode::Append: return "append";
    case LoadMode::Upsert: return "upsert";
    case LoadMode::Replace: return "replace";
    }
    return "upsert";
}

LoadMode parseLoadMode(const std::string& name)
{
    if (name == "append")
        return LoadMode::Append;
    if (name == "upsert")
        return LoadMode::Upsert;
    if (name == "replace")
        return LoadMode::Replace;
    throw Error(
        Error::Code::InvalidArgument,
        trArgs(QCoreApplication::translate("Loader", "unknown load mode \"%1\" (append, upsert or replace)"), name));
}

LoadReport Loader::run(JobContext& ctx, const LoadRequest& request)
{
    const EntitySchema* schema = EntityRegistry::instance().find(request.entity);
    if (!schema)
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Loader", "unknown entity \"%1\" (one of: %2)"), request.entity,
                           EntityRegistry::instance().names()));
    const auto t0 = Clock::now();
    LoadReport report;
    report.entity = schema->name;
    report.mode = request.mode;
    report.fileName = fileLabelOf(request.path);
    std::error_code ec;
    const auto size = std::filesystem::file_size(request.path, ec);
    if (ec)
        throw Error(Error::Code::Io,
                    trArgs(QCoreApplication::translate("Loader", "%1: cannot read the file: %2"), report.fileName,
                           ec.message()),
                    request.path);
    report.fileSize = size;

    Database& db = ctx.db();
    if (!request.dryRun) {
        const auto registerLoad = [&] {
            db.transact([&](pqxx::work& tx) {
                tx.exec("SELECT ops.mark_interrupted_loads()");
                const auto fmt = request.reader.format ? formatName(*request.reader.format)
                    : (report.fileName.find(".json") != std::string::npos || report.fileName.find(".ndjson") != std::string::npos)
                    ? std::string("json") : std::string("csv");
                report.loadId = tx.exec_params1(
                                      "INSERT INTO ops.loads (source, target_table, format, status, params, entity, file_name, "
                                      "file_size, mode) VALUES ($1, $2, $3, 'running', $4::jsonb, $5, $6, $7, $8) RETURNING load_id",
                                      std::filesystem::absolute(request.path).string(), schema->table, fmt,
                                      paramsJson(request), schema->name, report.fileName, static_cast<std::int64_t>(size),
                                      loadModeName(request.mode))[0]
                                    .as<std::int64_t>();
            });
        };
        try {
            registerLoad();
        } catch (const Error& e) {
            // A Cancel that lands on this first statement cancels it on the server; the load is
            // still recorded (as cancelled, below), so the history shows every attempt.
            if (e.code() != Error::Code::Cancelled)
                throw;
            registerLoad();
        }
    }
    auto log = logging::get("etl");
    log->info("load {}: {} into {} ({} mode)", report.loadId, request.path, schema->table, loadModeName(request.mode));

    LoadRun run(ctx, request, *schema, report);
    try {
        ctx.throwIfStopped();
        db.transact([&](pqxx::work& tx) {
            run.run(tx);
            if (request.dryRun)
                throw DryRunDone();
            tx.exec_params("UPDATE ops.loads SET status = 'succeeded', finished_at = clock_timestamp(), rows_read = $2, "
                           "rows_inserted = $3, rows_updated = $4, rows_rejected = $5, rows_unchanged = $6, "
                           "rows_deleted = $7, file_sha256 = $8, error_log_path = NULLIF($9, ''), "
                           "format = $10 WHERE load_id = $1",
                           report.loadId, report.rowsRead, report.rowsInserted, report.rowsUpdated, report.rowsRejected,
                           report.rowsUnchanged, report.rowsDeleted, report.sha256, report.rejectsPath, report.format);
            QJsonObject details;
            details[QStringLiteral("entity")] = QString::fromStdString(report.entity);
            details[QStringLiteral("file")] = QString::fromStdString(report.fileName);
            details[QStringLiteral("mode")] = QString::fromStdString(loadModeName(report.mode));
            details[QStringLiteral("inserted")] = static_cast<double>(report.rowsInserted);
            details[QStringLiteral("updated")] = static_cast<double>(report.rowsUpdated);
            details[QStringLiteral("deleted")] = static_cast<double>(report.rowsDeleted);
            details[QStringLiteral("rejected")] = static_cast<double>(report.rowsRejected);
            tx.exec_params("INSERT INTO ops.audit_log (action, object_type, object_id, details) "
                           "VALUES ('load.import', 'load', $1, $2::jsonb)",
                           std::to_string(report.loadId),
                           QJsonDocument(details).toJson(QJsonDocument::Compact).toStdString());
        });
    } catch (const DryRunDone&) {
        report.status = "dry_run";
        report.seconds = since(t0);
        return report;
    } catch (const Error& e) {
        const bool cancelled = e.code() == Error::Code::Cancelled;
        report.status = cancelled ? "cancelled" : "failed";
        log->warn("load {} {}: {}", report.loadId, report.status, e.what());
        if (!request.dryRun) {
            try {
                recordOutcome(db, report, report.status,
                              cancelled ? trText("Loader", QT_TRANSLATE_NOOP(
                                                               "Loader", "cancelled by the user; nothing was stored"))
                                        : std::string(e.what()));
            } catch (const std::exception& again) {
                log->error("could not record the outcome of load {}: {}", report.loadId, again.what());
            }
        }
        if (cancelled)
            throw Error(
                Error::Code::Cancelled,
                trArgs(QCoreApplication::translate("Loader", "load %1 cancelled; nothing was stored"), report.loadId));
        throw;
    }
    report.status = "succeeded";
    report.seconds = since(t0);
    log->info("load {} done in {:.1f} s: read {}, inserted {}, updated {}, rejected {}", report.loadId, report.seconds,
              report.rowsRead, report.rowsInserted, report.rowsUpdated, report.rowsRejected);
    ctx.progress(1.0, trText("Loader", QT_TRANSLATE_NOOP("Loader", "Done")));
    return report;
}

}  // namespace kestrel::core
