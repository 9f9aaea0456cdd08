#pragma once

#include "import/file_preview.h"

#include <QtWidgets/QWizardPage>

#include <memory>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QSplitter;
class QStandardItemModel;
class QTableView;

namespace kestrel::core {
struct EntitySchema;
struct MappingOverride;
} // namespace kestrel::core

namespace kestrel::ui {

class FieldsTable;
class MappingHeader;
struct ImportSession;

/// Step 2: how the file is read (format, encoding, delimiter: detected, overridable), its first
/// rows, and which field each column feeds (a combo above each column, pre-filled from the
/// header). Required fields still without a column are listed in red and hold the wizard here.
class PreviewPage : public QWizardPage {
    Q_OBJECT
public:
    PreviewPage(std::shared_ptr<ImportSession> session, QWidget* parent = nullptr);
    ~PreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isReading() const;
    /// "CSV · Windows-1251 · semicolon (;) · 6 columns · 3 rows".
    QString readingSummary() const;
    QString errorText() const;
    /// "" when every required field has a column.
    QString missingText() const;
    QComboBox* formatCombo() const { return m_format; }
    QComboBox* encodingCombo() const { return m_encoding; }
    QComboBox* delimiterCombo() const { return m_delimiter; }
    /// The mapping combo of a file column (data: field name, "" = ignore).
    QComboBox* mappingCombo(int column) const;
    int columnCount() const;
    QTableView* table() const { return m_table; }
    FieldsTable* fieldsTable() const { return m_fields; }
    /// The mapping as the load will get it: one entry per file column.
    std::vector<core::MappingOverride> mapping() const;

signals:
    /// A preview (or its error) is on screen for the current options.
    void previewShown(bool ok);

private:
    void reread();
    void showPreview(FilePreviewPtr preview);
    void showError(const QString& message, const QString& details);
    void buildMapping(const std::vector<core::MappingOverride>& keep);
    void onMappingChosen(int column);
    void updateMissing();
    void styleCombo(QComboBox* combo);
    core::ReaderOptions optionsFromCombos() const;
    const core::EntitySchema* schema() const;

    std::shared_ptr<ImportSession> m_sessionOwner; // pages outlive the wizard's members
    ImportSession& m_session;
    FilePreviewLoader* m_loader = nullptr;
    FilePreviewPtr m_preview;
    QComboBox* m_format = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_missing = nullptr;
    QLabel* m_ignored = nullptr;
    QTableView* m_table = nullptr;
    MappingHeader* m_header = nullptr;
    FieldsTable* m_fields = nullptr;
    QSplitter* m_split = nullptr;
    QStandardItemModel* m_model = nullptr;
    std::vector<QComboBox*> m_combos;
    bool m_filling = false;
    std::string m_entityShown; // the entity the combos were made for
};

} // namespace kestrel::ui
