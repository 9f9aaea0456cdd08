// Composition root: arguments, logging, settings, translators, then the CLI or the main window.
#include "cli/cli_app.h"

#include "app_shell.h"
#include "common/logging.h"
#include "common/settings.h"

#include <QtCore/QCoreApplication>
#include <QtWidgets/QApplication>

#include <cstdlib>
#include <unistd.h>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kestrel"));
    QCoreApplication::setApplicationName(QStringLiteral("Kestrel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KESTREL_VERSION));
}

std::string effectiveLogLevel(const kestrel::cli::ParsedArgs& args)
{
    if (!args.logLevel.empty())
        return args.logLevel;
    if (const char* env = std::getenv("KESTREL_LOG_LEVEL"); env && *env)
        return env;
    return kestrel::core::settings::kLogLevel.get().toStdString();
}

/// XGBoost's OpenMP threads spin while they wait by default, which starves the GUI thread and any
/// other work on a 2-core machine. libgomp reads OMP_WAIT_POLICY when it is loaded, before main, so
/// the process restarts itself once with PASSIVE unless the variable was set on purpose.
void ensurePassiveOpenMpWait(char** argv)
{
    if (std::getenv("OMP_WAIT_POLICY"))
        return;
    ::setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
    ::execv("/proc/self/exe", argv);
    // execv returned: keep going with the default policy.
}

}  // namespace

int main(int argc, char** argv)
{
    ensurePassiveOpenMpWait(argv);
    kestrel::cli::ParsedArgs args;
    if (int rc = kestrel::cli::parse(argc, argv, args); rc >= 0)
        return rc;  // usage error or --help/--version

    if (args.headless) {
        QCoreApplication app(argc, argv);
        setIdentity();
        kestrel::core::logging::Options log;
        log.level = effectiveLogLevel(args);
        // Headless errors are one line on stderr; log lines reach the console only when asked for.
        log.console = !args.logLevel.empty() || std::getenv("KESTREL_LOG_LEVEL");
        kestrel::core::logging::init(log);
        return kestrel::cli::run(args);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Kestrel"));
    kestrel::core::logging::Options log;
    log.level = effectiveLogLevel(args);
    kestrel::core::logging::init(log);
    kestrel::ui::installTranslators(app);

    kestrel::ui::GuiOptions gui;
    gui.cliDsn = args.dsn;
    return kestrel::ui::runGui(app, gui);
}
