#include "pages/customers_page.h"

#include "common/error.h"
#include "db/connection_params.h"
#include "models/customer_queries.h"
#include "models/customers_model.h"
#include "models/sql_connection.h"
#include "pages/customer_filter_bar.h"
#include "widgets/banner.h"
#include "widgets/data_table_view.h"
#include "widgets/date_range_bar.h"
#include "widgets/filter_preset_bar.h"

#include <QtCore/QEvent>
#include <QtCore/QJsonDocument>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

CustomerSort sortOf(const QJsonObject& filters)
{
    const QJsonObject sort = filters.value(QStringLiteral("sort")).toObject();
    const QString key = sort.value(QStringLiteral("column")).toString();
    CustomerSort s;
    for (int c = 0; c < kCustomerColumnCount; ++c) {
        if (CustomersModel::columnKey(c) == key)
            s.column = c;
    }
    s.descending = s.column >= 0 && sort.value(QStringLiteral("order")).toString() == QLatin1String("desc");
    return s;
}

// The export runs on a thread of Qt's global pool, which may end only when the application does,
// after Qt Sql is gone: its connection is closed when the work is done, not at thread exit.
struct ThreadConnectionScope {
    ThreadConnectionScope() = default;
    ThreadConnectionScope(const ThreadConnectionScope&) = delete;
    ThreadConnectionScope& operator=(const ThreadConnectionScope&) = delete;
    ~ThreadConnectionScope() { SqlConnection::resetThisThread(); }
};

} // namespace

CustomersPage::CustomersPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("customersPage"));
    m_model = new CustomersModel(this);

    auto* title = new QLabel(tr("Customers"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("filterStatus"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search by id, name, e-mail or Telegram id…"));
    m_search->setToolTip(tr("Digits find a user id or Telegram id exactly; one or two letters the start of a name "
                            "or e-mail; three and more any part of them"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(340);
    auto* heading = new QHBoxLayout;
    heading->setSpacing(10);
    heading->addWidget(title);
    heading->addSpacing(10);
    heading->addWidget(m_count);
    heading->addStretch(1);
    heading->addWidget(m_search);

    m_filterBar = new CustomerFilterBar(this);
    m_dates = new DateRangeBar(this);
    m_dates->setLabel(tr("Registered"));
    m_dates->setAllTimeOffered(true);
    m_dates->setAllTime(true);
    m_dates->setRefreshToolTip(tr("Read the customers again (F5)"));
    m_error = new Banner(this);
    m_error->hide();

    m_table = new DataTableView(this);
    m_table->setObjectName(QStringLiteral("customersTable"));
    m_table->setServerSideRows(true);
    m_table->setModel(m_model);
    m_table->setExportBaseName(QStringLiteral("customers"));
    QTableView* view = m_table->tableView();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->installEventFilter(this);
    m_table->setPageFilterHooks([this] { return pageFilters(); }, [this](const QJsonObject& o) { setPageFilters(o); });
    m_presets = new FilterPresetBar(
        QStringLiteral("customers"), [this] { return m_table->filters(); }, this);
    m_table->addToolbarWidget(m_presets);
    connect(m_presets, &FilterPresetBar::presetApplied, m_table, &DataTableView::setFilters);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(10);
    layout->addLayout(heading);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_dates);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDebounce.start(); });
    connect(&m_searchDebounce, &QTimer::timeout, this, &CustomersPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce.stop();
        applyFilter();
    });
    connect(m_filterBar, &CustomerFilterBar::changed, this, &CustomersPage::applyFilter);
    connect(m_filterBar, &CustomerFilterBar::clearRequested, this, [this] { setFilter({}); });
    connect(m_dates, &DateRangeBar::rangeChanged, this, &CustomersPage::applyFilter);
    connect(m_dates, &DateRangeBar::allTimeChosen, this, &CustomersPage::applyFilter);
    connect(m_dates, &DateRangeBar::refreshRequested, this, &CustomersPage::reload);
    connect(m_model, &CustomersModel::pageLoaded, this, &CustomersPage::onPageLoaded);
    connect(m_model, &CustomersModel::countChanged, this, &CustomersPage::updateCount);
    connect(m_model, &CustomersModel::optionsLoaded, this, [this] {
        m_filterBar->setOptions(m_model->options());
        if (m_model->options().latestRegistration.isValid()) {
            m_dates->setAnchor(m_model->options().latestRegistration);
            if (m_dates->isAllTime())
                m_dates->setRange(DayRange::ending(m_model->options().latestRegistration, 30));
        }
        // LTV band edges may have moved (a new LTV run): the filter picks them up.
        if (m_model->filter().ltvBand >= 0)
            applyFilter();
    });
    connect(m_model, &CustomersModel::failed, this, [this](const QString& message, const QString& details, bool) {
        m_error->showMessage(Banner::Kind::Error, message, details);
        updateCount();
    });
    connect(view, &QTableView::doubleClicked, this, &CustomersPage::activate);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &CustomersPage::prefetch);
    updateCount();
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::setConnection(const core::ConnectionParams& params)
{
    m_error->hide();
    if (!SqlConnection::driverAvailable()) {
        m_error->showMessage(Banner::Kind::Error,
                             tr("The PostgreSQL driver for Qt (QPSQL) is not installed, so the customers cannot be "
                                "read. Install the package libqt6sql6-psql and restart Kestrel."));
        return;
    }
    // The export streams every matching row on a worker thread with its own connection, in
    // keyset pages inside one snapshot; it reads the filter and sort from the request only.
    m_table->setExternalExportSource(
        {[params](const TableExportRequest& r) -> std::optional<std::uint64_t> {
             const ThreadConnectionScope scope;
             QSqlDatabase db = SqlConnection::forThisThread(params);
             CustomerQueries queries(db);
             const CustomerCount count =
                 queries.count(CustomerFilter::fromJson(r.filters.value(QStringLiteral("page")).toObject()), 10000);
             return count.exact ? std::optional<std::uint64_t>(static_cast<std::uint64_t>(count.rows)) : std::nullopt;
         },
         [params](const TableExportRequest& r, const core::ExportRowSink& sink) {
             const ThreadConnectionScope scope;
             QSqlDatabase db = SqlConnection::forThisThread(params);
             CustomerQueries queries(db);
             core::ExportRow out;
             queries.forEachRow(CustomerFilter::fromJson(r.filters.value(QStringLiteral("page")).toObject()),
                                sortOf(r.filters), [&](const CustomerRow& row) {
                                    out.clear();
                                    for (int column : r.sourceColumns)
                                        out.push_back(CustomerQueries::exportText(row, column));
                                    sink(out);
                                });
         }});
    m_presets->setConnection(params);
    m_model->setFilter(filter());
    m_model->setConnection(params);
    m_model->loadOptions();
}

