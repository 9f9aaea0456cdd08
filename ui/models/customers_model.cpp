#include "models/customers_model.h"

#include "common/error.h"
#include "common/logging.h"
#include "exports/export_types.h"
#include "models/customer_texts.h"
#include "models/ltv_texts.h"
#include "models/sql_connection.h"
#include "widgets/data_table_view.h"
#include "widgets/value_format.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtCore/QTimeZone>
#include <QtGui/QColor>
#include <spdlog/spdlog.h>

#include <functional>

namespace kestrel::ui {

struct CustomersModel::PageReply {
    int generation = 0;
    std::vector<CustomerRow> rows;
    KeysetCursor cursor;
    bool ok = false;
    bool connection = false;
    QString message;
    QString details;
};

struct CustomersModel::CountReply {
    int generation = 0;
    CustomerCount count;
    bool ok = false;
};

namespace {

struct Failure {
    QString message;
    QString details;
    bool connection = false;
};

// Runs fn on this thread's connection, registered with the canceller; a connection that died
// under us (server restart) is opened again once, since the work only reads.
void withDatabase(const core::ConnectionParams& params, QueryCanceller& canceller, int generation,
                  const std::function<void(CustomerQueries&)>& fn)
{
    for (int attempt = 0;; ++attempt) {
        QSqlDatabase db = SqlConnection::forThisThread(params);
        const int token = canceller.enter(generation, db);
        try {
            CustomerQueries queries(db);
            fn(queries);
            canceller.leave(token);
            return;
        } catch (const core::Error&) {
            canceller.leave(token);
            if (attempt > 0 || SqlConnection::isAlive(db))
                throw;
            db = QSqlDatabase();
            SqlConnection::resetThisThread();
            core::logging::get("ui")->info("customers connection was lost; reconnecting");
        }
    }
}

Failure failureOf(const core::Error& e)
{
    const bool connection =
        e.code() == core::Error::Code::ConnectionFailed || e.code() == core::Error::Code::ConnectionLost;
    const QString what = QString::fromStdString(e.what()).section(QLatin1Char('\n'), 0, 0);
    Failure f;
    f.connection = connection;
    f.message =
        connection
            ? QCoreApplication::translate("kestrel::ui::CustomersModel", "The database cannot be reached: %1").arg(what)
            : QCoreApplication::translate("kestrel::ui::CustomersModel", "The customers could not be loaded: %1")
                  .arg(what);
    f.details = QString::fromStdString(e.where());
    return f;
}

bool isNumeric(CustomerColumn c)
{
    switch (c) {
    case CustomerColumn::UserId:
    case CustomerColumn::Frequency:
    case CustomerColumn::Monetary:
    case CustomerColumn::Recency:
    case CustomerColumn::Purchase30d:
    case CustomerColumn::Churn:
    case CustomerColumn::PAlive:
    case CustomerColumn::Ltv12m:
    case CustomerColumn::LtvPredicted:
        return true;
    default:
        return false;
    }
}

template <typename T> QVariant raw(const std::optional<T>& v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

} // namespace

CustomersModel::CustomersModel(QObject* parent) : QAbstractTableModel(parent)
{
    // A page and the count side by side; each thread has its own connection.
    m_pool.setMaxThreadCount(2);
}

CustomersModel::~CustomersModel()
{
    ++m_generation;
    m_pool.clear();
    m_canceller.cancelAllNow();
    m_pool.waitForDone();
}

void CustomersModel::setConnection(const core::ConnectionParams& params)
{
    m_params = params;
    m_hasConnection = true;
    restart();
}

void CustomersModel::setFilter(const CustomerFilter& filter)
{
    if (filter == m_filter && m_countState != CountState::Unknown)
        return;
    m_filter = filter;
    restart();
}

void CustomersModel::reload()
{
    restart();
}

void CustomersModel::sort(int column, Qt::SortOrder order)
{
    CustomerSort next;
    next.column = column >= 0 && column < kCustomerColumnCount ? column : -1;
    next.descending = next.column >= 0 && order == Qt::DescendingOrder;
    if (next == m_sort && m_countState != CountState::Unknown)
        return;
    m_sort = next;
    // The count does not depend on the order: keep it.
    const bool keepCount = m_countState == CountState::Exact || m_countState == CountState::Estimate;
    const int generation = ++m_generation;
    m_canceller.cancelBefore(generation);
    beginResetModel();
    m_rows.clear();
    m_cursor = {};
    m_fetching = false;
    m_failed = false;
    endResetModel();
    if (!m_hasConnection)
        return;
    startPage();
    if (!keepCount)
        startCount();
}

void CustomersModel::restart()
{
    const int generation = ++m_generation;
    m_canceller.cancelBefore(generation);
    beginResetModel();
    m_rows.clear();
    m_cursor = {};
    m_fetching = false;
    m_failed = false;
    m_countState = CountState::Unknown;
    m_count = 0;
    endResetModel();
    emit countChanged();
    if (!m_hasConnection)
        return;
    startPage();
    startCount();
}

void CustomersModel::startPage()
{
    m_fetching = true;
    const int generation = m_generation.load();
    m_pool.start([this, generation, params = m_params, filter = m_filter, sort = m_sort, cursor = m_cursor] {
        if (generation != m_generation.load())
            return;
        auto reply = std::make_shared<PageReply>();
        reply->generation = generation;
        reply->cursor = cursor;
        try {
            withDatabase(params, m_canceller, generation, [&](CustomerQueries& q) {
                KeysetCursor c = cursor; // a retry starts from the same place
                reply->rows = q.page(filter, sort, c, kPageSize);
                reply->cursor = c;
            });
            reply->ok = true;
        } catch (const core::Error& e) {
            if (generation != m_generation.load())
                return; // cancelled because a newer page was asked for
            const Failure f = failureOf(e);
            reply->message = f.message;
            reply->details = f.details;
            reply->connection = f.connection;
            core::logging::get("ui")->error("customers page failed: {} | {}", e.what(), e.where());
        }
        QMetaObject::invokeMethod(
            this, [this, reply = std::shared_ptr<const PageReply>(reply)] { deliverPage(reply); },
            Qt::QueuedConnection);
    });
}

void CustomersModel::startCount()
{
    m_countState = CountState::Counting;
    emit countChanged();
    const int generation = m_generation.load();
    m_pool.start([this, generation, params = m_params, filter = m_filter] {
        if (generation != m_generation.load())
            return;
        auto reply = std::make_shared<CountReply>();
        reply->generation = generation;
        try {
            withDatabase(params, m_canceller, generation,
                         [&](CustomerQueries& q) { reply->count = q.count(filter, kCountBudgetMs); });
            reply->ok = true;
        } catch (const core::Error& e) {
            if (generation != m_generation.load())
                return;
            core::logging::get("ui")->warn("customers count failed: {}", e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, reply = std::shared_ptr<const CountReply>(reply)] { deliverCount(reply); },
            Qt::QueuedConnection);
    });
}

void CustomersModel::loadOptions()
{
    if (!m_hasConnection)
        return;
    const int generation = ++m_optionsGeneration;
    // Not tied to the page generation: a filter change must not cancel the options.
    m_pool.start([this, generation, params = m_params] {
        auto options = std::make_shared<CustomerOptions>();
        bool ok = false;
        try {
            QueryCanceller unused;
            withDatabase(params, unused, 0, [&](CustomerQueries& q) { *options = q.options(); });
            ok = true;
        } catch (const core::Error& e) {
            core::logging::get("ui")->warn("customer filter options not read: {}", e.what());
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, ok, options = std::shared_ptr<const CustomerOptions>(options)] {
                if (generation != m_optionsGeneration || !ok)
                    return;
                m_options = *options;
                emit optionsLoaded();
            },
            Qt::QueuedConnection);
    });
}

void CustomersModel::deliverPage(const std::shared_ptr<const PageReply>& reply)
{
    if (reply->generation != m_generation.load())
        return;
    m_fetching = false;
    if (!reply->ok) {
        m_failed = true;
        emit failed(reply->message, reply->details, reply->connection);
        return;
    }
    m_cursor = reply->cursor;
    if (!reply->rows.empty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(reply->rows.size()) - 1);
        m_rows.insert(m_rows.end(), reply->rows.begin(), reply->rows.end());
        endInsertRows();
    }
    emit pageLoaded(static_cast<int>(reply->rows.size()));
}

