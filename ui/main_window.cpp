#include "main_window.h"

#include "common/settings.h"
#include "dialogs/connection_dialog.h"
#include "dialogs/settings_dialog.h"
#include "import/import_wizard.h"
#include "import/load_notifier.h"
#include "jobs/job_runner.h"
#include "models/connection_monitor.h"
#include "pages/anomalies_page.h"
#include "pages/customers_page.h"
#include "pages/dashboard_page.h"
#include "pages/loads_page.h"
#include "pages/ltv_page.h"
#include "pages/recommendations_page.h"
#include "pages/pricing_page.h"
#include "pages/scores_page.h"
#include "pages/segments_page.h"
#include "pages/user_card_windows.h"
#include "startup_controller.h"
#include "widgets/banner.h"
#include "widgets/connection_indicator.h"
#include "widgets/customer_search_box.h"
#include "widgets/status_area.h"
#include "widgets/toast_overlay.h"

#include <QtCore/QFile>
#include <QtGui/QAction>
#include <QtGui/QImageReader>
#include <QtGui/QKeySequence>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

void kestrelInitUiResources();

namespace kestrel::ui {
namespace {

// SVG icons need Qt's svg image plugin (libqt6svg6); without it the UI simply has no icons.
QIcon themeIcon(const char* name)
{
    static const bool svg = QImageReader::supportedImageFormats().contains("svg");
    if (!svg)
        return {};
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QString::fromLatin1(name)));
}