void CustomersPage::reload()
{
    if (!m_model->hasConnection())
        return;
    m_error->hide();
    m_model->loadOptions();
    m_model->reload();
}

CustomerFilter CustomersPage::filter() const
{
    CustomerFilter f;
    f.search = m_search->text().trimmed();
    m_filterBar->apply(f);
    if (!m_dates->isAllTime() && m_dates->range().isValid()) {
        f.registeredFrom = m_dates->range().from;
        f.registeredTo = m_dates->range().to;
    }
    return f;
}

void CustomersPage::setFilter(const CustomerFilter& f)
{
    {
        const QSignalBlocker block(m_search);
        m_search->setText(f.search);
    }
    m_searchDebounce.stop();
    m_filterBar->showFilter(f);
    if (f.registeredFrom.isValid() && f.registeredTo.isValid()) {
        m_dates->setAllTime(false);
        m_dates->setRange({f.registeredFrom, f.registeredTo});
    } else {
        m_dates->setAllTime(true);
    }
    applyFilter();
}

void CustomersPage::setSearchText(const QString& text)
{
    m_search->setText(text);
}

void CustomersPage::applyFilter()
{
    m_error->hide();
    m_model->setFilter(filter());
}

QJsonObject CustomersPage::pageFilters() const
{
    return filter().toJson();
}

void CustomersPage::setPageFilters(const QJsonObject& o)
{
    setFilter(CustomerFilter::fromJson(o));
}

void CustomersPage::onPageLoaded(int)
{
    m_error->hide();
    if (!m_fitted && m_model->rowCount() > 0) {
        m_fitted = true;
        m_table->fitColumns();
    }
    updateCount();
}

QString CustomersPage::countText() const
{
    const int loaded = m_model->rowCount();
    switch (m_model->countState()) {
    case CustomersModel::CountState::Exact:
        return tr("%Ln customers", nullptr, static_cast<int>(m_model->matchCount()));
    case CustomersModel::CountState::Estimate:
        return tr("≈ %Ln customers (estimate)", nullptr, static_cast<int>(m_model->matchCount()));
    case CustomersModel::CountState::Counting:
        return loaded > 0 ? tr("≥ %Ln customers, counting…", nullptr, loaded) : tr("Counting…");
    case CustomersModel::CountState::Unknown:
        break;
    }
    return loaded > 0 ? tr("≥ %Ln customers", nullptr, loaded) : QString();
}

void CustomersPage::updateCount()
{
    m_count->setText(countText());
    m_count->setToolTip(m_model->countState() == CustomersModel::CountState::Estimate
                            ? tr("Counting every match took too long; this is PostgreSQL's estimate")
                            : QString());
}

bool CustomersPage::isErrorVisible() const
{
    return m_error->isVisibleTo(this);
}

QString CustomersPage::errorText() const
{
    return m_error->text();
}

void CustomersPage::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QVariant id = index.data(CustomersModel::UserIdRole);
    if (id.isValid())
        emit customerActivated(id.toLongLong());
}

void CustomersPage::prefetch()
{
    // Ask for the next page while a few screens are still left, so scrolling does not stall at the end.
    const QScrollBar* bar = m_table->tableView()->verticalScrollBar();
    if (bar->maximum() - bar->value() <= 3 * std::max(1, bar->pageStep()) && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

bool CustomersPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->tableView() && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_table->tableView()->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kestrel::ui
