#include "analytics/clv.h"

#include "analytics/parallel_rows.h"
#include "common/error.h"

#include <Eigen/Core>
#include <LBFGS.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <functional>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>
#include <tuple>

namespace kestrel::core::analytics {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/// Rows per thread below which a likelihood evaluation stays on the calling thread.
constexpr std::int64_t kRowsPerThread = 50'000;
/// Gradient norm (per customer, log parameters) under which a fit counts as converged.
constexpr double kConvergedGradient = 1e-5;

[[noreturn]] void invalidRow(std::size_t row, const std::string& what)
{
    throw Error(Error::Code::InvalidArgument, "row " + std::to_string(row) + ": " + what);
}

/// One distinct row of a fit with the number of customers it stands for.
struct WeightedRow {
    double x = 0, tx = 0, T = 0, w = 0;
};

/// The terms that depend on x alone, summed over every customer with that x.
struct FrequencyGroup {
    double x = 0, w = 0;
};

/// Merges identical rows (customers with the same history contribute the same term) and collects
/// the distinct frequencies, so an evaluation costs one pass over distinct rows plus a few log-gamma
/// calls per distinct frequency.
void mergeRows(std::vector<std::array<double, 3>> keys, std::vector<WeightedRow>& rows,
               std::vector<FrequencyGroup>& groups)
{
    std::sort(keys.begin(), keys.end());
    rows.clear();
    for (const auto& k : keys) {
        if (!rows.empty() && rows.back().x == k[0] && rows.back().tx == k[1] && rows.back().T == k[2])
            rows.back().w += 1;
        else
            rows.push_back({k[0], k[1], k[2], 1});
    }
    std::map<double, double> byX;
    for (const auto& r : rows)
        byX[r.x] += r.w;
    groups.clear();
    for (const auto& [x, w] : byX)
        groups.push_back({x, w});
}

int threadsFor(std::size_t rows)
{
    const auto wanted = static_cast<int>(static_cast<std::int64_t>(rows) / kRowsPerThread);
    return std::max(1, std::min(wanted, defaultThreads(0)));
}

/// Sums fn(row, partial[N]) over rows on up to `threads` threads, reducing in a fixed order.
template <std::size_t N, typename Fn>
std::array<double, N> sumRows(const std::vector<WeightedRow>& rows, int threads, Fn&& fn)
{
    std::vector<std::array<double, N>> parts(static_cast<std::size_t>(threads), std::array<double, N>{});
    parallelRows(static_cast<std::int64_t>(rows.size()), threads,
                 [&](std::int64_t begin, std::int64_t end, int part) {
                     std::array<double, N> acc{};
                     for (std::int64_t i = begin; i < end; ++i)
                         fn(rows[static_cast<std::size_t>(i)], acc);
                     parts[static_cast<std::size_t>(part)] = acc;
                 });
    std::array<double, N> total{};
    for (const auto& p : parts)
        for (std::size_t k = 0; k < N; ++k)
            total[k] += p[k];
    return total;
}

// ------------------------------------------------------------------------------------------ BG/NBD

struct BgNbdData {
    std::vector<WeightedRow> rows;
    std::vector<FrequencyGroup> groups;
    double customers = 0;
    int threads = 1;
};

/// Total log-likelihood and its gradient in (r, α, a, b). Each customer contributes
/// ln[B(a, b+x)/B(a, b)] + ln[Γ(r+x) α^r / Γ(r)] + ln[(α+T)^−(r+x) + δ(x>0) a/(b+x−1) (α+t_x)^−(r+x)].
double bgNbdEvaluate(const double* p, const BgNbdData& d, double* grad)
{
    const double r = p[0], al = p[1], a = p[2], b = p[3];
    if (!(r > 0 && al > 0 && a > 0 && b > 0))
        return -std::numeric_limits<double>::infinity();
    const double logAl = std::log(al), logA = std::log(a);
    const double digAb = digamma(a + b), digR = digamma(r), digB = digamma(b);
    const double lgR = std::lgamma(r), lgAb = std::lgamma(a + b), lgB = std::lgamma(b);

    double ll = 0;
    std::array<double, 4> g{};
    for (const auto& grp : d.groups) {
        const double x = grp.x, w = grp.w;
        ll += w * (std::lgamma(r + x) - lgR + r * logAl + lgAb + std::lgamma(b + x) - lgB - std::lgamma(a + b + x));
        const double digAbx = digamma(a + b + x);
        g[0] += w * (digamma(r + x) - digR + logAl);
        g[1] += w * (r / al);
        g[2] += w * (digAb - digAbx);
        g[3] += w * (digAb + digamma(b + x) - digB - digAbx);
    }
    const auto rowSums = sumRows<5>(d.rows, d.threads, [&](const WeightedRow& row, std::array<double, 5>& acc) {
        const double rx = r + row.x;
        const double lT = std::log(al + row.T);
        const double a3 = -rx * lT;
        if (row.x <= 0) {
            acc[0] += row.w * a3;
            acc[1] += row.w * -lT;
            acc[2] += row.w * (-rx / (al + row.T));
            return;
        }
        const double lt = std::log(al + row.tx);
        const double bx1 = b + row.x - 1;
        const double a4 = logA - std::log(bx1) - rx * lt;
        const double m = std::max(a3, a4);
        const double e3 = std::exp(a3 - m), e4 = std::exp(a4 - m);
        const double s = e3 + e4;
        const double w4 = e4 / s, w3 = 1 - w4;
        acc[0] += row.w * (m + std::log(s));
        acc[1] += row.w * (-w3 * lT - w4 * lt);
        acc[2] += row.w * (-rx * (w3 / (al + row.T) + w4 / (al + row.tx)));
        acc[3] += row.w * (w4 / a);
        acc[4] += row.w * (-w4 / bx1);
    });
    ll += rowSums[0];
    if (grad != nullptr) {
        grad[0] = g[0] + rowSums[1];
        grad[1] = g[1] + rowSums[2];
        grad[2] = g[2] + rowSums[3];
        grad[3] = g[3] + rowSums[4];
    }
    return ll;
}

BgNbdData bgNbdData(const ClvData& data, bool check)
{
    const std::size_t n = data.size();
    if (data.recency.size() != n || data.age.size() != n)
        throw Error(Error::Code::InvalidArgument, "frequency, recency and age differ in length");
    std::vector<std::array<double, 3>> keys(n);
    bool anyRepeat = false;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = data.frequency[i], tx = data.recency[i], T = data.age[i];
        if (check) {
            if (!std::isfinite(x) || !std::isfinite(tx) || !std::isfinite(T))
                invalidRow(i, "frequency, recency and T must be numbers");
            if (x < 0 || x != std::floor(x))
                invalidRow(i, "frequency " + std::to_string(x) + " is not a whole number ≥ 0");
            if (tx < 0 || T < 0)
                invalidRow(i, "recency and T must not be negative");
            if (tx > T)
                invalidRow(i, "recency " + std::to_string(tx) + " is greater than T " + std::to_string(T));
            if (x == 0 && tx > 0)
                invalidRow(i, "frequency 0 with recency " + std::to_string(tx) + " > 0");
        }
        anyRepeat = anyRepeat || x > 0;
        keys[i] = {x, tx, T};
    }
    if (check && n == 0)
        throw Error(Error::Code::InvalidArgument, "no customers to fit");
    if (check && !anyRepeat)
        throw Error(Error::Code::InvalidArgument,
                    "every customer is a one-time buyer (frequency 0): BG/NBD needs repeat purchases");
    BgNbdData d;
    mergeRows(std::move(keys), d.rows, d.groups);
    d.customers = static_cast<double>(n);
    d.threads = threadsFor(d.rows.size());
    return d;
}

