#include "etl/row_converter.h"

#include "common/translate.h"
#include "db/copy_stream.h"
#include "etl/value_parser.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QString>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace kestrel::core {
namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::size_t utf8Length(std::string_view s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string formatNumber(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

/// "a | B|a|" → {"a","b"}: words split on '|', trimmed, lower-cased, empty ones and repeats dropped, as
/// a PostgreSQL array literal (each element quoted, '"' and '\\' escaped). False with a reason when a
/// word is longer than maxLength.
bool parseTextList(std::string_view text, int maxLength, std::string& out, std::string& reason)
{
    std::vector<std::string> words;
    for (std::size_t b = 0; b <= text.size();) {
        const std::size_t e = std::min(text.find('|', b), text.size());
        const std::string word =
            QString::fromUtf8(values::trim(text.substr(b, e - b))).toLower().toStdString();
        if (!word.empty() && std::find(words.begin(), words.end(), word) == words.end()) {
            if (maxLength > 0 && utf8Length(word) > static_cast<std::size_t>(maxLength)) {
                reason = trArgs(QCoreApplication::translate("RowConverter", "a word longer than %1 characters: %2"),
                                maxLength, word.substr(0, 40));
                return false;
            }
            words.push_back(word);
        }
        b = e + 1;
    }
    out.assign(1, '{');
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (k > 0)
            out.push_back(',');
        out.push_back('"');
        for (const char c : words[k]) {
            if (c == '"' || c == '\\')
                out.push_back('\\');
            out.push_back(c);
        }
        out.push_back('"');
    }
    out.push_back('}');
    return true;
}

bool inRange(const FieldSpec& spec, double v, std::string& reason)
{
    if (spec.min && v < *spec.min) {
        reason = trArgs(QCoreApplication::translate("RowConverter", "below the minimum %1"), formatNumber(*spec.min));
        return false;
    }
    if (spec.max && v > *spec.max) {
        reason = trArgs(QCoreApplication::translate("RowConverter", "above the maximum %1"), formatNumber(*spec.max));
        return false;
    }
    return true;
}

}  // namespace

const char* stageType(FieldType type)
{
    switch (type) {
    case FieldType::Integer: return "bigint";
    case FieldType::Decimal: return "numeric";
    case FieldType::Text: return "text";
    case FieldType::Timestamp: return "timestamptz";
    case FieldType::Date: return "date";
    case FieldType::Month: return "date";
    case FieldType::Boolean: return "boolean";
    case FieldType::Json: return "jsonb";
    case FieldType::TextList: return "text[]";
    }
    return "text";
}

RowConverter::RowConverter(const EntitySchema& schema, const ColumnMapping& mapping,
                           const std::vector<std::string>& header, bool decimalComma)
    : m_schema(schema), m_mapping(mapping), m_header(header), m_decimalComma(decimalComma)
{
}

bool RowConverter::convertValue(const FieldSpec& spec, std::string_view raw, std::string& canonical,
                                std::string& reason) const
{
    std::string_view text = values::trim(raw);
    if (text.empty()) {
        if (!spec.defaultValue.empty()) {
            canonical = spec.defaultValue;
            return true;
        }
        if (spec.required) {
            reason = trText("RowConverter", QT_TRANSLATE_NOOP("RowConverter", "missing value"));
            return false;
        }
        canonical.clear();
        return true;
    }
    switch (spec.type) {
    case FieldType::Integer: {
        std::int64_t v = 0;
        if (!values::parseInteger(text, v, reason) || !inRange(spec, static_cast<double>(v), reason))
            return false;
        canonical = std::to_string(v);
        break;
    }
    case FieldType::Decimal: {
        double v = 0;
        if (!values::parseDecimal(text, canonical, v, reason, m_decimalComma) || !inRange(spec, v, reason))
            return false;
        break;
    }
    case FieldType::Timestamp: {
        double epoch = 0;
        if (!values::parseTimestamp(text, canonical, epoch, reason))
            return false;
        break;
    }
    case FieldType::Date:
        if (!values::parseDate(text, canonical, reason))
            return false;
        break;
    case FieldType::Month:
        if (!values::parseMonth(text, canonical, reason))
            return false;
        break;
    case FieldType::Boolean: {
        bool v = false;
        if (!values::parseBoolean(text, v, reason))
            return false;
        canonical.assign(1, v ? 't' : 'f');
        break;
    }
    case FieldType::Json: {
        QJsonParseError err{};
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray(text.data(), static_cast<qsizetype>(text.size())), &err);
        if (err.error != QJsonParseError::NoError || doc.isNull()) {
            reason = trArgs(QCoreApplication::translate("RowConverter", "not valid JSON: %1"),
                            err.errorString().toStdString());
            return false;
        }
        canonical = doc.toJson(QJsonDocument::Compact).toStdString();
        break;
    }
    case FieldType::TextList:
        if (!parseTextList(text, spec.maxLength, canonical, reason))
            return false;
        break;
    case FieldType::Text:
        canonical.assign(text);
        if (spec.maxLength > 0 && utf8Length(canonical) > static_cast<std::size_t>(spec.maxLength)) {
            reason = QCoreApplication::translate("RowConverter", "longer than %n characters", nullptr, spec.maxLength)
                         .toStdString();
            return false;
        }
        if (!spec.allowed.empty()) {
            auto it = std::find_if(spec.allowed.begin(), spec.allowed.end(),
                                   [&](const std::string& a) { return equalsIgnoreCase(a, canonical); });
            if (it == spec.allowed.end()) {
                std::string list;
                for (const auto& a : spec.allowed)
                    list += (list.empty() ? "" : ", ") + a;
                reason = trArgs(QCoreApplication::translate("RowConverter", "not one of %1"), list);
                return false;
            }
            canonical = *it;
        }
        break;
    }
    if (spec.rule && !spec.rule(canonical, reason))
        return false;
    return true;
}

bool RowConverter::convert(const Record& record, std::string& out, std::vector<FieldIssue>& issues)
{
    const std::size_t start = out.size();
    out += std::to_string(record.line);
    bool ok = true;
    std::string reason;
    for (std::size_t f = 0; f < m_schema.fields.size(); ++f) {
        const FieldSpec& spec = m_schema.fields[f];
        const int col = m_mapping.columnOfField[f];
        std::string_view raw;
        if (col >= 0 && static_cast<std::size_t>(col) < record.values.size())
            raw = record.values[static_cast<std::size_t>(col)];
        reason.clear();
        if (!convertValue(spec, raw, m_scratch, reason)) {
            ok = false;
            issues.push_back({col >= 0 ? m_header[static_cast<std::size_t>(col)] : spec.name,
                              std::string(raw.substr(0, 200)), reason});
            continue;
        }
        out += '\t';
        if (m_scratch.empty())  // an empty value is NULL, for text too
            out += "\\N";
        else
            CopyStream::escape(out, m_scratch);
    }
    if (!ok)
        out.resize(start);
    return ok;
}

}  // namespace kestrel::core
