#include "pages/score_run_bar.h"

#include "customers/scoring_service.h"
#include "models/score_texts.h"

#include "widgets/run_buttons.h"

#include <QtCore/QSignalBlocker>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

namespace kestrel::ui {
namespace {

QLabel* fieldLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("filterLabel"));
    return label;
}

} // namespace

ScoreRunBar::ScoreRunBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("filterBar"));

    m_horizonLabel = fieldLabel(tr("Horizon, days"), this);
    m_horizon = new QSpinBox(this);
    m_horizon->setObjectName(QStringLiteral("horizonSpin"));
    m_horizon->setRange(1, 365);
    m_horizon->setValue(30);
    m_horizon->setToolTip(tr("Score who buys within this many days after the as-of date. The model learns it "
                             "from the same window one and two horizons earlier."));

    m_churnLabel = fieldLabel(tr("Churn after, days"), this);
    m_churn = new QSpinBox(this);
    m_churn->setObjectName(QStringLiteral("churnSpin"));
    m_churn->setRange(1, 730);
    m_churn->setValue(60);
    m_churn->setToolTip(tr("Churn = no purchase and no session within this many days. Only customers active "
                           "in the same number of days before the as-of date are scored."));
    m_saveChurn = new QPushButton(tr("Save as default"), this);
    m_saveChurn->setObjectName(QStringLiteral("saveChurnButton"));
    m_saveChurn->setToolTip(tr("Store this churn window for every churn run, here and on the command line."));
    m_saveChurn->setEnabled(false);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(ScoreTexts::modeName(QStringLiteral("gbdt")), QStringLiteral("gbdt"));
    m_mode->addItem(ScoreTexts::modeName(QStringLiteral("random_forest")), QStringLiteral("random_forest"));
    m_mode->setToolTip(tr("Gradient boosting adds shallow trees one after another, each fixing the errors of the "
                          "ones before; a random forest averages many deep trees grown on random samples."));

    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, 999999999);
    m_seed->setValue(42);
    m_seed->setToolTip(tr("The same data, settings and seed give the same scores."));

    m_asOfCheck = new QCheckBox(tr("As of"), this);
    m_asOfCheck->setObjectName(QStringLiteral("asOfCheck"));
    m_asOfCheck->setToolTip(tr("Score customers as they were at the start of this day (UTC); unchecked: the day "
                               "after the data ends."));
    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setEnabled(false);

    m_buttons = new RunButtons(tr("Train the model on the history, check it on a held-out window and score every customer; "
                         "the result is stored as a new run."),
                               tr("Stop the run; the scores stored before stay."), this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(m_horizonLabel);
    layout->addWidget(m_horizon);
    layout->addWidget(m_churnLabel);
    layout->addWidget(m_churn);
    layout->addWidget(m_saveChurn);
    layout->addSpacing(10);
    layout->addWidget(fieldLabel(tr("Mode"), this));
    layout->addWidget(m_mode);
    layout->addSpacing(10);
    layout->addWidget(fieldLabel(tr("Seed"), this));
    layout->addWidget(m_seed);
    layout->addSpacing(10);
    layout->addWidget(m_asOfCheck);
    layout->addWidget(m_asOf);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_churn, &QSpinBox::valueChanged, this, [this] {
        m_churnEdited = true;
        updateSaveButton();
    });
    connect(m_saveChurn, &QPushButton::clicked, this, [this] { emit saveChurnDaysRequested(m_churn->value()); });
    connect(m_asOfCheck, &QCheckBox::toggled, m_asOf, &QDateEdit::setEnabled);
    connect(m_buttons, &RunButtons::runRequested, this, &ScoreRunBar::runRequested);
    connect(m_buttons, &RunButtons::cancelRequested, this, &ScoreRunBar::cancelRequested);
    updateVisibility();
}

void ScoreRunBar::setModel(const QString& model)
{
    m_model = model;
    updateVisibility();
}

void ScoreRunBar::updateVisibility()
{
    const bool churn = m_model == QLatin1String("churn");
    m_horizonLabel->setVisible(!churn);
    m_horizon->setVisible(!churn);
    m_churnLabel->setVisible(churn);
    m_churn->setVisible(churn);
    m_saveChurn->setVisible(churn);
}

void ScoreRunBar::setChurnDefault(int days)
{
    m_churnDefault = days;
    if (!m_churnEdited || m_churn->value() == days) {
        const QSignalBlocker block(m_churn);
        m_churn->setValue(days);
        m_churnEdited = false;
    }
    m_churn->setToolTip(tr("Churn = no purchase and no session within this many days (the stored default is "
                           "%n days). Only customers active in the same number of days before the as-of date are "
                           "scored.",
                           nullptr, days));
    updateSaveButton();
}

void ScoreRunBar::updateSaveButton()
{
    m_saveChurn->setEnabled(m_churnDefault > 0 && m_churn->value() != m_churnDefault);
}

core::ScoringOptions ScoreRunBar::options() const
{
    core::ScoringOptions o;
    const bool churn = m_model == QLatin1String("churn");
    o.kind = churn ? core::ScoringOptions::Kind::Churn : core::ScoringOptions::Kind::Propensity;
    o.horizonDays = m_horizon->value();
    o.churnDays = churn ? m_churn->value() : 0;
    o.seed = static_cast<std::uint64_t>(m_seed->value());
    o.randomForest = m_mode->currentData().toString() == QLatin1String("random_forest");
    if (m_asOfCheck->isChecked())
        o.asOf = m_asOf->date().toString(Qt::ISODate).toStdString();
    return o;
}

void ScoreRunBar::setRunning(bool running)
{
    m_buttons->setRunning(running);
}

void ScoreRunBar::setRunEnabled(bool enabled)
{
    m_buttons->setRunEnabled(enabled);
}

bool ScoreRunBar::isRunning() const
{
    return m_buttons->isRunning();
}

QPushButton* ScoreRunBar::runButton() const
{
    return m_buttons->runButton();
}

QPushButton* ScoreRunBar::cancelButton() const
{
    return m_buttons->cancelButton();
}

} // namespace kestrel::ui
