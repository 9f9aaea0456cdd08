#include "pages/user_card_window.h"

#include "charts/category_bar_chart.h"
#include "models/card_products_model.h"
#include "models/card_recommendations_model.h"
#include "models/card_timeline_model.h"
#include "models/customer_texts.h"
#include "models/ltv_texts.h"
#include "models/user_card_model.h"
#include "pages/user_card_tiles.h"
#include "widgets/banner.h"
#include "widgets/data_table_view.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtCore/QTimeZone>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

QString dayText(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toTimeZone(QTimeZone::utc()).date(), QStringLiteral("d MMMM yyyy"))
                       : CustomerTexts::missing();
}

void tuneTable(DataTableView* table)
{
    QTableView* view = table->tableView();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

UserCardWindow::UserCardWindow(const core::ConnectionParams& params, std::int64_t userId, QWidget* parent, bool load)
    : QWidget(parent, Qt::Window), m_userId(userId)
{
    setObjectName(QStringLiteral("userCard"));
    setAttribute(Qt::WA_StyledBackground);
    setWindowTitle(tr("Customer %1").arg(userId));
    m_model = new UserCardModel(params, this);
    m_timeline = new CardTimelineModel(this);
    m_products = new CardProductsModel(this);
    m_recommendations = new CardRecommendationsModel(this);

    m_error = new Banner(this);
    m_error->hide();
    m_stack = new QStackedWidget(this);
    m_content = new QWidget(m_stack);
    m_tiles = new UserCardTiles(m_content);
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("cardTabs"));
    m_tabs->addTab(buildTimelineTab(), tr("Timeline"));
    m_tabs->addTab(buildPurchasesTab(), tr("Purchases"));
    m_tabs->addTab(buildRecommendationsTab(), tr("Recommendations"));
    auto* top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(buildProfile());
    top->addWidget(m_tiles, 1);
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(10);
    content->addLayout(top);
    content->addWidget(m_tabs, 1);

    m_notFound = new QLabel(m_stack);
    m_notFound->setObjectName(QStringLiteral("emptyStateTitle"));
    m_notFound->setAlignment(Qt::AlignCenter);
    m_notFound->setWordWrap(true);
    auto* loading = new QLabel(tr("Loading…"), m_stack);
    loading->setObjectName(QStringLiteral("emptyStateText"));
    loading->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(loading);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_notFound);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(10);
    layout->addWidget(buildHeader());
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    connect(m_model, &UserCardModel::loaded, this, &UserCardWindow::showCard);
    connect(m_model, &UserCardModel::failed, this, [this](const QString& message, const QString& details) {
        m_timeline->setWaiting(false);
        m_error->showMessage(Banner::Kind::Error, message, details);
        emit loadFailed(message);
    });
    connect(m_model, &UserCardModel::timelineLoaded, this, [this](const CardTimelinePagePtr& page) {
        m_timelineCursor = page->cursor;
        m_timeline->append(page->items, page->more);
        emit timelineExtended();
    });
    connect(m_timeline, &CardTimelineModel::moreRequested, this,
            [this] { m_model->loadTimeline(m_userId, m_timelineCursor); });
    connect(m_refresh, &QPushButton::clicked, this, &UserCardWindow::reload);
    resize(1180, 800);
    if (load)
        reload();
}

UserCardWindow::~UserCardWindow() = default;

