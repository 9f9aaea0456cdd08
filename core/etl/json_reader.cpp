#include "etl/json_reader.h"

#include "common/translate.h"
#include "etl/reader_error.h"
#include "etl/text_stream.h"

#include <cstdio>

namespace kestrel::core {

namespace {

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// A decoded character written back into a JSON string with the shortest escape.
void appendJsonEscaped(std::string& out, char32_t cp)
{
    switch (cp) {
    case '"':
        out += "\\\"";
        return;
    case '\\':
        out += "\\\\";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    default:
        break;
    }
    if (cp < 0x20) {
        char buffer[8];
        std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(cp));
        out += buffer;
        return;
    }
    appendUtf8(out, cp);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

JsonReader::JsonReader(std::unique_ptr<TextStream> stream) : m_stream(std::move(stream))
{
    m_stringSpecial[static_cast<unsigned char>('"')] = true;
    m_stringSpecial[static_cast<unsigned char>('\\')] = true;
    for (int c = 0; c < 0x20; ++c) {
        m_stringSpecial[static_cast<std::size_t>(c)] = true;
    }
    if (!more()) {
        throw fileError(m_stream->fileName(),
                        trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "the file is empty")));
    }
    const char first = skipWhitespace();
    if (first == 0) {
        throw fileError(m_stream->fileName(),
                        trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "the file is empty")));
    }
    if (first == '[') {
        m_array = true;
        step();
    } else if (first != '{') {
        fail(trArgs(QCoreApplication::translate("RecordReader",
                                                "expected an array of objects or one object per line, found %1"),
                    describeNext()));
    }
    m_hasFirst = readRecord(m_first);
}

JsonReader::~JsonReader() = default;

TextEncoding JsonReader::encoding() const
{
    return m_stream->encoding();
}

std::uint64_t JsonReader::bytesRead() const
{
    return m_stream->bytesRead();
}

std::uint64_t JsonReader::fileSize() const
{
    return m_stream->fileSize();
}

std::string JsonReader::sha256Hex() const
{
    return m_stream->sha256Hex();
}

bool JsonReader::next(Record& record)
{
    if (m_hasFirst) {
        m_hasFirst = false;
        std::swap(record, m_first);
        return true;
    }
    return readRecord(record);
}

bool JsonReader::readRecord(Record& record)
{
    if (m_finished) {
        return false;
    }
    char c = skipWhitespace();
    if (!m_array) {
        if (c == 0) {
            m_finished = true;
            return false;
        }
        if (c != '{') {
            fail(trArgs(QCoreApplication::translate(
                            "RecordReader", "expected an object (JSON lines hold one object per line), found %1"),
                        describeNext()));
        }
        parseObject(record);
        return true;
    }
    if (c == 0) {
        failEof();
    }
    if (m_started || c == ']') {
        if (c == ']') {
            step();
            if (skipWhitespace() != 0) {
                fail(trText("RecordReader",
                            QT_TRANSLATE_NOOP("RecordReader", "unexpected text after the end of the top-level array")));
            }
            m_finished = true;
            return false;
        }
        if (c != ',') {
            fail(trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "expected ',' or ']'")));
        }
        step();
        c = skipWhitespace();
        if (c == 0) {
            failEof();
        }
    }
    if (c != '{') {
        fail(trArgs(QCoreApplication::translate("RecordReader", "expected an object in the top-level array, found %1"),
                    describeNext()));
    }
    m_started = true;
    parseObject(record);
    return true;
}

