#include "pages/score_drift_view.h"

#include "charts/category_bar_chart.h"
#include "models/score_texts.h"
#include "pages/score_chart_data.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

#include <cmath>

namespace kestrel::ui {
namespace {

QLabel* figureLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("driftFigure"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ScoreDriftView::ScoreDriftView(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("driftView"));

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("driftHeadline"));
    m_headline->setWordWrap(true);

    m_figures = new QWidget(this);
    m_mean = figureLabel(m_figures);
    m_psi = figureLabel(m_figures);
    m_psi->setToolTip(tr("Population stability index over the 20 score bins: below 0.1 the distribution is "
                         "stable, 0.1–0.25 a moderate shift, above 0.25 a large shift worth a look."));
    m_bandChange = figureLabel(m_figures);
    m_matrixTitle = new QLabel(tr("Users by band: rows run A, columns run B"), m_figures);
    m_matrixTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_matrix = new QWidget(m_figures);
    m_matrix->setObjectName(QStringLiteral("bandMatrix"));
    auto* grid = new QGridLayout(m_matrix);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(2);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < 3; ++i) {
        m_rowHeads[i] = new QLabel(m_matrix);
        m_rowHeads[i]->setObjectName(QStringLiteral("bandHead"));
        m_colHeads[i] = new QLabel(m_matrix);
        m_colHeads[i]->setObjectName(QStringLiteral("bandHead"));
        m_colHeads[i]->setAlignment(Qt::AlignCenter);
        grid->addWidget(m_rowHeads[i], i + 1, 0);
        grid->addWidget(m_colHeads[i], 0, i + 1);
        for (int j = 0; j < 3; ++j) {
            auto* cell = new QLabel(m_matrix);
            cell->setObjectName(i == j ? QStringLiteral("bandStay") : QStringLiteral("bandMove"));
            cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setMinimumWidth(76);
            m_cells[i][j] = cell;
            grid->addWidget(cell, i + 1, j + 1);
        }
    }
    auto* figures = new QVBoxLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setSpacing(6);
    figures->addWidget(m_mean);
    figures->addWidget(m_psi);
    figures->addWidget(m_bandChange);
    figures->addSpacing(6);
    figures->addWidget(m_matrixTitle);
    figures->addWidget(m_matrix, 0, Qt::AlignLeft);
    figures->addStretch(1);

    m_chart = CategoryBarChart::create(CategoryBarChart::Orientation::Vertical, format::Kind::Ratio, this);
    m_chart->setTitle(tr("Score distributions"));
    m_chart->setValueAxisTitle(tr("Share of users"));
    m_chart->setCategoryAxisTitle(tr("Score"));

    auto* body = new QHBoxLayout;
    body->setSpacing(14);
    body->addWidget(m_figures, 2);
    body->addWidget(m_chart, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 10, 10);
    layout->setSpacing(8);
    layout->addWidget(m_headline);
    layout->addLayout(body, 1);

    showMessage(tr("Select two succeeded runs in the table above and press Compare to see how the scores moved."));
}

void ScoreDriftView::showMessage(const QString& text)
{
    m_drift.reset();
    m_headline->setText(text);
    m_figures->hide();
    m_chart->hide();
}

void ScoreDriftView::setDrift(const core::ScoreDrift& d)
{
    m_drift = d;
    const QLocale locale;
    m_headline->setText(tr("<b>Run %1 → run %2</b> · %3 users in run %1, %4 in run %2, %5 in both")
                            .arg(d.runA)
                            .arg(d.runB)
                            .arg(format::count(static_cast<double>(d.usersA)),
                                 format::count(static_cast<double>(d.usersB)),
                                 format::count(static_cast<double>(d.common))));
    m_mean->setText(tr("Mean score: <b>%1 → %2</b> (%3)")
                        .arg(locale.toString(d.meanA, 'f', 3), locale.toString(d.meanB, 'f', 3),
                             (d.meanB >= d.meanA ? QStringLiteral("+") : QStringLiteral("−")) +
                                 locale.toString(std::abs(d.meanB - d.meanA), 'f', 3)));
    m_psi->setText(tr("PSI: <b>%1</b> — %2").arg(locale.toString(d.psi, 'f', 3), ScoreTexts::psiVerdict(d.psi)));
    m_bandChange->setText(
        tr("Users changing band: <b>%1</b> of the users in both runs").arg(format::percent(d.bandChangeShare, 1)));
    for (int i = 0; i < 3; ++i) {
        m_rowHeads[i]->setText(tr("A: %1").arg(ScoreTexts::bandName(i)));
        m_colHeads[i]->setText(tr("B: %1").arg(ScoreTexts::bandName(i)));
        m_rowHeads[i]->setToolTip(ScoreTexts::bandRange(i));
        m_colHeads[i]->setToolTip(ScoreTexts::bandRange(i));
        for (int j = 0; j < 3; ++j) {
            const std::int64_t n = d.bandMoves[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
            m_cells[i][j]->setText(format::count(static_cast<double>(n)));
            m_cells[i][j]->setToolTip(tr("%n users: %1 in run %2, %3 in run %4", nullptr, static_cast<int>(n))
                                          .arg(ScoreTexts::bandName(i))
                                          .arg(d.runA)
                                          .arg(ScoreTexts::bandName(j))
                                          .arg(d.runB));
        }
    }
    m_chart->setTitle(tr("Score distributions of runs %1 and %2").arg(d.runA).arg(d.runB));
    m_chart->setData(ScoreChartData::driftHistograms(d));
    m_figures->show();
    m_chart->show();
}

QString ScoreDriftView::headlineText() const
{
    return m_headline->text();
}

QString ScoreDriftView::meanText() const
{
    return m_mean->text();
}

QString ScoreDriftView::psiText() const
{
    return m_psi->text();
}

QString ScoreDriftView::bandChangeText() const
{
    return m_bandChange->text();
}

QString ScoreDriftView::bandMoveText(int from, int to) const
{
    return m_cells[from][to]->text();
}

} // namespace kestrel::ui
