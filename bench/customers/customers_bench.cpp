// Macro benchmark of the Customers page and the user card against a real database (issue 6):
//   - search latency per kind of input: the toolbar's first ten matches, and the page's first
//     keyset page of the same search (p50 / p95 over sampled inputs; goal < 100 ms);
//   - the user card: all its queries plus building and painting its window offscreen (p50 / p95
//     over sampled customers; goal < 200 ms);
//   - keyset pages: the first page and a deep page (the page after row `--deep`) for every sort
//     column in both directions, and the count of matches.
//   kestrel_customers_bench [--dsn DSN] [--samples N] [--deep ROW] [--json FILE]
// Without --dsn it uses KESTREL_DSN, else the embedded cluster (which must be running).
#include "common/logging.h"
#include "common/paths.h"
#include "db/connection_params.h"
#include "db/local_cluster.h"
#include "models/customer_list_query.h"
#include "models/customer_queries.h"
#include "models/customers_model.h"
#include "models/sql_connection.h"
#include "models/user_card_queries.h"
#include "pages/user_card_window.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace kestrel;

namespace {

struct Stats {
    double p50 = 0, p95 = 0, max = 0;
    int n = 0;
};

Stats stats(std::vector<double> ms)
{
    Stats s;
    s.n = static_cast<int>(ms.size());
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * (ms.size() - 1) + 0.5))];
    };
    s.p50 = at(0.5);
    s.p95 = at(0.95);
    s.max = ms.back();
    return s;
}

QJsonObject json(const Stats& s)
{
    return {{QStringLiteral("p50_ms"), s.p50},
            {QStringLiteral("p95_ms"), s.p95},
            {QStringLiteral("max_ms"), s.max},
            {QStringLiteral("n"), s.n}};
}