// ------------------------------------------------------------------------------------- Gamma-Gamma

struct GammaGammaData {
    std::vector<WeightedRow> rows; ///< x, tx = monetary, T unused
    std::vector<FrequencyGroup> groups;
    double sumXLogM = 0, sumLogM = 0, sumXLogX = 0;
    double customers = 0;
    int threads = 1;
};

/// Total log-likelihood of the repeat buyers' mean spends and its gradient in (p, q, γ):
/// ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + x m).
double gammaGammaEvaluate(const double* par, const GammaGammaData& d, double* grad)
{
    const double p = par[0], q = par[1], gm = par[2];
    if (!(p > 0 && q > 0 && gm > 0))
        return -std::numeric_limits<double>::infinity();
    const double logG = std::log(gm), lgQ = std::lgamma(q), digQ = digamma(q);
    double ll = p * d.sumXLogM - d.sumLogM + p * d.sumXLogX;
    std::array<double, 3> g{d.sumXLogM + d.sumXLogX, 0, 0};
    for (const auto& grp : d.groups) {
        const double x = grp.x, w = grp.w;
        const double px = p * x;
        ll += w * (std::lgamma(px + q) - std::lgamma(px) - lgQ + q * logG);
        const double digPxq = digamma(px + q);
        g[0] += w * x * (digPxq - digamma(px));
        g[1] += w * (digPxq - digQ + logG);
        g[2] += w * (q / gm);
    }
    const auto rowSums = sumRows<4>(d.rows, d.threads, [&](const WeightedRow& row, std::array<double, 4>& acc) {
        const double denom = gm + row.x * row.tx;
        const double l = std::log(denom);
        const double pxq = p * row.x + q;
        acc[0] += row.w * (-pxq * l);
        acc[1] += row.w * (-row.x * l);
        acc[2] += row.w * (-l);
        acc[3] += row.w * (-pxq / denom);
    });
    ll += rowSums[0];
    if (grad != nullptr) {
        grad[0] = g[0] + rowSums[1];
        grad[1] = g[1] + rowSums[2];
        grad[2] = g[2] + rowSums[3];
    }
    return ll;
}

