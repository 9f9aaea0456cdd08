#include "synth/synth_generator.h"

#include "common/error.h"
#include "common/logging.h"
#include "db/copy_stream.h"
#include "db/database.h"
#include "jobs/job_context.h"
#include "synth/synth_calendar.h"
#include "synth/synth_catalog.h"
#include "synth/synth_cursor.h"
#include "synth/synth_row_format.h"
#include "synth/synth_spend.h"
#include "synth/synth_user_model.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <pqxx/transaction>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>

namespace kestrel::core {
namespace {

constexpr std::int64_t kEventsPerUser = 50; // --events 0
constexpr int kMaxDays = 3650;
// One user's events are simulated in memory before they are written; this cap (with the bounded
// activity spread) keeps that well under a hundred MiB even for the most active user.
constexpr std::int64_t kMaxEventsPerUser = 10'000;
constexpr std::int64_t kStopCheckRows = 4096;
constexpr std::int64_t kProgressRows = 1 << 18;

// Share of the progress bar per step, roughly by the rows each writes.
constexpr double kPrepareShare = 0.02, kUsersShare = 0.05, kProductsShare = 0.01, kOrdersShare = 0.05,
                 kItemsShare = 0.05, kEventsShare = 0.80;

constexpr const char* kRefuseMessage = "the database already holds customer data; use --replace to overwrite it";
constexpr const char* kHasCustomerData =
    "SELECT EXISTS (SELECT 1 FROM crm.users) OR EXISTS (SELECT 1 FROM crm.products) "
    "OR EXISTS (SELECT 1 FROM crm.channel_spend)";
// ml.user_metrics and the daily roll-up describe the old customers, so they go with them. A
// TRUNCATE in the loading transaction also gives the tables new files, which under
// wal_level=minimal lets the COPYs skip WAL.
constexpr const char* kTruncate =
    "TRUNCATE crm.events, crm.order_items, crm.orders, crm.product_prices, crm.products, crm.users, "
    "crm.channel_spend, crm.events_daily, ml.user_metrics CASCADE";
constexpr const char* kEnsurePartitions = "SELECT crm.ensure_event_partitions($1::timestamptz, $2::timestamptz)";
constexpr const char* kRefreshDaily = "SELECT crm.refresh_events_daily($1::date, $2::date)";
constexpr const char* kAnalyze =
    "ANALYZE crm.users, crm.products, crm.product_prices, crm.orders, crm.order_items, crm.events, crm.events_daily, "
    "crm.channel_spend";
constexpr const char* kStartLoad =
    "INSERT INTO ops.loads (source, target_table, format, status, params, mode) "
    "VALUES ('kestrel generate', 'crm.*', 'synthetic', 'running', $1::jsonb, 'generate') RETURNING load_id";
constexpr const char* kFinishLoad =
    "UPDATE ops.loads SET status = $2, rows_read = $3, rows_inserted = $3, finished_at = now(), "
    "error = NULLIF($4, '') WHERE load_id = $1";

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

/// Progress text is shown in the GUI's status area, so it goes through the translator.
std::string translated(const char* text)
{
    return QCoreApplication::translate("SynthGenerator", text).toStdString();
}

/// 950, 12.3k, 1.2M: short enough for a progress line.
std::string humanCount(std::int64_t n)
{
    char buf[32];
    if (n < 1000)
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(n));
    else if (n < 1'000'000)
        std::snprintf(buf, sizeof buf, "%.*fk", n < 10'000 ? 1 : 0, static_cast<double>(n) / 1e3);
    else
        std::snprintf(buf, sizeof buf, "%.*fM", n < 10'000'000 ? 2 : 1, static_cast<double>(n) / 1e6);
    return buf;
}

/// The whole load inside the one transaction: one COPY per table, each a fresh walk over the
/// users (the simulation is cheap next to the COPY, and re-walking keeps memory flat).
class SynthLoad {
public:
    SynthLoad(pqxx::work& tx, JobContext& ctx, const SynthOptions& options, std::int64_t events,
              const SynthCalendar& calendar, const SynthCatalog& catalog, const SynthUserModel& model,
              std::uint64_t totalWeight)
        : m_tx(tx), m_ctx(ctx), m_options(options), m_events(events), m_calendar(calendar), m_catalog(catalog),
          m_model(model), m_totalWeight(totalWeight), m_spend(options.seed, calendar)
    {
    }

