#include "widgets/filter_preset_bar.h"

#include "common/error.h"
#include "db/database.h"
#include "dialogs/save_preset_dialog.h"
#include "presets/filter_preset_store.h"
#include "widgets/toast_overlay.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QFutureWatcher>
#include <QtCore/QJsonDocument>
#include <QtCore/QPointer>
#include <QtCore/QSaveFile>
#include <QtCore/QStandardPaths>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

namespace kestrel::ui {

struct FilterPresetBar::Reply {
    bool ok = false;
    bool retryable = false;
    QString message; // success text or the error in one readable sentence
    QString details; // the technical text behind an error, one hover away
    std::vector<core::FilterPreset> presets;
};

namespace {

// A preset action on a dead server should fail within seconds, not the job runner's minute.
core::RetryPolicy uiPolicy()
{
    core::RetryPolicy policy;
    policy.attempts = 2;
    policy.firstDelay = std::chrono::milliseconds(300);
    policy.connectTimeoutSeconds = 5;
    return policy;
}

QString displayName(const core::FilterPreset& p)
{
    const QString name = QString::fromStdString(p.name);
    if (!p.mine)
        return FilterPresetBar::tr("%1 — shared by %2").arg(name, QString::fromStdString(p.owner));
    return p.shared ? FilterPresetBar::tr("%1 (shared)").arg(name) : name;
}

} // namespace

FilterPresetBar::FilterPresetBar(const QString& pageKey, FiltersGetter currentFilters, QWidget* parent)
    : QWidget(parent), m_page(pageKey), m_currentFilters(std::move(currentFilters))
{
    setObjectName(QStringLiteral("filterPresetBar"));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("presetCombo"));
    m_combo->setPlaceholderText(tr("Presets"));
    m_combo->setMinimumContentsLength(18);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setToolTip(tr("Saved filters of this page: yours and those others share"));
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        applyPreset(m_combo->itemData(index).toLongLong());
        updateButtons();
    });

    m_save = new QPushButton(tr("Save…"), this);
    m_save->setToolTip(tr("Save the current filters as a preset"));
    connect(m_save, &QPushButton::clicked, this, &FilterPresetBar::askSave);
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setToolTip(tr("Delete the chosen preset (only your own)"));
    connect(m_delete, &QPushButton::clicked, this, &FilterPresetBar::askRemove);
    m_more = new QPushButton(tr("More"), this);
    m_more->setToolTip(tr("Export or import presets as a JSON file"));
    auto* menu = new QMenu(m_more);
    connect(menu->addAction(tr("Export presets to a file…")), &QAction::triggered, this, &FilterPresetBar::askExport);
    connect(menu->addAction(tr("Import presets from a file…")), &QAction::triggered, this, &FilterPresetBar::askImport);
    m_more->setMenu(menu);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_combo);
    layout->addWidget(m_save);
    layout->addWidget(m_delete);
    layout->addWidget(m_more);
    updateButtons();
}

// Running workers hold only copies (parameters, page, presets), so nothing waits here; their
// watchers die with the widget and the replies are dropped.
FilterPresetBar::~FilterPresetBar() = default;

void FilterPresetBar::setConnection(const core::ConnectionParams& params)
{
    m_params = params;
    reload();
}

void FilterPresetBar::reload()
{
    run({});
}

