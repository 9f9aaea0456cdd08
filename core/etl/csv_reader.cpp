#include "etl/csv_reader.h"

#include "common/translate.h"
#include "etl/reader_error.h"
#include "etl/text_stream.h"
#include "etl/value_parser.h"

#include <algorithm>
#include <cstring>
#include <tuple>
#include <unordered_map>

namespace kestrel::core {

namespace {

constexpr std::size_t kSniffRecords = 1000;

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// Field counts of the records at the start of the sample, parsed the way CsvReader parses them.
std::vector<std::size_t> fieldCounts(std::string_view s, char delimiter, bool complete)
{
    std::vector<std::size_t> counts;
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n && counts.size() < kSniffRecords) {
        if (s[i] == '\n' || s[i] == '\r') {
            ++i;
            continue;
        }
        std::size_t fields = 1;
        bool inQuotes = false;
        bool fieldHasText = false;
        bool blank = true;
        bool ended = false;
        while (i < n) {
            const char c = s[i++];
            if (inQuotes) {
                if (c == '"') {
                    if (i < n && s[i] == '"') {
                        ++i;
                    } else {
                        inQuotes = false;
                    }
                }
                continue;
            }
            if (c == delimiter) {
                ++fields;
                fieldHasText = false;
                blank = false;
            } else if (c == '\n' || c == '\r') {
                ended = true;
                break;
            } else if (c == '"' && !fieldHasText) {
                inQuotes = true;
                fieldHasText = true;
                blank = false;
            } else if (c != ' ' && c != '\t') {
                fieldHasText = true;
                blank = false;
            }
        }
        if (!ended && !complete) {
            break; // the sample may have cut this record
        }
        if (!blank) {
            counts.push_back(fields);
        }
    }
    return counts;
}

} // namespace

char CsvReader::detectDelimiter(std::string_view sample, bool complete)
{
    char best = ',';
    // (no record has more fields than the header, share of records matching it, header fields)
    std::tuple<bool, double, std::size_t> bestScore{false, -1.0, 1};
    for (const char candidate : {',', ';', '\t'}) {
        const std::vector<std::size_t> counts = fieldCounts(sample, candidate, complete);
        if (counts.empty() || counts.front() <= 1) {
            continue;
        }
        const std::size_t header = counts.front();
        std::size_t equal = 0;
        std::size_t more = 0;
        for (std::size_t k = 1; k < counts.size(); ++k) {
            equal += counts[k] == header ? 1 : 0;
            more += counts[k] > header ? 1 : 0;
        }
        const double share =
            counts.size() > 1 ? static_cast<double>(equal) / static_cast<double>(counts.size() - 1) : 1.0;
        const std::tuple<bool, double, std::size_t> score{more == 0, share, header};
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

CsvReader::CsvReader(std::unique_ptr<TextStream> stream, char delimiter) : m_stream(std::move(stream))
{
    if (delimiter == 0) {
        const std::string_view head = m_stream->head();
        const bool complete = m_stream->fileFullyRead() && head.size() <= kSniffBytes;
        delimiter = detectDelimiter(head.substr(0, kSniffBytes), complete);
    } else if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
        throw Error(Error::Code::InvalidArgument,
                    trText("RecordReader",
                           QT_TRANSLATE_NOOP("RecordReader", "a CSV delimiter cannot be a quote or a line break")));
    }
    m_delimiter = delimiter;
    m_special[static_cast<unsigned char>(m_delimiter)] = true;
    m_special[static_cast<unsigned char>('"')] = true;
    m_special[static_cast<unsigned char>('\n')] = true;
    m_special[static_cast<unsigned char>('\r')] = true;
    readHeader();
}

CsvReader::~CsvReader() = default;

TextEncoding CsvReader::encoding() const
{
    return m_stream->encoding();
}

std::uint64_t CsvReader::bytesRead() const
{
    return m_stream->bytesRead();
}

std::uint64_t CsvReader::fileSize() const
{
    return m_stream->fileSize();
}

std::string CsvReader::sha256Hex() const
{
    return m_stream->sha256Hex();
}

void CsvReader::readHeader()
{
    if (!readRecord(m_columns, true)) {
        throw fileError(m_stream->fileName(),
                        trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "the file is empty")));
    }
    std::unordered_map<std::string_view, std::size_t> seen;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        std::string& name = m_columns[i];
        name = std::string(values::trim(name));
        if (name.empty()) {
            throw lineError(
                m_stream->fileName(), m_recordLine,
                trArgs(QCoreApplication::translate("RecordReader", "column %1 of the header has an empty name"),
                       i + 1));
        }
    }
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        const auto [it, inserted] = seen.emplace(m_columns[i], i);
        if (!inserted) {
            throw lineError(m_stream->fileName(), m_recordLine,
                            trArgs(QCoreApplication::translate(
                                       "RecordReader", "column %1 \"%2\" of the header repeats the name of column %3"),
                                   i + 1, m_columns[i], it->second + 1));
        }
    }
}

bool CsvReader::next(Record& record)
{
    record.values.resize(m_columns.size());
    if (!readRecord(record.values, false)) {
        return false;
    }
    record.line = m_recordLine;
    return true;
}

