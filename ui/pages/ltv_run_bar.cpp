#include "pages/ltv_run_bar.h"

#include "customers/ltv_service.h"
#include "widgets/run_buttons.h"

#include <QtCore/QSignalBlocker>
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

// LtvService takes a holdout of 7 to 730 days, or 0 for one chosen from the history.
constexpr int kMinHoldout = 7;
constexpr int kMaxHoldout = 730;

} // namespace

LtvRunBar::LtvRunBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("filterBar"));

    m_months = new QSpinBox(this);
    m_months->setObjectName(QStringLiteral("clvMonthsSpin"));
    m_months->setRange(1, 120);
    m_months->setValue(12);
    m_months->setSuffix(tr(" mo."));
    m_months->setToolTip(tr("Predict each customer's value over this many months ahead (1 to 120)."));

    m_discount = new QDoubleSpinBox(this);
    m_discount->setObjectName(QStringLiteral("discountSpin"));
    m_discount->setRange(0.0, 50.0);
    m_discount->setDecimals(1);
    m_discount->setSingleStep(0.5);
    m_discount->setValue(1.0);
    m_discount->setSuffix(tr(" %"));
    m_discount->setToolTip(tr("Money next month is worth this much less than today: future purchases are discounted "
                              "by this rate per month (0 to 50 %)."));

    m_holdout = new QSpinBox(this);
    m_holdout->setObjectName(QStringLiteral("holdoutSpin"));
    m_holdout->setRange(0, kMaxHoldout);
    m_holdout->setValue(0);
    m_holdout->setSpecialValueText(tr("auto"));
    m_holdout->setSuffix(tr(" d"));
    m_holdout->setKeyboardTracking(false); // a typed "30" is not taken for 3 on the way
    m_holdout->setToolTip(tr("The model is fitted again on the history before the last N days and checked against "
                             "what customers did in those days (7 to 730). Auto: a quarter of the history, 7 to 90 "
                             "days."));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("ltvProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(140);
    m_progress->hide();
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("filterStatus"));
    m_stage->hide();

    m_buttons =
        new RunButtons(tr("Calculate historical and predicted LTV for every customer; the result is stored as a "
                          "new run."),
                       tr("Stop the run; the values stored before stay."), this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(fieldLabel(tr("CLV horizon"), this));
    layout->addWidget(m_months);
    layout->addSpacing(10);
    layout->addWidget(fieldLabel(tr("Discount per month"), this));
    layout->addWidget(m_discount);
    layout->addSpacing(10);
    layout->addWidget(fieldLabel(tr("Holdout"), this));
    layout->addWidget(m_holdout);
    layout->addStretch(1);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    // 1 to 6 days are no holdout LtvService accepts: stepping up from auto goes to 7, down from 7 to auto.
    connect(m_holdout, &QSpinBox::valueChanged, this, [this](int days) {
        if (days <= 0 || days >= kMinHoldout)
            return;
        const QSignalBlocker block(m_holdout);
        m_holdout->setValue(days == kMinHoldout - 1 ? 0 : kMinHoldout);
    });
    connect(m_buttons, &RunButtons::runRequested, this, &LtvRunBar::runRequested);
    connect(m_buttons, &RunButtons::cancelRequested, this, &LtvRunBar::cancelRequested);
}

core::LtvOptions LtvRunBar::options() const
{
    core::LtvOptions o;
    o.clvMonths = m_months->value();
    o.monthlyDiscount = std::round(m_discount->value() * 10.0) / 1000.0; // 1.0 % → 0.01, no binary noise
    const int holdout = m_holdout->value();
    o.holdoutDays = holdout > 0 && holdout < kMinHoldout ? kMinHoldout : holdout;
    return o;
}

void LtvRunBar::setRunning(bool running)
{
    m_buttons->setRunning(running);
    m_months->setEnabled(!running);
    m_discount->setEnabled(!running);
    m_holdout->setEnabled(!running);
    m_progress->setVisible(running);
    m_stage->setVisible(running);
    if (running) {
        m_progress->setValue(0);
        m_stage->setText(tr("Starting…"));
    }
}

bool LtvRunBar::isRunning() const
{
    return m_buttons->isRunning();
}

void LtvRunBar::setRunEnabled(bool enabled)
{
    m_buttons->setRunEnabled(enabled);
}

void LtvRunBar::setProgress(double fraction, const QString& text)
{
    m_progress->setValue(static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 100.0)));
    if (!text.isEmpty())
        m_stage->setText(text);
}

QString LtvRunBar::progressText() const
{
    return m_stage->text();
}

QPushButton* LtvRunBar::runButton() const
{
    return m_buttons->runButton();
}

QPushButton* LtvRunBar::cancelButton() const
{
    return m_buttons->cancelButton();
}

} // namespace kestrel::ui
