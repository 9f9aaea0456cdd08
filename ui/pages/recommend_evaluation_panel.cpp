#include "pages/recommend_evaluation_panel.h"

#include "charts/category_bar_chart.h"
#include "models/ltv_texts.h"
#include "models/recommend_evaluation_model.h"
#include "models/recommend_texts.h"
#include "pages/recommend_chart_data.h"
#include "widgets/data_table_view.h"
#include "widgets/info_tiles.h"
#include "widgets/segmented_switch.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

constexpr int kChartHeight = 340;

QString count(std::int64_t n)
{
    return format::count(static_cast<double>(n));
}

/// A long file name shortened in the middle for the switch.
QString elided(const QString& name)
{
    constexpr int kMax = 36;
    if (name.size() <= kMax)
        return name;
    return name.left(kMax / 2 - 1) + QStringLiteral("…") + name.right(kMax / 2 - 1);
}

} // namespace

RecommendEvaluationPanel::RecommendEvaluationPanel(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("Offline evaluation"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_switch = new SegmentedSwitch(this);
    m_switch->setObjectName(QStringLiteral("evaluationSourceSwitch"));
    m_switch->addOption(kDatabase, tr("This database"),
                        tr("The evaluation the run made on this database's own history"));
    m_switch->addOption(kFile, tr("Transactions file"), tr("Evaluate a transactions file first"));
    m_switch->setOptionEnabled(kFile, false);
    m_fileButton = new QPushButton(tr("Evaluate a transactions file…"), this);
    m_fileButton->setObjectName(QStringLiteral("evaluateFileButton"));
    m_fileButton->setToolTip(tr("Measure the same recommender on a CSV of purchases (user, product, time), e.g. "
                                "an export of another shop; nothing is written to the database."));
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(title);
    row->addWidget(m_switch);
    row->addStretch(1);
    row->addWidget(m_fileButton);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("hint"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tiles = new InfoTiles(this);
    m_tiles->setObjectName(QStringLiteral("evaluationTiles"));
    m_tiles->add(tr("Hybrid NDCG vs popularity"),
                 tr("The hybrid's NDCG against plain popularity's (the all-time best sellers for everyone): ×1.5 "
                    "means its lists put what users then bought 50% better near the top."));
    m_tiles->add(tr("Hybrid precision"), tr("Of the products on the hybrid's lists, the share the users then bought."));
    m_tiles->add(tr("Cut date"),
                 tr("The models learn from everything before this day and are tested on purchases from it on."));
    m_tiles->add(tr("Test users"), tr("Users who bought something on or after the cut date: the lists are scored "
                                      "against what they bought."));

    m_metrics = CategoryBarChart::create(CategoryBarChart::Orientation::Vertical, format::Kind::Number, this);
    m_metrics->setObjectName(QStringLiteral("evaluationMetricsChart"));
    m_metrics->setValueAxisTitle(tr("Mean over the test users"));
    m_metrics->setToolTip(tr("Higher is better for every measure. Click a legend entry to hide or show a model."));
    m_metrics->setMinimumHeight(kChartHeight);
    m_coverage = CategoryBarChart::create(CategoryBarChart::Orientation::Horizontal, format::Kind::Ratio, this);
    m_coverage->setObjectName(QStringLiteral("evaluationCoverageChart"));
    m_coverage->setTitle(tr("Catalogue coverage"));
    m_coverage->setValueAxisTitle(tr("Share of the products seen in training"));
    m_coverage->setToolTip(tr("How much of the catalogue each model's lists use: popularity shows everybody the "
                              "same few products, a personal model spreads over more of them."));
    m_coverage->setMinimumHeight(kChartHeight);

    m_tableModel = new RecommendEvaluationModel(this);
    m_table = new DataTableView(this);
    m_table->setObjectName(QStringLiteral("evaluationTable"));
    m_table->setModel(m_tableModel);
    m_table->setExportBaseName(QStringLiteral("recommender-evaluation"));
    QTableView* view = m_table->tableView();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setStretchLastSection(true);

    // The metrics chart holds four groups of five bars and a legend beside them: a row of its own.
    // Coverage and the exact numbers share the row under it.
    auto* lower = new QHBoxLayout;
    lower->setSpacing(12);
    lower->addWidget(m_coverage, 2);
    lower->addWidget(m_table, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(row);
    layout->addWidget(m_description);
    layout->addWidget(m_tiles);
    layout->addWidget(m_metrics);
    layout->addLayout(lower);

    connect(m_switch, &SegmentedSwitch::currentChanged, this, &RecommendEvaluationPanel::refresh);
    connect(m_fileButton, &QPushButton::clicked, this, &RecommendEvaluationPanel::fileEvaluationRequested);
    refresh();
}

void RecommendEvaluationPanel::setDatabaseEvaluation(bool hasRun,
                                                     const std::optional<RecommendEvaluationView>& evaluation,
                                                     const QString& note)
{
    m_hasRun = hasRun;
    m_database = evaluation;
    m_databaseNote = note;
    if (!hasRun && m_file)
        m_switch->setCurrent(kFile);
    m_switch->setOptionEnabled(kDatabase, hasRun);
    refresh();
}

void RecommendEvaluationPanel::setFileEvaluation(RecommendEvaluationPtr evaluation)
{
    m_file = std::move(evaluation);
    QAbstractButton* button = m_switch->button(kFile);
    if (m_file) {
        button->setText(elided(m_file->label));
        button->setToolTip(tr("The evaluation of %1").arg(m_file->filePath));
    }
    m_switch->setOptionEnabled(kFile, m_file != nullptr);
    m_switch->setCurrent(m_file ? kFile : kDatabase);
    refresh();
}

void RecommendEvaluationPanel::showSource(const QString& key)
{
    m_switch->setCurrent(key);
    refresh();
}

QString RecommendEvaluationPanel::currentSource() const
{
    return m_switch->current();
}

const RecommendEvaluationView* RecommendEvaluationPanel::shown() const
{
    if (m_switch->current() == kFile)
        return m_file.get();
    return m_database ? &*m_database : nullptr;
}

QString RecommendEvaluationPanel::descriptionText() const
{
    return m_description->text();
}

void RecommendEvaluationPanel::refresh()
{
    if (const RecommendEvaluationView* e = shown()) {
        showEvaluation(*e);
        return;
    }
    if (m_switch->current() == kFile)
        showNothing(tr("No file evaluated yet."));
    else if (!m_hasRun)
        showNothing(tr("No recommender run in this database yet: press Run, or evaluate a transactions file."));
    else
        showNothing(m_databaseNote.isEmpty() ? tr("This run stored no evaluation.")
                                             : tr("No evaluation in this run: %1").arg(m_databaseNote));
}

void RecommendEvaluationPanel::showNothing(const QString& message)
{
    m_description->setText(message);
    m_tiles->clear();
    m_metrics->setTitle(QString());
    m_metrics->showMessage(message);
    m_coverage->showMessage(tr("No data"));
    m_tableModel->clear();
}

void RecommendEvaluationPanel::showEvaluation(const RecommendEvaluationView& e)
{
    const QString cut = LtvTexts::date(e.cutDate);
    QString text;
    if (e.fromFile) {
        QStringList features;
        for (const QString& f : e.contentFeatures)
            features << RecommendTexts::contentFeature(f);
        text = tr("%1: %2 rows, %3 purchases, %4 returns; %5 users and %6 products; purchases from %7 to %8.")
                   .arg(e.label, count(e.rows), count(e.purchases), count(e.returns), count(e.users), count(e.items),
                        LtvTexts::date(e.firstDate), LtvTexts::date(e.lastDate));
        if (e.skippedNoUser > 0)
            text += QLatin1Char(' ') +
                    tr("%Ln rows without a user were skipped.", nullptr, static_cast<int>(e.skippedNoUser));
        text += QLatin1Char(' ') + (features.isEmpty()
                                        ? tr("The content part had no product attributes in this file.")
                                        : tr("The content part used: %1.").arg(features.join(QStringLiteral(", "))));
        text += QLatin1Char(' ') +
                tr("Evaluated in %1.").arg(LtvTexts::duration(static_cast<double>(e.durationMs) / 1000.0));
    } else {
        text = tr("Trained on this database's history before %1 and tested on what %2 users bought from then on; the "
                  "first %n products of every list count.",
                  nullptr, e.k)
                   .arg(cut, count(e.testUsers));
    }
    m_description->setText(text);

    const RecommendModelScores& hybrid = e.model(RecommendModelKind::Hybrid);
    const RecommendModelScores& popular = e.model(RecommendModelKind::Popularity);
    const QLocale locale;
    if (const auto lift = RecommendChartData::ndcgLift(e))
        m_tiles->set(Lift, tr("×%1").arg(locale.toString(*lift, 'f', 2)),
                     tr("NDCG@%1 %2 vs %3")
                         .arg(QString::number(e.k), format::decimal(hybrid.ndcg, 3), format::decimal(popular.ndcg, 3)));
    else
        m_tiles->set(
            Lift, QStringLiteral("—"),
            hybrid.present
                ? tr("NDCG@%1 %2; popularity found nothing").arg(QString::number(e.k), format::decimal(hybrid.ndcg, 3))
                : QString());
    m_tiles->set(Precision, hybrid.present ? format::percent(hybrid.precision, 1) : QStringLiteral("—"),
                 hybrid.present ? tr("at %1; recall %2").arg(QString::number(e.k), format::percent(hybrid.recall, 1))
                                : QString());
    m_tiles->set(CutDate, cut,
                 e.defaultCut ? tr("the last %n days are the test", nullptr, e.testDays)
                              : tr("chosen for this evaluation"));
    m_tiles->set(TestUsers, count(e.testUsers),
                 e.coldTestUsers > 0 ? tr("%1 of them new before the cut").arg(count(e.coldTestUsers))
                                     : tr("%1 purchases to find").arg(count(e.testPurchases)));

    m_metrics->setTitle(e.fromFile ? tr("Ranking quality on %1 (top %2)").arg(e.label, QString::number(e.k))
                                   : tr("Ranking quality on this database (top %1)").arg(e.k));
    m_metrics->setData(RecommendChartData::metrics(e));
    m_coverage->setTitle(e.fromFile ? tr("Catalogue coverage on %1").arg(e.label) : tr("Catalogue coverage"));
    m_coverage->setData(RecommendChartData::coverage(e));
    m_tableModel->setEvaluation(e);
    QTableView* view = m_table->tableView();
    for (int c = 0; c < RecommendEvaluationModel::ColumnCount - 1; ++c)
        view->resizeColumnToContents(c);
}

} // namespace kestrel::ui
