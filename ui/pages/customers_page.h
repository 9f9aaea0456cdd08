#pragma once

#include "models/customer_list_query.h"

#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;

namespace kestrel::core {
struct ConnectionParams;
}

namespace kestrel::ui {

class Banner;
class CustomerFilterBar;
class CustomersModel;
class DataTableView;
class DateRangeBar;
class FilterPresetBar;

/// The Customers module: every user in one table that stays smooth at a million rows (keyset
/// pages read as the table scrolls, CustomersModel), sortable by any column on the server, with
/// search while typing (id, name, e-mail or Telegram id; debounced, the previous query cancelled),
/// the dimension filters (CustomerFilterBar), the registration dates (DateRangeBar), the count of
/// matches, saved presets (filters, search, sort and hidden columns) and an export that streams
/// every matching row in the shown order and columns. Double-click or Enter opens the user card.
class CustomersPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchDebounceMs = 250;

    explicit CustomersPage(QWidget* parent = nullptr);
    ~CustomersPage() override;

    void setConnection(const core::ConnectionParams& params);
    /// Reads the options, the first page and the count again.
    void reload();

    /// The filter the table shows now (search, bar and dates).
    CustomerFilter filter() const;
    /// Shows and applies a filter (the search box, the bar and the dates follow).
    void setFilter(const CustomerFilter& filter);
    /// Types into the search box as a user would (debounced).
    void setSearchText(const QString& text);

    /// "1,000,000 customers", "≥ 200 customers, counting…", "≈ 512,000 customers (estimate)".
    QString countText() const;
    bool isErrorVisible() const;
    QString errorText() const;

    CustomersModel* model() const { return m_model; }
    DataTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    CustomerFilterBar* filterBar() const { return m_filterBar; }
    DateRangeBar* dateBar() const { return m_dates; }
    FilterPresetBar* presetBar() const { return m_presets; }

signals:
    /// Double-click or Enter on a row: open this user's card.
    void customerActivated(qint64 userId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void onPageLoaded(int rows);
    void updateCount();
    void activate(const QModelIndex& index);
    void prefetch();
    QJsonObject pageFilters() const;
    void setPageFilters(const QJsonObject& o);

    CustomersModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    CustomerFilterBar* m_filterBar = nullptr;
    DateRangeBar* m_dates = nullptr;
    Banner* m_error = nullptr;
    DataTableView* m_table = nullptr;
    FilterPresetBar* m_presets = nullptr;
    QTimer m_searchDebounce;
    bool m_fitted = false;
};

} // namespace kestrel::ui
