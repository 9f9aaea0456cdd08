#include "import/fields_table.h"

#include "etl/entity_schema.h"
#include "import/load_texts.h"

#include <QtGui/QColor>
#include <QtGui/QFont>
#include <QtWidgets/QHeaderView>

namespace kestrel::ui {

FieldsTable::FieldsTable(bool showSources, QWidget* parent)
    : QTableWidget(0, ColumnCount, parent), m_showSources(showSources)
{
    setObjectName(QStringLiteral("fieldsTable"));
    setHorizontalHeaderLabels({tr("Field"), tr("Type"), tr("Required"), tr("From column"), tr("Also accepted as")});
    setColumnHidden(Source, !showSources);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(true);
    setColumnWidth(Field, 160);
    setColumnWidth(Type, 110);
    setColumnWidth(Required, 150);
    setColumnWidth(Source, 160);
}

void FieldsTable::setEntity(const core::EntitySchema* schema)
{
    m_schema = schema;
    setRowCount(schema ? static_cast<int>(schema->fields.size()) : 0);
    if (!schema)
        return;
    for (std::size_t i = 0; i < schema->fields.size(); ++i) {
        const core::FieldSpec& f = schema->fields[i];
        const int row = static_cast<int>(i);
        auto* name = new QTableWidgetItem(QString::fromStdString(f.name));
        QFont bold = font();
        bold.setBold(f.required && f.defaultValue.empty());
        name->setFont(bold);
        setItem(row, Field, name);
        setItem(row, Type, new QTableWidgetItem(LoadTexts::fieldType(f.type)));
        QString required;
        if (f.required && f.defaultValue.empty())
            required = tr("required");
        else if (!f.defaultValue.empty())
            required = tr("optional (default %1)").arg(QString::fromStdString(f.defaultValue));
        else
            required = tr("optional");
        setItem(row, Required, new QTableWidgetItem(required));
        QStringList aliases;
        for (const auto& a : f.aliases)
            aliases << QString::fromStdString(a);
        auto* also = new QTableWidgetItem(aliases.join(QStringLiteral(", ")));
        also->setToolTip(also->text());
        setItem(row, Aliases, also);
        setItem(row, Source, new QTableWidgetItem);
    }
}

void FieldsTable::setSources(const std::vector<QString>& columnOfField)
{
    if (!m_schema || !m_showSources)
        return;
    for (std::size_t i = 0; i < m_schema->fields.size() && i < columnOfField.size(); ++i) {
        const core::FieldSpec& f = m_schema->fields[i];
        QTableWidgetItem* cell = item(static_cast<int>(i), Source);
        if (!cell)
            continue;
        const bool none = columnOfField[i].isEmpty();
        const bool missing = none && f.required && f.defaultValue.empty();
        cell->setText(none ? (missing ? tr("— missing —") : tr("— none —")) : columnOfField[i]);
        if (missing || none)
            cell->setForeground(missing ? QColor(0xb9, 0x1c, 0x1c) : QColor(0x94, 0xa3, 0xb8));
        else
            cell->setData(Qt::ForegroundRole, QVariant());
        QFont f2 = font();
        f2.setBold(missing);
        cell->setFont(f2);
    }
}

} // namespace kestrel::ui
