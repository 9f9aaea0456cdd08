#include "customers/scoring_service.h"

#include "analytics/gbdt_model.h"
#include "common/error.h"
#include "common/translate.h"
#include "customers/feature_builder.h"
#include "customers/model_run_log.h"
#include "db/copy_stream.h"
#include "db/database.h"
#include "modeling/metrics_json.h"
#include "jobs/job_context.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>

namespace kestrel::core {
namespace {

constexpr int kDefaultChurnDays = 60;
constexpr std::size_t kTopReasons = 3;
constexpr std::size_t kTopUsers = 10;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

/// A progress range of the parent job: the child's 0..1 maps to [from, to].
JobContext::ProgressFn subProgress(JobContext& ctx, double from, double to)
{
    return [&ctx, from, to](double f, const std::string& text) { ctx.progress(from + (to - from) * f, text); };
}

// Activity around a cut, per user: bit 0 = active (a purchase or a session) in the W days before it,
// bit 1 = a purchase in the W days from it, bit 2 = a session in the W days from it.
constexpr int kActiveBefore = 1, kBoughtAfter = 2, kVisitedAfter = 4;

constexpr const char* kActivityQuery = R"SQL(
WITH o AS (
    SELECT user_id, bool_or(created_at >= $1::timestamptz) AS after, bool_or(created_at < $1::timestamptz) AS before
      FROM crm.orders
     WHERE status IN ('paid', 'shipped', 'delivered')
       AND created_at >= $1::timestamptz - make_interval(days => $2)
       AND created_at < $1::timestamptz + make_interval(days => $2)
     GROUP BY user_id),
e AS (
    SELECT user_id, bool_or(occurred_at >= $1::timestamptz) AS after, bool_or(occurred_at < $1::timestamptz) AS before
      FROM crm.events
     WHERE event_type = 'session_start'
       AND occurred_at >= $1::timestamptz - make_interval(days => $2)
       AND occurred_at < $1::timestamptz + make_interval(days => $2)
     GROUP BY user_id)
SELECT user_id, flags FROM (
    SELECT u.user_id,
           (CASE WHEN coalesce(o.before, false) OR coalesce(e.before, false) THEN 1 ELSE 0 END)
         + (CASE WHEN coalesce(o.after, false) THEN 2 ELSE 0 END)
         + (CASE WHEN coalesce(e.after, false) THEN 4 ELSE 0 END) AS flags
      FROM crm.users u LEFT JOIN o USING (user_id) LEFT JOIN e USING (user_id)
     WHERE u.created_at < $1::timestamptz) t
 WHERE flags <> 0
 ORDER BY user_id
)SQL";

/// The users of one cut that a model sees, as XGBoost input.
struct CutSet {
    std::string cut;
    std::vector<std::int64_t> userIds;
    std::vector<float> x; ///< rows × features, row-major, NaN = missing
    std::vector<float> y; ///< labels (empty for the scored cut)
    std::vector<double> raw; ///< the scored cut only: original feature values for the reasons
    std::size_t cols = 0;
    std::size_t rows() const { return userIds.size(); }
    DenseMatrixView view() const { return {x.data(), rows(), cols}; }
    std::int64_t positives() const
    {
        return static_cast<std::int64_t>(std::count(y.begin(), y.end(), 1.0f));
    }
};

/// Features and labels as of a cut: every user who signed up before it (propensity) or who was
/// active in the window before it (churn). withLabels = false for the scored cut.
CutSet buildCut(JobContext& ctx, const std::string& cut, ScoringOptions::Kind kind, int days, bool withLabels,
                double from, double to)
{
    JobContext sub(ctx.db(), subProgress(ctx, from, to), ctx.stopFlag());
    CustomerFeatures f = FeatureBuilder::build(sub, cut);
    std::vector<std::pair<std::int64_t, int>> flags;
    ctx.db().read([&](pqxx::work& tx) {
        tx.exec0("SET LOCAL work_mem = '256MB'");
        for (const auto& r : tx.exec_params(kActivityQuery, cut, days))
            flags.emplace_back(r[0].as<std::int64_t>(), r[1].as<int>());
    });
    ctx.throwIfStopped();
    CutSet set;
    set.cut = f.asOf;
    set.cols = static_cast<std::size_t>(f.values.cols());
    std::size_t next = 0;
    for (Eigen::Index i = 0; i < f.values.rows(); ++i) {
        const std::int64_t id = f.userIds[static_cast<std::size_t>(i)];
        while (next < flags.size() && flags[next].first < id)
            ++next;
        const int bits = next < flags.size() && flags[next].first == id ? flags[next].second : 0;
        const bool churn = kind == ScoringOptions::Kind::Churn;
        if (churn && !(bits & kActiveBefore))
            continue;
        set.userIds.push_back(id);
        for (Eigen::Index c = 0; c < f.values.cols(); ++c) {
            set.x.push_back(static_cast<float>(f.values(i, c)));
            if (!withLabels)
                set.raw.push_back(f.values(i, c));
        }
        if (withLabels) {
            const bool positive = churn ? !(bits & (kBoughtAfter | kVisitedAfter)) : (bits & kBoughtAfter) != 0;
            set.y.push_back(positive ? 1.0f : 0.0f);
        }
    }
    return set;
}

std::string shortNumber(double v, const char* format = "%.4g")
{
    char text[40];
    std::snprintf(text, sizeof text, format, v);
    return text;
}

/// Refuses a window a model cannot learn from or be judged on.
void requireBothOutcomes(const CutSet& set, const char* role, const std::string& until)
{
    const std::int64_t positives = set.positives();
    const auto rows = static_cast<std::int64_t>(set.rows());
    if (rows >= 2 && positives > 0 && positives < rows)
        return;
    const std::string what = std::string(role) == "train"
                                 ? QCoreApplication::translate("Scores", "training").toStdString()
                                 : QCoreApplication::translate("Scores", "validation").toStdString();
    throw Error(Error::Code::InvalidArgument,
                trArgs(QCoreApplication::translate(
                           "Scores", "not enough history for the %1 window from %2 to %3: %4 users, %5 with the "
                                     "outcome; a model needs both outcomes — load more history or choose a later "
                                     "as-of date (nothing was written)"),
                       what, set.cut, until, rows, positives));
}

std::string compactJson(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact).toStdString();
}

