#include "pages/anomaly_run_bar.h"

#include "customers/anomaly_service.h"
#include "widgets/run_buttons.h"

#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

#include <algorithm>
#include <cmath>

namespace kestrel::ui {
namespace {

QLabel* fieldLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("filterLabel"));
    return label;
}

} // namespace

AnomalyRunBar::AnomalyRunBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("filterBar"));

    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setRange(1.0, 50.0);
    m_threshold->setDecimals(1);
    m_threshold->setSingleStep(0.5);
    m_threshold->setValue(3.5);
    m_threshold->setToolTip(tr("A day is an anomaly when it is this many usual spreads away from its baseline (a "
                               "robust z-score; 3.5 by default). Higher: fewer, larger anomalies."));

    m_weeks = new QSpinBox(this);
    m_weeks->setObjectName(QStringLiteral("weeksSpin"));
    m_weeks->setRange(4, 52);
    m_weeks->setValue(8);
    m_weeks->setSuffix(tr(" wk."));
    m_weeks->setToolTip(tr("A day's baseline is the median of the same weekday in this many weeks before it; at "
                           "least 4 of them must have data (4 to 52)."));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("anomalyProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(140);
    m_progress->hide();
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("filterStatus"));
    m_stage->hide();

    m_buttons = new RunButtons(tr("Check every day of revenue, orders, new users, conversion and events by type "
                                  "against its weekday baseline; the anomalies are stored, reviews are kept."),
                               tr("Stop the run; the anomalies stored before stay."), this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(fieldLabel(tr("Threshold"), this));
    layout->addWidget(m_threshold);
    layout->addSpacing(10);
    layout->addWidget(fieldLabel(tr("Baseline"), this));
    layout->addWidget(m_weeks);
    layout->addStretch(1);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &RunButtons::runRequested, this, &AnomalyRunBar::runRequested);
    connect(m_buttons, &RunButtons::cancelRequested, this, &AnomalyRunBar::cancelRequested);
}

core::AnomalyRunOptions AnomalyRunBar::options() const
{
    core::AnomalyRunOptions o;
    o.threshold = std::round(m_threshold->value() * 10.0) / 10.0; // 3.5, not 3.4999…
    o.weeks = m_weeks->value();
    return o;
}

void AnomalyRunBar::setRunning(bool running)
{
    m_buttons->setRunning(running);
    m_threshold->setEnabled(!running);
    m_weeks->setEnabled(!running);
    m_progress->setVisible(running);
    m_stage->setVisible(running);
    if (running) {
        m_progress->setValue(0);
        m_stage->setText(tr("Starting…"));
    }
}

bool AnomalyRunBar::isRunning() const
{
    return m_buttons->isRunning();
}

void AnomalyRunBar::setRunEnabled(bool enabled)
{
    m_buttons->setRunEnabled(enabled);
}

void AnomalyRunBar::setProgress(double fraction, const QString& text)
{
    m_progress->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 100.0)));
    if (!text.isEmpty())
        m_stage->setText(text);
}

QString AnomalyRunBar::progressText() const
{
    return m_stage->text();
}

QPushButton* AnomalyRunBar::runButton() const
{
    return m_buttons->runButton();
}

QPushButton* AnomalyRunBar::cancelButton() const
{
    return m_buttons->cancelButton();
}

} // namespace kestrel::ui