    void prepare(const std::string& firstDay, const std::string& lastDay)
    {
        // The session's own statement_timeout must not cut a long COPY short.
        m_tx.exec0("SET LOCAL statement_timeout = 0");
        if (m_options.replace)
            m_tx.exec0(kTruncate);
        else if (m_tx.exec1(kHasCustomerData)[0].as<bool>())
            throw Error(Error::Code::InvalidArgument, kRefuseMessage);
        m_tx.exec_params(kEnsurePartitions, firstDay + " 00:00:00+00", lastDay + " 23:59:59+00");
    }

    void users(SynthReport& r)
    {
        beginPass();
        const auto t0 = Clock::now();
        CopyStream copy(m_tx, "crm.users", SynthRowFormat::userColumns());
        SynthCursor cursor(m_model, m_options.users, m_events, m_totalWeight);
        while (cursor.next(SynthUserModel::Depth::Plan)) {
            SynthRowFormat::appendUser(copy.row(), cursor.user(), m_calendar);
            copy.endRow();
            tick(cursor.usersDone(), kPrepareShare, kUsersShare, QT_TRANSLATE_NOOP("SynthGenerator", "users"),
                 cursor.usersDone(), m_options.users);
        }
        copy.complete();
        r.users = copy.rows();
        r.usersSeconds = secondsSince(t0);
    }

    void products(SynthReport& r)
    {
        beginPass();
        const auto t0 = Clock::now();
        {
            CopyStream copy(m_tx, "crm.products", SynthRowFormat::productColumns());
            for (std::int64_t id = 1; id <= m_catalog.size(); ++id) {
                SynthRowFormat::appendProduct(copy.row(), m_catalog.product(id), m_calendar);
                copy.endRow();
                tick(id, kPrepareShare + kUsersShare, kProductsShare / 2,
                     QT_TRANSLATE_NOOP("SynthGenerator", "products"), id, m_catalog.size());
            }
            copy.complete();
            r.products = copy.rows();
        }
        beginPass();
        CopyStream copy(m_tx, "crm.product_prices", SynthRowFormat::priceColumns());
        for (std::int64_t id = 1; id <= m_catalog.size(); ++id) {
            const SynthCatalog::Product p = m_catalog.product(id);
            const auto periods = static_cast<std::size_t>(m_catalog.periodsEnd(id) - m_catalog.periodsBegin(id));
            for (std::size_t i = 0; i < periods; ++i) {
                SynthRowFormat::appendPrice(copy.row(), m_catalog, p, i, m_calendar);
                copy.endRow();
            }
            tick(copy.rows(), kPrepareShare + kUsersShare + kProductsShare / 2, kProductsShare / 2,
                 QT_TRANSLATE_NOOP("SynthGenerator", "prices"), copy.rows(), m_catalog.periodCount());
        }
        copy.complete();
        r.prices = copy.rows();
        r.productsSeconds = secondsSince(t0);
    }

    void orders(SynthReport& r)
    {
        beginPass();
        const auto t0 = Clock::now();
        CopyStream copy(m_tx, "crm.orders", SynthRowFormat::orderColumns());
        SynthCursor cursor(m_model, m_options.users, m_events, m_totalWeight);
        while (cursor.next(SynthUserModel::Depth::Orders)) {
            const SynthUser& u = cursor.user();
            for (const auto& o : u.orders) {
                SynthRowFormat::appendOrder(copy.row(), u, o, m_calendar);
                copy.endRow();
            }
            m_spend.addCustomer(u);
            tick(cursor.usersDone(), kPrepareShare + kUsersShare + kProductsShare, kOrdersShare,
                 QT_TRANSLATE_NOOP("SynthGenerator", "orders"), copy.rows(), -1, cursor.usersDone());
        }
        copy.complete();
        r.orders = copy.rows();
        r.ordersSeconds = secondsSince(t0);
    }

