#pragma once

#include "db/connection_params.h"
#include "models/user_card_snapshot.h"

#include <QtWidgets/QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace kestrel::ui {

class Banner;
class CardProductsModel;
class CardRecommendationsModel;
class CardTimelineModel;
class CategoryBarChart;
class DataTableView;
class UserCardModel;
class UserCardTiles;

/// A customer's card in its own window (several can be open): the profile, the score tiles with
/// the churn reasons, and tabs for the timeline of events and orders (newest first, more pages as
/// it scrolls), purchases (monthly spend chart and the products bought) and recommendations with
/// the reason for each. Loads on a worker thread (UserCardModel); an id that is not in crm.users
/// shows "No customer with id N".
class UserCardWindow : public QWidget {
    Q_OBJECT
public:
    enum Tab { TimelineTab, PurchasesTab, RecommendationsTab };

    /// Starts loading at once unless load is false (a caller that hands it a snapshot, see showCard).
    UserCardWindow(const core::ConnectionParams& params, std::int64_t userId, QWidget* parent = nullptr,
                   bool load = true);
    ~UserCardWindow() override;

    std::int64_t userId() const { return m_userId; }
    /// Reads the card again.
    void reload();
    bool isLoading() const;
    /// Shows a snapshot (what a load delivers; public for the benchmark and tests).
    void showCard(const UserCardSnapshotPtr& card);

    UserCardSnapshotPtr card() const { return m_card; }
    bool isNotFoundVisible() const;
    QString notFoundText() const;
    bool isErrorVisible() const;
    QString errorText() const;
    QString headerName() const;
    QString headerDetails() const;
    /// The profile as shown: (label, value) pairs.
    QList<QPair<QString, QString>> profileRows() const;
    QString recommendationsNote() const;

    UserCardTiles* tiles() const { return m_tiles; }
    QTabWidget* tabs() const { return m_tabs; }
    DataTableView* timelineTable() const { return m_timelineTable; }
    CardTimelineModel* timelineModel() const { return m_timeline; }
    CategoryBarChart* spendChart() const { return m_spendChart; }
    DataTableView* productsTable() const { return m_productsTable; }
    CardProductsModel* productsModel() const { return m_products; }
    DataTableView* recommendationsTable() const { return m_recommendationsTable; }
    CardRecommendationsModel* recommendationsModel() const { return m_recommendations; }

signals:
    /// A card (or "not found") is shown.
    void loaded();
    void loadFailed(const QString& message);
    /// A further timeline page was appended.
    void timelineExtended();

private:
    QWidget* buildHeader();
    QWidget* buildProfile();
    QWidget* buildTimelineTab();
    QWidget* buildPurchasesTab();
    QWidget* buildRecommendationsTab();
    void showSpend(const UserCardSnapshot& card);
    void prefetchTimeline();

    std::int64_t m_userId = 0;
    UserCardModel* m_model = nullptr;
    UserCardSnapshotPtr m_card;
    CardTimelineCursor m_timelineCursor;

    QLabel* m_name = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_refresh = nullptr;
    Banner* m_error = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_notFound = nullptr;
    QWidget* m_profileBox = nullptr;
    QList<QPair<QLabel*, QLabel*>> m_profile;
    UserCardTiles* m_tiles = nullptr;
    QTabWidget* m_tabs = nullptr;
    CardTimelineModel* m_timeline = nullptr;
    DataTableView* m_timelineTable = nullptr;
    CategoryBarChart* m_spendChart = nullptr;
    QLabel* m_spendNote = nullptr;
    CardProductsModel* m_products = nullptr;
    DataTableView* m_productsTable = nullptr;
    QLabel* m_recommendationsNote = nullptr;
    CardRecommendationsModel* m_recommendations = nullptr;
    DataTableView* m_recommendationsTable = nullptr;
};

} // namespace kestrel::ui
