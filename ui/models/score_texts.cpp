#include "models/score_texts.h"

#include "widgets/value_format.h"

#include <QtCore/QLocale>

namespace kestrel::ui {

QString ScoreTexts::modelTitle(const QString& model)
{
    if (model == QLatin1String("churn"))
        return tr("Churn risk");
    if (model == QLatin1String("propensity"))
        return tr("Likely to buy (30 days)");
    return model;
}

QString ScoreTexts::modelName(const QString& model)
{
    if (model == QLatin1String("churn"))
        return tr("Churn risk");
    if (model == QLatin1String("propensity"))
        return tr("Purchase propensity");
    return model;
}

QString ScoreTexts::modeName(const QString& mode)
{
    if (mode == QLatin1String("random_forest"))
        return tr("Random forest");
    if (mode == QLatin1String("gbdt"))
        return tr("Gradient boosting");
    return mode;
}

QString ScoreTexts::windowText(const QString& model, int days)
{
    if (model == QLatin1String("churn"))
        return tr("churn = no purchase and no session within %n days", nullptr, days);
    return tr("buys within %n days", nullptr, days);
}

QString ScoreTexts::days(int days)
{
    return tr("%n days", nullptr, days);
}

QString ScoreTexts::positiveRate(const QString& model, double rate)
{
    return (model == QLatin1String("churn") ? tr("%1 churned") : tr("%1 bought")).arg(format::percent(rate, 1));
}

QString ScoreTexts::bandName(int band)
{
    switch (band) {
    case 0:
        return tr("Low");
    case 1:
        return tr("Medium");
    default:
        return tr("High");
    }
}

QString ScoreTexts::bandRange(int band)
{
    const QLocale locale;
    switch (band) {
    case 0:
        return tr("< %1").arg(locale.toString(0.3, 'f', 1));
    case 1:
        return tr("%1–%2").arg(locale.toString(0.3, 'f', 1), locale.toString(0.6, 'f', 1));
    default:
        return tr("≥ %1").arg(locale.toString(0.6, 'f', 1));
    }
}

QString ScoreTexts::bandKey(int band)
{
    switch (band) {
    case 0:
        return QStringLiteral("low");
    case 1:
        return QStringLiteral("medium");
    default:
        return QStringLiteral("high");
    }
}

QColor ScoreTexts::bandColor(const QString& model, int band)
{
    // Slate for the quiet low band; amber in the middle; the high band green for buyers and red
    // for churners.
    switch (band) {
    case 0:
        return QColor(0x94, 0xa3, 0xb8);
    case 1:
        return QColor(0xf5, 0x9e, 0x0b);
    default:
        return model == QLatin1String("churn") ? QColor(0xdc, 0x26, 0x26) : QColor(0x16, 0xa3, 0x4a);
    }
}

QString ScoreTexts::psiVerdict(double psi)
{
    if (psi < 0.1)
        return tr("stable");
    if (psi < 0.25)
        return tr("moderate shift");
    return tr("large shift");
}

} // namespace kestrel::ui
