#pragma once

#include "exports/export_types.h"

#include <QtCore/QVariant>

#include <optional>
#include <string>
#include <vector>

class QAbstractItemModel;

namespace kestrel::ui::table_export {

/// A cell value as the canonical text TableExportWriter reads: ISO dates, UTC timestamps
/// ("2025-03-01 10:20:30+00"), "t"/"f", shortest round-trip numbers; nullopt for null.
std::optional<std::string> canonicalText(const QVariant& value);

/// The kind a value's type suggests (int → Integer, double → Decimal, QDate → Date, …).
core::ColumnKind kindOfValue(const QVariant& value);

/// Reads the rows of `model` (the view's proxy: filtered and sorted) for `columns`, on the GUI
/// thread. Each cell is `role` when the model has it there, else Qt::EditRole.
std::vector<core::ExportRow> snapshotRows(const QAbstractItemModel& model, const std::vector<int>& columns, int role);

} // namespace kestrel::ui::table_export
