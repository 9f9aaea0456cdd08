#include "etl/record_reader.h"

#include "common/translate.h"
#include "etl/csv_reader.h"
#include "etl/json_reader.h"
#include "etl/reader_error.h"
#include "etl/text_stream.h"
#include "etl/value_parser.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>

#include <filesystem>

namespace kestrel::core {

namespace {

std::optional<FileFormat> formatFromExtension(const std::string& extension)
{
    if (extension == ".csv" || extension == ".tsv" || extension == ".txt") {
        return FileFormat::Csv;
    }
    if (extension == ".json" || extension == ".jsonl" || extension == ".ndjson") {
        return FileFormat::Json;
    }
    return std::nullopt;
}

// Markup saved under a .csv name is a common mistake (a login page instead of an export).
std::optional<std::string> describeMarkup(std::string_view text)
{
    const std::string start = values::lowerAscii(text.substr(0, 16));
    for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<!--"}) {
        if (start.rfind(tag, 0) == 0) {
            return trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "it looks like an HTML page"));
        }
    }
    if (start.rfind("<?xml", 0) == 0) {
        return trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "it looks like an XML document"));
    }
    return std::nullopt;
}

} // namespace

std::unique_ptr<RecordReader> openRecordReader(const std::string& path, const ReaderOptions& options)
{
    auto stream = std::make_unique<TextStream>(path, options.encoding);
    const std::string_view head = stream->head();
    const std::size_t firstChar = head.find_first_not_of(" \t\r\n");
    if (firstChar == std::string_view::npos && stream->fileFullyRead()) {
        throw fileError(stream->fileName(),
                        trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "the file is empty")));
    }
    const std::string_view text = firstChar == std::string_view::npos ? std::string_view() : head.substr(firstChar);
    if (auto markup = describeMarkup(text)) {
        throw fileError(stream->fileName(),
                        trArgs(QCoreApplication::translate("RecordReader", "not a CSV or JSON file (%1)"), *markup));
    }

    const std::string extension = values::lowerAscii(std::filesystem::path(path).extension().string());
    FileFormat format = FileFormat::Csv;
    if (options.format) {
        format = *options.format;
    } else if (auto byExtension = formatFromExtension(extension)) {
        format = *byExtension;
    } else if (!text.empty() && (text.front() == '[' || text.front() == '{')) {
        format = FileFormat::Json;
    }

    if (format == FileFormat::Json) {
        return std::make_unique<JsonReader>(std::move(stream));
    }
    char delimiter = options.delimiter;
    if (delimiter == 0 && extension == ".tsv") {
        delimiter = '\t';
    }
    return std::make_unique<CsvReader>(std::move(stream), delimiter);
}

std::string fileSha256Hex(const std::string& path)
{
    QFile file(QString::fromStdString(path));
    if (std::filesystem::is_directory(std::filesystem::path(path))) {
        throw Error(
            Error::Code::Io,
            trArgs(QCoreApplication::translate("RecordReader", "cannot open %1: it is a folder, not a file"), path),
            path);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Code::Io,
                    trArgs(QCoreApplication::translate("RecordReader", "cannot open %1: %2"), path,
                           file.errorString().toStdString()),
                    path);
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        throw Error(Error::Code::Io,
                    trArgs(QCoreApplication::translate("RecordReader", "cannot read %1: %2"), path,
                           file.errorString().toStdString()),
                    path);
    }
    return hash.result().toHex().toStdString();
}

} // namespace kestrel::core
