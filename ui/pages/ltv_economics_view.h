#pragma once

#include "models/ltv_snapshot.h"

#include <QtWidgets/QWidget>

#include <map>

class QFrame;
class QGridLayout;
class QLabel;

namespace kestrel::ui {

class DataTableView;
class LtvChannelsModel;

/// The LTV page's economics of one run: what stands out (the run's insights as sentences), the
/// channel economics table (customers, spend, CAC, LTV over 3/6/12 months, LTV:CAC, payback), and
/// under them the fitted model parameters (BG/NBD and Gamma-Gamma side by side, with diagnostics).
class LtvEconomicsView : public QWidget {
    Q_OBJECT
public:
    explicit LtvEconomicsView(QWidget* parent = nullptr);

    void setRun(const LtvRunDetail& run);
    void clear();

    /// The insight sentences as shown, in the run's order.
    QStringList insightTexts() const { return m_insightTexts; }
    DataTableView* channelsTable() const { return m_table; }
    LtvChannelsModel* channelsModel() const { return m_model; }
    /// A parameter's value as shown; keys: bg_r, bg_alpha, bg_a, bg_b, bg_ll, bg_converged,
    /// bg_seconds, gg_p, gg_q, gg_gamma, gg_ll, gg_converged, gg_seconds. Empty for an unknown key.
    QString parameterText(const QString& key) const;
    /// The message shown instead of a model's parameters ("not fitted: …"), empty when fitted.
    QString bgNbdNote() const;
    QString gammaGammaNote() const;

private:
    QFrame* buildParameters();
    void fitTable(int rows);
    void addParameter(QWidget* parent, QGridLayout* grid, int row, const QString& key, const QString& name,
                      const QString& tip);

    QLabel* m_insights = nullptr;
    QStringList m_insightTexts;
    DataTableView* m_table = nullptr;
    LtvChannelsModel* m_model = nullptr;
    std::map<QString, QLabel*> m_parameters;
    QWidget* m_bgBox = nullptr;
    QWidget* m_ggBox = nullptr;
    QLabel* m_bgNote = nullptr;
    QLabel* m_ggNote = nullptr;
    QLabel* m_paramsFooter = nullptr;
};

} // namespace kestrel::ui
