#include "cli/import_command.h"

#include "cli/cli_context.h"
#include "cli/terminal_progress.h"
#include "common/error.h"
#include "db/database.h"
#include "db/migrator.h"
#include "etl/load_history.h"
#include "etl/loader.h"
#include "jobs/job_runner.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <cstdio>
#include <iostream>

namespace kestrel::cli {
namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

char parseDelimiter(const std::string& d)
{
    if (d == "comma" || d == ",")
        return ',';
    if (d == "semicolon" || d == ";")
        return ';';
    if (d == "tab")
        return '\t';
    return 0;
}

std::vector<core::MappingOverride> parseMappings(const std::vector<std::string>& specs)
{
    std::vector<core::MappingOverride> out;
    for (const auto& spec : specs) {
        const auto eq = spec.rfind('=');
        if (eq == std::string::npos || eq == 0)
            throw core::Error(core::Error::Code::InvalidArgument,
                              "--map \"" + spec + "\": expected 'Column=field' or 'Column=' (to leave it out)");
        out.push_back({spec.substr(0, eq), spec.substr(eq + 1)});
    }
    return out;
}

QJsonObject reportJson(const core::LoadReport& r)
{
    QJsonObject o;
    o[QStringLiteral("load_id")] = static_cast<double>(r.loadId);
    o[QStringLiteral("status")] = q(r.status);
    o[QStringLiteral("entity")] = q(r.entity);
    o[QStringLiteral("file")] = q(r.fileName);
    o[QStringLiteral("file_size")] = static_cast<double>(r.fileSize);
    o[QStringLiteral("sha256")] = q(r.sha256);
    o[QStringLiteral("format")] = q(r.format);
    o[QStringLiteral("encoding")] = q(r.encoding);
    o[QStringLiteral("delimiter")] = r.delimiter ? q(std::string(1, r.delimiter)) : QString();
    o[QStringLiteral("mode")] = q(core::loadModeName(r.mode));
    o[QStringLiteral("rows_read")] = static_cast<double>(r.rowsRead);
    o[QStringLiteral("rows_inserted")] = static_cast<double>(r.rowsInserted);
    o[QStringLiteral("rows_updated")] = static_cast<double>(r.rowsUpdated);
    o[QStringLiteral("rows_unchanged")] = static_cast<double>(r.rowsUnchanged);
    o[QStringLiteral("rows_deleted")] = static_cast<double>(r.rowsDeleted);
    o[QStringLiteral("rows_rejected")] = static_cast<double>(r.rowsRejected);
    o[QStringLiteral("rejects_file")] = q(r.rejectsPath);
    QJsonArray rejects;
    for (const auto& rej : r.sampleRejects) {
        QJsonObject j;
        j[QStringLiteral("line")] = static_cast<double>(rej.line);
        j[QStringLiteral("column")] = q(rej.column);
        j[QStringLiteral("value")] = q(rej.value);
        j[QStringLiteral("reason")] = q(rej.reason);
        rejects.append(j);
    }
    o[QStringLiteral("rejects")] = rejects;
    QJsonArray warnings;
    for (const auto& w : r.warnings)
        warnings.append(q(w));
    o[QStringLiteral("warnings")] = warnings;
    o[QStringLiteral("seconds")] = r.seconds;
    o[QStringLiteral("read_seconds")] = r.readSeconds;
    o[QStringLiteral("merge_seconds")] = r.mergeSeconds;
    return o;
}

QJsonObject recordJson(const core::LoadRecord& l)
{
    QJsonObject o;
    o[QStringLiteral("load_id")] = static_cast<double>(l.loadId);
    o[QStringLiteral("entity")] = q(l.entity);
    o[QStringLiteral("file")] = q(l.fileName);
    o[QStringLiteral("mode")] = q(l.mode);
    o[QStringLiteral("status")] = q(l.status);
    o[QStringLiteral("format")] = q(l.format);
    o[QStringLiteral("who")] = q(l.who);
    o[QStringLiteral("started_at")] = q(l.startedAt);
    o[QStringLiteral("finished_at")] = q(l.finishedAt);
    o[QStringLiteral("duration_seconds")] = l.durationSeconds;
    o[QStringLiteral("file_size")] = static_cast<double>(l.fileSize);
    o[QStringLiteral("sha256")] = q(l.sha256);
    o[QStringLiteral("rows_read")] = static_cast<double>(l.rowsRead);
    o[QStringLiteral("rows_inserted")] = static_cast<double>(l.rowsInserted);
    o[QStringLiteral("rows_updated")] = static_cast<double>(l.rowsUpdated);
    o[QStringLiteral("rows_unchanged")] = static_cast<double>(l.rowsUnchanged);
    o[QStringLiteral("rows_deleted")] = static_cast<double>(l.rowsDeleted);
    o[QStringLiteral("rows_rejected")] = static_cast<double>(l.rowsRejected);
    o[QStringLiteral("error")] = q(l.error);
    o[QStringLiteral("rejects_file")] = q(l.errorLogPath);
    o[QStringLiteral("rollback_of")] = l.rollbackOf ? QJsonValue(static_cast<double>(l.rollbackOf)) : QJsonValue();
    o[QStringLiteral("rolled_back_by")] = l.rolledBackBy ? QJsonValue(static_cast<double>(l.rolledBackBy)) : QJsonValue();
    return o;
}

}  // namespace

