#pragma once

#include <QtWidgets/QWizardPage>

#include <memory>

#include <array>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace kestrel::ui {

class CountTile;
struct ImportSession;

/// Step 5: what the load did (counts, duration, load id), a button that opens the rejects file
/// when rows were rejected, or the error in words with its details one click away.
class ResultPage : public QWizardPage {
    Q_OBJECT
public:
    enum class Count { Read, Inserted, Updated, Unchanged, Deleted, Rejected };
    static constexpr int kCounts = 6;

    explicit ResultPage(std::shared_ptr<ImportSession> session, QWidget* parent = nullptr);

    void initializePage() override;

    QString headline() const;
    QString errorText() const;
    QString detailsText() const;
    CountTile* tile(Count c) const { return m_tiles[static_cast<std::size_t>(c)]; }
    /// Shown only when the load rejected rows and wrote a rejects file.
    QPushButton* openRejectsButton() const { return m_openRejects; }
    QToolButton* detailsButton() const { return m_detailsToggle; }
    /// Starts the wizard again (another file, or the same one with other choices).
    QPushButton* againButton() const { return m_again; }

private:
    void showDetails(bool on);

    std::shared_ptr<ImportSession> m_sessionOwner; // pages outlive the wizard's members
    ImportSession& m_session;
    QLabel* m_icon = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_facts = nullptr;
    QWidget* m_tilesBox = nullptr;
    std::array<CountTile*, kCounts> m_tiles{};
    QLabel* m_rejects = nullptr;
    QPushButton* m_openRejects = nullptr;
    QLabel* m_error = nullptr;
    QToolButton* m_detailsToggle = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_again = nullptr;
};

} // namespace kestrel::ui
