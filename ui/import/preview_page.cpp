#include "import/preview_page.h"

#include "etl/column_mapping.h"
#include "etl/entity_schema.h"
#include "import/fields_table.h"
#include "import/import_session.h"
#include "import/load_texts.h"
#include "import/mapping_header.h"

#include <QtGui/QStandardItemModel>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

#include <set>

namespace kestrel::ui {
namespace {

constexpr int kAuto = -1;

QComboBox* optionCombo(QWidget* parent, const char* objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

PreviewPage::PreviewPage(std::shared_ptr<ImportSession> session, QWidget* parent)
    : QWizardPage(parent), m_sessionOwner(session), m_session(*session)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Check the columns"));
    setSubTitle(tr("How the file is read, its first rows, and the field each column goes into. Pick "
                   "“— ignore —” for a column you do not want to import."));

    m_loader = new FilePreviewLoader(this);
    connect(m_loader, &FilePreviewLoader::loaded, this, &PreviewPage::showPreview);
    connect(m_loader, &FilePreviewLoader::failed, this, &PreviewPage::showError);

    m_format = optionCombo(this, "previewFormat");
    m_format->addItem(tr("Auto"), kAuto);
    m_format->addItem(tr("CSV"), static_cast<int>(core::FileFormat::Csv));
    m_format->addItem(tr("JSON"), static_cast<int>(core::FileFormat::Json));
    m_encoding = optionCombo(this, "previewEncoding");
    m_encoding->addItem(tr("Auto"), kAuto);
    m_encoding->addItem(tr("UTF-8"), static_cast<int>(core::TextEncoding::Utf8));
    m_encoding->addItem(tr("Windows-1251"), static_cast<int>(core::TextEncoding::Windows1251));
    m_delimiter = optionCombo(this, "previewDelimiter");
    m_delimiter->addItem(tr("Auto"), 0);
    for (char c : {',', ';', '\t'})
        m_delimiter->addItem(LoadTexts::delimiter(c), static_cast<int>(c));

    auto* options = new QHBoxLayout;
    options->setSpacing(8);
    const auto addOption = [&](const QString& label, QComboBox* combo) {
        auto* l = new QLabel(label, this);
        l->setBuddy(combo);
        options->addWidget(l);
        options->addWidget(combo);
        options->addSpacing(10);
    };
    addOption(tr("Format:"), m_format);
    addOption(tr("Encoding:"), m_encoding);
    addOption(tr("Delimiter:"), m_delimiter);
    options->addStretch(1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_header = new MappingHeader(m_table);
    m_table->setHorizontalHeader(m_header);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setToolTip(tr("Line in the file"));
    m_header->setMinimumSectionSize(120);

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingRequired"));
    m_missing->setWordWrap(true);
    m_missing->hide();
    m_ignored = new QLabel(this);
    m_ignored->setObjectName(QStringLiteral("hint"));
    m_ignored->setWordWrap(true);

    m_fields = new FieldsTable(true, this);
    auto* fieldsBox = new QWidget(this);
    auto* fieldsTitle = new QLabel(tr("Fields of the table"), fieldsBox);
    fieldsTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto* fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->setContentsMargins(0, 6, 0, 0);
    fieldsLayout->setSpacing(4);
    fieldsLayout->addWidget(fieldsTitle);
    fieldsLayout->addWidget(m_fields, 1);
    auto* split = m_split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(fieldsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(options);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    layout->addWidget(m_missing);
    layout->addWidget(m_ignored);

    for (QComboBox* combo : {m_format, m_encoding, m_delimiter})
        connect(combo, &QComboBox::activated, this, &PreviewPage::reread);
}

PreviewPage::~PreviewPage() = default;

const core::EntitySchema* PreviewPage::schema() const
{
    return core::EntityRegistry::instance().find(m_session.entity);
}

void PreviewPage::initializePage()
{
    m_fields->setEntity(schema());
    if (m_entityShown != m_session.entity) {
        // Another table: the choices made for the last one do not carry over.
        m_header->setEditors({});
        m_combos.clear();
        m_entityShown = m_session.entity;
    }
    const auto select = [](QComboBox* combo, int value) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    };
    const core::ReaderOptions& o = m_session.reader;
    select(m_format, o.format ? static_cast<int>(*o.format) : kAuto);
    select(m_encoding, o.encoding ? static_cast<int>(*o.encoding) : kAuto);
    select(m_delimiter, static_cast<int>(o.delimiter));
    if (m_session.preview && m_session.preview->path == m_session.path)
        showPreview(m_session.preview);
    else
        reread();
}

core::ReaderOptions PreviewPage::optionsFromCombos() const
{
    core::ReaderOptions o;
    if (const int f = m_format->currentData().toInt(); f != kAuto)
        o.format = static_cast<core::FileFormat>(f);
    if (const int e = m_encoding->currentData().toInt(); e != kAuto)
        o.encoding = static_cast<core::TextEncoding>(e);
    o.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    return o;
}

void PreviewPage::reread()
{
    m_session.reader = optionsFromCombos();
    m_summary->setText(tr("Reading…"));
    m_error->hide();
    m_loader->load(m_session.path, m_session.reader);
    emit completeChanged();
}

bool PreviewPage::isReading() const
{
    return m_loader->isLoading();
}

QString PreviewPage::readingSummary() const
{
    return m_summary->text();
}

QString PreviewPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString PreviewPage::missingText() const
{
    return m_missing->isVisibleTo(this) ? m_missing->text() : QString();
}

QComboBox* PreviewPage::mappingCombo(int column) const
{
    return column >= 0 && static_cast<std::size_t>(column) < m_combos.size()
               ? m_combos[static_cast<std::size_t>(column)]
               : nullptr;
}

int PreviewPage::columnCount() const
{
    return static_cast<int>(m_combos.size());
}

void PreviewPage::showPreview(FilePreviewPtr preview)
{
    // Keep the user's choices for columns that are still there (e.g. after switching the encoding
    // of an ASCII header), map the rest automatically.
    const std::vector<core::MappingOverride> keep = m_combos.empty() ? m_session.mapping : mapping();
    m_preview = std::move(preview);
    m_session.preview = m_preview;
    const FilePreview& p = *m_preview;
    const bool json = p.format == core::FileFormat::Json;
    if (!p.options.format)
        m_format->setItemText(0, tr("Auto — %1").arg(json ? tr("JSON") : tr("CSV")));
    if (!p.options.encoding)
        m_encoding->setItemText(0, tr("Auto — %1").arg(QString::fromStdString(core::encodingName(p.encoding))));
    if (p.options.delimiter == 0)
        m_delimiter->setItemText(0, json ? tr("Auto") : tr("Auto — %1").arg(LoadTexts::delimiter(p.delimiter)));
    m_delimiter->setEnabled(!json);

    QStringList parts{json ? tr("JSON") : tr("CSV"), QString::fromStdString(core::encodingName(p.encoding))};
    if (!json)
        parts << tr("delimiter %1").arg(LoadTexts::delimiter(p.delimiter));
    parts << tr("%n columns", nullptr, static_cast<int>(p.columns.size()));
    parts << (p.more ? tr("first %n rows shown", nullptr, static_cast<int>(p.rows.size()))
                     : tr("%n rows", nullptr, static_cast<int>(p.rows.size())));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_error->hide();

    m_model->clear();
    m_model->setColumnCount(static_cast<int>(p.columns.size()));
    m_model->setRowCount(static_cast<int>(p.rows.size()));
    for (std::size_t c = 0; c < p.columns.size(); ++c)
        m_model->setHeaderData(static_cast<int>(c), Qt::Horizontal, QString::fromStdString(p.columns[c]));
    for (std::size_t r = 0; r < p.rows.size(); ++r) {
        const core::Record& rec = p.rows[r];
        m_model->setHeaderData(static_cast<int>(r), Qt::Vertical, QString::number(rec.line));
        for (std::size_t c = 0; c < rec.values.size(); ++c) {
            auto* item = new QStandardItem(QString::fromStdString(rec.values[c]));
            item->setToolTip(item->text());
            m_model->setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
    }
    buildMapping(keep);
    // Share the height by what each table holds (up to a dozen preview rows).
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const int tableWant =
        m_header->sizeHint().height() + std::min<int>(static_cast<int>(p.rows.size()), 12) * rowHeight + 24;
    const int fieldsWant = 30 + m_fields->rowCount() * m_fields->verticalHeader()->defaultSectionSize() + 30;
    m_split->setSizes({tableWant, fieldsWant});
    emit completeChanged();
    emit previewShown(true);
}

void PreviewPage::showError(const QString& message, const QString& details)
{
    m_preview.reset();
    m_session.preview.reset();
    m_summary->setText(tr("The file cannot be read with these settings."));
    m_error->setText(message);
    m_error->setToolTip(details);
    m_error->show();
    m_model->clear();
    m_header->setEditors({});
    m_combos.clear();
    updateMissing();
    emit completeChanged();
    emit previewShown(false);
}

void PreviewPage::buildMapping(const std::vector<core::MappingOverride>& keep)
{
    const core::EntitySchema* s = schema();
    const FilePreview& p = *m_preview;
    std::vector<core::MappingOverride> overrides;
    // Only choices for columns of this file, and only fields this entity has.
    for (const auto& o : keep) {
        const bool known = o.field.empty() || (s && s->fieldIndex(o.field) >= 0);
        const bool present = std::any_of(p.columns.begin(), p.columns.end(), [&](const std::string& c) {
            return core::normalizeHeader(c) == core::normalizeHeader(o.column);
        });
        if (known && present)
            overrides.push_back(o);
    }
    core::ColumnMapping auto_;
    if (s)
        auto_ = core::mapColumns(*s, p.columns, overrides);

    m_filling = true;
    std::vector<QWidget*> editors;
    m_combos.clear();
    for (std::size_t c = 0; c < p.columns.size(); ++c) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mappingCombo"));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        combo->addItem(tr("— ignore —"), QString());
        if (s) {
            QFont bold = combo->font();
            bold.setBold(true);
            for (const auto& f : s->fields) {
                const QString type = LoadTexts::fieldType(f.type);
                const bool needed = f.required && f.defaultValue.empty();
                combo->addItem(QString::fromStdString(f.name), QString::fromStdString(f.name));
                const int item = combo->count() - 1;
                combo->setItemData(item, needed ? tr("%1, required").arg(type) : type, Qt::ToolTipRole);
                if (needed)
                    combo->setItemData(item, bold, Qt::FontRole); // required fields stand out in the list
            }
        }
        const int field = s && c < auto_.fieldOfColumn.size() ? auto_.fieldOfColumn[c] : -1;
        if (field >= 0)
            combo->setCurrentIndex(field + 1);
        combo->setToolTip(tr("The field column “%1” goes into").arg(QString::fromStdString(p.columns[c])));
        const int column = static_cast<int>(c);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { onMappingChosen(column); });
        styleCombo(combo);
        m_combos.push_back(combo);
        editors.push_back(combo);
    }
    m_header->setEditors(editors);
    m_filling = false;
    m_table->resizeColumnsToContents();
    // Wide enough for the column's values and for the field name in its combo.
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QComboBox* combo = m_combos[static_cast<std::size_t>(c)];
        const int forCombo = combo->fontMetrics().horizontalAdvance(combo->currentText()) + 48;
        m_header->resizeSection(c, std::clamp(std::max(m_header->sectionSize(c), forCombo), 140, 320));
    }
    updateMissing();
}

void PreviewPage::styleCombo(QComboBox* combo)
{
    combo->setProperty("ignored", combo->currentData().toString().isEmpty());
    combo->style()->unpolish(combo);
    combo->style()->polish(combo);
}

void PreviewPage::onMappingChosen(int column)
{
    if (m_filling)
        return;
    QComboBox* chosen = m_combos[static_cast<std::size_t>(column)];
    const QString field = chosen->currentData().toString();
    // A field takes one column: the column that had it before lets it go.
    if (!field.isEmpty()) {
        for (QComboBox* other : m_combos) {
            if (other != chosen && other->currentData().toString() == field) {
                m_filling = true;
                other->setCurrentIndex(0);
                styleCombo(other);
                m_filling = false;
            }
        }
    }
    styleCombo(chosen);
    updateMissing();
    emit completeChanged();
}

std::vector<core::MappingOverride> PreviewPage::mapping() const
{
    std::vector<core::MappingOverride> out;
    if (!m_preview)
        return out;
    for (std::size_t c = 0; c < m_combos.size() && c < m_preview->columns.size(); ++c)
        out.push_back({m_preview->columns[c], m_combos[c]->currentData().toString().toStdString()});
    return out;
}

void PreviewPage::updateMissing()
{
    const core::EntitySchema* s = schema();
    QStringList missing, ignored;
    if (s && m_preview) {
        std::set<std::string> mapped;
        for (const auto& o : mapping()) {
            if (o.field.empty())
                ignored << QString::fromStdString(o.column);
            else
                mapped.insert(o.field);
        }
        for (const auto& f : s->fields) {
            if (f.required && f.defaultValue.empty() && !mapped.count(f.name))
                missing << QString::fromStdString(f.name);
        }
    }
    if (s) {
        std::vector<QString> sources(s->fields.size());
        for (const auto& o : mapping()) {
            const int f = s->fieldIndex(o.field);
            if (f >= 0)
                sources[static_cast<std::size_t>(f)] = QString::fromStdString(o.column);
        }
        m_fields->setSources(sources);
    }
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("Required fields without a column: %1. Choose a column for each, or go "
                                              "back and pick another table.")
                                               .arg(missing.join(QStringLiteral(", "))));
    m_missing->setVisible(!missing.isEmpty());
    m_ignored->setText(ignored.isEmpty() ? QString() : tr("Not imported: %1.").arg(ignored.join(QStringLiteral(", "))));
    m_ignored->setVisible(!ignored.isEmpty());
}

bool PreviewPage::isComplete() const
{
    if (!m_preview || m_loader->isLoading() || !m_missing->text().isEmpty())
        return false;
    const auto m = mapping();
    return std::any_of(m.begin(), m.end(), [](const core::MappingOverride& o) { return !o.field.empty(); });
}

bool PreviewPage::validatePage()
{
    if (!isComplete())
        return false;
    m_session.mapping = mapping();
    return true;
}

} // namespace kestrel::ui
