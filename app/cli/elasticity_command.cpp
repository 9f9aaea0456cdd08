#include "cli/elasticity_command.h"

#include "cli/cli_context.h"
#include "cli/terminal_progress.h"
#include "customers/elasticity_service.h"
#include "db/database.h"
#include "db/migrator.h"
#include "jobs/job_runner.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <cmath>
#include <cstdio>
#include <string>

namespace kestrel::cli {
namespace {

/// Code points of UTF-8 text (continuation bytes do not count).
std::size_t width(const std::string& s)
{
    std::size_t n = 0;
    for (const char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

/// Text cut to at most `columns` code points (with "…" when cut) and padded to exactly that many.
std::string cell(const std::string& s, std::size_t columns)
{
    std::string out;
    if (width(s) <= columns) {
        out = s;
    } else {
        std::size_t kept = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const bool starts = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
            if (starts && ++kept > columns - 1)
                break;
            out += s[i];
        }
        out += "\xE2\x80\xA6";
    }
    out.append(columns - width(out), ' ');
    return out;
}

std::string fixed(double v, const char* format = "%.2f")
{
    if (!std::isfinite(v))
        return "-";
    char text[48];
    std::snprintf(text, sizeof text, format, v);
    return text;
}

const char* flagWords(const std::string& flag)
{
    if (flag == "few_observations")
        return "few observations";
    if (flag == "little_price_variation")
        return "little price variation";
    if (flag == "wide_interval")
        return "interval too wide";
    if (flag == "positive_slope")
        return "demand rises with price";
    if (flag == "poor_fit")
        return "poor fit";
    return "reliable";
}

} // namespace

int runAnalyzeElasticity(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    core::PriceElasticityOptions options;
    options.from = args.elasticityFrom;
    options.to = args.elasticityTo;
    options.minWeeks = args.minWeeks;
    core::PriceElasticityReport r;
    {
        TerminalProgress progress;
        core::runJobHere(
            db, [&](core::JobContext& ctx) { r = core::ElasticityService::run(ctx, options); },
            [&](double f, const std::string& text) { progress.update(f, text); });
        progress.finish();
    }

    if (args.json) {
        QJsonObject out = core::ElasticityService::metricsJson(r);
        out.remove(QStringLiteral("category_rows")); // the same rows are in "rows"
        QJsonArray rows;
        for (const auto& row : r.rows)
            rows.append(core::ElasticityService::rowJson(row));
        out[QStringLiteral("run_id")] = static_cast<double>(r.runId);
        out[QStringLiteral("rows")] = rows;
        out[QStringLiteral("duration_ms")] = static_cast<double>(r.durationMs);
        printJson(out);
        return 0;
    }
    std::printf("price elasticity run %lld: weeks %s to %s (%d), %lld product-weeks with sales (%lld without sales "
                "left out); %lld categories (%lld reliable), %lld products with at least %d weeks (%lld reliable)\n",
                static_cast<long long>(r.runId), r.from.c_str(), r.to.c_str(), r.weeks,
                static_cast<long long>(r.productWeeks), static_cast<long long>(r.zeroSaleWeeks),
                static_cast<long long>(r.categories), static_cast<long long>(r.reliableCategories),
                static_cast<long long>(r.products), r.minWeeks, static_cast<long long>(r.reliableProducts));
    if (std::isfinite(r.medianReliableCategory))
        std::printf("median elasticity of the reliable categories: %.2f (a 1%% higher price, %.2f%% fewer units)\n",
                    r.medianReliableCategory, -r.medianReliableCategory);
    else
        std::printf("no category estimate is reliable\n");
    if (std::isfinite(r.pooled.elasticity)) {
        std::string note;
        if (r.pooled.flag) {
            note = " (";
            note += flagWords(std::string(core::analytics::elasticityFlagName(*r.pooled.flag)));
            note += ')';
        }
        std::printf("all products in one regression: %.2f [%.2f, %.2f]%s\n", r.pooled.elasticity, r.pooled.ciLow,
                    r.pooled.ciHigh, note.c_str());
    }
    std::printf("%s %s %s %10s  %-17s %6s %7s %7s  %s\n", cell("level", 8).c_str(), cell("category", 18).c_str(),
                cell("product", 30).c_str(), "elasticity", "95% CI", "R2", "n", "prices", "reliability");
    for (const auto& row : r.rows) {
        const auto& e = row.estimate;
        const std::string product = row.product ? std::to_string(row.productId) + " " + row.productName : "";
        char ci[64] = "-";
        if (std::isfinite(e.ciLow))
            std::snprintf(ci, sizeof ci, "[%.2f, %.2f]", e.ciLow, e.ciHigh);
        const std::string flag = e.flag ? std::string(core::analytics::elasticityFlagName(*e.flag)) : "";
        std::printf("%s %s %s %10s  %-17s %6s %7lld %7d  %s\n", cell(row.product ? "product" : "category", 8).c_str(),
                    cell(row.category, 18).c_str(), cell(product, 30).c_str(), fixed(e.elasticity).c_str(), ci,
                    fixed(e.rSquared).c_str(), static_cast<long long>(e.observations), e.priceLevels, flagWords(flag));
    }
    return 0;
}

} // namespace kestrel::cli
