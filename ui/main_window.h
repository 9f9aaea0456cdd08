#pragma once

#include "db/connection_params.h"

#include "models/load_jobs.h"
#include "models/model_jobs.h"

#include <QtCore/QPointer>
#include <QtWidgets/QMainWindow>

#include <string>

class QListWidget;
class QStackedWidget;

namespace kestrel::core {
class JobRunner;
}

namespace kestrel::ui {

class AnomaliesPage;
class Banner;
class ConnectionIndicator;
class ConnectionMonitor;
class CustomerSearchBox;
class CustomersPage;
class DashboardPage;
class ImportWizard;
class LoadsPage;
class LtvPage;
class RecommendationsPage;
class PricingPage;
class ScoresPage;
class SegmentsPage;
class StartupController;
class StatusArea;
class UserCardWindow;
class UserCardWindows;

/// The shell: module sidebar, page stack with the connection banner above it, status bar with
/// job progress and the connection light, menus for the connection and settings dialogs.
/// It wires the parts together and delegates the work to them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// For a database that is already up (tests, reconnects): connects at once.
    MainWindow(core::ConnectionParams params, core::JobRunner& jobs, QWidget* parent = nullptr);
    /// For application start: call startDatabase() after show().
    explicit MainWindow(core::JobRunner& jobs, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Runs the start-up job for that database (start the embedded cluster, migrate, demo data),
    /// then connects.
    void startDatabase(bool embedded, const std::string& dsn);
    /// Points the monitor and the pages at a running database.
    void connectTo(const core::ConnectionParams& params);

    /// In sidebar order.
    enum class Page { Dashboard, Customers, Segments, Scores, Ltv, Recommendations, Pricing, Anomalies, Loads };
    void showPage(Page page);

    DashboardPage* dashboard() const { return m_dashboard; }
    CustomersPage* customersPage() const { return m_customers; }
    /// The toolbar's "find a customer" box.
    CustomerSearchBox* customerSearch() const { return m_search; }
    UserCardWindows* userCards() const { return m_cards; }
    /// Opens (or raises) a customer's card; nullptr before a database is connected.
    UserCardWindow* openUserCard(qint64 userId);
    SegmentsPage* segmentsPage() const { return m_segments; }
    ScoresPage* scoresPage() const { return m_scores; }
    LtvPage* ltvPage() const { return m_ltv; }
    RecommendationsPage* recommendationsPage() const { return m_recommendations; }
    PricingPage* pricingPage() const { return m_pricing; }
    AnomaliesPage* anomaliesPage() const { return m_anomalies; }
    LoadsPage* loadsPage() const { return m_loads; }
    LoadJobs* loadJobs() const { return m_loadJobs; }
    ModelJobs* modelJobs() const { return m_modelJobs; }
    /// Opens the import wizard (or raises the open one) and returns it.
    ImportWizard* openImportWizard();
    ImportWizard* importWizard() const;
    Banner* connectionBanner() const { return m_banner; }
    bool isConnectionBannerVisible() const;
    ConnectionMonitor* monitor() const { return m_monitor; }
    ConnectionIndicator* indicator() const { return m_indicator; }
    StatusArea* statusArea() const { return m_status; }
    StartupController* startup() const { return m_startup; }

private:
    void buildUi();
    void buildMenus();
    void buildToolBar();
    void openConnectionDialog();
    void openSettingsDialog();
    void showAbout();
    void refreshCurrentPage();
    void onWriteStarted();
    void onImportFinished(int job, const ImportOutcomePtr& outcome);
    void onRollbackFinished(int job, const RollbackOutcomePtr& outcome);
    void onConnected(const QString& version);
    void onConnectionLost(const QString& reason);
    void onConnectionRestored();
    void onCannotConnect(const QString& reason);
    void onStartupFailed(const QString& message);
    QString serverLabel() const;

    core::JobRunner& m_jobs;
    core::ConnectionParams m_params;
    bool m_connected = false;
    StartupController* m_startup = nullptr;
    ConnectionMonitor* m_monitor = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    Banner* m_banner = nullptr;
    DashboardPage* m_dashboard = nullptr;
    CustomersPage* m_customers = nullptr;
    CustomerSearchBox* m_search = nullptr;
    UserCardWindows* m_cards = nullptr;
    SegmentsPage* m_segments = nullptr;
    ScoresPage* m_scores = nullptr;
    LtvPage* m_ltv = nullptr;
    RecommendationsPage* m_recommendations = nullptr;
    PricingPage* m_pricing = nullptr;
    AnomaliesPage* m_anomalies = nullptr;
    LoadsPage* m_loads = nullptr;
    LoadJobs* m_loadJobs = nullptr;
    ModelJobs* m_modelJobs = nullptr;
    QPointer<ImportWizard> m_wizard;
    StatusArea* m_status = nullptr;
    ConnectionIndicator* m_indicator = nullptr;
};

} // namespace kestrel::ui
