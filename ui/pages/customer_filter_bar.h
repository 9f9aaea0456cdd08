#pragma once

#include "models/customer_list_query.h"

#include <QtWidgets/QFrame>

class QComboBox;
class QPushButton;

namespace kestrel::ui {

struct CustomerOptions;

/// The dimension filters of the Customers page in one row: segment (of the current
/// segmentation), RFM segment, churn band, LTV band (quantiles of predicted LTV, edges in the
/// combo), country and acquisition channel, and Clear. Each combo starts with "any"; changes are
/// reported at once (they are cheap: one keyset page and a count).
class CustomerFilterBar : public QFrame {
    Q_OBJECT
public:
    explicit CustomerFilterBar(QWidget* parent = nullptr);

    /// Fills the combos with what the database offers; keeps the current choices where they exist.
    void setOptions(const CustomerOptions& options);
    /// Writes this bar's part of the filter into `filter` (search and dates are not the bar's).
    void apply(CustomerFilter& filter) const;
    /// Shows the bar's part of `filter` without emitting changed(); a value the combos do not
    /// offer yet (options not loaded) is added so that it can be shown.
    void showFilter(const CustomerFilter& filter);

    QComboBox* segmentCombo() const { return m_segment; }
    QComboBox* rfmCombo() const { return m_rfm; }
    QComboBox* churnCombo() const { return m_churn; }
    QComboBox* ltvCombo() const { return m_ltv; }
    QComboBox* countryCombo() const { return m_country; }
    QComboBox* channelCombo() const { return m_channel; }
    QPushButton* clearButton() const { return m_clear; }

signals:
    void changed();
    void clearRequested();

private:
    QComboBox* makeCombo(const QString& objectName, const QString& tooltip);
    void selectData(QComboBox* combo, const QVariant& value, const QString& textIfMissing);

    QComboBox* m_segment = nullptr;
    QComboBox* m_rfm = nullptr;
    QComboBox* m_churn = nullptr;
    QComboBox* m_ltv = nullptr;
    QComboBox* m_country = nullptr;
    QComboBox* m_channel = nullptr;
    QPushButton* m_clear = nullptr;
    CustomerLtvBands m_bands;
};

} // namespace kestrel::ui
