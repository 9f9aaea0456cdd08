#pragma once

#include "widgets/table_export_request.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace kestrel::ui {

/// Runs one table export at a time on a worker thread (QtConcurrent) and reports on the GUI
/// thread. The row source runs on the worker: it must use only what it captured by value (plain
/// data, its own database connection), never widgets or models. Destroying the runner cancels the
/// export and waits for it; the temporary file is removed.
class TableExportRunner : public QObject {
    Q_OBJECT
public:
    using RowSource = std::function<void(const TableExportRequest&, const core::ExportRowSink&)>;
    using RowCounter = std::function<std::optional<std::uint64_t>(const TableExportRequest&)>;

    explicit TableExportRunner(QObject* parent = nullptr);
    ~TableExportRunner() override;

    /// Starts the export; false when one is already running. counter may be empty.
    bool start(TableExportRequest request, RowSource source, RowCounter counter = {});
    bool isRunning() const { return m_running; }
    void cancel();

signals:
    void finished(const QString& path, quint64 rows, int sheets, quint64 bytes);
    /// retryable: running it again may succeed (a file or connection problem, not a refusal).
    void failed(const QString& path, const QString& message, bool cancelled, bool retryable);

private:
    struct Outcome;
    void onDone();

    std::shared_ptr<std::atomic<bool>> m_stop;
    QFutureWatcher<std::shared_ptr<Outcome>>* m_watcher = nullptr;
    QString m_path;
    bool m_running = false;
};

} // namespace kestrel::ui
