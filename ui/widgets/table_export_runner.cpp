#include "widgets/table_export_runner.h"

#include "common/error.h"
#include "common/logging.h"
#include "exports/table_export_writer.h"

#include <QtConcurrent/QtConcurrentRun>
#include <spdlog/spdlog.h>

namespace kestrel::ui {

struct TableExportRunner::Outcome {
    bool ok = false;
    bool cancelled = false;
    bool retryable = false;
    core::ExportSummary summary;
    QString message;
};

TableExportRunner::TableExportRunner(QObject* parent) : QObject(parent)
{
    m_watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &TableExportRunner::onDone);
}

TableExportRunner::~TableExportRunner()
{
    if (m_running) {
        m_stop->store(true);
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
    }
}

bool TableExportRunner::start(TableExportRequest request, RowSource source, RowCounter counter)
{
    if (m_running)
        return false;
    m_running = true;
    m_path = request.path;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    auto stop = m_stop;
    m_watcher->setFuture(QtConcurrent::run(
        [request = std::move(request), source = std::move(source), counter = std::move(counter), stop]() {
            auto out = std::make_shared<Outcome>();
            try {
                core::ExportOptions options = request.options;
                if (counter && !options.expectedRows)
                    options.expectedRows = counter(request);
                out->summary = core::TableExportWriter::write(
                    request.path.toStdString(), request.format, request.columns,
                    [&](const core::ExportRowSink& sink) { source(request, sink); }, options, stop.get());
                out->ok = true;
            } catch (const core::Error& e) {
                out->cancelled = e.code() == core::Error::Code::Cancelled;
                out->retryable = e.code() == core::Error::Code::Io || e.code() == core::Error::Code::ConnectionLost ||
                                 e.code() == core::Error::Code::ConnectionFailed || e.code() == core::Error::Code::Sql;
                out->message = QString::fromStdString(e.what());
            } catch (const std::exception& e) {
                out->retryable = true;
                out->message = QString::fromStdString(e.what());
            }
            return out;
        }));
    return true;
}

void TableExportRunner::cancel()
{
    if (m_running)
        m_stop->store(true);
}

void TableExportRunner::onDone()
{
    m_running = false;
    const std::shared_ptr<Outcome> out = m_watcher->result();
    if (out->ok) {
        core::logging::get("ui")->info("exported {} rows to {}", out->summary.rows, m_path.toStdString());
        emit finished(m_path, out->summary.rows, out->summary.sheets, out->summary.bytes);
    } else {
        core::logging::get("ui")->warn("export to {} failed: {}", m_path.toStdString(), out->message.toStdString());
        emit failed(m_path, out->message, out->cancelled, out->retryable);
    }
}

} // namespace kestrel::ui
