#include "pages/pricing_run_bar.h"

#include "customers/elasticity_service.h"
#include "widgets/run_buttons.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

#include <algorithm>
#include <cmath>

namespace kestrel::ui {

PricingRunBar::PricingRunBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("filterBar"));

    auto* label = new QLabel(tr("Own estimate for products with"), this);
    label->setObjectName(QStringLiteral("filterLabel"));
    m_minWeeks = new QSpinBox(this);
    m_minWeeks->setObjectName(QStringLiteral("minWeeksSpin"));
    m_minWeeks->setRange(2, 520);
    m_minWeeks->setValue(core::PriceElasticityOptions{}.minWeeks);
    m_minWeeks->setSuffix(tr(" weeks of sales"));
    m_minWeeks->setKeyboardTracking(false);
    m_minWeeks->setToolTip(tr("A product gets its own elasticity when it sold in at least this many weeks, at two "
                              "or more prices (2 to 520). Every category gets one from all its products."));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("pricingProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(140);
    m_progress->hide();
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("filterStatus"));
    m_stage->hide();

    m_buttons = new RunButtons(tr("Estimate the price elasticity of every category and of products with enough "
                                  "weeks of sales; the result is stored as a new run."),
                               tr("Stop the run; the estimates stored before stay."), this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_minWeeks);
    layout->addStretch(1);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &RunButtons::runRequested, this, &PricingRunBar::runRequested);
    connect(m_buttons, &RunButtons::cancelRequested, this, &PricingRunBar::cancelRequested);
}

core::PriceElasticityOptions PricingRunBar::options() const
{
    core::PriceElasticityOptions o;
    o.minWeeks = m_minWeeks->value();
    return o;
}

void PricingRunBar::setRunning(bool running)
{
    m_buttons->setRunning(running);
    m_minWeeks->setEnabled(!running);
    m_progress->setVisible(running);
    m_stage->setVisible(running);
    if (running) {
        m_progress->setValue(0);
        m_stage->setText(tr("Starting…"));
    }
}

bool PricingRunBar::isRunning() const
{
    return m_buttons->isRunning();
}

void PricingRunBar::setRunEnabled(bool enabled)
{
    m_buttons->setRunEnabled(enabled);
}

void PricingRunBar::setProgress(double fraction, const QString& text)
{
    m_progress->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 100.0)));
    if (!text.isEmpty())
        m_stage->setText(text);
}

QString PricingRunBar::progressText() const
{
    return m_stage->text();
}

QPushButton* PricingRunBar::runButton() const
{
    return m_buttons->runButton();
}

QPushButton* PricingRunBar::cancelButton() const
{
    return m_buttons->cancelButton();
}

} // namespace kestrel::ui