    /// After orders(): the spend that brought the customers it counted.
    void channelSpend(SynthReport& r)
    {
        m_ctx.throwIfStopped();
        CopyStream copy(m_tx, "crm.channel_spend", SynthRowFormat::spendColumns());
        for (const auto& row : m_spend.rows()) {
            std::string& out = copy.row();
            out += row.month;
            out += '\t';
            out += SynthRowFormat::channelName(row.channel);
            out += '\t';
            SynthRowFormat::appendCents(out, row.cents);
            copy.endRow();
        }
        copy.complete();
        r.channelSpend = copy.rows();
    }

    void items(SynthReport& r)
    {
        beginPass();
        const auto t0 = Clock::now();
        CopyStream copy(m_tx, "crm.order_items", SynthRowFormat::itemColumns());
        SynthCursor cursor(m_model, m_options.users, m_events, m_totalWeight);
        while (cursor.next(SynthUserModel::Depth::Orders)) {
            const SynthUser& u = cursor.user();
            for (const auto& o : u.orders)
                for (int line = 0; line < o.itemCount; ++line) {
                    SynthRowFormat::appendItem(copy.row(), o.id, line + 1,
                                               u.items[static_cast<std::size_t>(o.firstItem + line)]);
                    copy.endRow();
                }
            tick(cursor.usersDone(), kPrepareShare + kUsersShare + kProductsShare + kOrdersShare, kItemsShare,
                 QT_TRANSLATE_NOOP("SynthGenerator", "order items"), copy.rows(), -1, cursor.usersDone());
        }
        copy.complete();
        r.orderItems = copy.rows();
        r.itemsSeconds = secondsSince(t0);
    }

    void events(SynthReport& r)
    {
        beginPass();
        const auto t0 = Clock::now();
        CopyStream copy(m_tx, "crm.events", SynthRowFormat::eventColumns());
        SynthCursor cursor(m_model, m_options.users, m_events, m_totalWeight);
        const double from = kPrepareShare + kUsersShare + kProductsShare + kOrdersShare + kItemsShare;
        while (cursor.next(SynthUserModel::Depth::Events)) {
            const SynthUser& u = cursor.user();
            for (const auto& e : u.events) {
                SynthRowFormat::appendEvent(copy.row(), u.id, e, m_calendar);
                copy.endRow();
            }
            tick(copy.rows(), from, kEventsShare, QT_TRANSLATE_NOOP("SynthGenerator", "events"), copy.rows(), m_events);
        }
        copy.complete();
        r.events = copy.rows();
        r.eventsSeconds = secondsSince(t0);
    }

    void finish(const std::string& firstDay, const std::string& lastDay)
    {
        m_ctx.throwIfStopped();
        m_ctx.progress(0.99, translated(QT_TRANSLATE_NOOP("SynthGenerator", "daily roll-up and statistics")));
        m_tx.exec_params(kRefreshDaily, firstDay, lastDay);
        m_tx.exec0(kAnalyze);
    }

private:
    void beginPass()
    {
        m_lastCheck = 0;
        m_lastProgress = -kProgressRows; // report early in each pass, then every kProgressRows
    }