void CustomersModel::deliverCount(const std::shared_ptr<const CountReply>& reply)
{
    if (reply->generation != m_generation.load())
        return;
    if (reply->ok) {
        m_count = reply->count.rows;
        m_countState = reply->count.exact ? CountState::Exact : CountState::Estimate;
    } else {
        m_countState = CountState::Unknown;
    }
    emit countChanged();
}

bool CustomersModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasConnection && !m_fetching && !m_failed &&
           m_cursor.phase != KeysetCursor::Phase::Done && !m_rows.empty();
}

void CustomersModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        startPage();
}

int CustomersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kCustomerColumnCount;
}

QString CustomersModel::columnKey(int column)
{
    static const char* const keys[kCustomerColumnCount] = {"user_id",
                                                           "full_name",
                                                           "email",
                                                           "country",
                                                           "acquisition_channel",
                                                           "created_at",
                                                           "segment",
                                                           "rfm_segment",
                                                           "rfm_frequency",
                                                           "rfm_monetary",
                                                           "rfm_recency_days",
                                                           "purchase_probability_30d",
                                                           "churn_probability",
                                                           "p_alive",
                                                           "ltv_12m",
                                                           "ltv_predicted"};
    return column >= 0 && column < kCustomerColumnCount ? QString::fromLatin1(keys[column]) : QString();
}

