#include "modeling/metrics_json.h"

#include <QtCore/QJsonObject>

namespace kestrel::core {

QJsonArray reliabilityJson(const std::vector<ReliabilityBin>& bins)
{
    QJsonArray out;
    for (const auto& b : bins) {
        QJsonObject o;
        o[QStringLiteral("lower")] = b.lower;
        o[QStringLiteral("upper")] = b.upper;
        o[QStringLiteral("mean_predicted")] = b.meanPredicted;
        o[QStringLiteral("observed_rate")] = b.observedRate;
        o[QStringLiteral("count")] = static_cast<double>(b.count);
        out.append(o);
    }
    return out;
}

QJsonArray liftJson(const std::vector<LiftPoint>& points)
{
    QJsonArray out;
    for (const auto& p : points) {
        QJsonObject o;
        o[QStringLiteral("fraction")] = p.fraction;
        o[QStringLiteral("rows")] = static_cast<double>(p.rows);
        o[QStringLiteral("positive_rate")] = p.positiveRate;
        o[QStringLiteral("lift")] = p.lift;
        o[QStringLiteral("capture")] = p.capture;
        out.append(o);
    }
    return out;
}

} // namespace kestrel::core
