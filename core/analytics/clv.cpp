#include "analytics/clv.h"

#include "analytics/parallel_rows.h"
#include "analytics/vector_math.h"
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

/// ln Γ(z) and ψ(z) together for z > 0: both shift z up to at least 10 (one product, one log)
/// and then use their asymptotic series, which share ln z and 1/z; cheaper than std::lgamma plus
/// digamma() and as exact (about 1e-15 relative).
void logGammaDigamma(double z, double& lgammaOut, double& digammaOut)
{
    double product = 1, reciprocals = 0;
    while (z < 10) {
        product *= z;
        reciprocals += 1 / z;
        z += 1;
    }
    const double inv = 1 / z, inv2 = inv * inv, logZ = std::log(z);
    constexpr double kHalfLog2Pi = 0.91893853320467274178;
    lgammaOut = (z - 0.5) * logZ - z + kHalfLog2Pi +
                inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 * (1.0 / 1188))))) -
                (product == 1 ? 0 : std::log(product));
    digammaOut = logZ - 0.5 * inv -
                 inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 * (1.0 / 132))))) -
                 reciprocals;
}

/// ln(shift + v[i]) for every i.
std::vector<double> logOfShifted(const std::vector<double>& v, double shift)
{
    std::vector<double> out(v.size());
    for (std::size_t i = 0; i < v.size(); ++i)
        out[i] = shift + v[i];
    logInPlace(out.data(), out.size());
    return out;
}

int threadsFor(std::size_t rows)
{
    const auto wanted = static_cast<int>(static_cast<std::int64_t>(rows) / kRowsPerThread);
    return std::max(1, std::min(wanted, defaultThreads(0)));
}

// ------------------------------------------------------------------------------------------ BG/NBD

struct BgNbdData {
    std::vector<FrequencyGroup> groups; ///< distinct x, ascending, with customer counts
    std::vector<double> ages;           ///< distinct T of the one-time buyers
    std::vector<double> oneTimeByAge;   ///< customers with x = 0, per distinct T
    /// Distinct repeat-buyer rows (x > 0, t_x, T) with customer counts, as columns; each row's
    /// frequency group and distinct T are indices, so ln(b+x−1) and ln(α+T) are computed once per
    /// group or T in an evaluation rather than once per row.
    Eigen::ArrayXd x, w;
    std::vector<std::int32_t> group, age, recency;
    std::vector<double> repeatAges;      ///< distinct T of the repeat buyers
    std::vector<double> repeatRecencies; ///< distinct t_x of the repeat buyers (whole days: a few thousand)
    double customers = 0;
    int threads = 1;
    /// x is a whole number, so ln Γ(c + x) − ln Γ(c) = Σ_{i<x} ln(c + i): when the largest x is
    /// small, running sums over i replace log-gamma and digamma calls.
    bool runningSums = false;
};