/// The features that pushed a score up most (positive contributions, largest first).
std::vector<ScoreReason> reasonsOf(const float* contributions, const double* values, std::size_t cols,
                                   const std::vector<std::string>& names)
{
    std::vector<std::size_t> order(cols);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return contributions[a] > contributions[b]; });
    std::vector<ScoreReason> out;
    for (std::size_t j = 0; j < cols && out.size() < kTopReasons; ++j) {
        const std::size_t c = order[j];
        if (!(contributions[c] > 0.0f))
            break;
        out.push_back({names[c], values[c], static_cast<double>(contributions[c])});
    }
    return out;
}

std::string hexOf(const std::vector<std::uint8_t>& bytes)
{
    static const char* digits = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const std::uint8_t b : bytes) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

int binOf(double score)
{
    return std::clamp(static_cast<int>(std::floor(score * 20.0)), 0, 19);
}

QJsonObject metricsJson(const ScoringReport& r)
{
    QJsonObject m;
    m[QStringLiteral("kind")] = QString::fromLatin1(ScoringService::modelName(r.kind));
    m[QStringLiteral("train_as_of")] = QString::fromStdString(r.trainAsOf);
    m[QStringLiteral("valid_as_of")] = QString::fromStdString(r.validAsOf);
    m[QStringLiteral("score_as_of")] = QString::fromStdString(r.scoreAsOf);
    m[QStringLiteral("window_days")] = r.windowDays;
    m[QStringLiteral("train_rows")] = static_cast<double>(r.trainRows);
    m[QStringLiteral("train_positive_rate")] = r.trainPositiveRate;
    m[QStringLiteral("valid_rows")] = static_cast<double>(r.validRows);
    m[QStringLiteral("valid_positive_rate")] = r.validPositiveRate;
    m[QStringLiteral("scored_users")] = static_cast<double>(r.scoredUsers);
    m[QStringLiteral("roc_auc")] = r.rocAuc;
    m[QStringLiteral("pr_auc")] = r.prAuc;
    m[QStringLiteral("log_loss")] = r.logLoss;
    QJsonArray roc, importance, histogram;
    for (const auto& [fpr, tpr] : r.roc)
        roc.append(QJsonArray{fpr, tpr});
    for (const auto& [feature, gain] : r.importance) {
        QJsonObject o;
        o[QStringLiteral("feature")] = QString::fromStdString(feature);
        o[QStringLiteral("gain")] = gain;
        importance.append(o);
    }
    for (const auto c : r.histogram)
        histogram.append(static_cast<double>(c));
    m[QStringLiteral("roc")] = roc;
    m[QStringLiteral("reliability")] = reliabilityJson(r.reliability);
    m[QStringLiteral("lift")] = liftJson(r.lift);
    m[QStringLiteral("importance")] = importance;
    QJsonObject h;
    h[QStringLiteral("bins")] = 20;
    h[QStringLiteral("counts")] = histogram;
    m[QStringLiteral("histogram")] = h;
    QJsonObject bands;
    bands[QStringLiteral("low")] = static_cast<double>(r.bands[0]);
    bands[QStringLiteral("medium")] = static_cast<double>(r.bands[1]);
    bands[QStringLiteral("high")] = static_cast<double>(r.bands[2]);
    m[QStringLiteral("bands")] = bands;
    m[QStringLiteral("rounds")] = r.rounds;
    m[QStringLiteral("feature_seconds")] = r.featureSeconds;
    m[QStringLiteral("train_seconds")] = r.trainSeconds;
    m[QStringLiteral("score_seconds")] = r.scoreSeconds;
    return m;
}

