#include "modeling/metrics_json.h"

#include <QtCore/QJsonObject>

#include <cmath>

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

namespace {

QJsonObject diagnosticsJson(const analytics::FitDiagnostics& d)
{
    QJsonObject o;
    o[QStringLiteral("log_likelihood")] = d.logLikelihood;
    o[QStringLiteral("customers")] = static_cast<double>(d.customers);
    o[QStringLiteral("distinct_rows")] = static_cast<double>(d.distinctRows);
    o[QStringLiteral("iterations")] = d.iterations;
    o[QStringLiteral("evaluations")] = d.evaluations;
    o[QStringLiteral("starts")] = d.starts;
    o[QStringLiteral("converged")] = d.converged;
    o[QStringLiteral("gradient_norm")] = std::isfinite(d.gradientNorm) ? QJsonValue(d.gradientNorm) : QJsonValue();
    o[QStringLiteral("seconds")] = d.seconds;
    o[QStringLiteral("notes")] = stringsJson(d.notes);
    return o;
}

} // namespace

QJsonArray stringsJson(const std::vector<std::string>& texts)
{
    QJsonArray out;
    for (const auto& t : texts)
        out.append(QString::fromStdString(t));
    return out;
}

QJsonObject bgNbdFitJson(const analytics::BgNbdFit& fit)
{
    QJsonObject o = diagnosticsJson(fit.diagnostics);
    o[QStringLiteral("r")] = fit.params.r;
    o[QStringLiteral("alpha")] = fit.params.alpha;
    o[QStringLiteral("a")] = fit.params.a;
    o[QStringLiteral("b")] = fit.params.b;
    return o;
}

QJsonObject gammaGammaFitJson(const analytics::GammaGammaFit& fit)
{
    QJsonObject o = diagnosticsJson(fit.diagnostics);
    o[QStringLiteral("p")] = fit.params.p;
    o[QStringLiteral("q")] = fit.params.q;
    o[QStringLiteral("gamma")] = fit.params.gamma;
    return o;
}

} // namespace kestrel::core