QString loadStyleSheet()
{
    QFile file(QStringLiteral(":/styles/kestrel.qss"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

MainWindow::MainWindow(core::ConnectionParams params, core::JobRunner& jobs, QWidget* parent) : MainWindow(jobs, parent)
{
    connectTo(params);
}

MainWindow::MainWindow(core::JobRunner& jobs, QWidget* parent) : QMainWindow(parent), m_jobs(jobs)
{
    kestrelInitUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kestrel — Dashboard"));
    setWindowIcon(themeIcon("kestrel"));
    setStyleSheet(loadStyleSheet());
    m_startup = new StartupController(jobs, this);
    m_monitor = new ConnectionMonitor(this);
    m_loadJobs = new LoadJobs(jobs, this);
    m_modelJobs = new ModelJobs(jobs, this);
    new LoadNotifier(*m_loadJobs, this); // toasts for imports and rollbacks
    m_cards = new UserCardWindows(this);
    buildUi();
    buildMenus();
    buildToolBar();

    connect(m_startup, &StartupController::ready, this, &MainWindow::connectTo);
    connect(m_startup, &StartupController::failed, this, &MainWindow::onStartupFailed);
    connect(m_monitor, &ConnectionMonitor::connected, this, &MainWindow::onConnected);
    connect(m_monitor, &ConnectionMonitor::connectionLost, this, &MainWindow::onConnectionLost);
    connect(m_monitor, &ConnectionMonitor::connectionRestored, this, &MainWindow::onConnectionRestored);
    connect(m_monitor, &ConnectionMonitor::cannotConnect, this, &MainWindow::onCannotConnect);
    connect(m_banner, &Banner::actionTriggered, this, &MainWindow::openConnectionDialog);
    connect(m_loadJobs, &LoadJobs::writeStarted, this, &MainWindow::onWriteStarted);
    connect(m_loadJobs, &LoadJobs::importFinished, this, &MainWindow::onImportFinished);
    connect(m_loadJobs, &LoadJobs::rollbackFinished, this, &MainWindow::onRollbackFinished);

    setMinimumSize(1024, 680);
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto* sidebar = new QFrame;
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setFixedWidth(196); // "Recommendations" with its icon and the item's padding
    auto* brand = new QLabel(tr("Kestrel"), sidebar);
    brand->setObjectName(QStringLiteral("brand"));
    auto* tagline = new QLabel(tr("Analytics workbench"), sidebar);
    tagline->setObjectName(QStringLiteral("brandTagline"));

    m_sidebar = new QListWidget(sidebar);
    m_sidebar->setObjectName(QStringLiteral("moduleList"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(18, 18));
    m_sidebar->setFocusPolicy(Qt::NoFocus);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Only modules that work are listed; later issues add theirs here.
    auto* dashboardItem = new QListWidgetItem(themeIcon("dashboard"), tr("Dashboard"), m_sidebar);
    dashboardItem->setToolTip(tr("Customers, orders and activity"));
    auto* customersItem = new QListWidgetItem(themeIcon("customers"), tr("Customers"), m_sidebar);
    customersItem->setToolTip(tr("Every customer with scores and values: search, filter, sort, export; open a card"));
    auto* segmentsItem = new QListWidgetItem(themeIcon("segments"), tr("Segments"), m_sidebar);
    segmentsItem->setToolTip(tr("Customer segments by k-means or DBSCAN: sizes, revenue, profiles"));
    auto* scoresItem = new QListWidgetItem(themeIcon("scores"), tr("Scores"), m_sidebar);
    scoresItem->setToolTip(tr("Who is likely to buy and who is at risk of churning, with the reasons"));
    auto* ltvItem = new QListWidgetItem(themeIcon("ltv"), tr("LTV"), m_sidebar);
    ltvItem->setToolTip(tr("Customer lifetime value: history by cohort and channel, CAC and payback, predicted CLV"));
    auto* recommendationsItem = new QListWidgetItem(themeIcon("recommendations"), tr("Recommendations"), m_sidebar);
    recommendationsItem->setToolTip(tr("Products for every customer with the reason, and how good the lists are"));
    auto* pricingItem = new QListWidgetItem(themeIcon("pricing"), tr("Pricing"), m_sidebar);
    pricingItem->setToolTip(tr("Price elasticity of demand per category and product, with a price-demand chart"));
    auto* anomaliesItem = new QListWidgetItem(themeIcon("anomalies"), tr("Anomalies"), m_sidebar);
    anomaliesItem->setToolTip(tr("Days on which revenue, orders, new users, conversion or events left their usual "
                                 "range, to accept or dismiss"));
    auto* loadsItem = new QListWidgetItem(themeIcon("loads"), tr("Loads"), m_sidebar);
    loadsItem->setToolTip(tr("Imports of CSV and JSON files, their rejects and rollback"));

    auto* connectionButton = new QPushButton(themeIcon("database"), tr("Connection…"), sidebar);
    connectionButton->setObjectName(QStringLiteral("sidebarButton"));
    connectionButton->setFlat(true);
    auto* settingsButton = new QPushButton(themeIcon("settings"), tr("Settings…"), sidebar);
    settingsButton->setObjectName(QStringLiteral("sidebarButton"));
    settingsButton->setFlat(true);
    connect(connectionButton, &QPushButton::clicked, this, &MainWindow::openConnectionDialog);
    connect(settingsButton, &QPushButton::clicked, this, &MainWindow::openSettingsDialog);

    auto* side = new QVBoxLayout(sidebar);
    side->setContentsMargins(0, 16, 0, 12);
    side->setSpacing(2);
    side->addWidget(brand);
    side->addWidget(tagline);
    side->addSpacing(18);
    side->addWidget(m_sidebar, 1);
    side->addWidget(connectionButton);
    side->addWidget(settingsButton);

    auto* pageArea = new QWidget;
    pageArea->setObjectName(QStringLiteral("pageArea"));
    m_banner = new Banner(pageArea);
    m_pages = new QStackedWidget(pageArea);
    m_dashboard = new DashboardPage(m_pages);
    m_pages->addWidget(m_dashboard);
    m_customers = new CustomersPage(m_pages);
    m_pages->addWidget(m_customers);
    connect(m_customers, &CustomersPage::customerActivated, this, &MainWindow::openUserCard);
    m_segments = new SegmentsPage(*m_modelJobs, m_pages);
    m_pages->addWidget(m_segments);
    m_scores = new ScoresPage(*m_modelJobs, m_pages);
    m_pages->addWidget(m_scores);
    connect(m_scores, &ScoresPage::customerActivated, this, &MainWindow::openUserCard);
    m_ltv = new LtvPage(*m_modelJobs, m_pages);
    m_pages->addWidget(m_ltv);
    m_recommendations = new RecommendationsPage(*m_modelJobs, m_pages);
    m_pages->addWidget(m_recommendations);
    connect(m_recommendations, &RecommendationsPage::customerActivated, this, &MainWindow::openUserCard);
    m_pricing = new PricingPage(*m_modelJobs, m_pages);
    m_pages->addWidget(m_pricing);
    m_anomalies = new AnomaliesPage(*m_modelJobs, m_pages);
    m_pages->addWidget(m_anomalies);
    // The Dashboard's marks follow every check and review; its "to review" link opens the list.
    connect(m_anomalies, &AnomaliesPage::runFinished, m_dashboard, &DashboardPage::reload);
    connect(m_anomalies, &AnomaliesPage::reviewed, m_dashboard, &DashboardPage::reload);
    connect(m_dashboard, &DashboardPage::anomaliesRequested, this, [this] {
        m_anomalies->setStatusFilter(QStringLiteral("new"));
        showPage(Page::Anomalies);
    });
    connect(m_ltv, &LtvPage::customerActivated, this, &MainWindow::openUserCard);
    m_loads = new LoadsPage(*m_loadJobs, m_pages);
    m_pages->addWidget(m_loads);
    connect(m_loads, &LoadsPage::importRequested, this, &MainWindow::openImportWizard);
    auto* right = new QVBoxLayout(pageArea);
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_banner);
    right->addWidget(m_pages, 1);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebar);
    layout->addWidget(pageArea, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pages->setCurrentIndex(row);
        const QListWidgetItem* item = m_sidebar->item(row);
        setWindowTitle(tr("Kestrel — %1").arg(item ? item->text() : QString()));
    });
    m_sidebar->setCurrentRow(0);

    m_status = new StatusArea(m_jobs, this);
    m_indicator = new ConnectionIndicator(this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_indicator);
    statusBar()->setSizeGripEnabled(false);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* import = file->addAction(themeIcon("import"), tr("&Import…"), this, [this] { openImportWizard(); });
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction* connection =
        file->addAction(themeIcon("database"), tr("&Connection…"), this, &MainWindow::openConnectionDialog);
    connection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction* settings = file->addAction(themeIcon("settings"), tr("&Settings…"), this, &MainWindow::openSettingsDialog);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(themeIcon("refresh"), tr("&Refresh"), this, &MainWindow::refreshCurrentPage);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kestrel"), this, &MainWindow::showAbout);
}

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new CustomerSearchBox(bar);
    bar->addWidget(m_search);
    connect(m_search, &CustomerSearchBox::customerChosen, this, &MainWindow::openUserCard);
    connect(m_search, &CustomerSearchBox::notFound, this,
            [this](const QString& message) { ToastOverlay::of(this)->show(Toast::Kind::Info, message); });
    auto* find = new QAction(tr("Find a customer"), this);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(find, &QAction::triggered, this, [this] {
        m_search->lineEdit()->setFocus(Qt::ShortcutFocusReason);
        m_search->lineEdit()->selectAll();
    });
    addAction(find);
}

