#include "pages/user_card_tiles.h"

#include "customers/scoring_service.h"
#include "models/customer_texts.h"
#include "models/feature_texts.h"
#include "models/score_texts.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

QString money(const std::optional<double>& v)
{
    return v ? format::money(*v) : CustomerTexts::missing();
}

QString percent(const std::optional<double>& v)
{
    return v ? format::percent(*v, 1) : CustomerTexts::missing();
}

QString bandCaption(const std::optional<double>& score)
{
    if (!score)
        return {};
    const int band = core::ScoringService::bandOf(*score);
    return UserCardTiles::tr("%1 (%2)").arg(ScoreTexts::bandName(band), ScoreTexts::bandRange(band));
}

} // namespace

UserCardTiles::UserCardTiles(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    const char* const titles[TileCount] = {QT_TR_NOOP("Segment"),
                                           QT_TR_NOOP("RFM"),
                                           QT_TR_NOOP("Buys within 30 days"),
                                           QT_TR_NOOP("Churn risk"),
                                           QT_TR_NOOP("Historical LTV"),
                                           QT_TR_NOOP("Predicted LTV"),
                                           QT_TR_NOOP("P(alive)"),
                                           QT_TR_NOOP("Purchases in 90 days")};
    for (int i = 0; i < TileCount; ++i) {
        auto* tile = new QFrame(this);
        tile->setObjectName(QStringLiteral("statTile"));
        m_titles[i] = new QLabel(tr(titles[i]), tile);
        m_titles[i]->setObjectName(QStringLiteral("statTitle"));
        m_values[i] = new QLabel(CustomerTexts::missing(), tile);
        m_values[i]->setObjectName(QStringLiteral("statValue"));
        m_captions[i] = new QLabel(tile);
        m_captions[i]->setObjectName(QStringLiteral("hint"));
        m_captions[i]->setWordWrap(true);
        auto* box = new QVBoxLayout(tile);
        box->setContentsMargins(10, 8, 10, 8);
        box->setSpacing(2);
        box->addWidget(m_titles[i]);
        box->addWidget(m_values[i]);
        box->addWidget(m_captions[i]);
        box->addStretch(1);
        grid->addWidget(tile, i / 4, i % 4);
    }
    for (int c = 0; c < 4; ++c)
        grid->setColumnStretch(c, 1);
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("churnReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(grid);
    layout->addWidget(m_reasons);
}

void UserCardTiles::set(Tile tile, const QString& value, const QString& caption, const QString& tooltip)
{
    m_values[tile]->setText(value);
    m_captions[tile]->setText(caption);
    m_captions[tile]->setVisible(!caption.isEmpty());
    m_values[tile]->parentWidget()->setToolTip(tooltip);
}

void UserCardTiles::setCard(const UserCardSnapshot& c)
{
    const QLocale locale;
    if (c.segmentId)
        set(Segment, *c.segmentId < 0 ? tr("Noise") : locale.toString(*c.segmentId),
            c.segmentProfile.isEmpty() ? CustomerTexts::segment(*c.segmentId, {}) : c.segmentProfile, c.segmentProfile);
    else
        set(Segment, CustomerTexts::missing(), tr("not segmented yet"));

    if (c.rfmR && c.rfmF && c.rfmM) {
        const QString tooltip =
            tr("Recency %1 days, %2 orders, %3 revenue (scores 1–5, 5 best)")
                .arg(c.recencyDays ? locale.toString(*c.recencyDays) : CustomerTexts::missing(),
                     c.frequency ? locale.toString(*c.frequency) : CustomerTexts::missing(), money(c.monetary));
        set(Rfm, tr("R%1 F%2 M%3").arg(*c.rfmR).arg(*c.rfmF).arg(*c.rfmM), CustomerTexts::rfmSegment(c.rfmSegment),
            tooltip);
    } else {
        set(Rfm, CustomerTexts::missing(), tr("no paid orders, or no RFM run"));
    }

    set(Purchase, percent(c.purchase30d), c.purchase30d ? bandCaption(c.purchase30d) : tr("not scored"));
    set(Churn, percent(c.churn), c.churn ? bandCaption(c.churn) : tr("not scored (not recently active)"));

    const QString ltvCaption = tr("3 months: %1\n6 months: %2").arg(money(c.ltv3m), money(c.ltv6m));
    set(HistoricalLtv, money(c.ltv12m), ltvCaption,
        tr("Revenue of the first 3, 6 and 12 months after the first purchase; empty until the months have passed"));
    set(PredictedLtv, money(c.ltvPredicted), c.ltvPredicted ? tr("CLV of the newest LTV run") : tr("no prediction"));
    set(PAlive, percent(c.pAlive), c.pAlive ? tr("chance the customer is still active") : tr("no prediction"));
    set(Expected90, c.expected90d ? locale.toString(*c.expected90d, 'f', 2) : CustomerTexts::missing(),
        c.expected90d ? tr("expected repeat purchases") : tr("no prediction"));

    m_reasonLines.clear();
    for (const CardReason& r : c.churnReasons)
        m_reasonLines << FeatureTexts::reason(r.feature, r.value, r.contribution);
    if (c.churn && !m_reasonLines.isEmpty())
        m_reasons->setText(tr("Why the churn risk is %1: %2")
                               .arg(format::percent(*c.churn, 1), m_reasonLines.join(QStringLiteral("; "))));
    else if (c.churn)
        m_reasons->setText(tr("No feature raised this churn risk."));
    else
        m_reasons->clear();
    m_reasons->setVisible(!m_reasons->text().isEmpty());
}

QString UserCardTiles::title(Tile tile) const
{
    return m_titles[tile]->text();
}

QString UserCardTiles::valueText(Tile tile) const
{
    return m_values[tile]->text();
}

QString UserCardTiles::captionText(Tile tile) const
{
    return m_captions[tile]->text();
}

QStringList UserCardTiles::churnReasons() const
{
    return m_reasonLines;
}

} // namespace kestrel::ui