std::optional<core::FilterPreset> FilterPresetBar::currentPreset() const
{
    const int index = m_combo->currentIndex();
    if (index < 0)
        return std::nullopt;
    const std::int64_t id = m_combo->itemData(index).toLongLong();
    for (const auto& p : m_presets) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

void FilterPresetBar::run(const Operation& op, std::optional<std::string> select)
{
    if (!m_params) {
        const QString message = tr("Presets need a database connection.");
        ToastOverlay::of(this)->show(ToastOverlay::Kind::Error, message);
        emit operationFailed(message);
        return;
    }
    const int generation = ++m_generation;
    ++m_pending;
    updateButtons();
    auto* watcher = new QFutureWatcher<std::shared_ptr<Reply>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, op, select] {
        watcher->deleteLater();
        --m_pending;
        onReply(*watcher->result(), generation, op, select);
    });
    watcher->setFuture(QtConcurrent::run([params = *m_params, page = m_page.toStdString(), op] {
        auto reply = std::make_shared<Reply>();
        try {
            core::Database db(params, uiPolicy());
            core::FilterPresetStore store(db);
            if (op)
                reply->message = op(store);
            reply->presets = store.list(page);
            reply->ok = true;
        } catch (const core::Error& e) {
            const bool connection =
                e.code() == core::Error::Code::ConnectionFailed || e.code() == core::Error::Code::ConnectionLost;
            reply->message = connection ? tr("the database cannot be reached.") : QString::fromStdString(e.what());
            reply->details = connection ? QString::fromStdString(e.what()) : QString();
            reply->retryable = connection || (e.code() == core::Error::Code::Sql && e.sqlstate().rfind("40", 0) == 0);
        } catch (const std::exception& e) {
            reply->message = QString::fromStdString(e.what());
        }
        return reply;
    }));
}

void FilterPresetBar::onReply(const Reply& reply, int generation, const Operation& op,
                              const std::optional<std::string>& select)
{
    if (!reply.ok) {
        QList<ToastOverlay::Action> actions;
        if (reply.retryable) {
            actions.append({tr("Retry"), [self = QPointer<FilterPresetBar>(this), op, select] {
                                if (self)
                                    self->run(op, select);
                            }});
        }
        const QString text =
            op ? tr("Preset not saved: %1").arg(reply.message) : tr("Could not load presets: %1").arg(reply.message);
        Toast* toast = ToastOverlay::of(this)->show(ToastOverlay::Kind::Error, text, actions);
        toast->setDetails(reply.details);
        updateButtons();
        emit operationFailed(reply.message);
        return;
    }
    if (generation > m_appliedGeneration) { // an older reply never overwrites a newer list
        m_appliedGeneration = generation;
        std::optional<std::int64_t> keep;
        if (const auto current = currentPreset())
            keep = current->id;
        m_presets = reply.presets;
        if (select) {
            for (const auto& p : m_presets) {
                if (p.mine && p.name == *select)
                    keep = p.id;
            }
        }
        fillCombo(keep);
        emit presetsLoaded();
    }
    if (!reply.message.isEmpty()) {
        ToastOverlay::of(this)->show(ToastOverlay::Kind::Success, reply.message);
        emit operationSucceeded(reply.message);
    }
    updateButtons();
}

