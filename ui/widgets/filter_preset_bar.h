#pragma once

#include "db/connection_params.h"
#include "presets/filter_preset.h"

#include <QtCore/QJsonObject>
#include <QtWidgets/QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QPushButton;

namespace kestrel::core {
class FilterPresetStore;
}

namespace kestrel::ui {

/// Saved filters of a page: a list of presets (the user's own and those others share, marked),
/// Save… (name, "share with everyone"), Delete (own ones), and Export… / Import… as JSON. It asks
/// the page for its current filters through a getter and hands a chosen preset back through
/// presetApplied. Every database call runs on a worker thread with its own connection; outcomes
/// and errors are toasts (with Retry where a retry can help), never a blocked window.
///
///     auto* presets = new FilterPresetBar(QStringLiteral("customers"), [t] { return t->filters(); });
///     connect(presets, &FilterPresetBar::presetApplied, t, &DataTableView::setFilters);
///     presets->setConnection(params);
class FilterPresetBar : public QWidget {
    Q_OBJECT
public:
    using FiltersGetter = std::function<QJsonObject()>;

    /// pageKey: lower-case letters, digits, _ . - (see core::FilterPresetStore::checkPage).
    FilterPresetBar(const QString& pageKey, FiltersGetter currentFilters, QWidget* parent = nullptr);
    ~FilterPresetBar() override;

    /// Points the bar at a database and loads the list.
    void setConnection(const core::ConnectionParams& params);
    void reload();

    QString pageKey() const { return m_page; }
    /// The list as last loaded: own presets first.
    const std::vector<core::FilterPreset>& presets() const { return m_presets; }
    std::optional<core::FilterPreset> currentPreset() const;
    QComboBox* comboBox() const { return m_combo; }
    /// A database call is under way.
    bool isBusy() const { return m_pending > 0; }

    // What the buttons do, without their dialogs.
    void savePreset(const QString& name, bool shared);
    void applyPreset(std::int64_t id);
    void removePreset(std::int64_t id);
    /// Writes the listed presets to a JSON file (small; on the calling thread).
    bool exportToFile(const QString& path);
    /// Reads a JSON file and saves its presets for this page as the user's own.
    void importFromFile(const QString& path);

signals:
    void presetApplied(const QJsonObject& filters);
    /// The list was (re)loaded from the database.
    void presetsLoaded();
    void operationSucceeded(const QString& message);
    void operationFailed(const QString& message);

private:
    struct Reply;
    /// Work for the worker thread; returns the text of its success toast (may be empty). It gets
    /// copies only: it runs after this widget may be gone.
    using Operation = std::function<QString(core::FilterPresetStore&)>;
    /// Runs op (if any) and then reloads the list, on a worker; select names the preset to show.
    void run(const Operation& op, std::optional<std::string> select = {});
    void onReply(const Reply& reply, int generation, const Operation& op, const std::optional<std::string>& select);
    void fillCombo(std::optional<std::int64_t> select);
    void updateButtons();
    void askSave();
    void askRemove();
    void askExport();
    void askImport();

    QString m_page;
    FiltersGetter m_currentFilters;
    std::optional<core::ConnectionParams> m_params;
    std::vector<core::FilterPreset> m_presets;
    QComboBox* m_combo = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_more = nullptr;
    int m_generation = 0;
    int m_appliedGeneration = 0;
    int m_pending = 0;
};

} // namespace kestrel::ui