QString CustomersModel::columnTitle(int column)
{
    switch (static_cast<CustomerColumn>(column)) {
    case CustomerColumn::UserId:
        return tr("ID");
    case CustomerColumn::Name:
        return tr("Name");
    case CustomerColumn::Email:
        return tr("E-mail");
    case CustomerColumn::Country:
        return tr("Country");
    case CustomerColumn::Channel:
        return tr("Channel");
    case CustomerColumn::Registered:
        return tr("Registered");
    case CustomerColumn::Segment:
        return tr("Segment");
    case CustomerColumn::RfmSegment:
        return tr("RFM segment");
    case CustomerColumn::Frequency:
        return tr("Orders");
    case CustomerColumn::Monetary:
        return tr("Revenue");
    case CustomerColumn::Recency:
        return tr("Days since purchase");
    case CustomerColumn::Purchase30d:
        return tr("Buys in 30 d");
    case CustomerColumn::Churn:
        return tr("Churn risk");
    case CustomerColumn::PAlive:
        return tr("P(alive)");
    case CustomerColumn::Ltv12m:
        return tr("LTV 12 m");
    case CustomerColumn::LtvPredicted:
        return tr("Predicted LTV");
    case CustomerColumn::Count:
        break;
    }
    return {};
}

QVariant CustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kCustomerColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = static_cast<CustomerColumn>(section);
    if (role == DataTableView::ColumnKeyRole)
        return columnKey(section);
    if (role == DataTableView::ColumnKindRole)
        return static_cast<int>(CustomerQueries::exportKind(section));
    if (role == DataTableView::ColumnDecimalsRole) {
        switch (column) {
        case CustomerColumn::Purchase30d:
        case CustomerColumn::Churn:
        case CustomerColumn::PAlive:
            return 4;
        default:
            return 2;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case CustomerColumn::Segment:
            return tr("The customer's segment in the newest segmentation run (Segments page)");
        case CustomerColumn::RfmSegment:
            return tr("The named RFM segment of the newest RFM run: from the recency and frequency scores");
        case CustomerColumn::Frequency:
            return tr("Paid, shipped and delivered orders (RFM frequency)");
        case CustomerColumn::Monetary:
            return tr("Revenue of those orders (RFM monetary)");
        case CustomerColumn::Recency:
            return tr("Days from the last purchase to the RFM run's as-of date");
        case CustomerColumn::Purchase30d:
            return tr("The chance of a paid order within 30 days (Scores page)");
        case CustomerColumn::Churn:
            return tr("The chance that an active customer stops buying and visiting (Scores page)");
        case CustomerColumn::PAlive:
            return tr("The chance the customer is still active (BG/NBD, LTV page)");
        case CustomerColumn::Ltv12m:
            return tr("Revenue of the first 12 months after the first purchase (only when 12 months have passed)");
        case CustomerColumn::LtvPredicted:
            return tr("The predicted customer lifetime value of the newest LTV run");
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant CustomersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= kCustomerColumnCount)
        return {};
    const CustomerRow& r = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<CustomerColumn>(index.column());
    if (role == UserIdRole)
        return static_cast<qlonglong>(r.userId);
    if (role == Qt::EditRole) {
        switch (column) {
        case CustomerColumn::UserId:
            return static_cast<qlonglong>(r.userId);
        case CustomerColumn::Name:
            return r.name;
        case CustomerColumn::Email:
            return r.email;
        case CustomerColumn::Country:
            return r.country;
        case CustomerColumn::Channel:
            return LtvTexts::channelName(r.channel);
        case CustomerColumn::Registered:
            return r.registered;
        case CustomerColumn::Segment:
            return r.segmentId ? QVariant(CustomerTexts::segment(*r.segmentId, r.segmentProfile)) : QVariant();
        case CustomerColumn::RfmSegment:
            return r.rfmSegment.isEmpty() ? QVariant() : QVariant(CustomerTexts::rfmSegment(r.rfmSegment));
        case CustomerColumn::Frequency:
            return raw(r.frequency);
        case CustomerColumn::Monetary:
            return raw(r.monetary);
        case CustomerColumn::Recency:
            return raw(r.recencyDays);
        case CustomerColumn::Purchase30d:
            return raw(r.purchase30d);
        case CustomerColumn::Churn:
            return raw(r.churn);
        case CustomerColumn::PAlive:
            return raw(r.pAlive);
        case CustomerColumn::Ltv12m:
            return raw(r.ltv12m);
        case CustomerColumn::LtvPredicted:
            return raw(r.ltvPredicted);
        case CustomerColumn::Count:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        const QVariant value = data(index, Qt::EditRole);
        if (!value.isValid())
            return CustomerTexts::missing();
        switch (column) {
        case CustomerColumn::UserId:
            return QString::number(r.userId); // an id, not an amount: no group separators
        case CustomerColumn::Registered:
            return QLocale().toString(r.registered.toTimeZone(QTimeZone::utc()).date(), QLocale::ShortFormat);
        case CustomerColumn::Frequency:
        case CustomerColumn::Recency:
            return format::count(value.toDouble());
        case CustomerColumn::Monetary:
        case CustomerColumn::Ltv12m:
        case CustomerColumn::LtvPredicted:
            return format::money(value.toDouble());
        case CustomerColumn::Purchase30d:
        case CustomerColumn::Churn:
        case CustomerColumn::PAlive:
            return format::percent(value.toDouble(), 1);
        default:
            return value;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && !data(index, Qt::EditRole).isValid())
        return QColor(0x94, 0xa3, 0xb8); // the "—" of a missing value is quieter than a value
    if (role == Qt::ToolTipRole) {
        if (column == CustomerColumn::Segment && !r.segmentProfile.isEmpty())
            return r.segmentProfile;
        if (column == CustomerColumn::Registered)
            return QLocale().toString(r.registered.toTimeZone(QTimeZone::utc()), QLocale::LongFormat);
    }
    return {};
}

} // namespace kestrel::ui
