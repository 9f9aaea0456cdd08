#pragma once

#include "etl/record_reader.h"

#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QThreadPool>

#include <memory>
#include <string>
#include <vector>

namespace kestrel::ui {

/// The first records of a file as the importer's reader sees them.
struct FilePreview {
    QString path;
    core::ReaderOptions options; ///< what was asked (unset = detected)
    std::vector<std::string> columns;
    std::vector<core::Record> rows; ///< values padded to columns.size()
    bool more = false;              ///< the file has more records than rows
    core::FileFormat format = core::FileFormat::Csv;
    core::TextEncoding encoding = core::TextEncoding::Utf8;
    char delimiter = 0;
    std::uint64_t fileSize = 0;
};
using FilePreviewPtr = std::shared_ptr<const FilePreview>;

/// Reads previews off the GUI thread. Only the newest request is answered: replies to older ones
/// (the user picked another file or encoding meanwhile) are dropped.
class FilePreviewLoader : public QObject {
    Q_OBJECT
public:
    explicit FilePreviewLoader(QObject* parent = nullptr);
    ~FilePreviewLoader() override;

    void load(const QString& path, const core::ReaderOptions& options, int maxRows = 50);
    /// Forgets the pending request, if any.
    void clear();
    bool isLoading() const { return m_loading; }

signals:
    void loaded(kestrel::ui::FilePreviewPtr preview);
    /// message is one readable line (the reader names the file and line); details has more.
    void failed(const QString& message, const QString& details);

private:
    void deliver(int generation, FilePreviewPtr preview, const QString& message, const QString& details);

    QThreadPool m_pool;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace kestrel::ui

Q_DECLARE_METATYPE(kestrel::ui::FilePreviewPtr)
