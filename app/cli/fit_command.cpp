#include "cli/fit_command.h"

#include "analytics/clv.h"
#include "cli/cli_context.h"
#include "modeling/clv_summary_csv.h"
#include "modeling/metrics_json.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <cstdio>
#include <optional>

namespace kestrel::cli {

int runFitClv(const ParsedArgs& args)
{
    const core::ClvSummaryFile file = core::ClvSummaryFile::load(args.summaryCsv);
    const core::analytics::BgNbdFit bg = core::analytics::fitBgNbd(file.data);
    std::optional<core::analytics::GammaGammaFit> gg;
    std::vector<std::string> notes = file.warnings;
    if (file.hasMonetary)
        gg = core::analytics::fitGammaGamma(file.spend);
    else
        notes.push_back("no monetary_value column: Gamma-Gamma was not fitted");

    const auto repeat = static_cast<std::int64_t>(file.data.size()) - file.oneTimeBuyers;
    if (args.json) {
        QJsonObject o;
        o[QStringLiteral("file")] = QString::fromStdString(args.summaryCsv);
        o[QStringLiteral("customers")] = static_cast<double>(file.data.size());
        o[QStringLiteral("one_time_buyers")] = static_cast<double>(file.oneTimeBuyers);
        o[QStringLiteral("repeat_buyers")] = static_cast<double>(repeat);
        o[QStringLiteral("bg_nbd")] = core::bgNbdFitJson(bg);
        o[QStringLiteral("gamma_gamma")] = gg ? QJsonValue(core::gammaGammaFitJson(*gg)) : QJsonValue();
        o[QStringLiteral("warnings")] = core::stringsJson(notes);
        printJson(o);
        return 0;
    }
    std::printf("%s: %zu customers, %lld repeat buyers, %lld one-time buyers\n", args.summaryCsv.c_str(),
                file.data.size(), static_cast<long long>(repeat), static_cast<long long>(file.oneTimeBuyers));
    const auto& bd = bg.diagnostics;
    std::printf("BG/NBD       r = %.4f  alpha = %.4f  a = %.4f  b = %.4f\n", bg.params.r, bg.params.alpha, bg.params.a,
                bg.params.b);
    std::printf("             log-likelihood %.4f, %d iterations, %d starts, %s, %.2f ms\n", bd.logLikelihood,
                bd.iterations, bd.starts, bd.converged ? "converged" : "NOT converged", bd.seconds * 1000);
    if (gg) {
        const auto& gd = gg->diagnostics;
        std::printf("Gamma-Gamma  p = %.4f  q = %.4f  gamma = %.4f  (%lld repeat buyers)\n", gg->params.p,
                    gg->params.q, gg->params.gamma, static_cast<long long>(gd.customers));
        std::printf("             log-likelihood %.4f, %d iterations, %d starts, %s, %.2f ms\n", gd.logLikelihood,
                    gd.iterations, gd.starts, gd.converged ? "converged" : "NOT converged", gd.seconds * 1000);
    }
    for (const auto& s : notes)
        std::printf("note: %s\n", s.c_str());
    return 0;
}

} // namespace kestrel::cli
