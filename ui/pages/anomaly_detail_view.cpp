#include "pages/anomaly_detail_view.h"

#include "charts/time_series_chart.h"
#include "models/anomaly_texts.h"

#include <QtCore/QLocale>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

#include <cmath>

namespace kestrel::ui {

AnomalyDetailView::AnomalyDetailView(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("anomalyDetail"));
    m_chart = TimeSeriesChart::create(TimeSeriesChart::Style::Line, format::Kind::Count, this);
    m_chart->setObjectName(QStringLiteral("anomalyChart"));
    m_chart->showMessage(tr("Select an anomaly to see its metric around that day."));
    m_chart->setMinimumHeight(240);

    auto* panel = new QFrame(this);
    panel->setObjectName(QStringLiteral("card"));
    m_title = new QLabel(panel);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setWordWrap(true);
    m_facts = new QLabel(panel);
    m_facts->setObjectName(QStringLiteral("anomalyFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_review = new QLabel(panel);
    m_review->setObjectName(QStringLiteral("hint"));
    m_review->setWordWrap(true);
    m_note = new QLineEdit(panel);
    m_note->setObjectName(QStringLiteral("anomalyNote"));
    m_note->setPlaceholderText(tr("Note (optional): what happened that day"));
    m_note->setClearButtonEnabled(true);
    m_note->setMaxLength(500);
    m_accept = new QPushButton(tr("Accept"), panel);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setToolTip(tr("The anomaly is real and understood; it stays marked on the Dashboard in grey."));
    m_dismiss = new QPushButton(tr("Dismiss"), panel);
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setToolTip(tr("Not worth attention (e.g. a known artefact); no longer marked on the Dashboard."));
    m_reset = new QPushButton(tr("Back to review"), panel);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_reset->setToolTip(tr("Undo the review: the anomaly is to review again."));

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    auto* side = new QVBoxLayout(panel);
    side->setContentsMargins(14, 12, 14, 12);
    side->setSpacing(8);
    side->addWidget(m_title);
    side->addWidget(m_facts);
    side->addWidget(m_review);
    side->addStretch(1);
    side->addWidget(m_note);
    side->addLayout(buttons);
    panel->setMinimumWidth(340);
    panel->setMaximumWidth(460);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_chart, 3);
    layout->addWidget(panel, 2);

    connect(m_accept, &QPushButton::clicked, this, &AnomalyDetailView::acceptRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &AnomalyDetailView::dismissRequested);
    connect(m_reset, &QPushButton::clicked, this, &AnomalyDetailView::resetRequested);
    setSelection(nullptr, 0);
}

void AnomalyDetailView::setSelection(const AnomalyRow* r, int selected)
{
    m_selected = selected;
    m_currentStatus = r ? r->status : QString();
    if (!r) {
        m_title->setText(tr("No anomaly selected"));
        m_facts->setText(tr("Select one or more rows above to review them."));
        m_review->clear();
        m_chart->showMessage(tr("Select an anomaly to see its metric around that day."));
        updateButtons();
        return;
    }
    const QLocale locale;
    m_title->setText(tr("%1 on %2")
                         .arg(AnomalyTexts::metric(r->metric, r->eventType),
                              locale.toString(r->day, QStringLiteral("dddd, d MMMM yyyy"))));
    m_facts->setText(tr("%1: %2, expected about %3 (%4).\nNormal range %5 – %6; score %7, severity %8.")
                         .arg(AnomalyTexts::direction(r->direction), AnomalyTexts::value(r->metric, r->value),
                              AnomalyTexts::value(r->metric, r->baseline), AnomalyTexts::deviation(r->deviation()),
                              AnomalyTexts::value(r->metric, std::max(0.0, r->lowerBound)),
                              AnomalyTexts::value(r->metric, r->upperBound), locale.toString(r->score, 'f', 2),
                              AnomalyTexts::severity(r->severity).toLower()));
    QString review;
    if (r->status == QLatin1String("new"))
        review = tr("To review · found by run %1").arg(r->runId);
    else
        review = tr("%1 by %2, %3")
                     .arg(AnomalyTexts::status(r->status), r->reviewedBy,
                          locale.toString(r->reviewedAt.toLocalTime(), QLocale::ShortFormat));
    if (!r->note.isEmpty())
        review += QStringLiteral("\n") + tr("Note: %1").arg(r->note);
    if (selected > 1)
        review += QStringLiteral("\n") + tr("%n rows selected: the buttons act on all of them.", nullptr, selected);
    m_review->setText(review);
    updateButtons();
}

void AnomalyDetailView::setProfile(const AnomalyProfile& p)
{
    if (p.days.empty()) {
        m_chart->showMessage(tr("No data for this metric around that day."));
        return;
    }
    const QString name = AnomalyTexts::metric(p.metric, p.eventType);
    m_chart->setTitle(tr("%1, day by day").arg(name));
    m_chart->setValueKind(AnomalyTexts::valueKind(p.metric));
    std::vector<double> values;
    for (const double v : p.values)
        values.push_back(std::isfinite(v) ? v : 0.0); // a day with too few sessions for a share
    m_chart->setColumns({p.days, {{name, std::move(values), QColor(0x25, 0x63, 0xeb)}}});
    m_chart->setBand(ChartBand{tr("Expected range"), p.lower, p.upper, QColor()});
    std::vector<ChartMarker> marks;
    for (const AnomalyMark& m : p.marks)
        marks.push_back({m.day, 0, AnomalyTexts::markColor(m.status),
                         AnomalyTexts::markTooltip(p.metric, m.value, m.baseline, m.score, m.direction, m.status)});
    m_chart->setMarkers(std::move(marks));
}

void AnomalyDetailView::showChartMessage(const QString& text)
{
    m_chart->showMessage(text);
}

void AnomalyDetailView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

QString AnomalyDetailView::noteText() const
{
    return m_note->text().trimmed();
}

void AnomalyDetailView::clearNote()
{
    m_note->clear();
}

void AnomalyDetailView::updateButtons()
{
    const bool any = m_selected > 0 && !m_busy;
    const bool many = m_selected > 1;
    m_accept->setEnabled(any && (many || m_currentStatus != QLatin1String("accepted")));
    m_dismiss->setEnabled(any && (many || m_currentStatus != QLatin1String("dismissed")));
    m_reset->setEnabled(any && (many || m_currentStatus != QLatin1String("new")));
    m_note->setEnabled(m_selected > 0);
}

} // namespace kestrel::ui
