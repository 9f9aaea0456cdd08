// What the import wizard and Loads page tests share: a main window on the test cluster, helpers
// that drive the wizard, independent SQL, fixtures and screenshots.
#pragma once

#include "import/import_wizard.h"
#include "models/load_jobs.h"

#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>

#include <memory>
#include <string>

class QWidget;

namespace kestrel::core {
class JobRunner;
}
namespace kestrel::ui {
class MainWindow;
}

namespace kestrel::test {

/// Windows-1251 bytes of a string with Russian letters (enough for the fixtures).
std::string cp1251(const QString& text);
/// One value of a query on the test cluster, as text ("<null>" for NULL).
std::string text(const std::string& sql);
long long scalar(const std::string& sql);
void exec(const std::string& sql);
/// Every stored row of crm.users, load_id included.
std::string usersDigest();
/// Saves w as name.png under KESTREL_SCREENSHOT_DIR, when that is set.
void saveScreenshot(QWidget& w, const QString& name);
bool screenshots();

/// Base of the test classes: each test gets a fresh main window; the desktop's "open file" is
/// replaced by a list of the files asked for.
class ImportUiFixture : public QObject {
    Q_OBJECT
public:
    ImportUiFixture();
    ~ImportUiFixture() override;

protected:
    void setUpOnce();
    void setUp();
    void tearDown();

    QString writeFile(const QString& name, const std::string& bytes);
    /// Empties the customer tables and the history, then stores users 900, 1001 and 1002.
    void seedUsers();
    /// Opens the wizard, sets the file and waits for its header; null on failure.
    ui::ImportWizard* openWizardOn(const QString& path);
    /// Goes on from the preview and waits for the check; null on failure.
    ui::ImportOutcomePtr runCheck(ui::ImportWizard* wizard);
    /// From a completed check through the load to the result page; null on failure.
    ui::ImportOutcomePtr runLoad(ui::ImportWizard* wizard);

    std::unique_ptr<core::JobRunner> m_jobs;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;
    QStringList m_opened; // files the "open rejects" buttons asked the desktop to open
};

} // namespace kestrel::test