void JsonReader::parseObject(Record& record)
{
    record.line = m_line;
    record.values.resize(m_columns.size());
    for (std::string& value : record.values) {
        value.clear();
    }
    ++m_serial;
    step(); // '{'
    char c = skipWhitespace();
    if (c == '}') {
        step();
        return;
    }
    for (;;) {
        if (c == 0) {
            failEof();
        }
        if (c != '"') {
            fail(trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "expected a key in double quotes")));
        }
        const std::int64_t keyLine = m_line;
        const std::int64_t keyColumn = m_column;
        m_key.clear();
        parseString(m_key, false);
        const std::size_t column = columnFor(m_key, keyLine, keyColumn, record);
        c = skipWhitespace();
        if (c == 0) {
            failEof();
        }
        if (c != ':') {
            fail(trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "expected ':'")));
        }
        step();
        parseFieldValue(record.values[column]);
        c = skipWhitespace();
        if (c == 0) {
            failEof();
        }
        if (c == '}') {
            step();
            return;
        }
        if (c != ',') {
            fail(trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "expected ',' or '}'")));
        }
        step();
        c = skipWhitespace();
    }
}

std::size_t JsonReader::columnFor(const std::string& key, std::int64_t line, std::int64_t column, Record& record)
{
    auto it = m_columnIndex.find(std::string_view(key));
    if (it == m_columnIndex.end()) {
        const std::size_t index = m_columns.size();
        m_columns.push_back(key);
        m_columnIndex.emplace(key, index);
        m_seenIn.push_back(m_serial);
        record.values.emplace_back();
        return index;
    }
    if (m_seenIn[it->second] == m_serial) {
        throw lineColumnError(
            m_stream->fileName(), line, column,
            trArgs(QCoreApplication::translate("RecordReader", "duplicate key \"%1\" in one object"), key));
    }
    m_seenIn[it->second] = m_serial;
    return it->second;
}

void JsonReader::parseFieldValue(std::string& out)
{
    // A field's own string is its text and its null is empty; numbers, booleans, objects and
    // arrays read as their JSON text, as nested values do.
    switch (skipWhitespace()) {
    case '"':
        parseString(out, false);
        return;
    case 'n':
        parseLiteral("null", out, "");
        return;
    default:
        parseNestedValue(out, 1);
        return;
    }
}

void JsonReader::parseNestedValue(std::string& out, int depth)
{
    if (depth > kMaxDepth) {
        fail(trArgs(QCoreApplication::translate("RecordReader", "nesting deeper than %1 levels"), kMaxDepth));
    }
    char c = skipWhitespace();
    switch (c) {
    case 0:
        failEof();
    case '"':
        parseString(out, true);
        return;
    case 't':
        parseLiteral("true", out, "true");
        return;
    case 'f':
        parseLiteral("false", out, "false");
        return;
    case 'n':
        parseLiteral("null", out, "null");
        return;
    case '{':
    case '[': {
        const bool object = c == '{';
        const char close = object ? '}' : ']';
        out.push_back(c);
        step();
        c = skipWhitespace();
        if (c == close) {
            out.push_back(close);
            step();
            return;
        }
        for (;;) {
            if (object) {
                if (c == 0) {
                    failEof();
                }
                if (c != '"') {
                    fail(trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "expected a key in double quotes")));
                }
                parseString(out, true);
                c = skipWhitespace();
                if (c == 0) {
                    failEof();
                }
                if (c != ':') {
                    fail(trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "expected ':'")));
                }
                out.push_back(':');
                step();
            }
            parseNestedValue(out, depth + 1);
            c = skipWhitespace();
            if (c == 0) {
                failEof();
            }
            if (c == close) {
                out.push_back(close);
                step();
                return;
            }
            if (c != ',') {
                fail(object ? trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "expected ',' or '}'"))
                            : trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "expected ',' or ']'")));
            }
            out.push_back(',');
            step();
            c = skipWhitespace();
        }
    }
    default:
        if (c == '-' || isDigit(c)) {
            parseNumber(out);
            return;
        }
        fail(trArgs(QCoreApplication::translate("RecordReader", "expected a value, found %1"), describeNext()));
    }
}

