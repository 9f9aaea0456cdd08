#include "dialogs/recommend_file_dialog.h"

#include "import/file_preview.h"
#include "modeling/recommend_csv_evaluation.h"
#include "models/recommend_queries.h"

#include <QtCore/QDate>
#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <cmath>

namespace kestrel::ui {
namespace {

constexpr int kPreviewRows = 5;

/// A header name reduced to lower-case letters and digits ("Customer ID" → "customerid").
QString normalised(const QString& name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

/// Names a field's column is often given, most specific first (English, and Russian exports).
QStringList exactNames(RecommendFileDialog::Field field)
{
    switch (field) {
    case RecommendFileDialog::User:
        return {QStringLiteral("customerid"), QStringLiteral("userid"),      QStringLiteral("clientid"),
                QStringLiteral("visitorid"),  QStringLiteral("user"),        QStringLiteral("customer"),
                QStringLiteral("client"),     QStringLiteral("buyer"),       QStringLiteral("клиент"),
                QStringLiteral("покупатель"), QStringLiteral("пользователь")};
    case RecommendFileDialog::Item:
        return {QStringLiteral("stockcode"), QStringLiteral("productid"), QStringLiteral("itemid"),
                QStringLiteral("sku"),       QStringLiteral("product"),   QStringLiteral("item"),
                QStringLiteral("article"),   QStringLiteral("артикул"),   QStringLiteral("товар")};
    case RecommendFileDialog::Time:
        return {QStringLiteral("invoicedate"), QStringLiteral("orderdate"), QStringLiteral("timestamp"),
                QStringLiteral("datetime"),    QStringLiteral("eventtime"), QStringLiteral("createdat"),
                QStringLiteral("date"),        QStringLiteral("time"),      QStringLiteral("дата"),
                QStringLiteral("время")};
    case RecommendFileDialog::Quantity:
        return {QStringLiteral("quantity"), QStringLiteral("qty"), QStringLiteral("units"),
                QStringLiteral("количество"), QStringLiteral("колво")};
    case RecommendFileDialog::Price:
        return {QStringLiteral("unitprice"), QStringLiteral("price"), QStringLiteral("цена")};
    case RecommendFileDialog::Category:
    case RecommendFileDialog::FieldCount:
        break;
    }
    return {QStringLiteral("category"), QStringLiteral("categoryid"), QStringLiteral("categoryname"),
            QStringLiteral("категория")};
}

/// Parts a longer name may contain ("user_email" is not a user id, so only these).
QStringList partNames(RecommendFileDialog::Field field)
{
    switch (field) {
    case RecommendFileDialog::User:
        return {QStringLiteral("customerid"), QStringLiteral("userid"), QStringLiteral("clientid")};
    case RecommendFileDialog::Item:
        return {QStringLiteral("productid"), QStringLiteral("itemid"), QStringLiteral("stockcode")};
    case RecommendFileDialog::Time:
        return {QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("дата")};
    case RecommendFileDialog::Quantity:
        return {QStringLiteral("quantity"), QStringLiteral("qty")};
    case RecommendFileDialog::Price:
        return {QStringLiteral("unitprice"), QStringLiteral("price")};
    case RecommendFileDialog::Category:
    case RecommendFileDialog::FieldCount:
        break;
    }
    return {QStringLiteral("category")};
}

bool required(RecommendFileDialog::Field field)
{
    return field == RecommendFileDialog::User || field == RecommendFileDialog::Item ||
           field == RecommendFileDialog::Time;
}

QString fieldLabel(RecommendFileDialog::Field field)
{
    switch (field) {
    case RecommendFileDialog::User:
        return RecommendFileDialog::tr("User *");
    case RecommendFileDialog::Item:
        return RecommendFileDialog::tr("Product *");
    case RecommendFileDialog::Time:
        return RecommendFileDialog::tr("Time *");
    case RecommendFileDialog::Quantity:
        return RecommendFileDialog::tr("Quantity");
    case RecommendFileDialog::Price:
        return RecommendFileDialog::tr("Unit price");
    case RecommendFileDialog::Category:
    case RecommendFileDialog::FieldCount:
        break;
    }
    return RecommendFileDialog::tr("Category");
}

QString fieldTooltip(RecommendFileDialog::Field field)
{
    switch (field) {
    case RecommendFileDialog::User:
        return RecommendFileDialog::tr("Who bought: a customer id (any text; rows without one are skipped)");
    case RecommendFileDialog::Item:
        return RecommendFileDialog::tr("What was bought: a product id or code");
    case RecommendFileDialog::Time:
        return RecommendFileDialog::tr("When: 2011-12-09 12:50, 12/9/2011 12:50 or 09.12.2011 12:50");
    case RecommendFileDialog::Quantity:
        return RecommendFileDialog::tr("Units on the line; a line with 0 or less is a return, not a purchase");
    case RecommendFileDialog::Price:
        return RecommendFileDialog::tr("The unit price: the content part compares products by price band");
    case RecommendFileDialog::Category:
    case RecommendFileDialog::FieldCount:
        break;
    }
    return RecommendFileDialog::tr("The product's category: the content part and \"popular in category\" use it");
}

} // namespace

int RecommendFileDialog::guessColumn(Field field, const QStringList& columns, const std::vector<bool>& taken)
{
    std::vector<QString> names;
    for (const QString& c : columns)
        names.push_back(normalised(c));
    const auto free = [&](std::size_t i) { return i >= taken.size() || !taken[i]; };
    for (const QString& want : exactNames(field)) {
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (free(i) && names[i] == want)
                return static_cast<int>(i);
        }
    }
    for (const QString& part : partNames(field)) {
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (free(i) && names[i].contains(part))
                return static_cast<int>(i);
        }
    }
    return -1;
}