/// The scored moment and the two earlier cuts, as the server prints them.
struct Cuts {
    std::string score, valid, train;
};

Cuts resolveCuts(Database& db, const std::string& asOf, int days)
{
    std::string text = asOf;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-')
        text += " 00:00:00+00";
    Cuts cuts;
    try {
        db.read([&](pqxx::work& tx) {
            const auto r = tx.exec_params1(
                "SELECT s::text, (s - make_interval(days => $2))::text, (s - make_interval(days => 2 * $2))::text "
                "FROM (SELECT coalesce(NULLIF($1, '')::timestamptz, "
                "  date_trunc('day', greatest((SELECT max(created_at) FROM crm.orders), "
                "                             (SELECT max(occurred_at) FROM crm.events))) + interval '1 day') AS s) c",
                text, days);
            if (r[0].is_null())
                return;
            cuts = {r[0].c_str(), r[1].c_str(), r[2].c_str()};
        });
    } catch (const Error& e) {
        if (e.sqlstate().rfind("22", 0) == 0)
            throw Error(Error::Code::InvalidArgument,
                        trArgs(QCoreApplication::translate("Features", "the as-of date '%1' is not a valid date or time"),
                               asOf));
        throw;
    }
    if (cuts.score.empty())
        throw Error(Error::Code::InvalidArgument,
                    QCoreApplication::translate("Scores",
                                                "the database has no orders or events to learn from (nothing was written)")
                        .toStdString());
    return cuts;
}

} // namespace

const char* ScoringService::modelName(ScoringOptions::Kind kind)
{
    return kind == ScoringOptions::Kind::Churn ? "churn" : "propensity";
}

int ScoringService::bandOf(double score)
{
    return score < 0.3 ? 0 : score < 0.6 ? 1 : 2;
}

int ScoringService::churnDays(Database& db)
{
    int days = kDefaultChurnDays;
    db.read([&](pqxx::work& tx) {
        const auto r = tx.exec("SELECT CASE WHEN jsonb_typeof(value) = 'number' THEN (value #>> '{}')::numeric::int END "
                               "FROM ops.settings WHERE key = 'churn.inactive_days'");
        if (!r.empty() && !r[0][0].is_null())
            days = std::clamp(r[0][0].as<int>(), 1, 730);
    });
    return days;
}