void FilterPresetBar::fillCombo(std::optional<std::int64_t> select)
{
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    for (const auto& p : m_presets) {
        m_combo->addItem(displayName(p), QVariant::fromValue<qlonglong>(p.id));
        m_combo->setItemData(m_combo->count() - 1,
                             p.mine ? tr("Yours · saved %1").arg(QString::fromStdString(p.updatedAt))
                                    : tr("Shared by %1 · saved %2")
                                          .arg(QString::fromStdString(p.owner), QString::fromStdString(p.updatedAt)),
                             Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(select ? m_combo->findData(QVariant::fromValue<qlonglong>(*select)) : -1);
}

void FilterPresetBar::updateButtons()
{
    const auto current = currentPreset();
    m_delete->setEnabled(current && current->mine);
    m_save->setEnabled(m_params.has_value());
}

void FilterPresetBar::applyPreset(std::int64_t id)
{
    for (const auto& p : m_presets) {
        if (p.id != id)
            continue;
        m_combo->setCurrentIndex(m_combo->findData(QVariant::fromValue<qlonglong>(id)));
        emit presetApplied(QJsonDocument::fromJson(QByteArray::fromStdString(p.filters)).object());
        return;
    }
}

void FilterPresetBar::savePreset(const QString& name, bool shared)
{
    const std::string page = m_page.toStdString();
    const std::string preset = name.trimmed().toStdString();
    const std::string filters = QJsonDocument(m_currentFilters()).toJson(QJsonDocument::Compact).toStdString();
    run(
        [page, preset, filters, shared](core::FilterPresetStore& store) {
            store.save(page, preset, filters, shared);
            return tr("Saved the preset \"%1\".").arg(QString::fromStdString(preset));
        },
        preset);
}

void FilterPresetBar::removePreset(std::int64_t id)
{
    run([id](core::FilterPresetStore& store) {
        store.remove(id);
        return tr("Preset deleted.");
    });
}

bool FilterPresetBar::exportToFile(const QString& path)
{
    QSaveFile file(path);
    const QByteArray json = QByteArray::fromStdString(core::FilterPresetStore::exportJson(m_presets));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        const QString message = tr("Could not write %1: %2").arg(path, file.errorString());
        ToastOverlay::of(this)->show(ToastOverlay::Kind::Error, message);
        emit operationFailed(message);
        return false;
    }
    const QString message =
        tr("Saved %n presets to %1.", nullptr, static_cast<int>(m_presets.size())).arg(QFileInfo(path).fileName());
    ToastOverlay::of(this)->show(ToastOverlay::Kind::Success, message);
    emit operationSucceeded(message);
    return true;
}

void FilterPresetBar::importFromFile(const QString& path)
{
    QFile file(path);
    std::vector<core::FilterPreset> presets;
    try {
        if (!file.open(QIODevice::ReadOnly))
            throw core::Error(core::Error::Code::Io,
                              tr("Could not read %1: %2").arg(path, file.errorString()).toStdString());
        presets = core::FilterPresetStore::importJson(file.readAll().toStdString());
    } catch (const core::Error& e) {
        const QString message = tr("Presets not imported: %1").arg(QString::fromStdString(e.what()));
        ToastOverlay::of(this)->show(ToastOverlay::Kind::Error, message);
        emit operationFailed(message);
        return;
    }
    const std::string page = m_page.toStdString();
    const auto otherPage = [&](const core::FilterPreset& p) { return !p.page.empty() && p.page != page; };
    const int skipped = static_cast<int>(std::count_if(presets.begin(), presets.end(), otherPage));
    presets.erase(std::remove_if(presets.begin(), presets.end(), otherPage), presets.end());
    if (presets.empty()) {
        const QString message = tr("%1 holds no presets for this page.").arg(QFileInfo(path).fileName());
        ToastOverlay::of(this)->show(ToastOverlay::Kind::Info, message);
        emit operationFailed(message);
        return;
    }
    run([page, presets, skipped](core::FilterPresetStore& store) {
        const int saved = store.saveAll(page, presets);
        QString text = tr("Imported %n presets.", nullptr, saved);
        if (skipped > 0)
            text += QLatin1Char(' ') + tr("Skipped %n presets of other pages.", nullptr, skipped);
        return text;
    });
}

void FilterPresetBar::askSave()
{
    QStringList own;
    for (const auto& p : m_presets) {
        if (p.mine)
            own.append(QString::fromStdString(p.name));
    }
    const auto current = currentPreset();
    const bool mine = current && current->mine;
    SavePresetDialog dialog(own, mine ? QString::fromStdString(current->name) : QString(), mine && current->shared,
                            this);
    if (dialog.exec() == QDialog::Accepted)
        savePreset(dialog.name(), dialog.shared());
}

void FilterPresetBar::askRemove()
{
    const auto current = currentPreset();
    if (!current || !current->mine)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete preset"),
        current->shared
            ? tr("Delete \"%1\"? Everyone it is shared with loses it too.").arg(QString::fromStdString(current->name))
            : tr("Delete \"%1\"?").arg(QString::fromStdString(current->name)));
    if (answer == QMessageBox::Yes)
        removePreset(current->id);
}

void FilterPresetBar::askExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export presets"),
                                                      QDir(folder).filePath(m_page + QStringLiteral("-presets.json")),
                                                      tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportToFile(path);
}

void FilterPresetBar::askImport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import presets"), folder, tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFromFile(path);
}

} // namespace kestrel::ui
