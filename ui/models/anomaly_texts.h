#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtGui/QColor>

#include "widgets/value_format.h"

namespace kestrel::ui {

/// The words and colours of anomalies, shared by the Anomalies page, its table and chart, and the
/// Dashboard's marks, so each is translated once.
class AnomalyTexts {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::AnomalyTexts)
public:
    /// "Revenue", "New users", "Events: Page views" (event types as the Dashboard names them).
    static QString metric(const QString& metric, const QString& eventType = {});
    /// How a metric's values read: money, a count or a share.
    static format::Kind valueKind(const QString& metric);
    /// A value of the metric as text.
    static QString value(const QString& metric, double v);
    static QString direction(const QString& direction); ///< "Spike" / "Drop"
    static QString severity(const QString& severity);   ///< "Low" / "Medium" / "High"
    static QString status(const QString& status);       ///< "To review" / "Accepted" / "Dismissed"
    /// The deviation from the baseline: "+82.5%", "−64.0%", "—" for a baseline of 0.
    static QString deviation(double relative);
    /// The colour of a mark on a chart: new ones a warning amber, accepted ones a neutral grey,
    /// dismissed ones a pale grey (the Dashboard does not show those).
    static QColor markColor(const QString& status);
    /// The tooltip of a mark: what the day had, what was expected and how far off it was.
    static QString markTooltip(const QString& metric, double value, double baseline, double score,
                               const QString& direction, const QString& status);
};

} // namespace kestrel::ui
