#include "pages/score_overview.h"

#include "charts/category_bar_chart.h"
#include "charts/xy_chart.h"
#include "pages/score_chart_data.h"

#include <QtWidgets/QGridLayout>

namespace kestrel::ui {

ScoreOverview::ScoreOverview(QWidget* parent) : QWidget(parent)
{
    m_histogram = CategoryBarChart::create(CategoryBarChart::Orientation::Vertical, format::Kind::Count, this);
    m_histogram->setValueAxisTitle(tr("Users"));
    m_histogram->setCategoryAxisTitle(ScoreChartData::histogramAxisTitle());
    m_histogram->setToolTip(tr("Every scored customer in bins of 0.05, coloured by band: low below 0.3, medium "
                               "0.3 to 0.6, high from 0.6. Click a legend entry to hide or show a band."));
    m_roc = XyChart::create(this);
    m_roc->setToolTip(tr("On the held-out validation window: the share of those with the outcome found (up) "
                         "against the share of the others flagged (right) as the score threshold goes down."));
    m_calibration = XyChart::create(this);
    m_calibration->setTitle(tr("Calibration: predicted and observed"));
    m_calibration->setToolTip(tr("Validation users grouped by score: their mean score against how many really had "
                                 "the outcome. On the diagonal, a score of 0.3 means 30 in 100."));
    m_lift = XyChart::create(this);
    m_lift->setTitle(tr("Lift by decile"));
    m_lift->setToolTip(tr("How many times the average rate the top 10 %, 20 % … of users by score have; hover a "
                          "point for the share of all cases they hold."));
    m_importance = CategoryBarChart::create(CategoryBarChart::Orientation::Horizontal, format::Kind::Number, this);
    m_importance->setTitle(tr("What drives the score"));
    m_importance->setValueAxisTitle(tr("Gain (loss reduction per split)"));
    m_importance->setToolTip(tr("Feature importance: how much the model's splits on each feature improved it."));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 10, 0, 0);
    grid->setSpacing(12);
    grid->addWidget(m_histogram, 0, 0);
    grid->addWidget(m_roc, 0, 1);
    grid->addWidget(m_calibration, 1, 0);
    grid->addWidget(m_lift, 1, 1);
    grid->addWidget(m_importance, 0, 2, 2, 1);
    // The importance chart's feature names need the room.
    grid->setColumnStretch(0, 11);
    grid->setColumnStretch(1, 9);
    grid->setColumnStretch(2, 13);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
}

void ScoreOverview::setRun(const ScoreRunDetail& run)
{
    m_histogram->setTitle(ScoreChartData::histogramTitle(run));
    if (run.histogram.empty())
        m_histogram->showMessage(tr("This run stored no score distribution."));
    else
        m_histogram->setData(ScoreChartData::histogram(run));

    m_roc->setTitle(ScoreChartData::rocTitle(run));
    if (run.roc.empty())
        m_roc->showMessage(tr("This run stored no ROC curve."));
    else
        m_roc->setData(ScoreChartData::roc(run));

    if (run.reliability.empty())
        m_calibration->showMessage(tr("This run stored no calibration curve."));
    else
        m_calibration->setData(ScoreChartData::calibration(run));

    if (run.lift.empty())
        m_lift->showMessage(tr("This run stored no lift by decile."));
    else
        m_lift->setData(ScoreChartData::lift(run));

    if (run.importance.empty())
        m_importance->showMessage(tr("This run stored no feature importance."));
    else
        m_importance->setData(ScoreChartData::importance(run));
}

void ScoreOverview::showMessage(const QString& text)
{
    m_histogram->showMessage(text);
    m_roc->showMessage(text);
    m_calibration->showMessage(text);
    m_lift->showMessage(text);
    m_importance->showMessage(text);
}

} // namespace kestrel::ui
