#include "dialogs/connection_dialog.h"

#include "common/error.h"
#include "common/paths.h"
#include "db/connection_params.h"
#include "dialogs/dsn_text.h"
#include "models/connection_probe.h"

#include <QtGui/QIntValidator>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {

ConnectionDialog::ConnectionDialog(bool embeddedNow, const QString& currentDsn, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Database connection"));
    setObjectName(QStringLiteral("connectionDialog"));
    m_probe = new ConnectionProbe(this);
    connect(m_probe, &ConnectionProbe::finished, this, &ConnectionDialog::onTestFinished);

    m_embedded = new QRadioButton(tr("Embedded database"), this);
    auto* embeddedNote = new QLabel(
        tr("A private PostgreSQL server in %1, started and stopped by Kestrel. Demo data is generated on first start.")
            .arg(QString::fromStdString(core::paths::dataDir().string())),
        this);
    embeddedNote->setObjectName(QStringLiteral("hint"));
    embeddedNote->setWordWrap(true);
    m_external = new QRadioButton(tr("External PostgreSQL server"), this);

    m_externalBox = new QWidget(this);
    m_tabs = new QTabWidget(m_externalBox);
    auto* fields = new QWidget(m_tabs);
    auto* form = new QFormLayout(fields);
    m_host = new QLineEdit(fields);
    m_host->setPlaceholderText(tr("db.example.com or a socket folder"));
    m_port = new QLineEdit(fields);
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_dbname = new QLineEdit(fields);
    m_user = new QLineEdit(fields);
    m_password = new QLineEdit(fields);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_dbname);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    m_tabs->addTab(fields, tr("Server"));

    auto* dsnPage = new QWidget(m_tabs);
    auto* dsnLayout = new QVBoxLayout(dsnPage);
    m_dsn = new QLineEdit(dsnPage);
    m_dsn->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/dbname"));
    auto* dsnHint = new QLabel(tr("A libpq connection string: key=value pairs or a postgresql:// URI."), dsnPage);
    dsnHint->setObjectName(QStringLiteral("hint"));
    dsnHint->setWordWrap(true);
    dsnLayout->addWidget(m_dsn);
    dsnLayout->addWidget(dsnHint);
    dsnLayout->addStretch(1);
    m_tabs->addTab(dsnPage, tr("Connection string"));

    auto* passwordNote = new QLabel(tr("The password is not saved. Put it in ~/.pgpass to connect without typing it, "
                                       "or enter it again after a restart."),
                                    m_externalBox);
    passwordNote->setObjectName(QStringLiteral("hint"));
    passwordNote->setWordWrap(true);
    m_test = new QPushButton(tr("Test connection"), m_externalBox);
    m_result = new QLabel(m_externalBox);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* externalLayout = new QVBoxLayout(m_externalBox);
    externalLayout->setContentsMargins(22, 0, 0, 0);
    externalLayout->addWidget(m_tabs);
    externalLayout->addWidget(passwordNote);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    externalLayout->addLayout(testRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_embedded);
    auto* noteBox = new QHBoxLayout;
    noteBox->setContentsMargins(22, 0, 0, 6);
    noteBox->addWidget(embeddedNote);
    layout->addLayout(noteBox);
    layout->addWidget(m_external);
    layout->addWidget(m_externalBox);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_embedded, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::startTest);

    (embeddedNow ? m_embedded : m_external)->setChecked(true);
    if (!currentDsn.isEmpty())
        setExternalDsn(currentDsn);
    updateEnabled();
}

void ConnectionDialog::setExternalDsn(const QString& dsn)
{
    const QString clean = dsn::withoutPassword(dsn);
    m_dsn->setText(clean);
    m_tabs->setCurrentIndex(1);
    try {
        const auto p = core::ConnectionParams::fromDsn(dsn.toStdString());
        m_host->setText(QString::fromStdString(p.host));
        m_port->setText(QString::fromStdString(p.port));
        m_dbname->setText(QString::fromStdString(p.dbname));
        m_user->setText(QString::fromStdString(p.user));
        m_password->setText(QString::fromStdString(p.password));
        // The field form can say everything a plain host/port/db/user string says.
        if (dsn::build(m_host->text(), m_port->text(), m_dbname->text(), m_user->text()) == clean)
            m_tabs->setCurrentIndex(0);
    } catch (const core::Error&) {
        // Left on the DSN tab: the user sees and fixes the text.
    }
}

void ConnectionDialog::updateEnabled()
{
    m_externalBox->setEnabled(m_external->isChecked());
}

QString ConnectionDialog::externalDsn() const
{
    if (m_tabs->currentIndex() == 1)
        return m_dsn->text().trimmed();
    if (m_host->text().trimmed().isEmpty() && m_dbname->text().trimmed().isEmpty())
        return {};
    return dsn::build(m_host->text(), m_port->text(), m_dbname->text(), m_user->text(), m_password->text());
}

ConnectionDialog::Choice ConnectionDialog::choice() const
{
    Choice c;
    c.embedded = m_embedded->isChecked();
    if (!c.embedded) {
        c.dsn = externalDsn();
        c.savedDsn = dsn::withoutPassword(c.dsn);
    }
    return c;
}

QString ConnectionDialog::testResult() const
{
    return m_result->text();
}

void ConnectionDialog::startTest()
{
    const QString text = externalDsn();
    core::ConnectionParams params;
    try {
        if (text.isEmpty())
            throw core::Error(core::Error::Code::InvalidArgument,
                              tr("Enter a host or a connection string.").toStdString());
        params = core::ConnectionParams::fromDsn(text.toStdString());
    } catch (const core::Error& e) {
        onTestFinished(false, QString::fromStdString(e.what()));
        return;
    }
    m_test->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting…"));
    m_probe->test(params);
}

void ConnectionDialog::onTestFinished(bool ok, const QString& text)
{
    m_test->setEnabled(true);
    m_result->setStyleSheet(ok ? QStringLiteral("color:#15803d;") : QStringLiteral("color:#b91c1c;"));
    m_result->setText(ok ? tr("Connected: PostgreSQL %1").arg(text) : tr("Failed: %1").arg(text));
    emit testFinished(ok);
}

void ConnectionDialog::accept()
{
    if (m_external->isChecked()) {
        const QString text = externalDsn();
        QString problem;
        if (text.isEmpty()) {
            problem = tr("Enter a host or a connection string.");
        } else {
            try {
                core::ConnectionParams::fromDsn(text.toStdString());
            } catch (const core::Error& e) {
                problem = QString::fromStdString(e.what());
            }
        }
        if (!problem.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), problem);
            return;
        }
    }
    QDialog::accept();
}

} // namespace kestrel::ui
