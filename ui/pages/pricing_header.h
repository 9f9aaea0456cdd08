#pragma once

#include "models/pricing_snapshot.h"

#include <QtWidgets/QFrame>

class QLabel;

namespace kestrel::ui {

/// The head of the Pricing page for the run shown, in one low row: the weeks used, the run (id,
/// when it finished, how long it took) and the data (product-weeks with sales, weeks without sales
/// left out, weeks priced by the average paid price) at the left; four figures at the right — the
/// median elasticity of the reliable categories (what it means in its tooltip), reliable categories
/// and products out of all, and the weeks analysed.
class PricingHeader : public QFrame {
    Q_OBJECT
public:
    explicit PricingHeader(QWidget* parent = nullptr);

    void setRun(const PricingRun& run);

    /// The line as plain text.
    QString summaryText() const;
    /// The median tile's value and what it means ("−1.62: a 10% higher price sells about 14% fewer units").
    QString medianText() const;
    QString reliableCategoriesText() const;
    QString reliableProductsText() const;
    QString weeksText() const;

private:
    QLabel* m_summary = nullptr;
    QFrame* m_medianTile = nullptr;
    QLabel* m_median = nullptr;
    QLabel* m_categories = nullptr;
    QLabel* m_products = nullptr;
    QLabel* m_productsCaption = nullptr;
    QLabel* m_weeks = nullptr;
    QString m_medianMeaning;
};

} // namespace kestrel::ui