void ScoringService::setChurnDays(Database& db, int days)
{
    if (days < 1 || days > 730)
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Scores", "the churn window must be 1 to 730 days, got %1"), days));
    db.transact([&](pqxx::work& tx) {
        tx.exec_params0("INSERT INTO ops.settings (key, value, updated_at) VALUES ('churn.inactive_days', "
                        "to_jsonb($1::int), now()) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "
                        "updated_at = now()",
                        days);
    });
}

ScoringReport ScoringService::run(JobContext& ctx, const ScoringOptions& options)
{
    const auto started = Clock::now();
    const bool churn = options.kind == ScoringOptions::Kind::Churn;
    if (!churn && (options.horizonDays < 1 || options.horizonDays > 365))
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Scores", "the purchase horizon must be 1 to 365 days, got %1"),
                           options.horizonDays));
    if (churn && (options.churnDays < 0 || options.churnDays > 730))
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Scores", "the churn window must be 1 to 730 days, got %1"),
                           options.churnDays));
    const int days = churn ? (options.churnDays > 0 ? options.churnDays : churnDays(ctx.db())) : options.horizonDays;

    ScoringReport report;
    report.kind = options.kind;
    report.randomForest = options.randomForest;
    report.windowDays = days;
    const Cuts cuts = resolveCuts(ctx.db(), options.asOf, days);

    const QString loading = QCoreApplication::translate("Scores", "Building training features");
    ctx.progress(0.0, loading.toStdString());
    const auto featuresStarted = Clock::now();
    const CutSet train = buildCut(ctx, cuts.train, options.kind, days, true, 0.0, 0.15);
    report.trainAsOf = train.cut;
    requireBothOutcomes(train, "train", cuts.valid);
    const CutSet valid = buildCut(ctx, cuts.valid, options.kind, days, true, 0.15, 0.3);
    report.validAsOf = valid.cut;
    requireBothOutcomes(valid, "valid", cuts.score);
    const CutSet scored = buildCut(ctx, cuts.score, options.kind, days, false, 0.3, 0.45);
    report.scoreAsOf = scored.cut;
    report.featureSeconds = seconds(featuresStarted);
    if (scored.rows() == 0)
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate(
                               "Scores", "no users to score as of %1 (churn concerns users active in the %2 days "
                                         "before it; nothing was written)"),
                           scored.cut, days));
    report.trainRows = static_cast<std::int64_t>(train.rows());
    report.validRows = static_cast<std::int64_t>(valid.rows());
    report.scoredUsers = static_cast<std::int64_t>(scored.rows());
    report.trainPositiveRate = static_cast<double>(train.positives()) / static_cast<double>(train.rows());
    report.validPositiveRate = static_cast<double>(valid.positives()) / static_cast<double>(valid.rows());

    // Boosting defaults: shallow trees keep exact TreeSHAP (O(trees × leaves × depth²) per user)
    // cheap for every user, at no loss of validation ROC-AUC on the generated data (see README).
    const GbdtParams params = options.randomForest
                                  ? GbdtParams::forMode(true, options.seed, options.rounds, options.maxDepth)
                                  : GbdtParams::forMode(false, options.seed, options.rounds > 0 ? options.rounds : 120,
                                                        options.maxDepth > 0 ? options.maxDepth : 3,
                                                        options.eta > 0 ? options.eta : 0.08);
    const auto trainStarted = Clock::now();
    const std::string trainingText = QCoreApplication::translate("Scores", "Training the model").toStdString();
    const auto progress = subProgress(ctx, 0.45, 0.85);
    GbdtTrainResult trained = GbdtModel::train(
        train.view(), train.y, params, [&](double f, const std::string&) { progress(f, trainingText); },
        &ctx.stopFlag());
    report.trainSeconds = seconds(trainStarted);
    report.warnings = trained.warnings;
    report.rounds = trained.model->boostedRounds();
    ctx.throwIfStopped();

    // The validation window: the model has never seen these labels.
    const std::vector<float> validScores = trained.model->predict(valid.view());
    report.rocAuc = binary_metrics::rocAuc(valid.y, validScores);
    report.prAuc = binary_metrics::averagePrecision(valid.y, validScores);
    report.logLoss = binary_metrics::logLoss(valid.y, validScores);
    report.roc = binary_metrics::rocCurve(valid.y, validScores);
    report.reliability = binary_metrics::reliabilityCurve(valid.y, validScores);
    report.lift = binary_metrics::liftAtDeciles(valid.y, validScores);
    const auto& names = FeatureBuilder::featureNames();
    for (const auto& imp : trained.model->importance())
        report.importance.emplace_back(names[imp.feature], imp.gain);
    std::stable_sort(report.importance.begin(), report.importance.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });

    ctx.progress(0.85, QCoreApplication::translate("Scores", "Scoring customers").toStdString());
    const auto scoreStarted = Clock::now();
    const std::vector<float> scores = trained.model->predict(scored.view());
    // Exact TreeSHAP for boosting; a deep random forest takes the path-based attributions, which are
    // two orders of magnitude cheaper there (see GbdtModel::contributions).
    const std::vector<float> contributions = trained.model->contributions(scored.view(), options.randomForest);
    report.scoreSeconds = seconds(scoreStarted);
    ctx.throwIfStopped();
    const std::size_t cols = scored.cols;
    std::vector<std::size_t> byScore(scored.rows());
    std::iota(byScore.begin(), byScore.end(), std::size_t{0});
    std::stable_sort(byScore.begin(), byScore.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    for (std::size_t i = 0; i < scored.rows(); ++i) {
        ++report.histogram[static_cast<std::size_t>(binOf(scores[i]))];
        ++report.bands[static_cast<std::size_t>(bandOf(scores[i]))];
    }
    for (std::size_t t = 0; t < std::min(kTopUsers, byScore.size()); ++t) {
        const std::size_t i = byScore[t];
        report.top.push_back({scored.userIds[i], scores[i],
                              reasonsOf(&contributions[i * (cols + 1)], &scored.raw[i * cols], cols, names)});
    }

    QJsonObject runParams;
    runParams[QStringLiteral("kind")] = QString::fromLatin1(modelName(options.kind));
    runParams[QStringLiteral("as_of")] = QString::fromStdString(scored.cut);
    runParams[churn ? QStringLiteral("churn_days") : QStringLiteral("horizon_days")] = days;
    runParams[QStringLiteral("seed")] = QString::number(options.seed);
    runParams[QStringLiteral("mode")] = options.randomForest ? QStringLiteral("random_forest") : QStringLiteral("gbdt");
    runParams[QStringLiteral("rounds")] = options.randomForest ? params.numParallelTree : params.rounds;
    runParams[QStringLiteral("max_depth")] = params.maxDepth;
    runParams[QStringLiteral("eta")] = params.eta;
    QJsonArray featureList;
    for (const auto& name : names)
        featureList.append(QString::fromStdString(name));
    runParams[QStringLiteral("features")] = featureList;
    const std::string scoreColumn = churn ? "churn_probability" : "purchase_probability_30d";
    const std::string reasonsColumn = churn ? "churn_reasons" : "purchase_reasons";
    const std::string runColumn = churn ? "churn_run_id" : "purchase_run_id";
    const std::int64_t runId = ModelRunLog::start(ctx.db(), modelName(options.kind), runParams, scored.cut);
    report.runId = runId;
    ModelRunLog::guard(ctx.db(), runId, started, [&] {
        ctx.progress(0.9, QCoreApplication::translate("Scores", "Writing scores").toStdString());
        const std::vector<std::uint8_t> artifact = trained.model->save();
        ctx.db().transact([&](pqxx::work& tx) {
            tx.exec0("CREATE TEMP TABLE score_stage (user_id bigint PRIMARY KEY, score real, reasons jsonb) "
                     "ON COMMIT DROP");
            {
                CopyStream copy(tx, "score_stage", {"user_id", "score", "reasons"});
                for (std::size_t i = 0; i < scored.rows(); ++i) {
                    std::string& row = copy.row();
                    row += std::to_string(scored.userIds[i]);
                    row += '\t';
                    row += shortNumber(scores[i], "%.9g");
                    row += '\t';
                    CopyStream::escape(row, compactJson(scoreReasonsJson(reasonsOf(
                                                &contributions[i * (cols + 1)], &scored.raw[i * cols], cols, names))));
                    copy.endRow();
                    if (i % 65536 == 0)
                        ctx.throwIfStopped();
                }
                copy.complete();
            }
            ctx.throwIfStopped();
            tx.exec_params0("INSERT INTO ml.scores (run_id, user_id, score) SELECT $1, user_id, score FROM score_stage",
                            runId);
            tx.exec_params0("INSERT INTO ml.user_metrics AS m (user_id, computed_at, " + scoreColumn + ", " +
                                reasonsColumn + ", " + runColumn +
                                ") SELECT user_id, now(), score, reasons, $1 FROM score_stage "
                                "ON CONFLICT (user_id) DO UPDATE SET computed_at = now(), " +
                                scoreColumn + " = EXCLUDED." + scoreColumn + ", " + reasonsColumn + " = EXCLUDED." +
                                reasonsColumn + ", " + runColumn + " = EXCLUDED." + runColumn,
                            runId);
            tx.exec_params0("UPDATE ml.user_metrics SET " + scoreColumn + " = NULL, " + reasonsColumn + " = NULL, " +
                                runColumn + " = $1 WHERE " + runColumn + " IS DISTINCT FROM $1 AND (" + scoreColumn +
                                " IS NOT NULL OR " + reasonsColumn + " IS NOT NULL)",
                            runId);
            tx.exec_params0("UPDATE ml.model_runs SET artifact = decode($2, 'hex'), data_from = $3::timestamptz "
                            "WHERE run_id = $1",
                            runId, hexOf(artifact), train.cut);
            ctx.throwIfStopped();
            report.durationMs = ModelRunLog::elapsedMs(started);
            ModelRunLog::succeed(tx, runId, metricsJson(report), report.durationMs);
        });
    });
    ctx.progress(1.0, QCoreApplication::translate("Scores", "Scores written").toStdString());
    return report;
}

