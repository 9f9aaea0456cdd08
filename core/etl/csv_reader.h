#pragma once

#include "etl/record_reader.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel::core {

class TextStream;

/// RFC 4180 CSV over a TextStream, one record at a time: quoted fields may hold delimiters, doubled
/// quotes and line breaks; records end with LF, CRLF or a lone CR; blank (or whitespace-only) lines
/// are skipped; whitespace around unquoted fields is kept (the value parsers trim), header names
/// are trimmed. A quote after leading spaces opens a quoted field; a quote inside an unquoted field
/// is kept as text. Only the current record is held in memory.
class CsvReader final : public RecordReader {
public:
    /// Bytes of text the delimiter is guessed from.
    static constexpr std::size_t kSniffBytes = std::size_t{64} << 10;

    /// Reads the header. delimiter 0 means detect it from the first kSniffBytes of text.
    explicit CsvReader(std::unique_ptr<TextStream> stream, char delimiter = 0);
    ~CsvReader() override;

    const std::vector<std::string>& columns() const override { return m_columns; }
    bool next(Record& record) override;

    FileFormat format() const override { return FileFormat::Csv; }
    TextEncoding encoding() const override;
    char delimiter() const override { return m_delimiter; }
    std::uint64_t bytesRead() const override;
    std::uint64_t fileSize() const override;
    std::string sha256Hex() const override;

    /// Picks among ',', ';' and '\t' the delimiter that gives the header more than one field and the
    /// data records the same count (quotes respected; "1,5;2,5" is ';'). When no delimiter splits the
    /// header, the file has one column and ',' is returned. complete says the sample is the whole
    /// text; otherwise its last, possibly cut, record is ignored.
    static char detectDelimiter(std::string_view sample, bool complete);

private:
    bool readRecord(std::vector<std::string>& fields, bool grow);
    bool parseOneRecord(std::vector<std::string>& fields, bool grow, std::size_t& fieldCount, bool& quoted);
    std::string* fieldAt(std::vector<std::string>& fields, std::size_t index, bool grow);
    bool refill();
    void skipLfAfterCr();
    void countQuotedLines(const char* begin, const char* end);
    void readHeader();

    std::unique_ptr<TextStream> m_stream;
    std::vector<std::string> m_columns;
    std::string m_overflow; // fields past the header's count, read only to count them
    std::array<bool, 256> m_special{};
    const char* m_pos = nullptr;
    const char* m_end = nullptr;
    std::int64_t m_line = 1;       // line of the byte at m_pos
    std::int64_t m_recordLine = 0; // line where the last record started
    bool m_quotedCr = false;       // a quoted span ended on CR at a chunk border
    bool m_done = false;
    char m_delimiter = ',';
};

} // namespace kestrel::core
