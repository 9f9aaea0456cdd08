#pragma once

#include "exports/export_types.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <vector>

namespace kestrel::ui {

/// What an export of a DataTableView writes: the visible columns in view order (with their kinds)
/// and the filter state when it started. Plain data, handed to the worker thread by value.
struct TableExportRequest {
    QString path;
    core::ExportFormat format = core::ExportFormat::Csv;
    std::vector<core::ExportColumn> columns;
    std::vector<int> sourceColumns; ///< the model column of each exported column
    QStringList columnKeys;         ///< DataTableView::columnKey of each exported column
    QJsonObject filters;            ///< DataTableView::filters(): quick filter, sort, hidden, page
    core::ExportOptions options;
};

} // namespace kestrel::ui