QWidget* UserCardWindow::buildHeader()
{
    auto* box = new QWidget(this);
    m_name = new QLabel(tr("Customer %1").arg(m_userId), box);
    m_name->setObjectName(QStringLiteral("pageTitle"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(box);
    m_details->setObjectName(QStringLiteral("pageSubtitle"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh = new QPushButton(tr("Refresh"), box);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Read the card again"));
    auto* names = new QVBoxLayout;
    names->setSpacing(2);
    names->addWidget(m_name);
    names->addWidget(m_details);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(names, 1);
    layout->addWidget(m_refresh, 0, Qt::AlignTop);
    return box;
}

QWidget* UserCardWindow::buildProfile()
{
    auto* box = new QFrame(m_content);
    box->setObjectName(QStringLiteral("statTile"));
    box->setMinimumWidth(270);
    box->setMaximumWidth(340);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(5);
    const QStringList labels = {tr("Country"),    tr("City"),       tr("Channel"),        tr("Device"),
                                tr("Birth year"), tr("Registered"), tr("First purchase"), tr("Telegram id")};
    for (int i = 0; i < labels.size(); ++i) {
        auto* label = new QLabel(labels[i], box);
        label->setObjectName(QStringLiteral("statTitle"));
        auto* value = new QLabel(CustomerTexts::missing(), box);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(label, i, 0);
        grid->addWidget(value, i, 1);
        m_profile.append(qMakePair(label, value));
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(labels.size(), 1);
    m_profileBox = box;
    return box;
}

QWidget* UserCardWindow::buildTimelineTab()
{
    auto* tab = new QWidget;
    auto* note = new QLabel(tr("Events and orders, newest first; scroll down for earlier ones. Purchase events are "
                               "shown as their orders."),
                            tab);
    note->setObjectName(QStringLiteral("hint"));
    note->setWordWrap(true);
    m_timelineTable = new DataTableView(tab);
    m_timelineTable->setObjectName(QStringLiteral("timelineTable"));
    m_timelineTable->setModel(m_timeline);
    m_timelineTable->setExportBaseName(QStringLiteral("customer-%1-timeline").arg(m_userId));
    tuneTable(m_timelineTable);
    // The product or order takes the room; the session id stays next to it, not at the far edge.
    m_timelineTable->tableView()->horizontalHeader()->setStretchLastSection(false);
    m_timelineTable->tableView()->horizontalHeader()->setSectionResizeMode(CardTimelineModel::Detail,
                                                                           QHeaderView::Stretch);
    connect(m_timelineTable->tableView()->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &UserCardWindow::prefetchTimeline);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(note);
    layout->addWidget(m_timelineTable, 1);
    return tab;
}

QWidget* UserCardWindow::buildPurchasesTab()
{
    auto* tab = new QWidget;
    m_spendChart = CategoryBarChart::create(CategoryBarChart::Orientation::Vertical, format::Kind::Money, tab);
    m_spendChart->setTitle(tr("Spend by month: paid, shipped and delivered orders"));
    m_spendChart->setMinimumHeight(230);
    m_spendNote = new QLabel(tab);
    m_spendNote->setObjectName(QStringLiteral("hint"));
    m_productsTable = new DataTableView(tab);
    m_productsTable->setObjectName(QStringLiteral("productsTable"));
    m_productsTable->setModel(m_products);
    m_productsTable->setExportBaseName(QStringLiteral("customer-%1-products").arg(m_userId));
    tuneTable(m_productsTable);
    m_productsTable->tableView()->horizontalHeader()->setStretchLastSection(false);
    m_productsTable->tableView()->horizontalHeader()->setSectionResizeMode(CardProductsModel::Product,
                                                                           QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_spendChart, 4);
    layout->addWidget(m_spendNote);
    layout->addWidget(m_productsTable, 5);
    return tab;
}

QWidget* UserCardWindow::buildRecommendationsTab()
{
    auto* tab = new QWidget;
    m_recommendationsNote = new QLabel(tab);
    m_recommendationsNote->setObjectName(QStringLiteral("hint"));
    m_recommendationsNote->setWordWrap(true);
    m_recommendationsTable = new DataTableView(tab);
    m_recommendationsTable->setObjectName(QStringLiteral("recommendationsTable"));
    m_recommendationsTable->setModel(m_recommendations);
    m_recommendationsTable->setExportBaseName(QStringLiteral("customer-%1-recommendations").arg(m_userId));
    tuneTable(m_recommendationsTable);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_recommendationsNote);
    layout->addWidget(m_recommendationsTable, 1);
    return tab;
}

void UserCardWindow::reload()
{
    m_error->hide();
    if (!m_card)
        m_stack->setCurrentIndex(0);
    m_model->load(m_userId);
}

bool UserCardWindow::isLoading() const
{
    return m_model->isLoading() || m_model->isLoadingTimeline();
}

void UserCardWindow::showCard(const UserCardSnapshotPtr& card)
{
    m_card = card;
    m_error->hide();
    if (!card->found) {
        m_notFound->setText(tr("No customer with id %1").arg(m_userId));
        m_stack->setCurrentWidget(m_notFound);
        m_details->clear();
        setWindowTitle(tr("Customer %1").arg(m_userId));
        emit loaded();
        return;
    }
    const QLocale locale;
    m_name->setText(card->name);
    m_details->setText(tr("Customer %1 · %2").arg(card->userId).arg(card->email));
    setWindowTitle(tr("%1 — customer %2").arg(card->name).arg(card->userId));
    const QStringList values = {
        card->country,
        card->city.isEmpty() ? CustomerTexts::missing() : card->city,
        LtvTexts::channelName(card->channel),
        CustomerTexts::device(card->device),
        card->birthYear ? QString::number(*card->birthYear) : CustomerTexts::missing(),
        dayText(card->registered),
        card->firstPurchase.isValid() ? dayText(card->firstPurchase) : tr("no purchase yet"),
        card->telegramId ? QString::number(*card->telegramId) : CustomerTexts::missing(),
    };
    for (int i = 0; i < m_profile.size() && i < values.size(); ++i)
        m_profile[i].second->setText(values[i]);
    m_tiles->setCard(*card);

    m_timelineCursor = card->timelineCursor;
    m_timeline->reset(card->timeline, card->timelineMore);
    showSpend(*card);
    m_products->setProducts(card->products);
    m_recommendations->setRecommendations(card->recommendations);
    switch (card->recommendationOrigin) {
    case RecommendationOrigin::Run:
        m_recommendationsNote->setText(
            tr("From recommendation run %1: the customer's own list, best first.").arg(card->recommendRunId));
        break;
    case RecommendationOrigin::RunPopular:
        m_recommendationsNote->setText(
            tr("The customer is newer than recommendation run %1, so the run's popular products are shown.")
                .arg(card->recommendRunId));
        break;
    case RecommendationOrigin::Bestsellers:
        m_recommendationsNote->setText(
            tr("No recommendation run yet: the best sellers of the last 90 days of orders. Run the recommender "
               "for personal lists."));
        break;
    case RecommendationOrigin::None:
        m_recommendationsNote->setText(tr("The shop has no products to recommend."));
        break;
    }
    m_stack->setCurrentWidget(m_content);
    emit loaded();
}

void UserCardWindow::showSpend(const UserCardSnapshot& card)
{
    if (card.spend.empty()) {
        m_spendChart->showMessage(tr("No paid orders yet"));
        m_spendNote->clear();
        return;
    }
    CategoryData chart;
    BarSeries series{tr("Revenue"), {}, QColor(0x25, 0x63, 0xeb), {}};
    // Every month from the first to the last purchase, the quiet ones as zero.
    std::size_t next = 0;
    double total = 0;
    for (QDate month = card.spend.front().month; month <= card.spend.back().month; month = month.addMonths(1)) {
        double revenue = 0;
        int orders = 0;
        if (next < card.spend.size() && card.spend[next].month == month) {
            revenue = card.spend[next].revenue;
            orders = card.spend[next].orders;
            ++next;
        }
        total += revenue;
        chart.categories << LtvTexts::cohortMonth(month.toString(QStringLiteral("yyyy-MM")));
        series.values.push_back(revenue);
        series.tooltips.push_back(tr("%1 in %n orders", nullptr, orders).arg(format::money(revenue)));
    }
    chart.series.push_back(std::move(series));
    m_spendChart->setData(std::move(chart));
    m_spendNote->setText(
        tr("%1 in total over %n products", nullptr, static_cast<int>(card.products.size())).arg(format::money(total)));
}

void UserCardWindow::prefetchTimeline()
{
    const QScrollBar* bar = m_timelineTable->tableView()->verticalScrollBar();
    if (bar->maximum() - bar->value() <= 2 * std::max(1, bar->pageStep()) && m_timeline->canFetchMore({}))
        m_timeline->fetchMore({});
}

bool UserCardWindow::isNotFoundVisible() const
{
    return m_stack->currentWidget() == m_notFound;
}

QString UserCardWindow::notFoundText() const
{
    return m_notFound->text();
}

bool UserCardWindow::isErrorVisible() const
{
    return m_error->isVisibleTo(this);
}

QString UserCardWindow::errorText() const
{
    return m_error->text();
}

QString UserCardWindow::headerName() const
{
    return m_name->text();
}

QString UserCardWindow::headerDetails() const
{
    return m_details->text();
}

QList<QPair<QString, QString>> UserCardWindow::profileRows() const
{
    QList<QPair<QString, QString>> rows;
    for (const auto& [label, value] : m_profile)
        rows.append({label->text(), value->text()});
    return rows;
}

QString UserCardWindow::recommendationsNote() const
{
    return m_recommendationsNote->text();
}

} // namespace kestrel::ui
