#include "pages/ltv_summary_tiles.h"

#include "models/ltv_texts.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtGui/QResizeEvent>
#include <QtWidgets/QFrame>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace kestrel::ui {
namespace {

constexpr std::size_t index(LtvSummaryTiles::Tile t)
{
    return static_cast<std::size_t>(t);
}

} // namespace

LtvSummaryTiles::LtvSummaryTiles(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ltvTiles"));
    struct Spec {
        Tile tile;
        QString title;
        QString definition;
    };
    const Spec specs[] = {
        {Tile::Customers, tr("Customers"), tr("Users with a paid, shipped or delivered order before the as-of date.")},
        {Tile::MeanLtv12, tr("Mean 12-month LTV"),
         tr("Average revenue of a customer's first 12 months after the first purchase, over the customers for whom "
            "those 12 months have passed.")},
        {Tile::MedianLtv12, tr("Median 12-month LTV"),
         tr("Half of the customers whose first 12 months have passed brought less than this in those months, half "
            "more.")},
        {Tile::MeanClv, tr("Predicted CLV"),
         tr("Average value a customer is expected to bring over the horizon, discounted monthly: expected purchases "
            "(BG/NBD) times the expected order value (Gamma-Gamma).")},
        {Tile::PAlive, tr("Mean P(alive)"),
         tr("The average chance that a customer is still buying, judged from how often and how recently each "
            "bought.")},
        {Tile::Expected90, tr("Purchases in 90 days"),
         tr("Purchases (days with an order) the model expects from all customers together in the next 90 days.")},
        {Tile::Top10Share, tr("Top 10% share"),
         tr("Share of the 12-month revenue brought by the 10% of customers with the highest 12-month LTV.")},
    };
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    int column = 0;
    for (const Spec& s : specs) {
        Parts& p = m_tiles[index(s.tile)];
        m_definitions[index(s.tile)] = s.definition;
        p.frame = new QFrame(this);
        p.frame->setObjectName(QStringLiteral("kpiTile"));
        p.frame->setToolTip(s.definition);
        p.title = new QLabel(s.title, p.frame);
        p.title->setObjectName(QStringLiteral("kpiTitle"));
        p.title->setWordWrap(true);
        p.value = new QLabel(QStringLiteral("—"), p.frame);
        p.value->setObjectName(QStringLiteral("ltvTileValue"));
        p.caption = new QLabel(p.frame);
        p.caption->setObjectName(QStringLiteral("kpiCaption"));
        p.caption->setWordWrap(true);
        auto* box = new QVBoxLayout(p.frame);
        box->setContentsMargins(12, 8, 12, 8);
        box->setSpacing(2);
        box->addWidget(p.title);
        box->addWidget(p.value);
        box->addWidget(p.caption);
        box->addStretch(1);
        grid->addWidget(p.frame, 0, column);
        grid->setColumnStretch(column, 1);
        ++column;
    }
}

void LtvSummaryTiles::set(Tile tile, const QString& value, const QString& caption, const QString& tooltip)
{
    const Parts& p = parts(tile);
    p.value->setText(value);
    p.caption->setText(caption);
    const QString definition = m_definitions[index(tile)];
    p.frame->setToolTip(
        tooltip.isEmpty()
            ? definition
            : QStringLiteral("<p>%1</p><p>%2</p>").arg(definition.toHtmlEscaped(), tooltip.toHtmlEscaped()));
}

void LtvSummaryTiles::setRun(const LtvRunDetail& run)
{
    const QLocale locale;
    const LtvHorizon& h12 = run.horizons[2];
    const auto count = [](std::int64_t n) { return format::count(static_cast<double>(n)); };
    const auto money = [](const std::optional<double>& v) {
        return v ? format::moneyCompact(*v) : QStringLiteral("—");
    };

    set(Tile::Customers, count(run.customers),
        tr("%1 repeat buyers (%2)")
            .arg(count(run.repeatBuyers), format::percent(run.customers > 0 ? static_cast<double>(run.repeatBuyers) /
                                                                                  static_cast<double>(run.customers)
                                                                            : 0.0,
                                                          0)));

    const QString notYet = tr("%Ln without 12 months yet", nullptr, static_cast<int>(h12.excluded));
    set(Tile::MeanLtv12, money(h12.mean),
        tr("over %Ln customers", nullptr, static_cast<int>(h12.customers)) + QStringLiteral(" · ") + notYet,
        h12.mean ? tr("Exactly %1; total %2").arg(format::money(*h12.mean), format::money(h12.total.value_or(0)))
                 : tr("No customer has completed 12 months since the first purchase yet."));
    set(Tile::MedianLtv12, money(h12.median),
        h12.p25 && h12.p75
            ? tr("middle half %1–%2").arg(format::moneyCompact(*h12.p25), format::moneyCompact(*h12.p75)) +
                  QStringLiteral(" · ") + notYet
            : notYet);

    if (run.totals.clvMean)
        set(Tile::MeanClv, format::moneyCompact(*run.totals.clvMean),
            tr("per customer over %1 · total %2")
                .arg(LtvTexts::months(run.clvMonths), format::moneyCompact(run.totals.clvTotal.value_or(0))),
            tr("Exactly %1 per customer, %2 in total; median %3")
                .arg(format::money(*run.totals.clvMean), format::money(run.totals.clvTotal.value_or(0)),
                     format::money(run.totals.clvMedian.value_or(0))));
    else
        set(Tile::MeanClv, QStringLiteral("—"), tr("not predicted in this run (see the warnings)"));

    if (run.bgNbd) {
        set(Tile::PAlive, format::percent(run.totals.pAliveMean, 1), tr("the average over all customers"));
        set(Tile::Expected90, locale.toString(run.totals.expected90, 'f', 0),
            tr("30 d: %1 · 365 d: %2")
                .arg(locale.toString(run.totals.expected30, 'f', 0), locale.toString(run.totals.expected365, 'f', 0)));
    } else {
        set(Tile::PAlive, QStringLiteral("—"), tr("no repeat purchases to learn from"));
        set(Tile::Expected90, QStringLiteral("—"), tr("no repeat purchases to learn from"));
    }

    if (h12.top10Share)
        set(Tile::Top10Share, format::percent(*h12.top10Share, 1), tr("of the 12-month revenue"));
    else
        set(Tile::Top10Share, QStringLiteral("—"), tr("no customer has 12 months yet"));
}

void LtvSummaryTiles::clear()
{
    for (std::size_t i = 0; i < m_tiles.size(); ++i)
        set(static_cast<Tile>(i), QStringLiteral("—"), QString());
}

void LtvSummaryTiles::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Titles that wrap at this width make every title as tall, so the values stay on one line.
    int tallest = 0;
    for (const Parts& p : m_tiles)
        tallest = std::max(tallest, p.title->heightForWidth(p.title->contentsRect().width()));
    for (const Parts& p : m_tiles)
        if (p.title->minimumHeight() != tallest)
            p.title->setMinimumHeight(tallest);
}

QString LtvSummaryTiles::titleText(Tile tile) const
{
    return parts(tile).title->text();
}

QString LtvSummaryTiles::valueText(Tile tile) const
{
    return parts(tile).value->text();
}

QString LtvSummaryTiles::captionText(Tile tile) const
{
    return parts(tile).caption->text();
}

} // namespace kestrel::ui
