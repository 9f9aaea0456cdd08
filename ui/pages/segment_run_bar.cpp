#include "pages/segment_run_bar.h"

#include "customers/segmentation_service.h"

#include "widgets/run_buttons.h"

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QDoubleSpinBox>
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

SegmentRunBar::SegmentRunBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("filterBar"));

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->addItem(tr("k-means"), QStringLiteral("kmeans"));
    m_method->addItem(tr("DBSCAN"), QStringLiteral("dbscan"));
    m_method->setToolTip(tr("k-means splits every customer into k groups around their averages; DBSCAN finds "
                            "dense groups of any shape and leaves outliers as noise."));

    m_kLabel = fieldLabel(tr("Segments"), this);
    m_k = new QSpinBox(this);
    m_k->setObjectName(QStringLiteral("kSpin"));
    m_k->setRange(0, 20);
    m_k->setSpecialValueText(tr("Auto"));
    m_k->setValue(0);
    m_k->setToolTip(tr("The number of segments (k). Auto tries every k of the range and keeps the one whose "
                       "segments are best separated (highest silhouette)."));
    m_rangeLabel = fieldLabel(tr("k range"), this);
    m_kMin = new QSpinBox(this);
    m_kMin->setObjectName(QStringLiteral("kMinSpin"));
    m_kMin->setRange(2, 20);
    m_kMin->setValue(2);
    m_rangeDash = new QLabel(QStringLiteral("–"), this);
    m_kMax = new QSpinBox(this);
    m_kMax->setObjectName(QStringLiteral("kMaxSpin"));
    m_kMax->setRange(2, 20);
    m_kMax->setValue(8);
    for (QSpinBox* s : {m_kMin, m_kMax})
        s->setToolTip(tr("The smallest and largest k that Auto compares."));

    m_epsLabel = fieldLabel(tr("eps"), this);
    m_eps = new QDoubleSpinBox(this);
    m_eps->setObjectName(QStringLiteral("epsSpin"));
    m_eps->setDecimals(2);
    m_eps->setRange(0, 50);
    m_eps->setSingleStep(0.05);
    m_eps->setSpecialValueText(tr("Auto"));
    m_eps->setValue(0);
    m_eps->setToolTip(tr("The neighbourhood radius on standardised features. Auto takes the knee of the "
                         "k-distance curve."));
    m_minSamplesLabel = fieldLabel(tr("Min samples"), this);
    m_minSamples = new QSpinBox(this);
    m_minSamples->setObjectName(QStringLiteral("minSamplesSpin"));
    m_minSamples->setRange(0, 1000);
    m_minSamples->setSpecialValueText(tr("Auto"));
    m_minSamples->setValue(0);
    m_minSamples->setToolTip(tr("How many customers within eps (the customer included) make a customer the core "
                                "of a segment. Auto: twice the number of features."));

    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, 999999999);
    m_seed->setValue(42);
    m_seed->setToolTip(tr("The same data and seed give the same segments."));

    m_asOfCheck = new QCheckBox(tr("As of"), this);
    m_asOfCheck->setObjectName(QStringLiteral("asOfCheck"));
    m_asOfCheck->setToolTip(tr("Segment customers as they were at the start of this day (UTC); unchecked: now."));
    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setEnabled(false);

    m_buttons = new RunButtons(tr("Segment the customers with these settings; the result is stored as a new run."),
                               tr("Stop the run; the segments stored before stay."), this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->setSpacing(6);
    layout->addWidget(fieldLabel(tr("Method"), this));
    layout->addWidget(m_method);
    layout->addSpacing(10);
    layout->addWidget(m_kLabel);
    layout->addWidget(m_k);
    layout->addSpacing(6);
    layout->addWidget(m_rangeLabel);
    layout->addWidget(m_kMin);
    layout->addWidget(m_rangeDash);
    layout->addWidget(m_kMax);
    layout->addWidget(m_epsLabel);
    layout->addWidget(m_eps);
    layout->addSpacing(6);
    layout->addWidget(m_minSamplesLabel);
    layout->addWidget(m_minSamples);
    layout->addSpacing(10);
    layout->addWidget(fieldLabel(tr("Seed"), this));
    layout->addWidget(m_seed);
    layout->addSpacing(10);
    layout->addWidget(m_asOfCheck);
    layout->addWidget(m_asOf);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_method, &QComboBox::currentIndexChanged, this, &SegmentRunBar::updateVisibility);
    connect(m_k, &QSpinBox::valueChanged, this, &SegmentRunBar::updateVisibility);
    connect(m_kMin, &QSpinBox::valueChanged, this, [this](int v) { m_kMax->setMinimum(v); });
    connect(m_asOfCheck, &QCheckBox::toggled, m_asOf, &QDateEdit::setEnabled);
    connect(m_buttons, &RunButtons::runRequested, this, &SegmentRunBar::runRequested);
    connect(m_buttons, &RunButtons::cancelRequested, this, &SegmentRunBar::cancelRequested);
    updateVisibility();
}

bool SegmentRunBar::isDbscan() const
{
    return m_method->currentData().toString() == QLatin1String("dbscan");
}

void SegmentRunBar::updateVisibility()
{
    const bool dbscan = isDbscan();
    for (QWidget* w : {static_cast<QWidget*>(m_kLabel), static_cast<QWidget*>(m_k)})
        w->setVisible(!dbscan);
    for (QWidget* w : {static_cast<QWidget*>(m_rangeLabel), static_cast<QWidget*>(m_kMin),
                       static_cast<QWidget*>(m_rangeDash), static_cast<QWidget*>(m_kMax)})
        w->setVisible(!dbscan);
    // The range matters only when k is Auto.
    for (QSpinBox* s : {m_kMin, m_kMax})
        s->setEnabled(m_k->value() == 0);
    for (QWidget* w : {static_cast<QWidget*>(m_epsLabel), static_cast<QWidget*>(m_eps),
                       static_cast<QWidget*>(m_minSamplesLabel), static_cast<QWidget*>(m_minSamples)})
        w->setVisible(dbscan);
}

core::SegmentationOptions SegmentRunBar::options() const
{
    core::SegmentationOptions o;
    o.method = isDbscan() ? core::SegmentationOptions::Method::Dbscan : core::SegmentationOptions::Method::KMeans;
    o.eps = m_eps->value();
    o.minSamples = m_minSamples->value();
    o.k = m_k->value();
    o.kMin = m_kMin->value();
    o.kMax = m_kMax->value();
    o.seed = static_cast<std::uint64_t>(m_seed->value());
    if (m_asOfCheck->isChecked())
        o.asOf = m_asOf->date().toString(Qt::ISODate).toStdString();
    return o;
}

void SegmentRunBar::setRunning(bool running)
{
    m_buttons->setRunning(running);
}

void SegmentRunBar::setRunEnabled(bool enabled)
{
    m_buttons->setRunEnabled(enabled);
}

bool SegmentRunBar::isRunning() const
{
    return m_buttons->isRunning();
}

QPushButton* SegmentRunBar::runButton() const
{
    return m_buttons->runButton();
}

QPushButton* SegmentRunBar::cancelButton() const
{
    return m_buttons->cancelButton();
}

} // namespace kestrel::ui