GammaGammaData gammaGammaData(const ClvData& data, bool check)
{
    const std::size_t n = data.size();
    if (data.monetary.size() != n)
        throw Error(Error::Code::InvalidArgument, "monetary values are missing (Gamma-Gamma needs them)");
    std::vector<std::array<double, 3>> keys;
    GammaGammaData d;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = data.frequency[i], m = data.monetary[i];
        if (!(x > 0))
            continue;
        if (check && (!std::isfinite(m) || m <= 0))
            invalidRow(i, std::isfinite(m) ? "monetary value " + std::to_string(m) + " of a repeat buyer is not > 0"
                                           : std::string("monetary value of a repeat buyer is missing"));
        keys.push_back({x, m, 0});
        d.sumXLogM += x * std::log(m);
        d.sumLogM += std::log(m);
        d.sumXLogX += x * std::log(x);
    }
    if (check && keys.size() < 2)
        throw Error(Error::Code::InvalidArgument,
                    "Gamma-Gamma needs at least two repeat buyers (frequency > 0); found " +
                        std::to_string(keys.size()));
    d.customers = static_cast<double>(keys.size());
    mergeRows(std::move(keys), d.rows, d.groups);
    d.threads = threadsFor(d.rows.size());
    return d;
}

// ----------------------------------------------------------------------------------------- fitting

/// −(mean log-likelihood) over the log parameters, for L-BFGS; remembers the best point it saw, since
/// a line search that fails may leave the solver's own point anywhere.
template <int N> class LogObjective {
public:
    using Evaluate = std::function<double(const double*, double*)>;
    LogObjective(Evaluate evaluate, double customers, const KernelControl& control)
        : m_evaluate(std::move(evaluate)), m_customers(customers), m_control(control)
    {
    }

    double operator()(const Eigen::VectorXd& theta, Eigen::VectorXd& grad)
    {
        m_control.throwIfStopped();
        ++evaluations;
        double p[N], g[N];
        for (int k = 0; k < N; ++k)
            p[k] = std::exp(theta[k]);
        const double ll = m_evaluate(p, g);
        bool finite = std::isfinite(ll);
        for (int k = 0; k < N && finite; ++k)
            finite = std::isfinite(g[k]);
        if (!finite) {
            // Outside where the likelihood can be evaluated: a large value sends the line search back.
            grad.setZero();
            return 1e30;
        }
        const double f = -ll / m_customers;
        for (int k = 0; k < N; ++k)
            grad[k] = -g[k] * p[k] / m_customers;
        if (f < bestValue) {
            bestValue = f;
            best = theta;
            bestGradientNorm = grad.norm();
        }
        return f;
    }

    int evaluations = 0;
    double bestValue = std::numeric_limits<double>::infinity();
    double bestGradientNorm = kNaN;
    Eigen::VectorXd best;

private:
    Evaluate m_evaluate;
    double m_customers;
    const KernelControl& m_control;
};

