#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtGui/QColor>

namespace kestrel::ui {

/// The words (and band colours) for purchase-propensity and churn scores, shared by the Scores
/// page, its tables and its charts, so each is translated once.
class ScoreTexts {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::ScoreTexts)
public:
    /// The model switch: "Likely to buy (30 days)", "Churn risk".
    static QString modelTitle(const QString& model);
    /// The model's name in headings and messages: "Purchase propensity", "Churn risk".
    static QString modelName(const QString& model);
    /// "gbdt" → "Gradient boosting", "random_forest" → "Random forest".
    static QString modeName(const QString& mode);
    /// What the positive outcome is, in words: "buys within 30 days" / "churn = no purchase and
    /// no session within 60 days".
    static QString windowText(const QString& model, int days);
    /// "30 days" (the run history's window column).
    static QString days(int days);
    /// The share of users with the outcome: "14.1% bought", "31.0% churned".
    static QString positiveRate(const QString& model, double rate);
    /// 0 "Low", 1 "Medium", 2 "High".
    static QString bandName(int band);
    /// 0 "< 0.3", 1 "0.3–0.6", 2 "≥ 0.6" (locale digits).
    static QString bandRange(int band);
    /// The band's key for badges: "low", "medium", "high".
    static QString bandKey(int band);
    /// A high churn risk is bad news, a high propensity good news: the band colours say so.
    static QColor bandColor(const QString& model, int band);
    /// PSI in words: < 0.1 "stable", < 0.25 "moderate shift", else "large shift".
    static QString psiVerdict(double psi);
};

} // namespace kestrel::ui
