#include "cli/generate_command.h"

#include "cli/cli_context.h"
#include "cli/terminal_progress.h"
#include "db/database.h"
#include "db/migrator.h"
#include "jobs/job_runner.h"
#include "synth/synth_generator.h"

#include <QtCore/QJsonObject>

#include <cstdio>
#include <iostream>

namespace kestrel::cli {

int runGenerate(const ParsedArgs& args)
{
    core::SynthOptions opts;
    opts.users = args.users;
    opts.products = args.products;
    opts.days = args.days;
    opts.events = args.events;
    opts.seed = args.seed;
    opts.endDate = args.endDate;
    opts.replace = args.replace;
    core::SynthGenerator generator(opts);
    generator.validate();

    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    if (args.ifEmpty && !args.replace) {
        bool empty = true;
        db.read([&](pqxx::work& tx) {
            empty = tx.exec("SELECT 1 FROM crm.users UNION ALL SELECT 1 FROM crm.channel_spend LIMIT 1").empty();
        });
        if (!empty) {
            std::cerr << "the database already holds customer data; nothing generated\n";
            return 0;
        }
    }

    core::SynthReport report;
    TerminalProgress progress;
    core::runJobHere(
        db, [&](core::JobContext& ctx) { report = generator.run(ctx); },
        [&](double f, const std::string& text) { progress.update(f, text); });
    progress.finish();

    if (args.json) {
        QJsonObject out;
        out[QStringLiteral("users")] = static_cast<double>(report.users);
        out[QStringLiteral("products")] = static_cast<double>(report.products);
        out[QStringLiteral("prices")] = static_cast<double>(report.prices);
        out[QStringLiteral("orders")] = static_cast<double>(report.orders);
        out[QStringLiteral("order_items")] = static_cast<double>(report.orderItems);
        out[QStringLiteral("events")] = static_cast<double>(report.events);
        out[QStringLiteral("channel_spend")] = static_cast<double>(report.channelSpend);
        out[QStringLiteral("users_seconds")] = report.usersSeconds;
        out[QStringLiteral("products_seconds")] = report.productsSeconds;
        out[QStringLiteral("orders_seconds")] = report.ordersSeconds;
        out[QStringLiteral("items_seconds")] = report.itemsSeconds;
        out[QStringLiteral("events_seconds")] = report.eventsSeconds;
        out[QStringLiteral("total_seconds")] = report.totalSeconds;
        out[QStringLiteral("first_day")] = QString::fromStdString(report.firstDay);
        out[QStringLiteral("last_day")] = QString::fromStdString(report.lastDay);
        out[QStringLiteral("load_id")] = static_cast<double>(report.loadId);
        printJson(out);
    } else {
        std::printf("generated %lld users, %lld products, %lld prices, %lld orders, %lld order items, %lld events, "
                    "%lld channel spend rows (%s .. %s) in %.1f s; events COPY %.0f rows/s\n",
                    static_cast<long long>(report.users), static_cast<long long>(report.products),
                    static_cast<long long>(report.prices), static_cast<long long>(report.orders),
                    static_cast<long long>(report.orderItems), static_cast<long long>(report.events),
                    static_cast<long long>(report.channelSpend),
                    report.firstDay.c_str(), report.lastDay.c_str(), report.totalSeconds,
                    report.eventsSeconds > 0 ? report.events / report.eventsSeconds : 0.0);
    }
    return 0;
}

}  // namespace kestrel::cli