UserCardWindow* MainWindow::openUserCard(qint64 userId)
{
    return m_cards->open(userId);
}

void MainWindow::startDatabase(bool embedded, const std::string& dsn)
{
    m_connected = false;
    m_monitor->stop();
    m_banner->hide();
    m_indicator->setState(ConnectionIndicator::State::Connecting, tr("Opening the database…"));
    m_startup->start({embedded, dsn});
}

void MainWindow::connectTo(const core::ConnectionParams& params)
{
    m_params = params;
    m_connected = true;
    m_banner->hide();
    m_indicator->setState(ConnectionIndicator::State::Connecting, tr("Connecting…"),
                          QString::fromStdString(params.redactedDsn()));
    m_monitor->start(params);
    m_dashboard->setConnection(params);
    m_customers->setConnection(params);
    m_search->setConnection(params);
    m_cards->setConnection(params);
    m_segments->setConnection(params);
    m_scores->setConnection(params);
    m_ltv->setConnection(params);
    m_recommendations->setConnection(params);
    m_pricing->setConnection(params);
    m_anomalies->setConnection(params);
    m_loads->setConnection(params);
}

bool MainWindow::isConnectionBannerVisible() const
{
    return m_banner->isVisibleTo(this);
}

QString MainWindow::serverLabel() const
{
    if (m_params.embedded)
        return tr("Embedded database");
    const QString host = QString::fromStdString(m_params.host);
    const QString db = QString::fromStdString(m_params.dbname);
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        return tr("%1 on the local server").arg(db.isEmpty() ? tr("Database") : db);
    QString label = host;
    if (!m_params.port.empty())
        label += QLatin1Char(':') + QString::fromStdString(m_params.port);
    if (!db.isEmpty())
        label += QLatin1Char('/') + db;
    return label;
}

void MainWindow::onConnected(const QString& version)
{
    m_banner->hide();
    m_indicator->setState(ConnectionIndicator::State::Connected, serverLabel(),
                          tr("PostgreSQL %1 · %2").arg(version, QString::fromStdString(m_params.redactedDsn())));
}

