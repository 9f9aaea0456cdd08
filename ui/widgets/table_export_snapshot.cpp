#include "widgets/table_export_snapshot.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QTime>

namespace kestrel::ui::table_export {

std::optional<std::string> canonicalText(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? "t" : "f";
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest).toStdString();
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate).toStdString();
    case QMetaType::QTime:
        return value.toTime().toString(QStringLiteral("HH:mm:ss")).toStdString();
    case QMetaType::QDateTime: {
        const QDateTime utc = value.toDateTime().toUTC();
        const QString format =
            utc.time().msec() ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz") : QStringLiteral("yyyy-MM-dd HH:mm:ss");
        return (utc.toString(format) + QStringLiteral("+00")).toStdString();
    }
    default:
        return value.toString().toStdString();
    }
}

core::ColumnKind kindOfValue(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return core::ColumnKind::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return core::ColumnKind::Decimal;
    case QMetaType::QDate:
        return core::ColumnKind::Date;
    case QMetaType::QDateTime:
        return core::ColumnKind::Timestamp;
    case QMetaType::Bool:
        return core::ColumnKind::Boolean;
    default:
        return core::ColumnKind::Text;
    }
}

std::vector<core::ExportRow> snapshotRows(const QAbstractItemModel& model, const std::vector<int>& columns, int role)
{
    std::vector<core::ExportRow> rows;
    const int count = model.rowCount();
    rows.reserve(static_cast<std::size_t>(count));
    for (int r = 0; r < count; ++r) {
        core::ExportRow row;
        row.reserve(columns.size());
        for (int c : columns) {
            const QModelIndex index = model.index(r, c);
            QVariant value = index.data(role);
            if (!value.isValid())
                value = index.data(Qt::EditRole);
            row.push_back(canonicalText(value));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace kestrel::ui::table_export