double timeMs(const std::function<void()>& fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

QStringList column(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    QStringList out;
    if (!q.exec(sql)) {
        std::fprintf(stderr, "query failed: %s\n", sql.toStdString().c_str());
        std::exit(1);
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    std::string dsn, jsonPath;
    int samples = 40;
    long long deep = 500000;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--dsn") && i + 1 < argc)
            dsn = argv[++i];
        else if (!std::strcmp(argv[i], "--samples") && i + 1 < argc)
            samples = std::max(3, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--deep") && i + 1 < argc)
            deep = std::max(1LL, std::atoll(argv[++i]));
        else if (!std::strcmp(argv[i], "--json") && i + 1 < argc)
            jsonPath = argv[++i];
        else {
            std::fprintf(stderr, "usage: %s [--dsn DSN] [--samples N] [--deep ROW] [--json FILE]\n", argv[0]);
            return 2;
        }
    }
    QApplication app(argc, argv);
    core::logging::Options log;
    log.level = "warn";
    core::logging::init(log);
    if (dsn.empty())
        dsn = core::configuredDsn({});
    if (dsn.empty()) {
        core::LocalCluster cluster(core::paths::dataDir());
        if (!cluster.isRunning()) {
            std::fprintf(stderr, "the embedded database is not running; start it with 'kestrel db start'\n");
            return 1;
        }
        dsn = cluster.dsn();
    }
    const auto params = core::ConnectionParams::fromDsn(dsn);
    QSqlDatabase db = ui::SqlConnection::forThisThread(params);
    ui::CustomerQueries queries(db);
    QJsonObject out;
    std::mt19937 rng(20261122);

    const QString users = column(db, QStringLiteral("SELECT count(*) FROM crm.users")).value(0);
    std::printf("customers bench: %s users, %d samples per input kind\n", users.toStdString().c_str(), samples);
    out.insert(QStringLiteral("users"), users.toLongLong());

    // ---- search: inputs sampled from the data (evenly spread users), plus misses
    const QString sample = QStringLiteral(" FROM crm.users WHERE user_id % %1 = 7 ORDER BY user_id LIMIT %2")
                               .arg(std::max(1LL, users.toLongLong() / samples))
                               .arg(samples);
    const QStringList ids = column(db, QStringLiteral("SELECT user_id") + sample);
    const QStringList telegram = column(db, QStringLiteral("SELECT telegram_id FROM crm.users WHERE telegram_id IS NOT "
                                                           "NULL AND user_id % %1 = 3 ORDER BY user_id LIMIT %2")
                                                .arg(std::max(1LL, users.toLongLong() / samples / 5))
                                                .arg(samples));
    const QStringList names = column(db, QStringLiteral("SELECT full_name") + sample);
    const QStringList emails = column(db, QStringLiteral("SELECT email") + sample);
    std::vector<std::pair<QString, QStringList>> kinds;
    kinds.push_back({QStringLiteral("user id"), ids});
    kinds.push_back({QStringLiteral("telegram id"), telegram});
    QStringList one, two, three, word, emailPrefix, email, miss;
    for (int i = 0; i < names.size(); ++i) {
        const QString n = names[i].toLower();
        one << n.left(1);
        two << n.left(2);
        const int len = 3 + static_cast<int>(rng() % 4);
        const int at = static_cast<int>(rng() % std::max<qsizetype>(1, n.size() - len));
        three << n.mid(at, len);
        word << n.section(QLatin1Char(' '), -1); // a last name, typed whole
        emailPrefix << emails[i].left(emails[i].indexOf(QLatin1Char('.')) + 3);
        email << emails[i];
        miss << QStringLiteral("zq%1x").arg(rng() % 100000);
    }
    kinds.push_back({QStringLiteral("1 character"), one});
    kinds.push_back({QStringLiteral("2 characters"), two});
    kinds.push_back({QStringLiteral("3-6 characters inside a name"), three});
    kinds.push_back({QStringLiteral("a last name"), word});
    kinds.push_back({QStringLiteral("e-mail prefix"), emailPrefix});
    kinds.push_back({QStringLiteral("whole e-mail"), email});
    kinds.push_back({QStringLiteral("no match"), miss});
    std::printf("\n%-30s %28s %28s %16s\n", "search input", "toolbar top 10 p50/p95/max", "page 1 p50/p95/max",
                "matches (median)");
    QJsonArray searchJson;
    for (const auto& [kind, inputs] : kinds) {
        std::vector<double> top, page;
        std::vector<double> matches;
        for (const QString& text : inputs) {
            top.push_back(timeMs([&] { queries.search(text); }));
            ui::CustomerFilter f;
            f.search = text;
            page.push_back(timeMs([&] {
                ui::KeysetCursor cursor;
                queries.page(f, {}, cursor, ui::CustomersModel::kPageSize);
            }));
            if (page.back() > 300 || top.back() > 300)
                std::printf("   slow: \"%s\" toolbar %.0f ms, page %.0f ms\n", text.toStdString().c_str(), top.back(),
                            page.back());
            matches.push_back(static_cast<double>(queries.count(f, 5000).rows));
        }
        const Stats a = stats(top), b = stats(page), m = stats(matches);
        std::printf("%-30s %10.1f %7.1f %8.1f %10.1f %7.1f %8.1f %16.0f\n", kind.toStdString().c_str(), a.p50, a.p95,
                    a.max, b.p50, b.p95, b.max, m.p50);
        searchJson.append(QJsonObject{{QStringLiteral("kind"), kind},
                                      {QStringLiteral("toolbar"), json(a)},
                                      {QStringLiteral("page"), json(b)},
                                      {QStringLiteral("median_matches"), m.p50}});
    }
    out.insert(QStringLiteral("search"), searchJson);

    // ---- the user card: queries + the window built, filled and painted offscreen
    const QStringList buyers = column(
        db, QStringLiteral("SELECT user_id FROM ml.user_metrics WHERE rfm_frequency IS NOT NULL AND user_id % %1 = 5 "
                           "ORDER BY user_id LIMIT %2")
                .arg(std::max(1LL, users.toLongLong() / samples / 10))
                .arg(samples));
    std::vector<double> cardQueries, cardTotal;
    for (int warm = 0; warm < 2; ++warm) {
        for (const QString& id : buyers + ids.mid(0, samples / 4)) {
            QElapsedTimer t;
            t.start();
            auto card = std::make_shared<ui::UserCardSnapshot>(ui::UserCardQueries(db).load(id.toLongLong()));
            const double q = static_cast<double>(t.nsecsElapsed()) / 1e6;
            ui::UserCardWindow window(params, id.toLongLong(), nullptr, false);
            window.resize(1280, 800);
            window.showCard(card);
            const QPixmap frame = window.grab();
            if (frame.isNull())
                return 1;
            if (warm == 1) { // the first pass warms the connection, plans and caches
                cardQueries.push_back(q);
                cardTotal.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            }
        }
    }
    const Stats cq = stats(cardQueries), ct = stats(cardTotal);
    std::printf("\nuser card (%d customers): queries p50 %.1f ms p95 %.1f ms; queries + window built and painted p50 "
                "%.1f ms p95 %.1f ms max %.1f ms\n",
                ct.n, cq.p50, cq.p95, ct.p50, ct.p95, ct.max);
    out.insert(QStringLiteral("card"),
               QJsonObject{{QStringLiteral("queries"), json(cq)}, {QStringLiteral("total"), json(ct)}});

    // ---- keyset pages per sort column: the first page and the page after row `deep`
    std::printf("\n%-26s %10s %10s %12s %12s\n", "sort", "first asc", "first desc", "deep asc", "deep desc");
    QJsonArray pagesJson;
    for (int c = 0; c < ui::kCustomerColumnCount; ++c) {
        double first[2] = {}, deepMs[2] = {};
        for (int d = 0; d < 2; ++d) {
            const ui::CustomerSort sort{c, d == 1};
            first[d] = timeMs([&] {
                ui::KeysetCursor cursor;
                queries.page({}, sort, cursor, ui::CustomersModel::kPageSize);
            });
            // The cursor of row `deep` in this order, read once by OFFSET (not timed).
            const QString expr = ui::CustomerListQuery::sortExpression(c);
            const QString dir = d ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT (%1)::text, u.user_id FROM crm.users u LEFT JOIN ml.user_metrics m ON "
                                  "m.user_id = u.user_id ORDER BY %1%2 NULLS LAST, u.user_id%2 OFFSET %3 LIMIT 1")
                       .arg(expr, dir)
                       .arg(std::min(deep, users.toLongLong() - 1)));
            ui::KeysetCursor cursor;
            if (q.next()) {
                cursor.userId = q.value(1).toLongLong();
                if (q.value(0).isNull()) {
                    cursor.phase = ui::KeysetCursor::Phase::InNulls;
                } else {
                    cursor.phase = ui::KeysetCursor::Phase::AfterValue;
                    cursor.key = q.value(0).toString();
                }
            }
            deepMs[d] = timeMs([&] { queries.page({}, sort, cursor, ui::CustomersModel::kPageSize); });
        }
        const QString name = ui::CustomersModel::columnKey(c);
        std::printf("%-26s %8.1f ms %8.1f ms %10.1f ms %10.1f ms\n", name.toStdString().c_str(), first[0], first[1],
                    deepMs[0], deepMs[1]);
        pagesJson.append(QJsonObject{{QStringLiteral("column"), name},
                                     {QStringLiteral("first_asc_ms"), first[0]},
                                     {QStringLiteral("first_desc_ms"), first[1]},
                                     {QStringLiteral("deep_asc_ms"), deepMs[0]},
                                     {QStringLiteral("deep_desc_ms"), deepMs[1]}});
    }
    out.insert(QStringLiteral("pages"), pagesJson);
    out.insert(QStringLiteral("deep_row"), deep);

    // ---- counts
    std::printf("\n");
    QJsonArray countsJson;
    const auto countCase = [&](const char* what, const ui::CustomerFilter& f) {
        ui::CustomerCount c;
        const double ms = timeMs([&] { c = queries.count(f, ui::CustomersModel::kCountBudgetMs); });
        std::printf("count %-40s %10lld %s in %.1f ms\n", what, static_cast<long long>(c.rows),
                    c.exact ? "exact" : "estimated", ms);
        countsJson.append(QJsonObject{{QStringLiteral("filter"), QString::fromLatin1(what)},
                                      {QStringLiteral("rows"), static_cast<qint64>(c.rows)},
                                      {QStringLiteral("exact"), c.exact},
                                      {QStringLiteral("ms"), ms}});
    };
    countCase("no filter", {});
    ui::CustomerFilter high;
    high.churnBand = 2;
    countCase("churn high", high);
    ui::CustomerFilter combo;
    combo.country = QStringLiteral("RU");
    combo.channel = QStringLiteral("organic");
    combo.churnBand = 3;
    countCase("RU + organic + not scored", combo);
    out.insert(QStringLiteral("counts"), countsJson);

    if (!jsonPath.empty()) {
        QFile f(QString::fromStdString(jsonPath));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(out).toJson());
    }
    return 0;
}