void MainWindow::onConnectionLost(const QString& reason)
{
    m_banner->showMessage(Banner::Kind::Warning,
                          tr("The connection to the database was lost. Retrying… The pages reload by themselves "
                             "when the server is back."),
                          reason);
    m_banner->setAction({});
    m_indicator->setState(ConnectionIndicator::State::Lost, tr("Connection lost — retrying…"), reason);
}

void MainWindow::onConnectionRestored()
{
    m_banner->hide();
    m_indicator->setState(
        ConnectionIndicator::State::Connected, serverLabel(),
        tr("PostgreSQL %1 · %2").arg(m_monitor->serverVersion(), QString::fromStdString(m_params.redactedDsn())));
    m_dashboard->reload();
    m_customers->reload();
    m_cards->reloadAll();
    m_segments->reload();
    m_scores->reload();
    m_ltv->reload();
    m_recommendations->reload();
    m_pricing->reload();
    m_anomalies->reload();
    m_loads->reload();
}

void MainWindow::onCannotConnect(const QString& reason)
{
    m_banner->showMessage(Banner::Kind::Error, tr("Cannot connect to the database: %1 Retrying…").arg(reason),
                          QString::fromStdString(m_params.redactedDsn()));
    m_banner->setAction(tr("Connection settings…"));
    m_indicator->setState(ConnectionIndicator::State::Failed, tr("Not connected"), reason);
}

void MainWindow::onStartupFailed(const QString& message)
{
    m_banner->showMessage(Banner::Kind::Error, message);
    m_banner->setAction(tr("Connection settings…"));
    m_indicator->setState(ConnectionIndicator::State::Failed, tr("Not connected"), message);
    m_dashboard->showUnavailable(tr("No database is open."));
}

void MainWindow::openConnectionDialog()
{
    const QString saved = core::settings::kExternalDsn.get();
    const bool embeddedNow = m_connected ? m_params.embedded : saved.isEmpty();
    const QString current = m_connected && !m_params.embedded ? QString::fromStdString(m_params.dsn) : saved;
    ConnectionDialog dialog(embeddedNow, current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionDialog::Choice choice = dialog.choice();
    if (choice.embedded)
        core::settings::kExternalDsn.reset();
    else
        core::settings::kExternalDsn.set(choice.savedDsn);
    startDatabase(choice.embedded, choice.dsn.toStdString());
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(static_cast<int>(page));
}

void MainWindow::refreshCurrentPage()
{
    if (m_pages->currentWidget() == m_loads)
        m_loads->reload();
    else if (m_pages->currentWidget() == m_segments)
        m_segments->reload();
    else if (m_pages->currentWidget() == m_scores)
        m_scores->reload();
    else if (m_pages->currentWidget() == m_ltv)
        m_ltv->reload();
    else if (m_pages->currentWidget() == m_recommendations)
        m_recommendations->reload();
    else if (m_pages->currentWidget() == m_pricing)
        m_pricing->reload();
    else if (m_pages->currentWidget() == m_anomalies)
        m_anomalies->reload();
    else if (m_pages->currentWidget() == m_customers)
        m_customers->reload();
    else
        m_dashboard->reload();
}

ImportWizard* MainWindow::openImportWizard()
{
    ImportWizard* wizard = m_wizard.data();
    if (wizard && !wizard->isVisible()) {
        // A closed wizard waiting for its deferred deletion: start afresh.
        wizard->deleteLater();
        wizard = nullptr;
    }
    if (!wizard) {
        wizard = new ImportWizard(*m_loadJobs, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        m_wizard = wizard;
    }
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
    return wizard;
}

ImportWizard* MainWindow::importWizard() const
{
    return m_wizard;
}

void MainWindow::onWriteStarted()
{
    m_loads->reload(); // the load appears as running
}

void MainWindow::onImportFinished(int, const ImportOutcomePtr& outcome)
{
    if (outcome->request.dryRun)
        return;
    m_loads->reload();
    if (outcome->ok())
        m_dashboard->reload();
}

void MainWindow::onRollbackFinished(int, const RollbackOutcomePtr& outcome)
{
    m_loads->reload();
    if (outcome->ok())
        m_dashboard->reload();
}

void MainWindow::openSettingsDialog()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Kestrel"),
        tr("<h3>Kestrel %1</h3><p>A desktop analytics workbench over PostgreSQL.</p>"
           "<p>Qt %2</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

} // namespace kestrel::ui
