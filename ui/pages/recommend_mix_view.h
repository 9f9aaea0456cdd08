#pragma once

#include "models/recommend_snapshot.h"

#include <QtWidgets/QWidget>

#include <optional>

class QLabel;

namespace kestrel::ui {

class CategoryBarChart;
class DataTableView;
class RecommendProductsModel;
class SegmentedSwitch;

/// What the run recommended: how many recommendations each reason (bought together, viewed
/// together, similar, popular in category, popular) or each part of the hybrid (item CF, content,
/// popularity) accounts for, beside the most recommended products (product, category, users it was
/// recommended to, mean rank).
class RecommendMixView : public QWidget {
    Q_OBJECT
public:
    static inline const QString kReasons = QStringLiteral("reasons");
    static inline const QString kSources = QStringLiteral("sources");

    explicit RecommendMixView(QWidget* parent = nullptr);

    /// Shows a run; when its most recommended products are still being counted (topPending), the
    /// table says so until setProducts().
    void setRun(const RecommendRunDetail& run);
    /// The most recommended products of the run shown.
    void setProducts(const std::vector<RecommendProductStat>& products);
    void clear();

    SegmentedSwitch* mixSwitch() const { return m_switch; }
    CategoryBarChart* mixChart() const { return m_chart; }
    DataTableView* productsTable() const { return m_table; }
    RecommendProductsModel* productsModel() const { return m_model; }
    QString productsNote() const;

private:
    void showMix();

    std::optional<RecommendRunDetail> m_run;
    SegmentedSwitch* m_switch = nullptr;
    CategoryBarChart* m_chart = nullptr;
    QLabel* m_note = nullptr;
    DataTableView* m_table = nullptr;
    RecommendProductsModel* m_model = nullptr;
};

} // namespace kestrel::ui