bool CsvReader::readRecord(std::vector<std::string>& fields, bool grow)
{
    for (;;) {
        std::size_t count = 0;
        bool quoted = false;
        if (!parseOneRecord(fields, grow, count, quoted)) {
            return false;
        }
        if (count == 1 && !quoted && isBlank(fields.empty() ? m_overflow : fields[0])) {
            continue; // a line of spaces counts as blank
        }
        if (grow) {
            fields.resize(count);
        } else if (count > fields.size()) {
            const int n = static_cast<int>(count);
            throw lineError(
                m_stream->fileName(), m_recordLine,
                trArgs(QCoreApplication::translate("RecordReader", "%n fields, the header has %1", nullptr, n),
                       fields.size()));
        } else {
            for (std::size_t i = count; i < fields.size(); ++i) {
                fields[i].clear();
            }
        }
        return true;
    }
}

std::string* CsvReader::fieldAt(std::vector<std::string>& fields, std::size_t index, bool grow)
{
    std::string* field = nullptr;
    if (index < fields.size()) {
        field = &fields[index];
    } else if (grow) {
        field = &fields.emplace_back();
    } else {
        field = &m_overflow;
    }
    field->clear();
    return field;
}

bool CsvReader::parseOneRecord(std::vector<std::string>& fields, bool grow, std::size_t& fieldCount, bool& quoted)
{
    for (;;) { // blank lines
        if (m_pos == m_end && !refill()) {
            return false;
        }
        const char c = *m_pos;
        if (c == '\n') {
            ++m_line;
            ++m_pos;
        } else if (c == '\r') {
            ++m_line;
            ++m_pos;
            skipLfAfterCr();
        } else {
            break;
        }
    }
    m_recordLine = m_line;
    quoted = false;
    std::size_t index = 0;
    std::string* field = fieldAt(fields, 0, grow);
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    std::int64_t quoteLine = 0;
    const char delimiter = m_delimiter;
    for (;;) {
        if (m_pos == m_end && !refill()) {
            if (state == State::Quoted) {
                throw lineError(m_stream->fileName(), quoteLine,
                                trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "unterminated quoted field "
                                                                                         "starting here (the file may "
                                                                                         "be truncated)")));
            }
            fieldCount = index + 1;
            return true;
        }
        switch (state) {
        case State::FieldStart:
        case State::Unquoted: {
            const char* p = m_pos;
            const char* const end = m_end;
            while (p != end && !m_special[static_cast<unsigned char>(*p)]) {
                ++p;
            }
            if (p != m_pos) {
                field->append(m_pos, p);
                state = State::Unquoted;
                m_pos = p;
            }
            if (p == end) {
                continue;
            }
            const char c = *m_pos++;
            if (c == delimiter) {
                field = fieldAt(fields, ++index, grow);
                state = State::FieldStart;
            } else if (c == '"') {
                if (state == State::FieldStart || isBlank(*field)) {
                    field->clear();
                    state = State::Quoted;
                    quoteLine = m_line;
                    quoted = true;
                    m_quotedCr = false;
                } else {
                    field->push_back('"'); // a stray quote inside text is kept as written
                }
            } else {
                ++m_line;
                if (c == '\r') {
                    skipLfAfterCr();
                }
                fieldCount = index + 1;
                return true;
            }
            break;
        }
        case State::Quoted: {
            const void* quote = std::memchr(m_pos, '"', static_cast<std::size_t>(m_end - m_pos));
            const char* stop = quote != nullptr ? static_cast<const char*>(quote) : m_end;
            countQuotedLines(m_pos, stop);
            field->append(m_pos, stop);
            m_pos = stop;
            if (quote != nullptr) {
                ++m_pos;
                state = State::AfterQuote;
            }
            break;
        }
        case State::AfterQuote:
            if (*m_pos == '"') {
                field->push_back('"');
                ++m_pos;
                m_quotedCr = false;
                state = State::Quoted;
            } else {
                // A delimiter or line break ends the field as usual; text after a closing quote is kept.
                state = State::Unquoted;
            }
            break;
        }
    }
}

bool CsvReader::refill()
{
    std::string_view chunk;
    if (m_done || !m_stream->next(chunk)) {
        m_done = true;
        m_pos = m_end = nullptr;
        return false;
    }
    m_pos = chunk.data();
    m_end = chunk.data() + chunk.size();
    return true;
}

void CsvReader::skipLfAfterCr()
{
    if (m_pos == m_end && !refill()) {
        return;
    }
    if (*m_pos == '\n') {
        ++m_pos;
    }
}

// Line breaks inside a quoted field belong to the value but still advance the physical line.
void CsvReader::countQuotedLines(const char* begin, const char* end)
{
    if (begin == end) {
        return;
    }
    const auto size = static_cast<std::size_t>(end - begin);
    if (std::memchr(begin, '\r', size) == nullptr) {
        auto lf = static_cast<std::int64_t>(std::count(begin, end, '\n'));
        if (m_quotedCr && *begin == '\n') {
            --lf;
        }
        m_line += lf;
        m_quotedCr = false;
        return;
    }
    bool lastWasCr = m_quotedCr;
    for (const char* p = begin; p != end; ++p) {
        if (*p == '\r' || (*p == '\n' && !lastWasCr)) {
            ++m_line;
        }
        lastWasCr = *p == '\r';
    }
    m_quotedCr = lastWasCr;
}

} // namespace kestrel::core