/// Runs L-BFGS from every start and once more from the best point reached; returns the best point
/// (natural parameters) and fills the diagnostics.
template <int N>
std::array<double, N> fitFromStarts(const std::vector<std::array<double, N>>& starts,
                                    typename LogObjective<N>::Evaluate evaluate, double customers,
                                    const KernelControl& control, FitDiagnostics& diag)
{
    LBFGSpp::LBFGSParam<double> param;
    param.m = 8;
    param.epsilon = 1e-9;
    param.epsilon_rel = 0;
    param.past = 3;
    param.delta = 1e-13;
    param.max_iterations = 1000;
    param.max_linesearch = 60;
    param.linesearch = LBFGSpp::LBFGS_LINESEARCH_BACKTRACKING_STRONG_WOLFE;
    LBFGSpp::LBFGSSolver<double> solver(param);

    LogObjective<N> objective(std::move(evaluate), customers, control);
    double previousBest = std::numeric_limits<double>::infinity();
    std::vector<std::string> earlyEnds;
    auto runFrom = [&](Eigen::VectorXd theta) {
        ++diag.starts;
        double fx = 0;
        try {
            diag.iterations += solver.minimize(objective, theta, fx);
        } catch (const Error&) {
            throw; // a stop request
        } catch (const std::exception& e) {
            // The line search gave up (near an optimum, rounding makes every step look flat); the best
            // point seen so far still counts.
            earlyEnds.push_back(std::string("a start ended early: ") + e.what());
        }
    };
    for (const auto& s : starts) {
        Eigen::VectorXd theta(N);
        for (int k = 0; k < N; ++k)
            theta[k] = std::log(s[k]);
        const double before = objective.bestValue;
        runFrom(theta);
        if (before < std::numeric_limits<double>::infinity() && objective.bestValue < before - 1e-9)
            diag.notes.push_back("a later start found a better optimum than an earlier one");
    }
    if (objective.best.size() != N)
        throw Error(Error::Code::InvalidArgument, "the likelihood could not be evaluated at any starting point");
    // Restart from the best point with a fresh curvature memory: if it cannot improve, it is a minimum.
    previousBest = objective.bestValue;
    runFrom(objective.best);
    const bool stable = objective.bestValue >= previousBest - 1e-10 * std::max(1.0, std::abs(previousBest));

    std::array<double, N> out{};
    for (int k = 0; k < N; ++k)
        out[k] = std::exp(objective.best[k]);
    diag.evaluations = objective.evaluations;
    diag.gradientNorm = objective.bestGradientNorm;
    diag.logLikelihood = -objective.bestValue * customers;
    diag.converged = stable && objective.bestGradientNorm < kConvergedGradient;
    if (!diag.converged) {
        diag.notes.insert(diag.notes.end(), earlyEnds.begin(), earlyEnds.end());
        diag.notes.push_back("the optimiser did not reach a point where the gradient vanishes");
    }
    return out;
}

double secondsSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

double digamma(double x)
{
    if (!(x > 0))
        return kNaN;
    double result = 0;
    while (x < 10) {
        result -= 1 / x;
        x += 1;
    }
    const double inv = 1 / x, inv2 = inv * inv;
    // Asymptotic series: ln x − 1/(2x) − Σ B_2k / (2k x^2k).
    result += std::log(x) - 0.5 * inv -
              inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 * (1.0 / 132)))));
    return result;
}

double hypergeometric2F1(double a, double b, double c, double z)
{
    double term = 1, sum = 1;
    for (int n = 0; n < 200'000; ++n) {
        term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
        sum += term;
        if (std::abs(term) <= 1e-15 * std::abs(sum))
            return sum;
    }
    return sum;
}

double bgNbdLogLikelihood(const BgNbdParams& params, const ClvData& data, double gradient[4])
{
    const BgNbdData d = bgNbdData(data, false);
    const double p[4] = {params.r, params.alpha, params.a, params.b};
    return bgNbdEvaluate(p, d, gradient);
}

double gammaGammaLogLikelihood(const GammaGammaParams& params, const ClvData& data, double gradient[3])
{
    const GammaGammaData d = gammaGammaData(data, false);
    const double p[3] = {params.p, params.q, params.gamma};
    return gammaGammaEvaluate(p, d, gradient);
}