/// Total log-likelihood and its gradient in (r, α, a, b). Each customer contributes
/// ln[B(a, b+x)/B(a, b)] + ln[Γ(r+x) α^r / Γ(r)] + ln[(α+T)^−(r+x) + δ(x>0) a/(b+x−1) (α+t_x)^−(r+x)].
double bgNbdEvaluate(const double* p, const BgNbdData& d, double* grad)
{
    const double r = p[0], al = p[1], a = p[2], b = p[3];
    if (!(r > 0 && al > 0 && a > 0 && b > 0))
        return -std::numeric_limits<double>::infinity();
    const double logAl = std::log(al), logA = std::log(a);

    // Terms of x alone, per distinct x: ln Γ(r+x)/Γ(r), ln Γ(b+x)/Γ(b), ln Γ(a+b)/Γ(a+b+x) and their
    // derivatives.
    double ll = 0;
    std::array<double, 4> g{};
    double sR = 0, dR = 0, sB = 0, dB = 0, sAb = 0, dAb = 0; // running sums up to the current x
    double i = 0;
    const double lgR = std::lgamma(r), lgAb = std::lgamma(a + b), lgB = std::lgamma(b);
    const double digAb = digamma(a + b), digR = digamma(r), digB = digamma(b);
    for (const auto& grp : d.groups) {
        const double x = grp.x, w = grp.w;
        double termR, termB, termAb, derR, derB, derAb;
        if (d.runningSums) {
            for (; i < x; i += 1) {
                sR += std::log(r + i);
                dR += 1 / (r + i);
                sB += std::log(b + i);
                dB += 1 / (b + i);
                sAb += std::log(a + b + i);
                dAb += 1 / (a + b + i);
            }
            termR = sR, termB = sB, termAb = sAb, derR = dR, derB = dB, derAb = dAb;
        } else {
            termR = std::lgamma(r + x) - lgR;
            termB = std::lgamma(b + x) - lgB;
            termAb = std::lgamma(a + b + x) - lgAb;
            derR = digamma(r + x) - digR;
            derB = digamma(b + x) - digB;
            derAb = digamma(a + b + x) - digAb;
        }
        ll += w * (termR + r * logAl + termB - termAb);
        g[0] += w * (derR + logAl);
        g[1] += w * (r / al);
        g[2] += w * -derAb;
        g[3] += w * (derB - derAb);
    }

    // One-time buyers contribute −r ln(α+T), once per distinct T.
    const std::vector<double> logOneTime = logOfShifted(d.ages, al);
    for (std::size_t k = 0; k < d.ages.size(); ++k) {
        const double w = d.oneTimeByAge[k];
        ll += w * -r * logOneTime[k];
        g[0] += w * -logOneTime[k];
        g[1] += w * -r / (al + d.ages[k]);
    }

    // Repeat buyers: ln[e^A3 + e^A4] with A3 = −(r+x) ln(α+T), A4 = ln a − ln(b+x−1) − (r+x) ln(α+t_x),
    // in slices (one per thread) of whole-array expressions.
    std::vector<std::array<double, 5>> parts(static_cast<std::size_t>(d.threads), std::array<double, 5>{});
    std::vector<double> shiftedX(d.groups.size()), invBx1(d.groups.size());
    for (std::size_t k = 0; k < d.groups.size(); ++k) {
        shiftedX[k] = d.groups[k].x - 1;
        invBx1[k] = 1 / (b + shiftedX[k]);
    }
    const std::vector<double> logBx1 = logOfShifted(shiftedX, b);
    const std::vector<double> logAge = logOfShifted(d.repeatAges, al);
    const std::vector<double> logRec = logOfShifted(d.repeatRecencies, al);
    std::vector<double> invAge(d.repeatAges.size()), invRec(d.repeatRecencies.size());
    for (std::size_t k = 0; k < invAge.size(); ++k)
        invAge[k] = 1 / (al + d.repeatAges[k]);
    for (std::size_t k = 0; k < invRec.size(); ++k)
        invRec[k] = 1 / (al + d.repeatRecencies[k]);
    parallelRows(static_cast<std::int64_t>(d.x.size()), d.threads, [&](std::int64_t begin, std::int64_t end, int part) {
        // Three passes over the slice, so the exponentials and logarithms run four at a time:
        // the exponents, then e = exp(−|A4 − A3|) and ln(1 + e), then the sums.
        const auto n = static_cast<std::size_t>(end - begin);
        std::vector<double> top(n), e(n), l(n);
        std::vector<unsigned char> fourLarger(n);
        for (std::size_t j = 0; j < n; ++j) {
            const auto k = static_cast<std::size_t>(begin) + j;
            const double rx = r + d.x[static_cast<Eigen::Index>(k)];
            const double a3 = -rx * logAge[static_cast<std::size_t>(d.age[k])];
            const double a4 = logA - logBx1[static_cast<std::size_t>(d.group[k])] -
                              rx * logRec[static_cast<std::size_t>(d.recency[k])];
            top[j] = std::max(a3, a4);
            e[j] = -std::abs(a4 - a3);
            fourLarger[j] = a4 > a3;
        }
        expInPlace(e.data(), n);
        for (std::size_t j = 0; j < n; ++j)
            l[j] = 1 + e[j];
        logInPlace(l.data(), n);
        std::array<double, 5> acc{};
        for (std::size_t j = 0; j < n; ++j) {
            const auto k = static_cast<std::size_t>(begin) + j;
            const auto ki = static_cast<Eigen::Index>(k);
            const double rx = r + d.x[ki], w = d.w[ki];
            const auto ti = static_cast<std::size_t>(d.age[k]);
            const auto ri = static_cast<std::size_t>(d.recency[k]);
            // w4 = e^A4 / (e^A3 + e^A4), from the one exponential of the smaller over the larger
            const double inv = 1 / (1 + e[j]);
            const double w4 = fourLarger[j] ? inv : e[j] * inv, w3 = 1 - w4;
            acc[0] += w * (top[j] + l[j]);
            acc[1] += w * (-w3 * logAge[ti] - w4 * logRec[ri]);
            acc[2] += w * (-rx * (w3 * invAge[ti] + w4 * invRec[ri]));
            acc[3] += w * w4;
            acc[4] += w * (-w4 * invBx1[static_cast<std::size_t>(d.group[k])]);
        }
        parts[static_cast<std::size_t>(part)] = acc;
    });
    for (const auto& part : parts) {
        ll += part[0];
        g[0] += part[1];
        g[1] += part[2];
        g[2] += part[3] / a;
        g[3] += part[4];
    }
    if (grad != nullptr)
        std::copy(g.begin(), g.end(), grad);
    return ll;
}