void JsonReader::parseString(std::string& out, bool asJson)
{
    if (asJson) {
        out.push_back('"');
    }
    step(); // opening quote
    for (;;) {
        if (!more()) {
            failEof();
        }
        const char* p = m_pos;
        while (p != m_end && !m_stringSpecial[static_cast<unsigned char>(*p)]) {
            ++p;
        }
        if (p != m_pos) {
            for (const char* q = m_pos; q != p; ++q) {
                m_column += (static_cast<unsigned char>(*q) & 0xC0) != 0x80 ? 1 : 0;
            }
            out.append(m_pos, p);
            m_pos = p;
            m_lastWasCr = false;
            continue;
        }
        const char c = *m_pos;
        if (c == '"') {
            step();
            if (asJson) {
                out.push_back('"');
            }
            return;
        }
        if (c != '\\') {
            fail(trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "unescaped control character in a string")));
        }
        step();
        if (!more()) {
            failEof();
        }
        const char e = *m_pos;
        char32_t cp = 0;
        switch (e) {
        case '"':
            cp = '"';
            break;
        case '\\':
            cp = '\\';
            break;
        case '/':
            cp = '/';
            break;
        case 'b':
            cp = '\b';
            break;
        case 'f':
            cp = '\f';
            break;
        case 'n':
            cp = '\n';
            break;
        case 'r':
            cp = '\r';
            break;
        case 't':
            cp = '\t';
            break;
        case 'u':
            break;
        default:
            fail(trArgs(QCoreApplication::translate("RecordReader", "invalid escape \\%1"),
                        static_cast<unsigned char>(e) >= 0x20 ? std::string(1, e) : std::string()));
        }
        if (e != 'u') {
            step();
        } else {
            cp = parseHexEscape();
        }
        if (asJson) {
            appendJsonEscaped(out, cp);
        } else {
            appendUtf8(out, cp);
        }
    }
}

// At the 'u' of \uXXXX; reads a surrogate pair as one code point.
char32_t JsonReader::parseHexEscape()
{
    const auto readHex4 = [this]() {
        char32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            if (!more()) {
                failEof();
            }
            const char h = *m_pos;
            int digit = -1;
            if (h >= '0' && h <= '9') {
                digit = h - '0';
            } else if (h >= 'a' && h <= 'f') {
                digit = h - 'a' + 10;
            } else if (h >= 'A' && h <= 'F') {
                digit = h - 'A' + 10;
            }
            if (digit < 0) {
                fail(trText("RecordReader",
                            QT_TRANSLATE_NOOP("RecordReader", "invalid \\u escape: expected four hex digits")));
            }
            value = value * 16 + static_cast<char32_t>(digit);
            step();
        }
        return value;
    };
    step(); // 'u'
    const char32_t unit = readHex4();
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
        fail(trText("RecordReader",
                    QT_TRANSLATE_NOOP("RecordReader", "invalid \\u escape: a low surrogate without a high one")));
    }
    if (unit == 0) {
        fail(trText("RecordReader",
                    QT_TRANSLATE_NOOP("RecordReader", "\\u0000 (a NUL character) cannot be stored as text")));
    }
    if (unit < 0xD800 || unit > 0xDBFF) {
        return unit;
    }
    if (peekOrEof() != '\\') {
        fail(trText("RecordReader",
                    QT_TRANSLATE_NOOP("RecordReader", "invalid \\u escape: a high surrogate without a low one")));
    }
    step();
    if (peekOrEof() != 'u') {
        fail(trText("RecordReader",
                    QT_TRANSLATE_NOOP("RecordReader", "invalid \\u escape: a high surrogate without a low one")));
    }
    step();
    const char32_t low = readHex4();
    if (low < 0xDC00 || low > 0xDFFF) {
        fail(trText("RecordReader",
                    QT_TRANSLATE_NOOP("RecordReader", "invalid \\u escape: a high surrogate without a low one")));
    }
    return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
}

