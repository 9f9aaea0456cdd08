#include "cli/cli_app.h"

#include "cli/analyze_command.h"
#include "cli/anomaly_command.h"
#include "cli/cli_context.h"
#include "cli/db_command.h"
#include "cli/elasticity_command.h"
#include "cli/fit_command.h"
#include "cli/generate_command.h"
#include "cli/import_command.h"
#include "cli/model_command.h"
#include "cli/recommend_command.h"
#include "common/error.h"
#include "common/logging.h"

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <iostream>

namespace kestrel::cli {
namespace {

std::string oneLine(std::string s)
{
    for (char& c : s)
        if (c == '\n')
            c = ' ';
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    return s;
}

}  // namespace

int parse(int argc, char** argv, ParsedArgs& out)
{
    CLI::App app{"Kestrel — analytics workbench. Without a subcommand it opens the window.", "kestrel"};
    app.set_version_flag("--version", std::string(KESTREL_VERSION));
    app.fallthrough();
    app.require_subcommand(0, 1);
    app.add_option("--dsn", out.dsn, "PostgreSQL DSN (libpq key=value or URI); default: KESTREL_DSN, the saved "
                                     "connection, else the embedded cluster");
    app.add_option("--log-level", out.logLevel, "trace, debug, info, warn, error, critical or off (KESTREL_LOG_LEVEL)")
        ->check([](const std::string& level) {
            return core::logging::isValidLevel(level) ? std::string() : "unknown log level '" + level + "'";
        });
    app.add_flag("--json", out.json, "print machine-readable results on stdout");

    auto* db = app.add_subcommand("db", "manage the database");
    db->require_subcommand(1, 1);
    auto* start = db->add_subcommand("start", "start the embedded PostgreSQL cluster");
    start->add_option("--port", out.port, "port number naming the Unix socket (default: last used, else 5432)")
        ->check(CLI::Range(1, 65535));
    db->add_subcommand("stop", "stop the embedded cluster");
    db->add_subcommand("status", "show the embedded cluster's state");
    db->add_subcommand("migrate", "apply pending schema migrations");

    auto* gen = app.add_subcommand("generate", "fill the customer tables with synthetic data");
    gen->add_option("--users", out.users, "number of users")->check(CLI::Range(int64_t{1}, int64_t{100'000'000}));
    gen->add_option("--products", out.products, "number of products")->check(CLI::Range(int64_t{1}, int64_t{10'000'000}));
    gen->add_option("--days", out.days, "days of history")->check(CLI::Range(1, 3650));
    gen->add_option("--events", out.events, "target number of events (default: 50 per user)")
        ->check(CLI::Range(int64_t{0}, int64_t{2'000'000'000}));
    gen->add_option("--seed", out.seed, "random seed; the same seed and end date give the same data");
    gen->add_option("--end-date", out.endDate, "last day of history, YYYY-MM-DD (default: today, UTC)");
    gen->add_flag("--replace", out.replace, "delete existing customer data first");
    gen->add_flag("--if-empty", out.ifEmpty, "do nothing when the database already holds customer data");

    auto* imp = app.add_subcommand("import", "load a CSV or JSON file into a table, as one load");
    imp->add_option("entity", out.entity, "users, products, product_prices, orders, order_items, events or channel_spend")->required();
    imp->add_option("file", out.file, "the CSV or JSON (array or JSON lines) file")->required();
    imp->add_option("--mode", out.mode, "append, upsert (by the natural key; default) or replace")
        ->check(CLI::IsMember({"append", "upsert", "replace"}));
    imp->add_flag("--force", out.force, "load a file that was loaded before (same SHA-256)");
    imp->add_flag("--skip-rejects", out.skipRejects, "load the good rows of a file with rejected rows (default: nothing)");
    imp->add_flag("--ignore-unknown", out.ignoreUnknown, "leave out columns the table does not have");
    imp->add_flag("--dry-run", out.dryRun, "check everything and report, then store nothing");
    imp->add_option("--encoding", out.encoding, "auto, utf-8 or cp1251 (default: auto)");
    imp->add_option("--delimiter", out.delimiter, "auto, comma, semicolon or tab (CSV; default: auto)")
        ->check(CLI::IsMember({"auto", "comma", "semicolon", "tab", ",", ";"}));
    imp->add_option("--map", out.mappings, "map a file column to a field: 'Column=field', or 'Column=' to leave it out");
    imp->add_option("--rejects", out.rejectsPath, "where to write the rejects CSV (default: the data folder)");

    auto* loads = app.add_subcommand("loads", "the history of loads");
    loads->require_subcommand(1, 1);
    auto* list = loads->add_subcommand("list", "list loads, newest first");
    list->add_option("--limit", out.limit, "how many (default 50)")->check(CLI::Range(1, 100000));
    auto* rollback = loads->add_subcommand("rollback", "undo a load: restore the state before it");
    rollback->add_option("load_id", out.loadId, "the load to undo")->required()->check(CLI::PositiveNumber);

    auto* model = app.add_subcommand("model", "train and check models on any table (no database needed)");
    model->require_subcommand(1, 1);
    auto* cv = model->add_subcommand("cv", "stratified k-fold cross-validation of a binary model on a CSV file");
    cv->add_option("--csv", out.csv, "the CSV (or JSON) file")->required();
    cv->add_option("--target", out.target, "the column to predict: two values, such as Yes/No or 1/0")->required();
    cv->add_option("--folds", out.folds, "number of folds (default 5)")->check(CLI::Range(2, 100));
    cv->add_option("--drop", out.drops, "leave out a column (repeat for more)");
    cv->add_option("--rounds", out.rounds, "boosting rounds (gbdt, default 200) or trees (rf, default 300)")
        ->check(CLI::Range(1, 100000));
    cv->add_option("--max-depth", out.maxDepth, "tree depth (default 4; rf 8)")->check(CLI::Range(1, 32));
    cv->add_option("--eta", out.eta, "learning rate (gbdt; default 0.05)")->check(CLI::Range(1e-6, 1.0));
    cv->add_option("--seed", out.seed, "random seed for the folds and the trees (default 42)");
    cv->add_option("--mode", out.modelMode, "gbdt (gradient boosting, default) or rf (random forest)")
        ->check(CLI::IsMember({"gbdt", "rf"}));

    auto* fit = app.add_subcommand("fit", "fit customer-value models on a file (no database needed)");
    fit->require_subcommand(1, 1);
    auto* fitClv = fit->add_subcommand(
        "clv", "BG/NBD (repeat purchases, P(alive)) and Gamma-Gamma (spend) by maximum likelihood on a summary file");
    fitClv->add_option("--summary-csv", out.summaryCsv,
                       "CSV (or JSON) with frequency, recency, T and optionally monetary_value per customer "
                       "(x, t_x, T, zbar are accepted too)")
        ->required();

    auto* analyze = app.add_subcommand("analyze", "customer models on the database");
    analyze->require_subcommand(1, 1);
    auto* rfm = analyze->add_subcommand("rfm", "RFM scores and named segments into ml.user_metrics");
    rfm->add_option("--as-of", out.asOf, "use orders and events before this date (YYYY-MM-DD, UTC) or time; default: now");
    auto* seg = analyze->add_subcommand("segments", "k-means or DBSCAN customer segments into ml.segments and ml.user_metrics");
    seg->add_option("--as-of", out.asOf, "use orders and events before this date (YYYY-MM-DD, UTC) or time; default: now");
    auto* kOpt = seg->add_option("--k", out.k, "number of segments (default: suggested by silhouette over --k-min..--k-max)")
                     ->check(CLI::Range(1, 1000));
    seg->add_option("--k-min", out.kMin, "smallest k to try (default 2)")->check(CLI::Range(2, 1000))->excludes(kOpt);
    seg->add_option("--k-max", out.kMax, "largest k to try (default 8)")->check(CLI::Range(2, 1000))->excludes(kOpt);
    seg->add_option("--seed", out.seed, "k-means++ seed (default 42); the same data and seed give the same segments");
    seg->add_option("--method", out.segmentMethod, "kmeans (default) or dbscan")->check(CLI::IsMember({"kmeans", "dbscan"}));
    seg->add_option("--eps", out.eps, "DBSCAN radius in standardised units (default: the k-distance knee, at least its 90th percentile)")
        ->check(CLI::Range(1e-9, 1e9));
    seg->add_option("--min-samples", out.minSamples, "DBSCAN: neighbours within eps that make a core user (default: 2 x features)")
        ->check(CLI::Range(1, 100000));

    const char* asOfHelp = "score this moment (YYYY-MM-DD = 00:00 UTC, or a time); default: the day after the last "
                           "order or event";
    auto* prop = analyze->add_subcommand("propensity", "purchase-within-N-days scores with reasons into ml.user_metrics");
    prop->add_option("--as-of", out.asOf, asOfHelp);
    prop->add_option("--horizon-days", out.horizonDays, "predict a purchase within this many days (default 30)")
        ->check(CLI::Range(1, 365));
    auto* churnCmd = analyze->add_subcommand("churn", "churn scores with reasons into ml.user_metrics");
    churnCmd->add_option("--as-of", out.asOf, asOfHelp);
    churnCmd->add_option("--churn-days", out.churnDays,
                         "churn = no purchase and no session within N days (default: the stored setting, 60)")
        ->check(CLI::Range(1, 730));
    for (auto* c : {prop, churnCmd}) {
        c->add_option("--seed", out.seed, "random seed (default 42); the same data and seed give the same scores");
        c->add_option("--mode", out.modelMode, "gbdt (gradient boosting, default) or rf (random forest)")
            ->check(CLI::IsMember({"gbdt", "rf"}));
        c->add_option("--rounds", out.rounds, "boosting rounds (default 120) or trees (rf, default 300)")
            ->check(CLI::Range(1, 100000));
        c->add_option("--max-depth", out.maxDepth, "tree depth (default: gbdt 3, rf 8)")->check(CLI::Range(1, 32));
        c->add_option("--eta", out.eta, "learning rate (gbdt; default 0.08)")->check(CLI::Range(1e-6, 1.0));
    }
    auto* compare = analyze->add_subcommand("compare", "score drift between two propensity or churn runs");
    compare->add_option("runs", out.runIds, "two run ids (see kestrel analyze runs)")->required()->expected(2);
    auto* ltv = analyze->add_subcommand(
        "ltv", "historical LTV (3/6/12 months), cohorts, predicted CLV (BG/NBD + Gamma-Gamma) and LTV:CAC into "
               "ml.user_metrics");
    ltv->add_option("--as-of", out.asOf, "use orders before this date (YYYY-MM-DD = 00:00 UTC, or a time); default: "
                                         "the day after the last order");
    ltv->add_option("--months", out.clvMonths, "predicted CLV horizon in months (default 12)")->check(CLI::Range(1, 120));
    ltv->add_option("--discount", out.discountMonthly, "monthly discount rate of the predicted CLV (default 0.01)")
        ->check(CLI::Range(0.0, 0.5));
    ltv->add_option("--holdout-days", out.holdoutDays,
                    "holdout of the calibration check (default: a quarter of the history, 7 to 90 days)")
        ->check(CLI::Range(7, 730));
    ltv->add_flag("--if-missing", out.ifMissing, "do nothing when an LTV run has already succeeded");
    auto* elasticity = analyze->add_subcommand(
        "elasticity", "price elasticity of demand per category and per product (log-log regression on weekly sales) "
                      "into ml.price_elasticity");
    elasticity->add_option("--from", out.elasticityFrom,
                           "first day of sales to use (YYYY-MM-DD, UTC); only whole weeks count; default: the first "
                           "sale");
    elasticity->add_option("--to", out.elasticityTo, "last day of sales to use (YYYY-MM-DD, UTC); default: the last sale");
    elasticity->add_option("--min-weeks", out.minWeeks,
                           "weeks with sales (at two or more prices) a product needs for its own row (default 12)")
        ->check(CLI::Range(2, 520));
    auto* reco = analyze->add_subcommand(
        "recommend", "hybrid product recommendations (item CF, content, popularity) for every user into "
                     "ml.recommendations, with an offline evaluation on the last days");
    reco->add_option("--top", out.top, "recommendations per user (default 10)")->check(CLI::Range(1, 100));
    reco->add_option("--as-of", out.asOf, "use orders and events before this date (YYYY-MM-DD = 00:00 UTC, or a "
                                          "time); default: the day after the newest order or event");
    reco->add_option("--half-life-days", out.halfLifeDays,
                     "half-life of the time decay of views, carts and purchases in days (default 60; 0 = no decay)")
        ->check(CLI::Range(0.0, 3650.0));
    reco->add_option("--eval-days", out.evalDays,
                     "the evaluation tests on purchases in this many last days (default 30; 0 = no evaluation)")
        ->check(CLI::Range(0, 365));
    auto* anomaliesRun = analyze->add_subcommand(
        "anomalies", "daily revenue, orders, new users, conversion and events by type against their weekday "
                     "baseline into ml.anomalies");
    anomaliesRun->add_option("--from", out.periodFrom, "first day to check, YYYY-MM-DD (default: the first day with "
                                                       "orders or events)");
    anomaliesRun->add_option("--to", out.periodTo, "last day to check, YYYY-MM-DD (default: yesterday or the last day "
                                                   "with data)");
    anomaliesRun->add_option("--threshold", out.threshold, "robust z-score from which a day is anomalous (default 3.5)")
        ->check(CLI::Range(1.0, 50.0));
    anomaliesRun->add_option("--weeks", out.weeks, "weeks of the same weekday in the baseline (default 8)")
        ->check(CLI::Range(4, 52));
    anomaliesRun->add_option("--min-sessions", out.minSessions,
                             "conversion: days with fewer sessions are not checked (default 20)")
        ->check(CLI::Range(1, 100'000'000));
    auto* runs = analyze->add_subcommand("runs", "the newest propensity and churn runs with their metrics");
    runs->add_option("--model", out.runModel, "propensity or churn (default: both)")
        ->check(CLI::IsMember({"propensity", "churn"}));
    runs->add_option("--limit", out.limit, "how many runs (default 50)")->check(CLI::Range(1, 10000));

    auto* recommend = app.add_subcommand("recommend", "product recommendations: offline evaluation and stored lists");
    recommend->require_subcommand(1, 1);
    auto* evaluate = recommend->add_subcommand(
        "evaluate", "time-split evaluation of the hybrid recommender, its parts and popularity on a file of purchase "
                    "lines (CSV, gzip accepted; no database needed)");
    evaluate->add_option("--transactions-csv", out.transactionsCsv, "the file: one row per purchase line, with a header")
        ->required();
    evaluate->add_option("--user-col", out.userCol, "the column with the user (customer) id")->required();
    evaluate->add_option("--item-col", out.itemCol, "the column with the item (product) id")->required();
    evaluate->add_option("--time-col", out.timeCol,
                         "the column with the date or time (YYYY-MM-DD[ HH:MM[:SS]], M/D/YYYY H:MM, DD.MM.YYYY[ HH:MM])")
        ->required();
    evaluate->add_option("--qty-col", out.qtyCol, "the column with the quantity; rows with quantity <= 0 are returns");
    evaluate->add_option("--price-col", out.priceCol, "the column with the unit price (price bands for the content part)");
    evaluate->add_option("--category-col", out.categoryCol, "the column with the item's category");
    evaluate->add_option("--cut-date", out.cutDate,
                         "train on purchases before this date, test on those on or after it (YYYY-MM-DD; default: "
                         "the last 30 days are the test)");
    evaluate->add_option("--top", out.top, "K: recommendations per user and the metrics' cut-off (default 10)")
        ->check(CLI::Range(1, 100));
    evaluate->add_option("--half-life-days", out.halfLifeDays, "half-life of the time decay in days (default 60)")
        ->check(CLI::Range(0.0, 3650.0));
    evaluate->add_option("--delimiter", out.delimiter, "auto, comma, semicolon or tab (default: auto)")
        ->check(CLI::IsMember({"auto", "comma", "semicolon", "tab", ",", ";"}));
    auto* recoUser = recommend->add_subcommand("user", "a user's stored recommendations with the reason for each");
    recoUser->add_option("user_id", out.recommendUserId, "the user id")->required();
    auto* anomalies = app.add_subcommand("anomalies", "anomalies found in the daily metrics, and their review");
    anomalies->require_subcommand(1, 1);
    auto* anomalyList = anomalies->add_subcommand("list", "list anomalies, newest day first");
    anomalyList->add_option("--status", out.anomalyStatus, "new, accepted or dismissed (default: all)")
        ->check(CLI::IsMember({"new", "accepted", "dismissed"}));
    anomalyList->add_option("--metric", out.anomalyMetric, "revenue, orders, new_users, conversion or events")
        ->check(CLI::IsMember({"revenue", "orders", "new_users", "conversion", "events"}));
    anomalyList->add_option("--from", out.periodFrom, "first day, YYYY-MM-DD");
    anomalyList->add_option("--to", out.periodTo, "last day, YYYY-MM-DD");
    anomalyList->add_option("--limit", out.anomalyLimit, "how many (default 1000)")->check(CLI::Range(1, 1'000'000));
    std::vector<CLI::App*> reviews;
    for (const auto& [name, help] :
         {std::pair{"accept", "mark an anomaly as real and understood"},
          std::pair{"dismiss", "mark an anomaly as not worth attention (it leaves the dashboard)"},
          std::pair{"reset", "put an anomaly back to review"}}) {
        auto* review = anomalies->add_subcommand(name, help);
        review->add_option("id", out.anomalyId, "the anomaly (see kestrel anomalies list)")
            ->required()
            ->check(CLI::PositiveNumber);
        review->add_option("--note", out.note, "a note for the review (an empty one clears the stored note)");
        reviews.push_back(review);
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "kestrel: error: " << oneLine(e.what()) << " (see kestrel --help)\n";
        return 2;
    }

    if (db->parsed()) {
        out.headless = true;
        for (const char* name : {"start", "stop", "status", "migrate"})
            if (db->got_subcommand(name))
                out.command = std::string("db ") + name;
    } else if (gen->parsed()) {
        out.headless = true;
        out.command = "generate";
    } else if (imp->parsed()) {
        out.headless = true;
        out.command = "import";
    } else if (model->parsed()) {
        out.headless = true;
        out.command = "model cv";
    } else if (fit->parsed()) {
        out.headless = true;
        out.command = "fit clv";
    } else if (analyze->parsed()) {
        out.headless = true;
        for (auto* c : {rfm, seg, prop, churnCmd, compare, runs, ltv, elasticity, reco, anomaliesRun})
            if (c->parsed())
                out.command = "analyze " + c->get_name();
    } else if (recommend->parsed()) {
        out.headless = true;
        out.command = evaluate->parsed() ? "recommend evaluate" : "recommend user";
    } else if (anomalies->parsed()) {
        out.headless = true;
        out.command = anomalyList->parsed() ? "anomalies list" : "";
        for (auto* c : reviews)
            if (c->parsed()) {
                out.command = "anomalies " + c->get_name();
                out.hasNote = c->get_option("--note")->count() > 0;
            }
    } else if (loads->parsed()) {
        out.headless = true;
        out.command = list->parsed() ? "loads list" : "loads rollback";
    }
    return -1;
}

int run(const ParsedArgs& args)
{
    try {
        if (args.command.rfind("db ", 0) == 0)
            return runDbCommand(args);
        if (args.command == "generate")
            return runGenerate(args);
        if (args.command == "import")
            return runImport(args);
        if (args.command == "model cv")
            return runModelCv(args);
        if (args.command == "fit clv")
            return runFitClv(args);
        if (args.command == "analyze rfm")
            return runAnalyzeRfm(args);
        if (args.command == "analyze segments")
            return runAnalyzeSegments(args);
        if (args.command == "analyze propensity" || args.command == "analyze churn")
            return runAnalyzeScores(args);
        if (args.command == "analyze compare")
            return runAnalyzeCompare(args);
        if (args.command == "analyze runs")
            return runAnalyzeRuns(args);
        if (args.command == "analyze ltv")
            return runAnalyzeLtv(args);
        if (args.command == "analyze elasticity")
            return runAnalyzeElasticity(args);
        if (args.command == "analyze recommend")
            return runAnalyzeRecommend(args);
        if (args.command == "recommend evaluate")
            return runRecommendEvaluate(args);
        if (args.command == "recommend user")
            return runRecommendUser(args);
        if (args.command == "analyze anomalies")
            return runAnalyzeAnomalies(args);
        if (args.command == "anomalies list")
            return runAnomaliesList(args);
        if (args.command.rfind("anomalies ", 0) == 0)
            return runAnomalyReview(args);
        if (args.command == "loads list")
            return runLoadsList(args);
        if (args.command == "loads rollback")
            return runLoadsRollback(args);
        std::cerr << "kestrel: error: unknown command '" << args.command << "'\n";
        return 2;
    } catch (const core::Error& e) {
        core::logging::get("cli")->debug("{} failed: {} [{}]", args.command, e.what(), e.where());
        std::cerr << "kestrel: error: " << oneLine(e.what()) << "\n";
        return e.code() == core::Error::Code::Cancelled ? 130 : 1;
    } catch (const std::exception& e) {
        std::cerr << "kestrel: error: " << oneLine(e.what()) << "\n";
        return 1;
    }
}

}  // namespace kestrel::cli