RecommendFileDialog::RecommendFileDialog(ModelJobs& jobs, RecommendRunSettings settings, QWidget* parent)
    : QDialog(parent), m_jobs(jobs), m_settings(settings)
{
    setObjectName(QStringLiteral("recommendFileDialog"));
    setWindowTitle(tr("Evaluate a transactions file"));
    setMinimumWidth(760);

    auto* intro = new QLabel(tr("A CSV file of purchase lines (one row per product bought: who, what, when), "
                                "plain or gzip-compressed. The recommender learns from the purchases before the "
                                "cut date and is tested on what each user bought from then on. Nothing is written "
                                "to the database."),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("hint"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setPlaceholderText(tr("transactions.csv or .csv.gz"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("filePreviewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_preview->setFixedHeight((kPreviewRows + 1) * (m_preview->fontMetrics().height() + 8) + 12);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    for (int f = 0; f < FieldCount; ++f) {
        const auto field = static_cast<Field>(f);
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("columnCombo%1").arg(f));
        combo->setToolTip(fieldTooltip(field));
        combo->setMinimumWidth(200);
        m_combos[static_cast<std::size_t>(f)] = combo;
        auto* label = new QLabel(fieldLabel(field), this);
        label->setToolTip(fieldTooltip(field));
        const int row = f % 3;
        const int column = (f / 3) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(combo, row, column + 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &RecommendFileDialog::updateButtons);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_cutCheck = new QCheckBox(tr("Cut at"), this);
    m_cutCheck->setObjectName(QStringLiteral("cutDateCheck"));
    m_cut = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_cut->setObjectName(QStringLiteral("cutDateEdit"));
    m_cut->setCalendarPopup(true);
    m_cut->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_cut->setEnabled(false);
    auto* cutHint = new QLabel(tr("Unchecked: the last 30 days of purchases are the test."), this);
    cutHint->setObjectName(QStringLiteral("hint"));
    auto* cutRow = new QHBoxLayout;
    cutRow->addWidget(m_cutCheck);
    cutRow->addWidget(m_cut);
    cutRow->addWidget(cutHint, 1);

    auto* settingsLine =
        new QLabel(tr("Lists of %n products and a half-life of %1 days, as in the run bar.", nullptr, m_settings.top)
                       .arg(m_settings.halfLifeDays),
                   this);
    settingsLine->setObjectName(QStringLiteral("hint"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fileEvaluationProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("filterStatus"));
    m_stage->hide();
    // Beside the progress, not in the button box (which shows every button it holds).
    m_cancel = new QPushButton(tr("Cancel evaluation"), this);
    m_cancel->setObjectName(QStringLiteral("cancelEvaluationButton"));
    m_cancel->hide();
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stage);
    progressRow->addWidget(m_cancel);

    auto* buttons = new QDialogButtonBox(this);
    m_evaluate = buttons->addButton(tr("Evaluate"), QDialogButtonBox::AcceptRole);
    m_evaluate->setObjectName(QStringLiteral("evaluateButton"));
    m_evaluate->setDefault(true);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_preview);
    layout->addLayout(grid);
    layout->addLayout(cutRow);
    layout->addWidget(settingsLine);
    layout->addWidget(m_error);
    layout->addLayout(progressRow);
    layout->addWidget(buttons);

    m_loader = new FilePreviewLoader(this);
    connect(m_loader, &FilePreviewLoader::loaded, this, [this](const FilePreviewPtr& preview) {
        m_error->hide();
        m_columns.clear();
        for (const auto& c : preview->columns)
            m_columns << QString::fromStdString(c);
        m_loadedPath = preview->path;
        m_preview->clear();
        m_preview->setColumnCount(static_cast<int>(m_columns.size()));
        m_preview->setHorizontalHeaderLabels(m_columns);
        m_preview->setRowCount(static_cast<int>(preview->rows.size()));
        for (std::size_t r = 0; r < preview->rows.size(); ++r)
            for (std::size_t c = 0; c < preview->rows[r].values.size(); ++c)
                m_preview->setItem(static_cast<int>(r), static_cast<int>(c),
                                   new QTableWidgetItem(QString::fromStdString(preview->rows[r].values[c])));
        m_preview->resizeColumnsToContents();
        std::vector<bool> taken(static_cast<std::size_t>(m_columns.size()), false);
        for (int f = 0; f < FieldCount; ++f) {
            const auto field = static_cast<Field>(f);
            QComboBox* combo = m_combos[static_cast<std::size_t>(f)];
            const QSignalBlocker block(combo);
            combo->clear();
            combo->addItem(required(field) ? tr("(choose a column)") : tr("(none)"), QString());
            for (const QString& c : m_columns)
                combo->addItem(c, c);
            const int guess = guessColumn(field, m_columns, taken);
            if (guess >= 0) {
                taken[static_cast<std::size_t>(guess)] = true;
                combo->setCurrentIndex(guess + 1);
            }
        }
        updateButtons();
        emit columnsLoaded();
    });
    connect(m_loader, &FilePreviewLoader::failed, this, [this](const QString& message, const QString& details) {
        m_columns.clear();
        m_loadedPath.clear();
        m_preview->clear();
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        for (QComboBox* combo : m_combos)
            combo->clear();
        showError(message, details);
        updateButtons();
        emit columnsLoaded();
    });

    connect(m_browse, &QPushButton::clicked, this, &RecommendFileDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text().trimmed() != m_loadedPath)
            setFile(m_path->text().trimmed());
    });
    connect(m_cutCheck, &QCheckBox::toggled, m_cut, &QDateEdit::setEnabled);
    connect(m_evaluate, &QPushButton::clicked, this, [this] { evaluate(); });
    connect(m_cancel, &QPushButton::clicked, this, &RecommendFileDialog::cancelEvaluation);
    connect(close, &QPushButton::clicked, this, &RecommendFileDialog::reject);
    connect(&m_jobs, &ModelJobs::progress, this, [this](int job, double fraction, const QString& text) {
        if (job != m_job)
            return;
        m_progress->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 100.0)));
        if (!text.isEmpty())
            m_stage->setText(text);
    });
    connect(&m_jobs, &ModelJobs::finished, this, &RecommendFileDialog::onJobFinished);
    updateButtons();
}

