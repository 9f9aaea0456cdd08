#include "models/ltv_texts.h"

#include "charts/chart_palette.h"
#include "customers/ltv_service.h"
#include "import/load_texts.h"
#include "widgets/value_format.h"

#include <QtCore/QDate>
#include <QtCore/QLocale>

#include <algorithm>
#include <array>

namespace kestrel::ui {
namespace {

// The seven acquisition channels of crm.users (migration 0007's CHECK), in a fixed order so each
// keeps its colour whatever the data holds.
constexpr std::array<const char*, 7> kChannels = {"organic", "paid_search", "social",  "affiliate",
                                                  "email",   "referral",    "telegram"};

} // namespace

QString LtvTexts::channelName(const QString& channel)
{
    if (channel == QLatin1String("organic"))
        return tr("Organic");
    if (channel == QLatin1String("paid_search"))
        return tr("Paid search");
    if (channel == QLatin1String("social"))
        return tr("Social");
    if (channel == QLatin1String("affiliate"))
        return tr("Affiliate");
    if (channel == QLatin1String("email"))
        return tr("E-mail");
    if (channel == QLatin1String("referral"))
        return tr("Referral");
    if (channel == QLatin1String("telegram"))
        return tr("Telegram");
    if (channel.isEmpty())
        return tr("Unknown");
    return channel;
}

QColor LtvTexts::channelColor(const QString& channel)
{
    for (std::size_t i = 0; i < kChannels.size(); ++i) {
        if (channel == QLatin1String(kChannels[i]))
            return chartColor(static_cast<int>(i));
    }
    return chartMutedColor();
}

QString LtvTexts::months(int months)
{
    return tr("%n months", nullptr, months);
}

QString LtvTexts::horizonLtv(int months)
{
    return tr("%1-month LTV").arg(months);
}

QString LtvTexts::date(const QString& stored)
{
    const QDate day = QDate::fromString(stored.trimmed(), Qt::ISODate);
    if (day.isValid())
        return QLocale().toString(day, QStringLiteral("d MMM yyyy"));
    return format::instant(stored);
}

QString LtvTexts::duration(double seconds)
{
    if (seconds < 0.0005)
        return tr("< 1 ms");
    if (seconds < 1)
        return tr("%1 ms").arg(QLocale().toString(seconds * 1000.0, 'f', 0));
    return LoadTexts::duration(seconds);
}

QString LtvTexts::cohortMonth(const QString& yearMonth)
{
    const QDate date = QDate::fromString(yearMonth + QStringLiteral("-01"), Qt::ISODate);
    if (!date.isValid())
        return yearMonth;
    // The month on its own (Russian "май 2025", not the "мая" of a day's date).
    return QStringLiteral("%1 %2").arg(QLocale().standaloneMonthName(date.month(), QLocale::ShortFormat),
                                       QString::number(date.year()));
}

QString LtvTexts::insight(const QJsonObject& insight)
{
    QJsonObject named = insight;
    if (named.contains(QLatin1String("channel")))
        named[QStringLiteral("channel")] = channelName(named.value(QLatin1String("channel")).toString());
    QString text = QString::fromStdString(core::ltvInsightText(named));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

QString LtvTexts::payback(int paybackMonth, bool hasCac)
{
    if (!hasCac)
        return QStringLiteral("—");
    if (paybackMonth < 0)
        return tr("not yet");
    return tr("month %1").arg(paybackMonth + 1);
}

QString LtvTexts::frequencyBucket(int frequencyMin, std::optional<int> frequencyMax)
{
    if (!frequencyMax)
        return tr("%1+").arg(frequencyMin);
    if (*frequencyMax == frequencyMin)
        return QString::number(frequencyMin);
    return tr("%1–%2").arg(frequencyMin).arg(*frequencyMax);
}

QString LtvTexts::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

} // namespace kestrel::ui