void JsonReader::parseNumber(std::string& out)
{
    const auto digits = [this, &out]() {
        std::size_t count = 0;
        while (more() && isDigit(*m_pos)) {
            out.push_back(*m_pos);
            step();
            ++count;
        }
        return count;
    };
    if (*m_pos == '-') {
        out.push_back('-');
        step();
    }
    const char first = peekOrEof();
    if (first == '0') {
        out.push_back('0');
        step();
        if (more() && isDigit(*m_pos)) {
            fail(trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "invalid number (a leading zero)")));
        }
    } else if (digits() == 0) {
        fail(trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "invalid number")));
    }
    if (more() && *m_pos == '.') {
        out.push_back('.');
        step();
        if (digits() == 0) {
            fail(trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "invalid number (a digit must follow '.')")));
        }
    }
    if (more() && (*m_pos == 'e' || *m_pos == 'E')) {
        out.push_back(*m_pos);
        step();
        if (more() && (*m_pos == '+' || *m_pos == '-')) {
            out.push_back(*m_pos);
            step();
        }
        if (digits() == 0) {
            fail(trText("RecordReader",
                        QT_TRANSLATE_NOOP("RecordReader", "invalid number (a digit must follow the exponent)")));
        }
    }
}

void JsonReader::parseLiteral(std::string_view word, std::string& out, std::string_view value)
{
    for (const char expected : word) {
        if (peekOrEof() != expected) {
            fail(trArgs(QCoreApplication::translate("RecordReader", "invalid literal (expected %1)"), word));
        }
        step();
    }
    if (more() && ((*m_pos >= 'a' && *m_pos <= 'z') || isDigit(*m_pos))) {
        fail(trArgs(QCoreApplication::translate("RecordReader", "invalid literal (expected %1)"), word));
    }
    out.append(value);
}

bool JsonReader::more()
{
    if (m_pos != m_end) {
        return true;
    }
    if (m_eof) {
        return false;
    }
    std::string_view chunk;
    if (!m_stream->next(chunk)) {
        m_eof = true;
        m_pos = m_end = nullptr;
        return false;
    }
    m_pos = chunk.data();
    m_end = chunk.data() + chunk.size();
    return true;
}

char JsonReader::peekOrEof()
{
    if (!more()) {
        failEof();
    }
    return *m_pos;
}

void JsonReader::step()
{
    const char c = *m_pos++;
    if (c == '\n') {
        m_line += m_lastWasCr ? 0 : 1;
        m_column = 1;
        m_lastWasCr = false;
    } else if (c == '\r') {
        ++m_line;
        m_column = 1;
        m_lastWasCr = true;
    } else {
        m_lastWasCr = false;
        m_column += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
}

// Returns the next character that is not JSON whitespace without consuming it, or 0 at the end.
char JsonReader::skipWhitespace()
{
    while (more()) {
        const char c = *m_pos;
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            return c;
        }
        step();
    }
    return 0;
}

std::string JsonReader::describeNext()
{
    if (!more()) {
        return trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "the end of the file"));
    }
    const char c = *m_pos;
    switch (c) {
    case '"':
        return trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "a string"));
    case '[':
        return trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "an array"));
    case '{':
        return trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "an object"));
    case ']':
        return "']'";
    case '}':
        return "'}'";
    case 't':
    case 'f':
        return "true/false";
    case 'n':
        return "null";
    default:
        break;
    }
    if (c == '-' || isDigit(c)) {
        return trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "a number"));
    }
    if (static_cast<unsigned char>(c) > 0x20 && static_cast<unsigned char>(c) < 0x7F) {
        return std::string("'") + c + "'";
    }
    return trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "an unexpected character"));
}

void JsonReader::fail(const std::string& message) const
{
    throw lineColumnError(m_stream->fileName(), m_line, m_column, message);
}

void JsonReader::failEof() const
{
    throw lineError(m_stream->fileName(), m_line,
                    trText("RecordReader",
                           QT_TRANSLATE_NOOP("RecordReader", "unexpected end of file (the file may be truncated)")));
}

} // namespace kestrel::core