BgNbdData bgNbdData(const ClvData& data, bool check)
{
    const std::size_t n = data.size();
    if (data.recency.size() != n || data.age.size() != n)
        throw Error(Error::Code::InvalidArgument, "frequency, recency and age differ in length");
    if (check && n == 0)
        throw Error(Error::Code::InvalidArgument, "no customers to fit");
    std::vector<std::array<double, 3>> keys(n);
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
        keys[i] = {x, tx, T};
    }
    std::vector<WeightedRow> merged;
    BgNbdData d;
    mergeRows(std::move(keys), merged, d.groups);
    if (check && (d.groups.empty() || d.groups.back().x <= 0))
        throw Error(Error::Code::InvalidArgument,
                    "every customer is a one-time buyer (frequency 0): BG/NBD needs repeat purchases");

    std::vector<WeightedRow> repeat;
    for (const auto& row : merged) {
        if (row.x > 0) {
            repeat.push_back(row);
        } else {
            d.ages.push_back(row.T); // merged rows are sorted, so each T of a one-time buyer comes once
            d.oneTimeByAge.push_back(row.w);
        }
    }
    const auto rows = static_cast<Eigen::Index>(repeat.size());
    d.x.resize(rows), d.w.resize(rows);
    auto distinct = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        return v;
    };
    auto indexIn = [](const std::vector<double>& table, double value) {
        return static_cast<std::int32_t>(std::lower_bound(table.begin(), table.end(), value) - table.begin());
    };
    std::vector<double> ages, recencies;
    for (const auto& row : repeat) {
        ages.push_back(row.T);
        recencies.push_back(row.tx);
    }
    d.repeatAges = distinct(std::move(ages));
    d.repeatRecencies = distinct(std::move(recencies));
    d.group.resize(repeat.size());
    d.age.resize(repeat.size());
    d.recency.resize(repeat.size());
    std::size_t groupIndex = 0;
    for (Eigen::Index k = 0; k < rows; ++k) {
        const auto& row = repeat[static_cast<std::size_t>(k)];
        d.x[k] = row.x, d.w[k] = row.w;
        while (d.groups[groupIndex].x != row.x) // rows are sorted by x, as the groups are
            ++groupIndex;
        d.group[static_cast<std::size_t>(k)] = static_cast<std::int32_t>(groupIndex);
        d.age[static_cast<std::size_t>(k)] = indexIn(d.repeatAges, row.T);
        d.recency[static_cast<std::size_t>(k)] = indexIn(d.repeatRecencies, row.tx);
    }
    const double maxX = d.groups.empty() ? 0 : d.groups.back().x;
    d.runningSums = maxX <= 64 + 8 * static_cast<double>(d.groups.size());
    d.customers = static_cast<double>(n);
    d.threads = threadsFor(static_cast<std::size_t>(d.x.size()));
    return d;
}

// ------------------------------------------------------------------------------------- Gamma-Gamma