ScoreDrift ScoringService::compare(Database& db, std::int64_t runA, std::int64_t runB)
{
    ScoreDrift d;
    d.runA = runA;
    d.runB = runB;
    db.read([&](pqxx::work& tx) {
        std::string models[2];
        for (int i = 0; i < 2; ++i) {
            const std::int64_t id = i == 0 ? runA : runB;
            const auto r = tx.exec_params("SELECT model, status FROM ml.model_runs WHERE run_id = $1", id);
            if (r.empty() || (r[0][0].as<std::string>() != "propensity" && r[0][0].as<std::string>() != "churn") ||
                r[0][1].as<std::string>() != "succeeded")
                throw Error(Error::Code::InvalidArgument,
                            trArgs(QCoreApplication::translate(
                                       "Scores", "run %1 is not a succeeded propensity or churn run"),
                                   id));
            models[i] = r[0][0].as<std::string>();
        }
        if (models[0] != models[1])
            throw Error(Error::Code::InvalidArgument,
                        trArgs(QCoreApplication::translate("Scores", "run %1 is a %2 run and run %3 a %4 run; only runs "
                                                                     "of the same model can be compared"),
                               runA, models[0], runB, models[1]));
        d.model = models[0];
        for (const auto& r : tx.exec_params("SELECT run_id, least(floor(score * 20)::int, 19), count(*) FROM ml.scores "
                                            "WHERE run_id IN ($1, $2) GROUP BY 1, 2",
                                            runA, runB)) {
            const auto bin = static_cast<std::size_t>(std::clamp(r[1].as<int>(), 0, 19));
            if (r[0].as<std::int64_t>() == runA)
                d.histogramA[bin] += r[2].as<std::int64_t>();
            if (r[0].as<std::int64_t>() == runB)
                d.histogramB[bin] += r[2].as<std::int64_t>();
        }
        for (const auto& r : tx.exec_params("SELECT run_id, count(*), avg(score) FROM ml.scores WHERE run_id IN ($1, $2) "
                                            "GROUP BY 1",
                                            runA, runB)) {
            if (r[0].as<std::int64_t>() == runA) {
                d.usersA = r[1].as<std::int64_t>();
                d.meanA = r[2].as<double>();
            }
            if (r[0].as<std::int64_t>() == runB) {
                d.usersB = r[1].as<std::int64_t>();
                d.meanB = r[2].as<double>();
            }
        }
        const char* band = "CASE WHEN %s.score < 0.3 THEN 0 WHEN %s.score < 0.6 THEN 1 ELSE 2 END";
        char bandA[128], bandB[128];
        std::snprintf(bandA, sizeof bandA, band, "a", "a");
        std::snprintf(bandB, sizeof bandB, band, "b", "b");
        for (const auto& r : tx.exec_params(std::string("SELECT ") + bandA + ", " + bandB +
                                                ", count(*) FROM ml.scores a JOIN ml.scores b "
                                                "ON b.user_id = a.user_id AND b.run_id = $2 WHERE a.run_id = $1 "
                                                "GROUP BY 1, 2",
                                            runA, runB)) {
            d.bandMoves[static_cast<std::size_t>(r[0].as<int>())][static_cast<std::size_t>(r[1].as<int>())] =
                r[2].as<std::int64_t>();
        }
    });
    std::int64_t changed = 0;
    for (int a = 0; a < 3; ++a)
        for (int b = 0; b < 3; ++b) {
            d.common += d.bandMoves[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
            if (a != b)
                changed += d.bandMoves[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)];
        }
    d.bandChangeShare = d.common > 0 ? static_cast<double>(changed) / static_cast<double>(d.common) : 0.0;
    // PSI = Σ (pB − pA) · ln(pB / pA), empty bins floored at 1e-4 so the sum stays finite.
    for (std::size_t i = 0; i < 20; ++i) {
        const double pa = std::max(d.usersA > 0 ? static_cast<double>(d.histogramA[i]) / static_cast<double>(d.usersA) : 0.0, 1e-4);
        const double pb = std::max(d.usersB > 0 ? static_cast<double>(d.histogramB[i]) / static_cast<double>(d.usersB) : 0.0, 1e-4);
        d.psi += (pb - pa) * std::log(pb / pa);
    }
    return d;
}

