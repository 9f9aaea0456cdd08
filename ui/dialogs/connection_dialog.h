#pragma once

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QWidget;

namespace kestrel::ui {

class ConnectionProbe;

/// Chooses the database: the embedded cluster or an external server, given as a DSN or as
/// host/port/database/user/password. Test connects off the GUI thread and shows the server
/// version or the error. The password is never saved; the saved DSN is stripped of it.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    struct Choice {
        bool embedded = true;
        QString dsn;      ///< for this session, with the password when one was typed
        QString savedDsn; ///< what goes into settings: no password
    };

    ConnectionDialog(bool embeddedNow, const QString& currentDsn, QWidget* parent = nullptr);

    Choice choice() const;
    /// The DSN the external fields describe, with the password; empty when incomplete.
    QString externalDsn() const;
    QString testResult() const;

    // For tests and keyboard-less automation.
    void setExternalDsn(const QString& dsn);
    void startTest();

signals:
    void testFinished(bool ok);

private:
    void updateEnabled();
    void onTestFinished(bool ok, const QString& text);
    void accept() override;

    QRadioButton* m_embedded = nullptr;
    QRadioButton* m_external = nullptr;
    QWidget* m_externalBox = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_dsn = nullptr;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QLineEdit* m_dbname = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
    ConnectionProbe* m_probe = nullptr;
};

} // namespace kestrel::ui
