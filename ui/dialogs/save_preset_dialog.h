#pragma once

#include <QtWidgets/QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kestrel::ui {

/// Asks for a preset's name and whether everyone may use it; warns when the name replaces one of
/// the user's own presets.
class SavePresetDialog : public QDialog {
    Q_OBJECT
public:
    SavePresetDialog(const QStringList& ownNames, const QString& suggestedName, bool shared, QWidget* parent = nullptr);

    QString name() const;
    bool shared() const;

private:
    void update();

    QStringList m_ownNames;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_shared = nullptr;
    QLabel* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kestrel::ui
