#include "import/file_page.h"

#include "common/settings.h"
#include "etl/column_mapping.h"
#include "etl/entity_schema.h"
#include "import/fields_table.h"
#include "import/import_session.h"
#include "import/load_texts.h"

#include <QtCore/QFileInfo>
#include <QtCore/QMimeData>
#include <QtCore/QUrl>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

// The folder the file dialog opened last; declared here because only this page uses it.
const core::settings::Setting<QString> kImportFolder{"import/folder", QString()};

struct Match {
    int mapped = 0;
    std::vector<int> missingRequired;
};

Match matchOf(const core::EntitySchema& schema, const std::vector<std::string>& header)
{
    const core::ColumnMapping m = core::mapColumns(schema, header, {});
    Match out;
    for (int f : m.fieldOfColumn)
        out.mapped += f >= 0 ? 1 : 0;
    out.missingRequired = m.missingRequired;
    return out;
}

QString localFileOf(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

FilePage::FilePage(std::shared_ptr<ImportSession> session, QWidget* parent)
    : QWizardPage(parent), m_sessionOwner(session), m_session(*session)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A CSV or JSON export, in UTF-8 or Windows-1251. You can also drop the file onto this page."));
    setAcceptDrops(true);

    m_loader = new FilePreviewLoader(this);
    connect(m_loader, &FilePreviewLoader::loaded, this, &FilePage::onLoaded);
    connect(m_loader, &FilePreviewLoader::failed, this, &FilePage::onFailed);

    auto* drop = m_drop = new QFrame(this);
    drop->setObjectName(QStringLiteral("dropZone"));
    auto* dropText = new QLabel(tr("Drop a file here, or choose one below"), drop);
    dropText->setObjectName(QStringLiteral("dropZoneText"));
    dropText->setAlignment(Qt::AlignCenter);
    auto* dropHint = new QLabel(tr("CSV (comma, semicolon or tab), JSON array or JSON lines"), drop);
    dropHint->setObjectName(QStringLiteral("hint"));
    dropHint->setAlignment(Qt::AlignCenter);
    auto* dropLayout = new QVBoxLayout(drop);
    dropLayout->setContentsMargins(16, 26, 16, 26);
    dropLayout->addWidget(dropText);
    dropLayout->addWidget(dropHint);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Path to a .csv, .tsv, .txt, .json or .jsonl file"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("Choose…"), this);
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_fileInfo = new QLabel(this);
    m_fileInfo->setObjectName(QStringLiteral("hint"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("importEntity"));
    m_entity->setMinimumWidth(260);
    m_entity->addItem(tr("Choose a table…"), QString());
    for (const auto& e : core::EntityRegistry::instance().all())
        m_entity->addItem(LoadTexts::entity(e.name), QString::fromStdString(e.name));
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("hint"));
    m_match->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->addRow(tr("File:"), pathRow);
    form->addRow(QString(), m_fileInfo);
    form->addRow(QString(), m_error);
    form->addRow(tr("Import into:"), m_entity);
    form->addRow(QString(), m_match);

    m_fieldsTitle = new QLabel(this);
    m_fieldsTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_fields = new FieldsTable(false, this);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(drop);
    layout->addLayout(form);
    layout->addWidget(m_fieldsTitle);
    layout->addWidget(m_fields, 10);
    layout->addStretch(1); // takes the room while no table is chosen

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &FilePage::readFile);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_debounce.isActive()) {
            m_debounce.stop();
            readFile();
        }
    });
    connect(m_browse, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_entity, &QComboBox::activated, this, [this] { m_entityChosen = true; });
    connect(m_entity, &QComboBox::currentIndexChanged, this, [this] {
        updateMatch();
        emit completeChanged();
    });
}

FilePage::~FilePage() = default;

void FilePage::setFilePath(const QString& path)
{
    m_path->setText(path);
    m_debounce.stop();
    readFile();
}

QString FilePage::filePath() const
{
    return m_path->text().trimmed();
}

std::string FilePage::entity() const
{
    return m_entity->currentData().toString().toStdString();
}

void FilePage::setEntity(const std::string& name)
{
    const int index = m_entity->findData(QString::fromStdString(name));
    if (index >= 0) {
        m_entity->setCurrentIndex(index);
        m_entityChosen = true;
    }
}

bool FilePage::isReading() const
{
    return m_loader->isLoading();
}

QString FilePage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString FilePage::matchText() const
{
    return m_match->text();
}

bool FilePage::isComplete() const
{
    return m_preview && m_preview->path == QFileInfo(filePath()).absoluteFilePath() && !entity().empty() &&
           !m_loader->isLoading();
}

bool FilePage::validatePage()
{
    if (!isComplete())
        return false;
    const bool sameFile = m_session.path == m_preview->path;
    if (!sameFile || m_session.entity != entity()) {
        // Another file or table: the choices made on later pages no longer apply.
        m_session.reader = {};
        m_session.mapping.clear();
        m_session.dryRun.reset();
        m_session.force = false;
    }
    m_session.path = m_preview->path;
    m_session.entity = entity();
    if (!sameFile || m_session.preview == nullptr)
        m_session.preview = m_preview;
    return true;
}

