#include "app_shell.h"

#include "common/logging.h"
#include "common/settings.h"
#include "db/connection_params.h"
#include "jobs/job_runner.h"
#include "main_window.h"
#include "shutdown_signals.h"
#include "startup_controller.h"

#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyleFactory>
#include <spdlog/spdlog.h>

#include <memory>
#include <mutex>

// Resources of a static library must be registered by name from the global namespace.
void kestrelInitUiResources()
{
    static std::once_flag once;
    std::call_once(once, [] { Q_INIT_RESOURCE(kestrel); });
}

namespace kestrel::ui {

void installTranslators(QApplication& app)
{
    kestrelInitUiResources();
    const QString setting = core::settings::kLanguage.get();
    const bool russian =
        setting.isEmpty() ? QLocale::system().language() == QLocale::Russian : setting == QLatin1String("ru");
    const QLocale locale = russian ? QLocale(QLocale::Russian, QLocale::Russia)
                                   : (setting.isEmpty() && QLocale::system().language() == QLocale::English
                                          ? QLocale::system()
                                          : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);

    auto log = core::logging::get("ui");
    auto* own = new QTranslator(&app);
    const QString file = russian ? QStringLiteral(":/i18n/kestrel_ru.qm") : QStringLiteral(":/i18n/kestrel_en.qm");
    if (own->load(file))
        app.installTranslator(own);
    else
        log->warn("translation {} not found", file.toStdString());

    if (russian) {
        auto* qt = new QTranslator(&app);
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (qt->load(QLocale(QLocale::Russian), QStringLiteral("qtbase"), QStringLiteral("_"), dir))
            app.installTranslator(qt);
        else
            log->debug("Qt's own Russian translation is not installed in {}", dir.toStdString());
    }
}

int runGui(QApplication& app, const GuiOptions& options)
{
    kestrelInitUiResources();
    if (QStyleFactory::keys().contains(QStringLiteral("Fusion")))
        QApplication::setStyle(QStringLiteral("Fusion"));

    const std::string dsn = options.forceEmbedded ? std::string() : core::configuredDsn(options.cliDsn);
    const bool embedded = dsn.empty();

    ShutdownSignals quitOnSignal;
    core::JobRunner jobs{core::ConnectionParams{}};
    auto window = std::make_unique<MainWindow>(jobs);
    window->show();
    window->startDatabase(embedded, dsn);

    const int rc = app.exec();

    // Order matters: jobs stop before the window goes, the server stops last.
    jobs.cancelAll();
    jobs.waitForAll();
    const bool stopCluster = window->startup()->startedEmbeddedCluster();
    window.reset();
    if (stopCluster)
        StartupController::stopEmbeddedCluster();
    return rc;
}

} // namespace kestrel::ui