    /// Checks the stop flag every few thousand rows and reports progress now and then. done
    /// drives the fraction (of total); shown/target make the text ("events: 1.2M / 20M"), and a
    /// negative target shows the users walked instead (the row total is not known in advance).
    void tick(std::int64_t done, double from, double share, const char* what, std::int64_t shown, std::int64_t target,
              std::int64_t usersDone = 0)
    {
        const std::int64_t rows = shown + usersDone;
        if (rows - m_lastCheck < kStopCheckRows)
            return;
        m_lastCheck = rows;
        m_ctx.throwIfStopped();
        if (rows - m_lastProgress < kProgressRows && !(target > 0 && done == target))
            return;
        m_lastProgress = rows;
        const std::int64_t total = target > 0 ? target : m_options.users;
        std::string text = translated(what) + ": " + humanCount(shown);
        if (target > 0)
            text += " / " + humanCount(target);
        else
            text += QCoreApplication::translate("SynthGenerator", " (users %1 / %2)")
                        .arg(QString::fromStdString(humanCount(usersDone)),
                             QString::fromStdString(humanCount(m_options.users)))
                        .toStdString();
        m_ctx.progress(from + share * static_cast<double>(done) / static_cast<double>(total), text);
    }

    pqxx::work& m_tx;
    JobContext& m_ctx;
    const SynthOptions& m_options;
    std::int64_t m_events;
    const SynthCalendar& m_calendar;
    const SynthCatalog& m_catalog;
    const SynthUserModel& m_model;
    std::uint64_t m_totalWeight;
    SynthSpend m_spend;
    std::int64_t m_lastCheck = 0;
    std::int64_t m_lastProgress = 0;
};

std::string paramsJson(const SynthOptions& o, std::int64_t events, const std::string& endDate)
{
    // Numbers and a validated date only: nothing here needs JSON escaping.
    return "{\"users\": " + std::to_string(o.users) + ", \"products\": " + std::to_string(o.products) +
           ", \"days\": " + std::to_string(o.days) + ", \"events\": " + std::to_string(events) +
           ", \"seed\": " + std::to_string(o.seed) + ", \"end_date\": \"" + endDate +
           "\", \"replace\": " + (o.replace ? "true" : "false") + "}";
}

void finishLoad(Database& db, long long loadId, const std::string& status, long long rows, const std::string& error)
{
    try {
        db.transact([&](pqxx::work& tx) { tx.exec_params(kFinishLoad, loadId, status, rows, error); });
    } catch (const std::exception& e) {
        logging::get("synth")->warn("could not record the outcome of load {} ({}): {}", loadId, status, e.what());
    }
}

} // namespace

SynthGenerator::SynthGenerator(SynthOptions options) : m_options(std::move(options))
{
}

void SynthGenerator::validate() const
{
    using Code = Error::Code;
    if (m_options.users < 1)
        throw Error(Code::InvalidArgument, "--users must be at least 1");
    if (m_options.products < 1)
        throw Error(Code::InvalidArgument, "--products must be at least 1");
    if (m_options.products > SynthCatalog::kMaxProducts)
        throw Error(Code::InvalidArgument, "--products must be at most " + std::to_string(SynthCatalog::kMaxProducts));
    if (m_options.days < 1 || m_options.days > kMaxDays)
        throw Error(Code::InvalidArgument, "--days must be between 1 and " + std::to_string(kMaxDays));
    if (m_options.events < 0)
        throw Error(Code::InvalidArgument, "--events must be 0 (meaning 50 per user) or more");
    if (m_options.events / kMaxEventsPerUser >= m_options.users &&
        m_options.events > kMaxEventsPerUser * m_options.users)
        throw Error(Code::InvalidArgument,
                    "--events must be at most " + std::to_string(kMaxEventsPerUser) + " per user (--users)");
    if (!m_options.endDate.empty() && !SynthCalendar::parseDate(m_options.endDate))
        throw Error(Code::InvalidArgument,
                    "--end-date must be a date written YYYY-MM-DD, got '" + m_options.endDate + "'");
}

SynthReport SynthGenerator::run(JobContext& ctx)
{
    validate();
    auto log = logging::get("synth");
    const std::int64_t lastDayNumber =
        m_options.endDate.empty() ? SynthCalendar::todayUtc() : *SynthCalendar::parseDate(m_options.endDate);
    const std::int64_t events = m_options.events > 0 ? m_options.events : kEventsPerUser * m_options.users;
    const SynthCalendar calendar(lastDayNumber, m_options.days);
    const std::string firstDay = SynthCalendar::formatDate(calendar.firstDayNumber());
    const std::string lastDay = SynthCalendar::formatDate(lastDayNumber);

    Database& db = ctx.db();
    if (!m_options.replace) {
        // Refuse before a load is recorded; the check is repeated inside the loading transaction.
        bool filled = false;
        db.read([&](pqxx::work& tx) { filled = tx.exec1(kHasCustomerData)[0].as<bool>(); });
        if (filled)
            throw Error(Error::Code::InvalidArgument, kRefuseMessage);
    }

    SynthReport report;
    db.transact([&](pqxx::work& tx) {
        report.loadId = tx.exec_params1(kStartLoad, paramsJson(m_options, events, lastDay))[0].as<long long>();
    });
    log->info("load {}: generating {} users, {} products, {} events over {} days ({} .. {}), seed {}", report.loadId,
              m_options.users, m_options.products, events, m_options.days, firstDay, lastDay, m_options.seed);

    const auto t0 = Clock::now();
    try {
        ctx.progress(0,
                     translated(QT_TRANSLATE_NOOP("SynthGenerator", "preparing the catalogue and the event budget")));
        const SynthCatalog catalog(m_options.seed, m_options.products, calendar);
        const SynthUserModel model(m_options.seed, calendar, catalog);
        const std::uint64_t totalWeight = SynthCursor::totalWeight(model, m_options.users, [&](std::int64_t done) {
            ctx.throwIfStopped();
            ctx.progress(
                kPrepareShare * static_cast<double>(done) / static_cast<double>(m_options.users),
                QCoreApplication::translate("SynthGenerator", "planning: users %1 / %2")
                    .arg(QString::fromStdString(humanCount(done)), QString::fromStdString(humanCount(m_options.users)))
                    .toStdString());
        });

        db.transact([&](pqxx::work& tx) {
            // Runs again from the start if the connection drops, so it starts from a clean report.
            SynthReport r;
            r.loadId = report.loadId;
            // Every generated row carries this load id (the load_id columns default to it).
            tx.exec_params("SELECT set_config('kestrel.load_id', $1, true)", std::to_string(report.loadId));
            SynthLoad load(tx, ctx, m_options, events, calendar, catalog, model, totalWeight);
            load.prepare(firstDay, lastDay);
            load.users(r);
            load.products(r);
            load.orders(r);
            load.channelSpend(r);
            load.items(r);
            load.events(r);
            load.finish(firstDay, lastDay);
            report = r;
        });
    } catch (const std::exception& e) {
        const Error err = Database::translate(e);
        const bool cancelled = err.code() == Error::Code::Cancelled || ctx.stopRequested();
        finishLoad(db, report.loadId, cancelled ? "cancelled" : "failed", 0,
                   cancelled ? "cancelled by the user" : err.what());
        if (cancelled) {
            log->info("load {} cancelled; nothing was written", report.loadId);
            throw Error(Error::Code::Cancelled, "cancelled by the user; nothing was written");
        }
        log->error("load {} failed: {}", report.loadId, err.what());
        throw err;
    }
    report.firstDay = firstDay;
    report.lastDay = lastDay;
    report.totalSeconds = secondsSince(t0);
    const long long total = report.users + report.products + report.prices + report.orders + report.orderItems +
                            report.events + report.channelSpend;
    finishLoad(db, report.loadId, "succeeded", total, {});
    ctx.progress(1.0, QCoreApplication::translate("SynthGenerator", "done: %1 rows")
                          .arg(QString::fromStdString(humanCount(total)))
                          .toStdString());
    log->info("load {} done in {:.1f} s: {} users, {} products, {} prices, {} orders, {} order items, {} events, "
              "{} channel spend rows ({:.0f} events/s)",
              report.loadId, report.totalSeconds, report.users, report.products, report.prices, report.orders,
              report.orderItems, report.events, report.channelSpend,
              report.eventsSeconds > 0 ? static_cast<double>(report.events) / report.eventsSeconds : 0.0);
    return report;
}

} // namespace kestrel::core
