#include "pages/recommend_mix_view.h"

#include "charts/category_bar_chart.h"
#include "models/recommend_products_model.h"
#include "pages/recommend_chart_data.h"
#include "widgets/data_table_view.h"
#include "widgets/segmented_switch.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

constexpr int kHeight = 360;

} // namespace

RecommendMixView::RecommendMixView(QWidget* parent) : QWidget(parent)
{
    auto* title = new QLabel(tr("What was recommended"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    m_switch = new SegmentedSwitch(this);
    m_switch->setObjectName(QStringLiteral("mixSwitch"));
    m_switch->addOption(kReasons, tr("By reason"), tr("Why each product is on a list"));
    m_switch->addOption(kSources, tr("By part"), tr("Which part of the hybrid put it there"));
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(title);
    row->addWidget(m_switch);
    row->addStretch(1);

    m_chart = CategoryBarChart::create(CategoryBarChart::Orientation::Horizontal, format::Kind::Count, this);
    m_chart->setObjectName(QStringLiteral("mixChart"));
    m_chart->setValueAxisTitle(tr("Recommendations"));
    m_chart->setToolTip(tr("All recommendations of the run, every user's list together; hover a bar for its share."));
    m_chart->setMinimumHeight(kHeight);

    auto* tableTitle = new QLabel(tr("Most recommended products"), this);
    tableTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("hint"));
    m_note->setWordWrap(true);
    m_model = new RecommendProductsModel(this);
    m_table = new DataTableView(this);
    m_table->setObjectName(QStringLiteral("topProductsTable"));
    m_table->setModel(m_model);
    m_table->setExportBaseName(QStringLiteral("most-recommended-products"));
    // The product id is one click away in the column chooser; the name takes the room left.
    m_table->setColumnHidden(RecommendProductsModel::ProductId, true);
    QTableView* view = m_table->tableView();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(RecommendProductsModel::Product, QHeaderView::Stretch);
    m_table->setMinimumHeight(kHeight - 40);

    auto* left = new QVBoxLayout;
    left->setSpacing(6);
    left->addLayout(row);
    left->addWidget(m_chart, 1);
    auto* right = new QVBoxLayout;
    right->setSpacing(6);
    auto* rightTitle = new QWidget(this);
    auto* rightRow = new QHBoxLayout(rightTitle);
    rightRow->setContentsMargins(0, 0, 0, 0);
    rightRow->addWidget(tableTitle);
    rightRow->addStretch(1);
    rightTitle->setFixedHeight(m_switch->sizeHint().height());
    right->addWidget(rightTitle);
    right->addWidget(m_note);
    right->addWidget(m_table, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_switch, &SegmentedSwitch::currentChanged, this, &RecommendMixView::showMix);
    m_chart->showMessage(tr("No data"));
}

void RecommendMixView::setRun(const RecommendRunDetail& run)
{
    m_run = run;
    showMix();
    if (run.topPending) {
        m_model->clear();
        m_note->setText(tr("Counting the products on the most lists of run %1…").arg(run.info.runId));
        return;
    }
    setProducts(run.topRecommended);
}

void RecommendMixView::setProducts(const std::vector<RecommendProductStat>& products)
{
    if (!m_run)
        return;
    m_run->topRecommended = products;
    m_run->topPending = false;
    m_model->setProducts(products, m_run->users);
    QTableView* view = m_table->tableView();
    for (int c = 0; c < RecommendProductsModel::ColumnCount; ++c) {
        if (c != RecommendProductsModel::Product)
            view->resizeColumnToContents(c);
    }
    // A model reset puts every section back to the header's default mode.
    view->horizontalHeader()->setSectionResizeMode(RecommendProductsModel::Product, QHeaderView::Stretch);
    if (products.empty())
        m_note->setText(tr("The run recommended no products."));
    else
        m_note->setText(tr("The %n products on the most lists of run %1.", nullptr, static_cast<int>(products.size()))
                            .arg(m_run->info.runId));
}

void RecommendMixView::clear()
{
    m_run.reset();
    m_chart->showMessage(tr("No data"));
    m_model->clear();
    m_note->clear();
}

QString RecommendMixView::productsNote() const
{
    return m_note->text();
}

void RecommendMixView::showMix()
{
    if (!m_run)
        return;
    const bool reasons = m_switch->current() != kSources;
    m_chart->setTitle(reasons ? tr("Recommendations by reason") : tr("Recommendations by part of the hybrid"));
    const auto& counts = reasons ? m_run->byReason : m_run->bySource;
    std::int64_t total = 0;
    for (const auto& c : counts)
        total += c.second;
    if (total == 0)
        m_chart->showMessage(tr("The run recommended no products."));
    else
        m_chart->setData(reasons ? RecommendChartData::mixByReason(*m_run) : RecommendChartData::mixBySource(*m_run));
}

} // namespace kestrel::ui
