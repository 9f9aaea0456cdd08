#pragma once

#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;

namespace kestrel::ui {

/// Preferences: the interface language (applies on the next start) and the log level (applies
/// at once).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    QComboBox* m_language = nullptr;
    QComboBox* m_logLevel = nullptr;
    QLabel* m_restartNote = nullptr;
    QString m_initialLanguage;
};

} // namespace kestrel::ui