struct GammaGammaData {
    Eigen::ArrayXd x, m, w; ///< distinct (x, mean spend) rows with customer counts
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
    const double logG = std::log(gm);
    double lgQ, digQ;
    logGammaDigamma(q, lgQ, digQ);
    double ll = p * d.sumXLogM - d.sumLogM + p * d.sumXLogX;
    std::array<double, 3> g{d.sumXLogM + d.sumXLogX, 0, 0};
    for (const auto& grp : d.groups) {
        const double x = grp.x, w = grp.w;
        const double px = p * x;
        double lgPxq, digPxq, lgPx, digPx;
        logGammaDigamma(px + q, lgPxq, digPxq);
        logGammaDigamma(px, lgPx, digPx);
        ll += w * (lgPxq - lgPx - lgQ + q * logG);
        g[0] += w * x * (digPxq - digPx);
        g[1] += w * (digPxq - digQ + logG);
        g[2] += w * (q / gm);
    }
    std::vector<std::array<double, 4>> parts(static_cast<std::size_t>(d.threads), std::array<double, 4>{});
    parallelRows(static_cast<std::int64_t>(d.x.size()), d.threads, [&](std::int64_t begin, std::int64_t end, int part) {
        const auto n = static_cast<std::size_t>(end - begin);
        std::vector<double> logs(n);
        for (std::size_t j = 0; j < n; ++j)
            logs[j] = gm + d.x[begin + static_cast<Eigen::Index>(j)] * d.m[begin + static_cast<Eigen::Index>(j)];
        logInPlace(logs.data(), n);
        std::array<double, 4> acc{};
        for (Eigen::Index k = begin; k < end; ++k) {
            const double x = d.x[k], w = d.w[k];
            const double denom = gm + x * d.m[k];
            const double l = logs[static_cast<std::size_t>(k - begin)];
            const double pxq = p * x + q;
            acc[0] -= w * pxq * l;
            acc[1] -= w * x * l;
            acc[2] -= w * l;
            acc[3] -= w * pxq / denom;
        }
        parts[static_cast<std::size_t>(part)] = acc;
    });
    for (const auto& part : parts) {
        ll += part[0];
        for (int k = 0; k < 3; ++k)
            g[static_cast<std::size_t>(k)] += part[static_cast<std::size_t>(k) + 1];
    }
    if (grad != nullptr)
        std::copy(g.begin(), g.end(), grad);
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
    std::vector<WeightedRow> rows;
    mergeRows(std::move(keys), rows, d.groups);
    const auto count = static_cast<Eigen::Index>(rows.size());
    d.x.resize(count), d.m.resize(count), d.w.resize(count);
    for (Eigen::Index k = 0; k < count; ++k) {
        const auto& row = rows[static_cast<std::size_t>(k)];
        d.x[k] = row.x, d.m[k] = row.tx, d.w[k] = row.w;
    }
    d.threads = threadsFor(rows.size());
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
    // Stop when the gradient of the mean log-likelihood (log parameters) is below 1e-7 — the
    // parameters are then exact to about seven digits — or the value stops moving.
    param.epsilon = 1e-7;
    param.epsilon_rel = 0;
    param.past = 3;
    param.delta = 1e-13;
    param.max_iterations = 1000;
    param.max_linesearch = 40;
    param.linesearch = LBFGSpp::LBFGS_LINESEARCH_BACKTRACKING_WOLFE;
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
    for (const auto& grp : d.groups)
        sumX += grp.w * grp.x;
    for (std::size_t k = 0; k < d.ages.size(); ++k)
        sumT += d.oneTimeByAge[k] * d.ages[k];
    for (Eigen::Index k = 0; k < d.w.size(); ++k)
        sumT += d.w[k] * d.repeatAges[static_cast<std::size_t>(d.age[static_cast<std::size_t>(k)])];
    const double alpha0 = std::max(1e-6, sumT / std::max(sumX, 1.0));
    std::vector<std::array<double, 4>> starts = {{1, alpha0, 1, 1}, {0.3, 0.3 * alpha0, 0.5, 2}, {3, 3 * alpha0, 2, 5}};

    BgNbdFit fit;
    fit.diagnostics.customers = static_cast<std::int64_t>(d.customers);
    fit.diagnostics.distinctRows = static_cast<std::int64_t>(d.x.size()) + static_cast<std::int64_t>(d.ages.size());
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
    sumM = (d.w * d.m).sum();
    const double meanM = sumM / d.customers;
    // The likelihood has a long, flat ridge (p, q and γ trade off against each other), on which an
    // optimiser can stop short: several starts spread along it, then a restart from the best.
    std::vector<std::array<double, 3>> starts = {
        {1, 1, 1}, {1, 2, meanM}, {5, 5, 4 * meanM / 5}, {20, 20, 19 * meanM / 20}};

    GammaGammaFit fit;
    fit.diagnostics.customers = static_cast<std::int64_t>(d.customers);
    fit.diagnostics.distinctRows = static_cast<std::int64_t>(d.x.size());
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