int runImport(const ParsedArgs& args)
{
    core::LoadRequest req;
    req.entity = args.entity;
    req.path = args.file;
    req.mode = core::parseLoadMode(args.mode);
    req.force = args.force;
    req.rejects = args.skipRejects ? core::RejectPolicy::LoadGoodRows : core::RejectPolicy::LoadNothing;
    req.ignoreUnknown = args.ignoreUnknown;
    req.dryRun = args.dryRun;
    req.reader.encoding = core::parseEncodingName(args.encoding);
    req.reader.delimiter = parseDelimiter(args.delimiter);
    req.mapping = parseMappings(args.mappings);
    req.rejectsPath = args.rejectsPath;

    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    core::LoadReport report;
    TerminalProgress progress;
    try {
        core::runJobHere(
            db, [&](core::JobContext& ctx) { report = core::Loader::run(ctx, req); },
            [&](double f, const std::string& text) { progress.update(f, text); });
    } catch (const core::Error& e) {
        progress.finish();
        const std::string what = e.what();
        if (e.code() == core::Error::Code::InvalidArgument && what.find(" rows rejected ") != std::string::npos)
            throw core::Error(e.code(), what + " (--skip-rejects loads the good rows)", e.where());
        throw;
    }
    progress.finish();

    if (args.json) {
        printJson(reportJson(report));
        return 0;
    }
    const char* verb = report.status == "dry_run" ? "dry run" : "load";
    std::printf("%s %lld: %s -> %s (%s, %s, %s%s%s): read %lld, inserted %lld, updated %lld, unchanged %lld, "
                "deleted %lld, rejected %lld in %.1f s\n",
                verb, static_cast<long long>(report.loadId), report.fileName.c_str(), report.entity.c_str(),
                core::loadModeName(report.mode).c_str(), report.format.c_str(), report.encoding.c_str(),
                report.delimiter ? ", delimiter " : "",
                report.delimiter == '\t' ? "tab" : std::string(report.delimiter ? 1 : 0, report.delimiter).c_str(),
                static_cast<long long>(report.rowsRead), static_cast<long long>(report.rowsInserted),
                static_cast<long long>(report.rowsUpdated), static_cast<long long>(report.rowsUnchanged),
                static_cast<long long>(report.rowsDeleted), static_cast<long long>(report.rowsRejected),
                report.seconds);
    for (const auto& w : report.warnings)
        std::fprintf(stderr, "warning: %s\n", w.c_str());
    if (!report.rejectsPath.empty()) {
        const auto& first = report.sampleRejects.front();
        std::fprintf(stderr, "warning: %lld rows rejected (first: line %lld, column \"%s\": %s); rejects: %s\n",
                     static_cast<long long>(report.rowsRejected), static_cast<long long>(first.line),
                     first.column.c_str(), first.reason.c_str(), report.rejectsPath.c_str());
    }
    return 0;
}

int runLoadsList(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    const auto loads = core::LoadHistory::list(db, args.limit);
    if (args.json) {
        QJsonArray arr;
        for (const auto& l : loads)
            arr.append(recordJson(l));
        QJsonObject o;
        o[QStringLiteral("loads")] = arr;
        printJson(o);
        return 0;
    }
    std::printf("%6s  %-11s  %-14s  %-8s  %-28s  %10s  %10s  %10s  %8s  %-20s  %8s\n", "ID", "STATUS", "ENTITY", "MODE",
                "FILE", "READ", "INSERTED", "UPDATED", "REJECTED", "STARTED (UTC)", "SECONDS");
    for (const auto& l : loads) {
        std::string file = l.fileName;
        if (file.size() > 28)
            file = file.substr(0, 25) + "...";
        std::string status = l.status;
        if (l.rolledBackBy)
            status = "rolled_back";
        std::printf("%6lld  %-11s  %-14s  %-8s  %-28s  %10lld  %10lld  %10lld  %8lld  %-20s  %8.1f\n",
                    static_cast<long long>(l.loadId), status.c_str(), l.entity.c_str(), l.mode.c_str(), file.c_str(),
                    static_cast<long long>(l.rowsRead), static_cast<long long>(l.rowsInserted),
                    static_cast<long long>(l.rowsUpdated), static_cast<long long>(l.rowsRejected), l.startedAt.c_str(),
                    l.durationSeconds);
        if (l.rollbackOf)
            std::printf("%6s  undoes load %lld\n", "", static_cast<long long>(l.rollbackOf));
        else if (!l.error.empty() && l.status != "succeeded")
            std::printf("%6s  %s\n", "", l.error.c_str());
    }
    return 0;
}

int runLoadsRollback(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    core::RollbackReport rep;
    TerminalProgress progress;
    core::runJobHere(
        db, [&](core::JobContext& ctx) { rep = core::LoadHistory::rollback(ctx, args.loadId); },
        [&](double f, const std::string& text) { progress.update(f, text); });
    progress.finish();
    if (args.json) {
        QJsonObject o;
        o[QStringLiteral("load_id")] = static_cast<double>(rep.loadId);
        o[QStringLiteral("rollback_load_id")] = static_cast<double>(rep.rollbackLoadId);
        o[QStringLiteral("entity")] = q(rep.entity);
        o[QStringLiteral("rows_restored")] = static_cast<double>(rep.rowsRestored);
        o[QStringLiteral("rows_deleted")] = static_cast<double>(rep.rowsDeleted);
        o[QStringLiteral("rows_reinserted")] = static_cast<double>(rep.rowsReinserted);
        o[QStringLiteral("seconds")] = rep.seconds;
        printJson(o);
        return 0;
    }
    std::printf("load %lld rolled back (recorded as load %lld): %s rows restored %lld, removed %lld, put back %lld "
                "in %.1f s\n",
                static_cast<long long>(rep.loadId), static_cast<long long>(rep.rollbackLoadId), rep.entity.c_str(),
                static_cast<long long>(rep.rowsRestored), static_cast<long long>(rep.rowsDeleted),
                static_cast<long long>(rep.rowsReinserted), rep.seconds);
    return 0;
}

}  // namespace kestrel::cli
