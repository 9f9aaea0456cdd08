#include "dialogs/settings_dialog.h"

#include "common/logging.h"
#include "common/paths.h"
#include "common/settings.h"

#include <QtCore/QLocale>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_language = new QComboBox(this);
    m_language->addItem(tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    // Language names are written in their own language so a user can always find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_initialLanguage = core::settings::kLanguage.get();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));
    m_restartNote = new QLabel(tr("The language changes when Kestrel is restarted."), this);
    m_restartNote->setObjectName(QStringLiteral("hint"));
    m_restartNote->setWordWrap(true);

    m_logLevel = new QComboBox(this);
    const struct {
        QString label;
        const char* level;
    } levels[] = {
        {tr("Trace (everything)"), "trace"},
        {tr("Debug"), "debug"},
        {tr("Information"), "info"},
        {tr("Warnings"), "warn"},
        {tr("Errors"), "error"},
        {tr("Off"), "off"},
    };
    for (const auto& l : levels)
        m_logLevel->addItem(l.label, QString::fromLatin1(l.level));
    m_logLevel->setCurrentIndex(std::max(0, m_logLevel->findData(core::settings::kLogLevel.get())));
    auto* logNote = new QLabel(tr("Applies at once. The log is written to %1.")
                                   .arg(QString::fromStdString((core::paths::stateDir() / "kestrel.log").string())),
                               this);
    logNote->setObjectName(QStringLiteral("hint"));
    logNote->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("Log level:"), m_logLevel);
    form->addRow(QString(), logNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void SettingsDialog::accept()
{
    core::settings::kLanguage.set(m_language->currentData().toString());
    const QString level = m_logLevel->currentData().toString();
    core::settings::kLogLevel.set(level);
    core::logging::setLevel(level.toStdString());
    QDialog::accept();
}

} // namespace kestrel::ui
