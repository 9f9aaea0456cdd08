// Macro benchmark: how long the Dashboard page takes from opening until its tiles and charts are
// painted, against a real database (the target: within 1 s on 1M users / 20M events).
//   kestrel_dashboard_bench [--dsn DSN] [--runs N]
// Without --dsn it uses KESTREL_DSN, else the embedded cluster (which must be running).
#include "common/logging.h"
#include "common/paths.h"
#include "db/connection_params.h"
#include "db/local_cluster.h"
#include "pages/dashboard_page.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    std::string dsn;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--dsn") && i + 1 < argc)
            dsn = argv[++i];
        else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else {
            std::fprintf(stderr, "usage: %s [--dsn DSN] [--runs N]\n", argv[0]);
            return 2;
        }
    }
    QApplication app(argc, argv);
    kestrel::core::logging::Options log;
    log.level = "warn";
    kestrel::core::logging::init(log);

    if (dsn.empty())
        dsn = kestrel::core::configuredDsn({});
    if (dsn.empty()) {
        kestrel::core::LocalCluster cluster(kestrel::core::paths::dataDir());
        if (!cluster.isRunning()) {
            std::fprintf(stderr, "the embedded database is not running; start it with 'kestrel db start'\n");
            return 1;
        }
        dsn = cluster.dsn();
    }
    const auto params = kestrel::core::ConnectionParams::fromDsn(dsn);

    std::vector<double> loadedMs, paintedMs;
    for (int run = 0; run < runs; ++run) {
        kestrel::ui::DashboardPage page;
        page.resize(1400, 900);
        bool ok = false;
        QEventLoop loop;
        QObject::connect(&page, &kestrel::ui::DashboardPage::loaded, &loop, [&] { ok = true; loop.quit(); });
        QObject::connect(&page, &kestrel::ui::DashboardPage::loadFailed, &loop, [&](const QString& m) {
            std::fprintf(stderr, "load failed: %s\n", m.toStdString().c_str());
            loop.quit();
        });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        page.show();
        page.setConnection(params);
        loop.exec();
        if (!ok)
            return 1;
        loadedMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        // grab() paints every tile and chart into a pixmap: the cost of the first frame.
        const QPixmap frame = page.grab();
        paintedMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (frame.isNull())
            return 1;
    }
    auto report = [](const char* what, std::vector<double> v) {
        std::sort(v.begin(), v.end());
        std::printf("%-28s min %8.1f ms   median %8.1f ms   max %8.1f ms\n", what, v.front(), v[v.size() / 2],
                    v.back());
    };
    std::printf("dashboard on %s, %d runs (first run includes connecting)\n", params.redactedDsn().c_str(), runs);
    report("data loaded (tiles filled)", loadedMs);
    report("tiles and charts painted", paintedMs);
    return 0;
}
