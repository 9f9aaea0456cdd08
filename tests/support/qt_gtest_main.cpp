// GTest main for integration tests: a QCoreApplication exists (job signals, QSettings, QProcess),
// and settings go to a throwaway folder so tests never touch the user's own.
#include <QtCore/QCoreApplication>
#include <QtCore/QStandardPaths>
#include <gtest/gtest.h>

#include "common/logging.h"

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KestrelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("KestrelTest"));
    kestrel::core::logging::Options log;
    log.level = "warn";
    log.file = std::filesystem::temp_directory_path() / "kestrel-tests.log";
    kestrel::core::logging::init(log);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
