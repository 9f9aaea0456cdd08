#include "pages/pricing_header.h"

#include "models/ltv_texts.h"
#include "models/pricing_texts.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtGui/QTextDocumentFragment>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

/// A small figure card: a title over a bold value and a short caption.
QFrame* statTile(const QString& title, const QString& tip, const QString& captionText, QLabel*& value, QLabel** caption,
                 QWidget* parent)
{
    auto* tile = new QFrame(parent);
    tile->setObjectName(QStringLiteral("statTile"));
    tile->setToolTip(tip);
    auto* heading = new QLabel(title, tile);
    heading->setObjectName(QStringLiteral("statTitle"));
    value = new QLabel(QStringLiteral("—"), tile);
    value->setObjectName(QStringLiteral("statValue"));
    auto* note = new QLabel(captionText, tile);
    note->setObjectName(QStringLiteral("hint"));
    if (caption)
        *caption = note;
    auto* layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addWidget(value);
    layout->addWidget(note);
    layout->addStretch(1);
    return tile;
}

} // namespace

PricingHeader::PricingHeader(QWidget* parent) : QFrame(parent)
{
    // Low, so the table and the chart keep the height.
    setObjectName(QStringLiteral("pricingHeader"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pricingSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_medianTile =
        statTile(tr("Median elasticity"), QString(), tr("of the reliable categories"), m_median, nullptr, this);
    auto* categories = statTile(tr("Reliable categories"),
                                tr("Categories whose estimate passed every check (enough weeks, price changes, a "
                                   "narrow interval, a sensible sign and fit), each from all its products together"),
                                tr("all products together"), m_categories, nullptr, this);
    auto* products =
        statTile(tr("Reliable products"),
                 tr("Products with enough weeks of sales for an estimate of their own that passed every check"),
                 QString(), m_products, &m_productsCaption, this);
    auto* weeks =
        statTile(tr("Weeks analysed"), tr("Whole weeks (Monday to Sunday, UTC) of paid, shipped and delivered orders"),
                 tr("Mon–Sun, UTC"), m_weeks, nullptr, this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(10);
    layout->addWidget(m_summary, 5);
    for (QFrame* tile : {m_medianTile, categories, products, weeks})
        layout->addWidget(tile, 2);
}

void PricingHeader::setRun(const PricingRun& run)
{
    const QLocale locale;
    const QString finished = run.info.finishedAt.isValid()
                                 ? locale.toString(run.info.finishedAt.toLocalTime(), QLocale::ShortFormat)
                                 : QStringLiteral("—");
    QStringList parts;
    parts << QStringLiteral("<b>%1</b>")
                 .arg(tr("Weeks %1 to %2").arg(LtvTexts::date(run.from), LtvTexts::date(run.to)).toHtmlEscaped());
    parts << tr("run %1, finished %2 in %3")
                 .arg(QString::number(run.info.runId), finished,
                      LtvTexts::duration(static_cast<double>(run.info.durationMs) / 1000.0))
                 .toHtmlEscaped();
    parts << tr("%1 product-weeks with sales; %2 weeks without sales left out")
                 .arg(format::count(static_cast<double>(run.productWeeks)),
                      format::count(static_cast<double>(run.zeroSaleWeeks)))
                 .toHtmlEscaped();
    if (run.fallbackPriceWeeks > 0)
        parts << tr("%1 weeks priced by the average paid price (no price history)")
                     .arg(format::count(static_cast<double>(run.fallbackPriceWeeks)))
                     .toHtmlEscaped();
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setToolTip(tr("Log-log regression of weekly units on the price in effect, with product fixed effects, "
                             "a trend and seasonal controls; heteroskedasticity-robust (HC1) 95% intervals."));

    if (run.medianReliableCategory) {
        m_median->setText(PricingTexts::elasticity(run.medianReliableCategory));
        m_medianMeaning = PricingTexts::meaning(*run.medianReliableCategory);
    } else {
        m_median->setText(QStringLiteral("—"));
        m_medianMeaning = tr("no category estimate is reliable yet");
    }
    m_medianTile->setToolTip(m_medianMeaning + QStringLiteral("\n") +
                             tr("The middle of the reliable categories' elasticities: how strongly demand answers "
                                "price in this shop"));
    m_categories->setText(tr("%1 of %2")
                              .arg(locale.toString(static_cast<qlonglong>(run.reliableCategories)),
                                   locale.toString(static_cast<qlonglong>(run.categories))));
    m_products->setText(tr("%1 of %2")
                            .arg(locale.toString(static_cast<qlonglong>(run.reliableProducts)),
                                 locale.toString(static_cast<qlonglong>(run.products))));
    m_productsCaption->setText(tr("sold in %n weeks or more", nullptr, run.minWeeks));
    m_weeks->setText(locale.toString(run.weeks));
}

QString PricingHeader::summaryText() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

QString PricingHeader::medianText() const
{
    return m_median->text() + QStringLiteral(": ") + m_medianMeaning;
}

QString PricingHeader::reliableCategoriesText() const
{
    return m_categories->text();
}

QString PricingHeader::reliableProductsText() const
{
    return m_products->text();
}

QString PricingHeader::weeksText() const
{
    return m_weeks->text();
}

} // namespace kestrel::ui