BgNbdFit fitBgNbd(const ClvData& data, const KernelControl& control)
{
    const auto t0 = std::chrono::steady_clock::now();
    const BgNbdData d = bgNbdData(data, true);
    // Starting points: unit shapes with α set by the mean purchase rate (so the time unit does not
    // matter), then two points on either side; a restart from the best follows.
    double sumX = 0, sumT = 0;
    for (const auto& row : d.rows) {
        sumX += row.w * row.x;
        sumT += row.w * row.T;
    }
    const double alpha0 = std::max(1e-6, sumT / std::max(sumX, 1.0));
    std::vector<std::array<double, 4>> starts = {{1, alpha0, 1, 1}, {0.3, 0.3 * alpha0, 0.5, 2}, {3, 3 * alpha0, 2, 5}};

    BgNbdFit fit;
    fit.diagnostics.customers = static_cast<std::int64_t>(d.customers);
    fit.diagnostics.distinctRows = static_cast<std::int64_t>(d.rows.size());
    const auto best = fitFromStarts<4>(
        starts, [&d](const double* p, double* g) { return bgNbdEvaluate(p, d, g); }, d.customers, control,
        fit.diagnostics);
    fit.params = {best[0], best[1], best[2], best[3]};
    fit.diagnostics.seconds = secondsSince(t0);
    return fit;
}

GammaGammaFit fitGammaGamma(const ClvData& data, const KernelControl& control)
{
    const auto t0 = std::chrono::steady_clock::now();
    const GammaGammaData d = gammaGammaData(data, true);
    double sumM = 0;
    for (const auto& row : d.rows)
        sumM += row.w * row.tx;
    const double meanM = sumM / d.customers;
    // The likelihood has a long, flat ridge (p, q and γ trade off against each other), on which an
    // optimiser can stop short: several starts spread along it, then a restart from the best.
    std::vector<std::array<double, 3>> starts = {
        {1, 1, 1}, {1, 2, meanM}, {5, 5, 4 * meanM / 5}, {20, 20, 19 * meanM / 20}};

    GammaGammaFit fit;
    fit.diagnostics.customers = static_cast<std::int64_t>(d.customers);
    fit.diagnostics.distinctRows = static_cast<std::int64_t>(d.rows.size());
    const auto best = fitFromStarts<3>(
        starts, [&d](const double* p, double* g) { return gammaGammaEvaluate(p, d, g); }, d.customers, control,
        fit.diagnostics);
    fit.params = {best[0], best[1], best[2]};
    fit.diagnostics.seconds = secondsSince(t0);
    return fit;
}

double bgNbdExpectedPurchases(const BgNbdParams& pr, double t, double x, double tx, double T)
{
    if (t <= 0)
        return 0;
    const double r = pr.r, al = pr.alpha, a = pr.a, b = pr.b;
    const double rx = r + x;
    const double z = t / (al + T + t);
    const double hyp = hypergeometric2F1(rx, b + x, a + b + x - 1, z);
    const double numerator =
        (a + b + x - 1) / (a - 1) * (1 - std::exp(rx * std::log((al + T) / (al + T + t))) * hyp);
    const double tail = x > 0 ? a / (b + x - 1) * std::exp(rx * std::log((al + T) / (al + tx))) : 0;
    return std::max(0.0, numerator / (1 + tail));
}

double bgNbdProbabilityAlive(const BgNbdParams& pr, double x, double tx, double T)
{
    if (x <= 0)
        return 1;
    const double rx = pr.r + x;
    const double odds = pr.a / (pr.b + x - 1) * std::exp(rx * std::log((pr.alpha + T) / (pr.alpha + tx)));
    return 1 / (1 + odds);
}

double gammaGammaExpectedSpend(const GammaGammaParams& pr, double x, double monetary)
{
    if (x <= 0 || !(monetary > 0))
        return pr.q > 1 ? pr.p * pr.gamma / (pr.q - 1) : std::numeric_limits<double>::infinity();
    return pr.p * (pr.gamma + x * monetary) / (pr.p * x + pr.q - 1);
}

double customerLifetimeValue(const BgNbdParams& bg, const GammaGammaParams& gg, double x, double tx, double T,
                             double monetary, int months, double monthLength, double monthlyDiscount)
{
    const double spend = gammaGammaExpectedSpend(gg, x, monetary);
    double value = 0, previous = 0;
    for (int i = 1; i <= months; ++i) {
        const double upTo = bgNbdExpectedPurchases(bg, i * monthLength, x, tx, T);
        value += spend * (upTo - previous) / std::pow(1 + monthlyDiscount, i);
        previous = upTo;
    }
    return value;
}

} // namespace kestrel::core::analytics