std::vector<ScoringRun> ScoringService::history(Database& db, const std::string& model, int limit)
{
    std::vector<ScoringRun> out;
    db.read([&](pqxx::work& tx) {
        const auto rows = tx.exec_params(
            "SELECT run_id, model, status, to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), "
            "coalesce(params->>'as_of', ''), coalesce(params->>'mode', ''), (metrics->>'roc_auc')::float8, "
            "(metrics->>'pr_auc')::float8, (metrics->>'log_loss')::float8, "
            "coalesce((metrics->>'scored_users')::bigint, 0), coalesce(duration_ms, 0), "
            "coalesce((params->>'horizon_days')::int, (params->>'churn_days')::int, 0) "
            "FROM ml.model_runs WHERE model IN ('propensity', 'churn') AND ($1 = '' OR model = $1) "
            "ORDER BY run_id DESC LIMIT $2",
            model, limit);
        for (const auto& r : rows) {
            ScoringRun run;
            run.runId = r[0].as<std::int64_t>();
            run.model = r[1].as<std::string>();
            run.status = r[2].as<std::string>();
            run.startedAt = r[3].as<std::string>();
            run.asOf = r[4].as<std::string>();
            run.mode = r[5].as<std::string>();
            run.rocAuc = r[6].is_null() ? kNaN : r[6].as<double>();
            run.prAuc = r[7].is_null() ? kNaN : r[7].as<double>();
            run.logLoss = r[8].is_null() ? kNaN : r[8].as<double>();
            run.scoredUsers = r[9].as<std::int64_t>();
            run.durationMs = r[10].as<std::int64_t>();
            run.windowDays = r[11].as<int>();
            out.push_back(std::move(run));
        }
    });
    return out;
}

QJsonArray scoreReasonsJson(const std::vector<ScoreReason>& reasons)
{
    QJsonArray out;
    for (const auto& r : reasons) {
        QJsonObject o;
        o[QStringLiteral("feature")] = QString::fromStdString(r.feature);
        o[QStringLiteral("value")] = std::isnan(r.value) ? QJsonValue() : QJsonValue(r.value);
        o[QStringLiteral("contribution")] = r.contribution;
        out.append(o);
    }
    return out;
}

} // namespace kestrel::core