void FilePage::browse()
{
    const QString start = filePath().isEmpty() ? kImportFolder.get() : QFileInfo(filePath()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a file to import"), start,
                                     tr("Data files (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)"));
    if (path.isEmpty())
        return;
    kImportFolder.set(QFileInfo(path).absolutePath());
    setFilePath(path);
}

namespace {
void setHover(QFrame* zone, bool on)
{
    zone->setProperty("hover", on);
    zone->style()->unpolish(zone);
    zone->style()->polish(zone);
}
} // namespace

void FilePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (localFileOf(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    setHover(m_drop, true);
}

void FilePage::dragLeaveEvent(QDragLeaveEvent* event)
{
    QWizardPage::dragLeaveEvent(event);
    setHover(m_drop, false);
}

void FilePage::dropEvent(QDropEvent* event)
{
    setHover(m_drop, false);
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setFilePath(path);
}

void FilePage::readFile()
{
    m_preview.reset();
    m_entityChosen = false;
    m_error->hide();
    const QString path = filePath();
    if (path.isEmpty()) {
        m_loader->clear();
        m_fileInfo->clear();
        updateMatch();
        emit completeChanged();
        return;
    }
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_loader->clear();
        m_fileInfo->clear();
        m_error->setText(info.exists() ? tr("This is not a file.") : tr("There is no such file."));
        m_error->show();
        updateMatch();
        emit completeChanged();
        emit fileRead(false);
        return;
    }
    m_fileInfo->setText(tr("Reading %1…").arg(info.fileName()));
    m_loader->load(info.absoluteFilePath(), {});
    emit completeChanged();
}

void FilePage::onLoaded(FilePreviewPtr preview)
{
    m_preview = std::move(preview);
    const FilePreview& p = *m_preview;
    const QString format = p.format == core::FileFormat::Json ? tr("JSON") : tr("CSV");
    QString info =
        tr("%1 · %2 · %3")
            .arg(QFileInfo(p.path).fileName(), QLocale().formattedDataSize(static_cast<qint64>(p.fileSize)), format);
    info += tr(" · %1").arg(QString::fromStdString(core::encodingName(p.encoding)));
    if (p.format == core::FileFormat::Csv)
        info += tr(" · delimiter %1").arg(LoadTexts::delimiter(p.delimiter));
    info += tr(" · %n columns", nullptr, static_cast<int>(p.columns.size()));
    m_fileInfo->setText(info);
    if (!m_entityChosen)
        suggestEntity();
    updateMatch();
    emit completeChanged();
    emit fileRead(true);
}

void FilePage::onFailed(const QString& message, const QString& details)
{
    m_fileInfo->clear();
    m_error->setText(tr("This file cannot be imported: %1").arg(message));
    m_error->setToolTip(details);
    m_error->show();
    updateMatch();
    emit completeChanged();
    emit fileRead(false);
}

void FilePage::suggestEntity()
{
    int best = -1;
    int bestScore = 0;
    const auto& all = core::EntityRegistry::instance().all();
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Match m = matchOf(all[i], m_preview->columns);
        // Matched columns count most; a missing required field costs a little, so that of two
        // tables matching as many columns the complete one wins.
        const int score = m.mapped * 10 - static_cast<int>(m.missingRequired.size()) * 3;
        if (m.mapped > 0 && (best < 0 || score > bestScore)) {
            best = static_cast<int>(i);
            bestScore = score;
        }
    }
    if (best >= 0)
        m_entity->setCurrentIndex(m_entity->findData(QString::fromStdString(all[static_cast<std::size_t>(best)].name)));
}

void FilePage::updateMatch()
{
    const core::EntitySchema* schema = core::EntityRegistry::instance().find(entity());
    m_fields->setEntity(schema);
    m_fieldsTitle->setText(schema ? tr("What %1 takes (required fields in bold)").arg(LoadTexts::entity(schema->name))
                                  : QString());
    m_fieldsTitle->setVisible(schema != nullptr);
    m_fields->setVisible(schema != nullptr);
    if (!m_preview || !schema) {
        m_match->setText(m_preview ? tr("No table matches the file's header by name; choose one, then map the "
                                        "columns on the next page.")
                                   : QString());
        return;
    }
    const Match m = matchOf(*schema, m_preview->columns);
    QString text = tr("%1 of %2 columns match the fields of %3.")
                       .arg(m.mapped)
                       .arg(m_preview->columns.size())
                       .arg(LoadTexts::entity(schema->name));
    if (m.missingRequired.empty()) {
        text += QLatin1Char(' ') + tr("Every required field has a column.");
    } else {
        QStringList names;
        for (int f : m.missingRequired)
            names << QString::fromStdString(schema->fields[static_cast<std::size_t>(f)].name);
        text += QLatin1Char(' ') + tr("Required fields without a column: %1.").arg(names.join(QStringLiteral(", ")));
    }
    m_match->setText(text);
}

} // namespace kestrel::ui
