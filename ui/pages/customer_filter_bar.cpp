#include "pages/customer_filter_bar.h"

#include "models/customer_queries.h"
#include "models/customer_texts.h"
#include "models/ltv_texts.h"

#include <QtCore/QSignalBlocker>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

namespace kestrel::ui {
namespace {

const char* const kChannels[] = {"organic", "paid_search", "social", "affiliate", "email", "referral", "telegram"};

} // namespace

CustomerFilterBar::CustomerFilterBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    m_segment =
        makeCombo(QStringLiteral("segmentFilter"), tr("Segment of the newest segmentation run (Segments page)"));
    m_rfm = makeCombo(QStringLiteral("rfmFilter"), tr("Named RFM segment of the newest RFM run"));
    m_churn = makeCombo(QStringLiteral("churnFilter"), tr("Churn risk band: low < 0.3 ≤ medium < 0.6 ≤ high"));
    m_ltv = makeCombo(QStringLiteral("ltvFilter"),
                      tr("Band of predicted LTV by quantile among the customers with a prediction"));
    m_country = makeCombo(QStringLiteral("countryFilter"), tr("Country (ISO code)"));
    m_channel = makeCombo(QStringLiteral("channelFilter"), tr("Acquisition channel"));

    m_segment->addItem(tr("All segments"));
    m_rfm->addItem(tr("All RFM segments"));
    for (const QString& name : CustomerTexts::rfmSegments())
        m_rfm->addItem(CustomerTexts::rfmSegment(name), name);
    m_churn->addItem(tr("Any churn risk"));
    for (int band = 0; band < 4; ++band)
        m_churn->addItem(CustomerTexts::churnBand(band), band);
    m_ltv->addItem(tr("Any LTV"));
    for (int band = 0; band < 5; ++band)
        m_ltv->addItem(CustomerTexts::ltvBand(band, m_bands), band);
    m_country->addItem(tr("All countries"));
    m_channel->addItem(tr("All channels"));
    for (const char* channel : kChannels)
        m_channel->addItem(LtvTexts::channelName(QString::fromLatin1(channel)), QString::fromLatin1(channel));

    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setToolTip(tr("Show every customer: no search, filters or dates"));
    connect(m_clear, &QPushButton::clicked, this, &CustomerFilterBar::clearRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    for (QComboBox* combo : {m_segment, m_rfm, m_churn, m_ltv, m_country, m_channel})
        layout->addWidget(combo, 1);
    layout->addWidget(m_clear);
}

QComboBox* CustomerFilterBar::makeCombo(const QString& objectName, const QString& tooltip)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setToolTip(tooltip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(9);
    connect(combo, &QComboBox::activated, this, &CustomerFilterBar::changed);
    return combo;
}

void CustomerFilterBar::setOptions(const CustomerOptions& options)
{
    CustomerFilter current;
    apply(current);
    {
        const QSignalBlocker a(m_segment), b(m_country), c(m_ltv);
        while (m_segment->count() > 1)
            m_segment->removeItem(1);
        for (const CustomerSegmentOption& s : options.segments)
            m_segment->addItem(CustomerTexts::segment(s.segmentId, s.profile), s.segmentId);
        for (int i = 1; i < m_segment->count(); ++i)
            m_segment->setItemData(i, options.segments[static_cast<std::size_t>(i - 1)].profile, Qt::ToolTipRole);
        while (m_country->count() > 1)
            m_country->removeItem(1);
        for (const QString& country : options.countries)
            m_country->addItem(country, country);
        m_bands = options.ltvBands;
        for (int band = 0; band < 5; ++band)
            m_ltv->setItemText(band + 1, CustomerTexts::ltvBand(band, m_bands));
    }
    showFilter(current);
}

void CustomerFilterBar::apply(CustomerFilter& f) const
{
    const QVariant segment = m_segment->currentData();
    f.segmentId = segment.isValid() ? std::optional<int>(segment.toInt()) : std::nullopt;
    f.rfmSegment = m_rfm->currentData().toString();
    f.churnBand = m_churn->currentData().isValid() ? m_churn->currentData().toInt() : -1;
    f.ltvBand = m_ltv->currentData().isValid() ? m_ltv->currentData().toInt() : -1;
    const auto [low, high] = m_bands.bounds(f.ltvBand);
    f.ltvMin = f.ltvBand >= 0 && f.ltvBand < 4 ? low : std::nullopt;
    f.ltvMax = f.ltvBand >= 0 && f.ltvBand < 4 ? high : std::nullopt;
    f.country = m_country->currentData().toString();
    f.channel = m_channel->currentData().toString();
}

void CustomerFilterBar::selectData(QComboBox* combo, const QVariant& value, const QString& textIfMissing)
{
    const QSignalBlocker block(combo);
    if (!value.isValid()) {
        combo->setCurrentIndex(0);
        return;
    }
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(textIfMissing, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void CustomerFilterBar::showFilter(const CustomerFilter& f)
{
    selectData(m_segment, f.segmentId ? QVariant(*f.segmentId) : QVariant(),
               f.segmentId ? CustomerTexts::segment(*f.segmentId, {}) : QString());
    selectData(m_rfm, f.rfmSegment.isEmpty() ? QVariant() : QVariant(f.rfmSegment),
               CustomerTexts::rfmSegment(f.rfmSegment));
    selectData(m_churn, f.churnBand >= 0 ? QVariant(f.churnBand) : QVariant(), QString());
    selectData(m_ltv, f.ltvBand >= 0 ? QVariant(f.ltvBand) : QVariant(), QString());
    selectData(m_country, f.country.isEmpty() ? QVariant() : QVariant(f.country), f.country);
    selectData(m_channel, f.channel.isEmpty() ? QVariant() : QVariant(f.channel), LtvTexts::channelName(f.channel));
}

} // namespace kestrel::ui
