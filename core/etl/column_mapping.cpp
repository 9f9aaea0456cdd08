#include "etl/column_mapping.h"

#include "common/error.h"
#include "common/translate.h"
#include "etl/reader_error.h"

#include <QtCore/QString>

namespace kestrel::core {

std::string normalizeHeader(std::string_view header)
{
    const QString lower = QString::fromUtf8(header.data(), static_cast<qsizetype>(header.size())).trimmed().toLower();
    QString out;
    out.reserve(lower.size());
    bool pendingSep = false;
    for (const QChar c : lower) {
        if (c == u'"' || c == u'\'' || c == u'«' || c == u'»')
            continue;
        if (c.isSpace() || c == u'-' || c == u'.' || c == u'/' || c == u'_') {
            pendingSep = !out.isEmpty();
            continue;
        }
        if (pendingSep)
            out += u'_';
        pendingSep = false;
        out += c;
    }
    return out.toStdString();
}

ColumnMapping mapColumns(const EntitySchema& schema, const std::vector<std::string>& header,
                         const std::vector<MappingOverride>& overrides)
{
    ColumnMapping m;
    m.fieldOfColumn.assign(header.size(), -1);
    m.columnOfField.assign(schema.fields.size(), -1);
    std::vector<bool> ignored(header.size(), false);

    auto assign = [&](std::size_t col, int field) {
        if (field < 0 || m.columnOfField[static_cast<std::size_t>(field)] >= 0 || m.fieldOfColumn[col] >= 0)
            return;
        m.fieldOfColumn[col] = field;
        m.columnOfField[static_cast<std::size_t>(field)] = static_cast<int>(col);
    };

    for (const auto& o : overrides) {
        const std::string want = normalizeHeader(o.column);
        int field = -1;
        if (!o.field.empty()) {
            field = schema.fieldIndex(o.field);
            if (field < 0)
                throw Error(Error::Code::InvalidArgument,
                            trArgs(QCoreApplication::translate("ColumnMapping",
                                                               "column mapping \"%1=%2\": %3 has no field \"%2\""),
                                   o.column, o.field, schema.name));
        }
        for (std::size_t c = 0; c < header.size(); ++c) {
            if (normalizeHeader(header[c]) != want)
                continue;
            if (field < 0)
                ignored[c] = true;
            else
                assign(c, field);
        }
    }
    // Exact field names first, then aliases, so "id" cannot steal a column from "user_id".
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t c = 0; c < header.size(); ++c) {
            if (ignored[c] || m.fieldOfColumn[c] >= 0)
                continue;
            const std::string name = normalizeHeader(header[c]);
            for (std::size_t f = 0; f < schema.fields.size() && m.fieldOfColumn[c] < 0; ++f) {
                const FieldSpec& spec = schema.fields[f];
                if (pass == 0) {
                    if (normalizeHeader(spec.name) == name)
                        assign(c, static_cast<int>(f));
                    continue;
                }
                for (const auto& alias : spec.aliases)
                    if (normalizeHeader(alias) == name) {
                        assign(c, static_cast<int>(f));
                        break;
                    }
            }
        }
    }
    for (std::size_t c = 0; c < header.size(); ++c)
        if (!ignored[c] && m.fieldOfColumn[c] < 0)
            m.unknownColumns.push_back(static_cast<int>(c));
    for (std::size_t f = 0; f < schema.fields.size(); ++f)
        if (schema.fields[f].required && schema.fields[f].defaultValue.empty() && m.columnOfField[f] < 0)
            m.missingRequired.push_back(static_cast<int>(f));
    return m;
}

void requireCompleteMapping(const EntitySchema& schema, const ColumnMapping& mapping,
                            const std::vector<std::string>& header, const std::string& fileLabel, bool ignoreUnknown)
{
    if (!mapping.missingRequired.empty()) {
        const FieldSpec& f = schema.fields[static_cast<std::size_t>(mapping.missingRequired.front())];
        std::string also;
        for (std::size_t i = 0; i < f.aliases.size() && i < 4; ++i)
            also += (i ? ", " : "") + f.aliases[i];
        const int more = static_cast<int>(mapping.missingRequired.size()) - 1;
        std::string msg;
        if (also.empty() && more == 0)
            msg = trArgs(QCoreApplication::translate("ColumnMapping", "required column \"%1\" is missing"), f.name);
        else if (more == 0)
            msg = trArgs(
                QCoreApplication::translate("ColumnMapping", "required column \"%1\" is missing (also accepted: %2)"),
                f.name, also);
        else if (also.empty())
            msg = trArgs(QCoreApplication::translate(
                             "ColumnMapping", "required column \"%1\" is missing; %n more required column(s) missing",
                             nullptr, more),
                         f.name);
        else
            msg = trArgs(QCoreApplication::translate("ColumnMapping",
                                                     "required column \"%1\" is missing (also accepted: %2); %n more "
                                                     "required column(s) missing",
                                                     nullptr, more),
                         f.name, also);
        throw lineError(fileLabel, 1, msg);
    }
    if (!ignoreUnknown && !mapping.unknownColumns.empty()) {
        const int c = mapping.unknownColumns.front();
        std::string expected;
        for (const auto& f : schema.fields)
            expected += (expected.empty() ? "" : ", ") + f.name;
        const std::string msg =
            trArgs(QCoreApplication::translate("ColumnMapping",
                                               "%1: line 1, column %2 \"%3\": unknown column for %4 (expected: %5); "
                                               "map it, or pass --ignore-unknown to leave it out"),
                   fileLabel, c + 1, header[static_cast<std::size_t>(c)], schema.name, expected);
        throw Error(Error::Code::InvalidArgument, msg, fileLabel + ":1");
    }
}

}  // namespace kestrel::core