RecommendFileDialog::~RecommendFileDialog()
{
    if (m_job)
        m_jobs.cancel(m_job);
}

void RecommendFileDialog::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Transactions file"), QFileInfo(m_path->text()).absolutePath(),
                                     tr("Transactions (*.csv *.csv.gz *.tsv *.txt *.gz);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void RecommendFileDialog::setFile(const QString& path)
{
    m_path->setText(path);
    m_error->hide();
    m_columns.clear();
    m_loadedPath.clear();
    updateButtons();
    if (path.isEmpty())
        return;
    core::ReaderOptions options;
    options.format = core::FileFormat::Csv;
    m_loader->load(path, options, kPreviewRows);
}

QString RecommendFileDialog::file() const
{
    return m_path->text().trimmed();
}

QString RecommendFileDialog::column(Field field) const
{
    return m_combos[static_cast<std::size_t>(field)]->currentData().toString();
}

void RecommendFileDialog::setColumn(Field field, const QString& column)
{
    QComboBox* combo = m_combos[static_cast<std::size_t>(field)];
    const int index = column.isEmpty() ? 0 : combo->findData(column);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

void RecommendFileDialog::setCutDate(const QString& isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    m_cutCheck->setChecked(date.isValid());
    if (date.isValid())
        m_cut->setDate(date);
}

QString RecommendFileDialog::cutDate() const
{
    return m_cutCheck->isChecked() ? m_cut->date().toString(Qt::ISODate) : QString();
}

QString RecommendFileDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

bool RecommendFileDialog::isErrorVisible() const
{
    return m_error->isVisibleTo(this);
}

void RecommendFileDialog::showError(const QString& text, const QString& details)
{
    m_error->setText(text);
    m_error->setToolTip(details);
    m_error->show();
}

void RecommendFileDialog::updateButtons()
{
    bool complete = !m_columns.isEmpty() && !m_loadedPath.isEmpty();
    for (const Field f : {User, Item, Time})
        complete = complete && !column(f).isEmpty();
    m_evaluate->setEnabled(!m_job && complete);
}

bool RecommendFileDialog::evaluate()
{
    if (m_job)
        return false;
    if (m_columns.isEmpty() || m_loadedPath != file()) {
        showError(file().isEmpty() ? tr("Choose a file first.") : tr("The file's columns are not read yet."));
        return false;
    }
    QStringList missing;
    for (const Field f : {User, Item, Time}) {
        if (column(f).isEmpty())
            missing << fieldLabel(f).remove(QLatin1Char('*')).trimmed();
    }
    if (!missing.isEmpty()) {
        showError(tr("Choose the column of: %1.").arg(missing.join(QStringLiteral(", "))));
        return false;
    }
    core::RecommendCsvOptions options;
    options.file.path = file().toStdString();
    options.file.userColumn = column(User).toStdString();
    options.file.itemColumn = column(Item).toStdString();
    options.file.timeColumn = column(Time).toStdString();
    options.file.quantityColumn = column(Quantity).toStdString();
    options.file.priceColumn = column(Price).toStdString();
    options.file.categoryColumn = column(Category).toStdString();
    options.cutDate = cutDate().toStdString();
    options.recommend.top = m_settings.top;
    options.recommend.weights.halfLifeDays = m_settings.halfLifeDays;
    m_error->hide();
    m_result = std::make_shared<QJsonObject>();
    m_job = m_jobs.startRecommendEvaluation(options, m_result);
    setRunning(true);
    return true;
}

void RecommendFileDialog::cancelEvaluation()
{
    if (!m_job)
        return;
    m_jobs.cancel(m_job);
    m_cancel->setEnabled(false);
    m_stage->setText(tr("Cancelling…"));
}

void RecommendFileDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_stage->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_cutCheck->setEnabled(!running);
    m_cut->setEnabled(!running && m_cutCheck->isChecked());
    for (QComboBox* combo : m_combos)
        combo->setEnabled(!running);
    if (running) {
        m_progress->setValue(0);
        m_stage->setText(tr("Starting…"));
    }
    updateButtons();
}

void RecommendFileDialog::onJobFinished(int job, const ModelOutcomePtr& outcome)
{
    if (job != m_job)
        return;
    m_job = 0;
    setRunning(false);
    if (outcome->succeeded) {
        auto view = std::make_shared<RecommendEvaluationView>(RecommendQueries::readEvaluation(*m_result, true));
        emit evaluated(view);
        accept();
        return;
    }
    const QString message = outcome->cancelled ? tr("The evaluation was cancelled.") : outcome->error;
    showError(message, outcome->details);
    emit evaluationFailed(message);
}

void RecommendFileDialog::reject()
{
    // Closing the dialog stops its evaluation: nobody would see the result.
    if (m_job) {
        const int job = m_job;
        m_job = 0;
        m_jobs.cancel(job);
    }
    QDialog::reject();
}

} // namespace kestrel::ui
