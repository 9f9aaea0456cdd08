// One program (so one throwaway cluster) for the import wizard and Loads page tests.
#include "common/logging.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtCore/QStandardPaths>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

#include <filesystem>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace kestrel;

QObject* makeImportWizardTest();
QObject* makeLoadsPageTest();

int main(int argc, char** argv)
{
    QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    if (runtime.isEmpty()) {
        runtime = QFile::encodeName(QDir::tempPath() + QStringLiteral("/kestrel-ui-test-runtime"));
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    std::filesystem::create_directories(runtime.toStdString());
    ::chmod(runtime.constData(), 0700);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Rejects files go under the data folder: keep them out of the user's (or /var/lib's).
    const auto data = std::filesystem::temp_directory_path() / ("kestrel-ui-import-" + std::to_string(::getpid()));
    std::filesystem::create_directories(data);
    qputenv("KESTREL_DATA_DIR", QByteArray::fromStdString(data.string()));

    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("kestrel_ui_import_tests"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    core::logging::Options log;
    log.level = qEnvironmentVariableIsEmpty("KESTREL_LOG_LEVEL") ? "warn" : qgetenv("KESTREL_LOG_LEVEL").toStdString();
    log.file = std::filesystem::temp_directory_path() / "kestrel-ui-import-tests.log";
    core::logging::init(log);

    int rc = 0;
    for (auto make : {makeImportWizardTest, makeLoadsPageTest}) {
        std::unique_ptr<QObject> test(make());
        rc |= QTest::qExec(test.get(), argc, argv);
    }
    std::error_code ec;
    std::filesystem::remove_all(data, ec);
    return rc;
}
