#include "import/file_preview.h"

#include "common/error.h"

#include <QtConcurrent/QtConcurrent>

namespace kestrel::ui {

FilePreviewLoader::FilePreviewLoader(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(5000);
}

FilePreviewLoader::~FilePreviewLoader()
{
    ++m_generation;
    m_pool.clear();
    m_pool.waitForDone();
}

void FilePreviewLoader::clear()
{
    ++m_generation;
    m_loading = false;
}

void FilePreviewLoader::load(const QString& path, const core::ReaderOptions& options, int maxRows)
{
    const int generation = ++m_generation;
    m_loading = true;
    m_pool.clear(); // a request not started yet is outdated already
    // The pool is waited for in the destructor, so `this` outlives the task; the answer is posted
    // back to the GUI thread.
    [[maybe_unused]] auto future = QtConcurrent::run(&m_pool, [this, path, options, maxRows, generation] {
        auto preview = std::make_shared<FilePreview>();
        QString message, details;
        try {
            preview->path = path;
            preview->options = options;
            auto reader = core::openRecordReader(path.toStdString(), options);
            core::Record record;
            while (static_cast<int>(preview->rows.size()) < maxRows && reader->next(record))
                preview->rows.push_back(record);
            preview->more = static_cast<int>(preview->rows.size()) == maxRows && reader->next(record);
            preview->columns = reader->columns(); // JSON: keys seen in these records
            for (auto& r : preview->rows)
                r.values.resize(preview->columns.size());
            preview->format = reader->format();
            preview->encoding = reader->encoding();
            preview->delimiter = reader->delimiter();
            preview->fileSize = reader->fileSize();
        } catch (const core::Error& e) {
            message = QString::fromStdString(e.what());
            details = QString::fromStdString(e.where());
            preview.reset();
        } catch (const std::exception& e) {
            message = QString::fromStdString(e.what());
            preview.reset();
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, preview = FilePreviewPtr(preview), message, details] {
                deliver(generation, preview, message, details);
            },
            Qt::QueuedConnection);
    });
}

void FilePreviewLoader::deliver(int generation, FilePreviewPtr preview, const QString& message, const QString& details)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (preview)
        emit loaded(preview);
    else
        emit failed(message, details);
}

} // namespace kestrel::ui
