#pragma once

#include "import/file_preview.h"

#include <QtCore/QTimer>
#include <QtWidgets/QWizardPage>

#include <memory>

#include <string>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kestrel::ui {

class FieldsTable;
struct ImportSession;

/// Step 1: the file (typed, chosen in a file dialog, or dropped onto the page) and the table it
/// goes into. The header is read off the GUI thread and the table whose fields it matches best
/// is pre-selected.
class FilePage : public QWizardPage {
    Q_OBJECT
public:
    FilePage(std::shared_ptr<ImportSession> session, QWidget* parent = nullptr);
    ~FilePage() override;

    void setFilePath(const QString& path);
    QString filePath() const;
    /// The chosen entity's name ("products"), "" when none.
    std::string entity() const;
    /// Selects an entity as the user would.
    void setEntity(const std::string& name);
    bool isReading() const;
    QString errorText() const;
    QString matchText() const;
    QComboBox* entityCombo() const { return m_entity; }

    bool isComplete() const override;
    bool validatePage() override;

signals:
    /// The file's header was read (or could not be); the page's state is final for this path.
    void fileRead(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void browse();
    void readFile();
    void onLoaded(FilePreviewPtr preview);
    void onFailed(const QString& message, const QString& details);
    void suggestEntity();
    void updateMatch();

    std::shared_ptr<ImportSession> m_sessionOwner; // pages outlive the wizard's members
    ImportSession& m_session;
    FilePreviewLoader* m_loader = nullptr;
    FilePreviewPtr m_preview;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_fileInfo = nullptr;
    QLabel* m_error = nullptr;
    QComboBox* m_entity = nullptr;
    QLabel* m_match = nullptr;
    QFrame* m_drop = nullptr;
    QLabel* m_fieldsTitle = nullptr;
    FieldsTable* m_fields = nullptr;
    QTimer m_debounce;
    bool m_entityChosen = false; // the user picked the entity for this file; do not override it
};

} // namespace kestrel::ui
