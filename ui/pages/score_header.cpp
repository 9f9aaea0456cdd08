#include "pages/score_header.h"

#include "import/load_texts.h"
#include "models/score_texts.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

constexpr int index(ScoreHeader::Stat s)
{
    return static_cast<int>(s);
}

QString metricText(const std::optional<double>& v)
{
    return v ? QLocale().toString(*v, 'f', 3) : QStringLiteral("—");
}

} // namespace

ScoreHeader::ScoreHeader(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("scoreHeader"));

    m_model = new QLabel(this);
    m_model->setObjectName(QStringLiteral("scoreModel"));
    m_model->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model->setWordWrap(true); // the churn definition is long in some languages
    m_dates = new QLabel(this);
    m_dates->setObjectName(QStringLiteral("scoreDates"));
    m_dates->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dates->setWordWrap(true);
    m_showNewest = new QPushButton(tr("Show newest"), this);
    m_showNewest->setObjectName(QStringLiteral("showNewestButton"));
    m_showNewest->setToolTip(tr("An older run is shown; go back to the newest one."));
    m_showNewest->hide();
    connect(m_showNewest, &QPushButton::clicked, this, &ScoreHeader::showNewestRequested);

    auto* text = new QVBoxLayout;
    text->setSpacing(3);
    text->addStretch(1);
    auto* modelRow = new QHBoxLayout;
    modelRow->setSpacing(8);
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_showNewest);
    text->addLayout(modelRow);
    text->addWidget(m_dates);
    text->addStretch(1);

    struct Tile {
        Stat stat;
        const char* title;
        const char* tip;
    };
    static const Tile tiles[] = {
        {Stat::RocAuc, QT_TR_NOOP("ROC-AUC"),
         QT_TR_NOOP("How well the scores rank those with the outcome above the others, on a held-out window the "
                    "model never saw: 0.5 is chance, 1 is perfect.")},
        {Stat::PrAuc, QT_TR_NOOP("PR-AUC"),
         QT_TR_NOOP("Average precision on the held-out window: how pure the top of the list is. Compare it with "
                    "the share of users with the outcome, which is what chance gives.")},
        {Stat::LogLoss, QT_TR_NOOP("Log-loss"),
         QT_TR_NOOP("How far the scores are from what happened, as probabilities, on the held-out window; lower "
                    "is better.")},
        {Stat::Users, QT_TR_NOOP("Users scored"), QT_TR_NOOP("Customers who got a score in this run.")},
        {Stat::Duration, QT_TR_NOOP("Run time"), QT_TR_NOOP("From the start of the run to its scores being stored.")},
        {Stat::RunId, QT_TR_NOOP("Run"), QT_TR_NOOP("The run's id in ml.model_runs.")},
    };
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(14, 8, 10, 8);
    row->setSpacing(8);
    row->addLayout(text, 1);
    for (const Tile& t : tiles) {
        auto* tile = new QFrame(this);
        tile->setObjectName(QStringLiteral("statTile"));
        tile->setToolTip(tr(t.tip));
        auto* title = new QLabel(tr(t.title), tile);
        title->setObjectName(QStringLiteral("statTitle"));
        auto* value = new QLabel(QStringLiteral("—"), tile);
        value->setObjectName(QStringLiteral("statValue"));
        auto* box = new QVBoxLayout(tile);
        box->setContentsMargins(12, 5, 12, 6);
        box->setSpacing(0);
        box->addWidget(title);
        box->addWidget(value);
        row->addWidget(tile);
        m_values[static_cast<std::size_t>(index(t.stat))] = value;
        m_tiles[static_cast<std::size_t>(index(t.stat))] = tile;
    }
}

void ScoreHeader::setRun(const ScoreRunDetail& run, std::int64_t newestRunId)
{
    const ScoreRunInfo& i = run.info;
    QStringList model;
    model << QStringLiteral("<b>%1</b>").arg(ScoreTexts::modelName(i.model).toHtmlEscaped());
    model << ScoreTexts::windowText(i.model, i.windowDays).toHtmlEscaped();
    model << ScoreTexts::modeName(i.mode).toHtmlEscaped();
    m_model->setText(model.join(QStringLiteral(" · ")));
    m_model->setToolTip(
        tr("Seed %1 · %n rounds (trees) of depth %2", nullptr, run.rounds).arg(run.seed).arg(run.maxDepth));

    QStringList dates;
    dates << tr("Trained as of %1 (%2 users)")
                 .arg(format::instant(run.trainAsOf), format::count(static_cast<double>(run.trainRows)));
    dates << tr("validated as of %1 (%2 users, %3)")
                 .arg(format::instant(run.validAsOf), format::count(static_cast<double>(run.validRows)),
                      ScoreTexts::positiveRate(i.model, run.validPositiveRate));
    dates << tr("scored as of %1").arg(format::instant(run.scoreAsOf.isEmpty() ? i.asOf : run.scoreAsOf));
    m_dates->setText(dates.join(QStringLiteral(" · ")));
    m_dates->setToolTip(i.finishedAt.isValid()
                            ? tr("Finished %1").arg(QLocale().toString(i.finishedAt.toLocalTime(), QLocale::LongFormat))
                            : QString());

    const auto set = [this](Stat s, const QString& text) {
        m_values[static_cast<std::size_t>(index(s))]->setText(text);
    };
    set(Stat::RocAuc, metricText(i.rocAuc));
    set(Stat::PrAuc, metricText(i.prAuc));
    set(Stat::LogLoss, metricText(i.logLoss));
    set(Stat::Users, format::count(static_cast<double>(i.scoredUsers)));
    set(Stat::Duration, LoadTexts::duration(static_cast<double>(i.durationMs) / 1000.0));
    set(Stat::RunId, QString::number(i.runId));
    m_tiles[static_cast<std::size_t>(index(Stat::PrAuc))]->setToolTip(
        tr("Average precision on the held-out window: how pure the top of the list is. Chance gives the share of "
           "users with the outcome, here %1.")
            .arg(format::percent(run.validPositiveRate, 1)));
    m_tiles[static_cast<std::size_t>(index(Stat::Duration))]->setToolTip(
        tr("Features %1 · training %2 · scoring %3")
            .arg(LoadTexts::duration(run.featureSeconds), LoadTexts::duration(run.trainSeconds),
                 LoadTexts::duration(run.scoreSeconds)));
    m_showNewest->setVisible(newestRunId != 0 && newestRunId != i.runId);
}

void ScoreHeader::clear()
{
    m_model->clear();
    m_dates->clear();
    for (QLabel* v : m_values)
        v->setText(QStringLiteral("—"));
    m_showNewest->hide();
}

QString ScoreHeader::statText(Stat stat) const
{
    return m_values[static_cast<std::size_t>(index(stat))]->text();
}

QString ScoreHeader::modelText() const
{
    return m_model->text();
}

QString ScoreHeader::datesText() const
{
    return m_dates->text();
}

} // namespace kestrel::ui
