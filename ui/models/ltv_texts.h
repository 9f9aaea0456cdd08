#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtGui/QColor>

#include <optional>

namespace kestrel::ui {

/// The words (and channel colours) of the LTV page, shared by its header, charts and tables, so
/// each is translated once.
class LtvTexts {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::LtvTexts)
public:
    /// An acquisition channel in words: "paid_search" → "Paid search"; an unknown key as it is.
    static QString channelName(const QString& channel);
    /// The colour of a channel in every chart of the page (the same channel, the same colour).
    static QColor channelColor(const QString& channel);
    /// "3 months", "12 months".
    static QString months(int months);
    /// "12-month LTV" (a column or legend name).
    static QString horizonLtv(int months);
    /// A stored date ("2026-02-01") or instant as people read it: "1 Feb 2026".
    static QString date(const QString& stored);
    /// A short duration: "350 ms", "2.4 s", "1 min 05 s".
    static QString duration(double seconds);
    /// "2025-03" → "Mar 2025" in the locale's month names.
    static QString cohortMonth(const QString& yearMonth);
    /// A stored insight as a sentence in the reader's language (core::ltvInsightText, with the
    /// channel's name in words and a capital first letter).
    static QString insight(const QJsonObject& insight);
    /// The payback of a channel: "month 3" (offset 2), "not yet" (a CAC, not reached), "—" (no CAC).
    static QString payback(int paybackMonth, bool hasCac);
    /// A calibration bucket's frequency: "0", "3", "7+".
    static QString frequencyBucket(int frequencyMin, std::optional<int> frequencyMax);
    /// "Yes" / "No".
    static QString yesNo(bool value);
};

} // namespace kestrel::ui
