#include "pages/recommend_run_bar.h"

#include "customers/recommend_service.h"
#include "widgets/run_buttons.h"

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

RecommendRunBar::RecommendRunBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("filterBar"));

    m_top = new QSpinBox(this);
    m_top->setObjectName(QStringLiteral("topSpin"));
    m_top->setRange(1, 100);
    m_top->setValue(10);
    m_top->setKeyboardTracking(false);
    m_top->setToolTip(tr("How many products each user's list holds (1 to 100); the evaluation measures the first "
                         "this many."));

    m_halfLife = new QSpinBox(this);
    m_halfLife->setObjectName(QStringLiteral("halfLifeSpin"));
    m_halfLife->setRange(1, 3650);
    m_halfLife->setValue(60);
    m_halfLife->setSuffix(tr(" d"));
    m_halfLife->setKeyboardTracking(false);
    m_halfLife->setToolTip(tr("Views, carts and purchases lose half their weight every this many days, so recent "
                              "interest counts more (1 to 3650 days)."));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("recommendProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(140);
    m_progress->hide();
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("filterStatus"));
    m_stage->hide();

    m_buttons = new RunButtons(tr("Recommend products to every user and evaluate the recommender on the last weeks "
                                  "of data; the result is stored as a new run."),
                               tr("Stop the run; the recommendations stored before stay."), this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(fieldLabel(tr("Products per user"), this));
    layout->addWidget(m_top);
    layout->addSpacing(10);
    layout->addWidget(fieldLabel(tr("Half-life"), this));
    layout->addWidget(m_halfLife);
    layout->addStretch(1);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &RunButtons::runRequested, this, &RecommendRunBar::runRequested);
    connect(m_buttons, &RunButtons::cancelRequested, this, &RecommendRunBar::cancelRequested);
}

RecommendRunSettings RecommendRunBar::settings() const
{
    return {m_top->value(), m_halfLife->value()};
}

core::RecommendServiceOptions RecommendRunBar::options() const
{
    core::RecommendServiceOptions o;
    o.top = m_top->value();
    o.halfLifeDays = m_halfLife->value();
    return o;
}

void RecommendRunBar::setRunning(bool running)
{
    m_buttons->setRunning(running);
    m_top->setEnabled(!running);
    m_halfLife->setEnabled(!running);
    m_progress->setVisible(running);
    m_stage->setVisible(running);
    if (running) {
        m_progress->setValue(0);
        m_stage->setText(tr("Starting…"));
    }
}

bool RecommendRunBar::isRunning() const
{
    return m_buttons->isRunning();
}

void RecommendRunBar::setRunEnabled(bool enabled)
{
    m_buttons->setRunEnabled(enabled);
}

void RecommendRunBar::setProgress(double fraction, const QString& text)
{
    m_progress->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 100.0)));
    if (!text.isEmpty())
        m_stage->setText(text);
}

QString RecommendRunBar::progressText() const
{
    return m_stage->text();
}

QPushButton* RecommendRunBar::runButton() const
{
    return m_buttons->runButton();
}

QPushButton* RecommendRunBar::cancelButton() const
{
    return m_buttons->cancelButton();
}

} // namespace kestrel::ui
