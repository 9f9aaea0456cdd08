#pragma once

#include <QtWidgets/QTableWidget>

#include <vector>

namespace kestrel::core {
struct EntitySchema;
}

namespace kestrel::ui {

/// The fields of an entity as the importer sees them: name, type, whether required, the header
/// names also accepted for it and, on the preview, the file column that feeds it (a required field
/// without one in red).
class FieldsTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Field, Type, Required, Source, Aliases, ColumnCount };

    explicit FieldsTable(bool showSources, QWidget* parent = nullptr);

    /// nullptr empties the table.
    void setEntity(const core::EntitySchema* schema);
    /// Per field (in schema order) the file column that feeds it; "" = none.
    void setSources(const std::vector<QString>& columnOfField);

private:
    const core::EntitySchema* m_schema = nullptr;
    bool m_showSources;
};

} // namespace kestrel::ui
