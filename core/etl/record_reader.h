#pragma once

#include "etl/text_encoding.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::core {

/// One data record of an input file.
struct Record {
    std::int64_t line = 0;            ///< 1-based physical line where the record starts (CSV) or its line (JSON)
    std::vector<std::string> values;  ///< UTF-8, aligned to RecordReader::columns(); "" = empty / null / absent
};

enum class FileFormat { Csv, Json };

/// How to read a file; everything left unset is detected.
struct ReaderOptions {
    std::optional<TextEncoding> encoding;  ///< nullopt = detect
    char delimiter = 0;                    ///< ',', ';' or '\t'; 0 = detect (CSV only)
    std::optional<FileFormat> format;      ///< nullopt = by extension (.csv/.tsv/.txt/.json/.jsonl/.ndjson), then by content
};

/// A streaming reader of a CSV or JSON file: the file is read in chunks (memory does not grow with
/// its size), decoded to UTF-8 and hashed (SHA-256) on the way.
///
/// CSV: the first record is the header; RFC 4180 quoting (quoted fields may hold delimiters,
/// doubled quotes and newlines); CRLF or LF; a record with fewer fields than the header is padded
/// with "", one with more fields is an error; blank lines are skipped. JSON: an array of objects or
/// JSON lines (one object per line); columns are the keys in order of first appearance (known for
/// the first object right after opening), so columns() may grow while reading; scalars become text
/// (true/false, numbers as written, null → ""), nested objects and arrays their compact JSON text.
///
/// Malformed input throws Error(InvalidArgument) whose what() names the file, the line (and the
/// column where it applies), e.g. `orders.csv: line 12: unterminated quoted field starting here (the
/// file may be truncated)` or `data.json: line 3, column 17: expected ',' or '}'`, and whose where()
/// is "file:line". The file is named without its folder.
class RecordReader {
public:
    virtual ~RecordReader() = default;

    /// Header names as written in the file (trimmed; a BOM is never part of the first name).
    virtual const std::vector<std::string>& columns() const = 0;
    /// Reads the next record; false at the end of the file.
    virtual bool next(Record& record) = 0;

    virtual FileFormat format() const = 0;
    virtual TextEncoding encoding() const = 0;
    /// The delimiter in use (0 for JSON).
    virtual char delimiter() const = 0;
    /// Bytes read from disk so far (up to one chunk ahead of the records) and the file size, for progress.
    virtual std::uint64_t bytesRead() const = 0;
    virtual std::uint64_t fileSize() const = 0;
    /// Lowercase hex SHA-256 of the whole file; valid once next() has returned false.
    virtual std::string sha256Hex() const = 0;
};

/// Opens a file for reading and reads the CSV header (or the first JSON object). Throws Error(Io)
/// when it cannot be opened, Error(InvalidArgument) for an empty file (0 bytes, or only a BOM and
/// whitespace: "orders.csv: the file is empty"; a file with a header and no records is fine: zero
/// records), a file that is neither CSV nor JSON ("orders.csv: not a CSV or JSON file (it looks like
/// an HTML page)", binary data, an .xlsx workbook, …), UTF-16/32 text, or a header with empty or
/// repeated names (naming the column). A .tsv file without an explicit delimiter uses '\t'.
std::unique_ptr<RecordReader> openRecordReader(const std::string& path, const ReaderOptions& options = {});

/// SHA-256 of a whole file as lowercase hex (streamed). Throws Error(Io).
std::string fileSha256Hex(const std::string& path);

}  // namespace kestrel::core
