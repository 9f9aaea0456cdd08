#include "pages/ltv_economics_view.h"

#include "models/ltv_channels_model.h"
#include "models/ltv_texts.h"
#include "widgets/data_table_view.h"

#include <QtCore/QLocale>
#include <QtWidgets/QFrame>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace kestrel::ui {
namespace {

QString parameter(double v)
{
    // Enough digits to compare with another tool's fit, in the locale's digits.
    return QLocale().toString(v, 'g', 5);
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

/// A model's parameter grid on its own widget, titled; rows start at 1.
QGridLayout* parameterGrid(QWidget* group, const QString& title)
{
    auto* grid = new QGridLayout(group);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    auto* label = new QLabel(title, group);
    label->setObjectName(QStringLiteral("paramGroup"));
    label->setWordWrap(true);
    grid->addWidget(label, 0, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    return grid;
}

/// A hidden, wrapping hint line (shown when a model could not be fitted).
QLabel* hiddenHint(QWidget* parent)
{
    auto* hint = new QLabel(parent);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    hint->hide();
    return hint;
}

} // namespace

LtvEconomicsView::LtvEconomicsView(QWidget* parent) : QWidget(parent)
{
    m_insights = new QLabel(this);
    m_insights->setObjectName(QStringLiteral("ltvInsights"));
    m_insights->setTextFormat(Qt::RichText);
    m_insights->setWordWrap(true);
    m_insights->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new LtvChannelsModel(this);
    m_table = new DataTableView(this);
    m_table->setObjectName(QStringLiteral("channelsTable"));
    m_table->setModel(m_model);
    m_table->setExportBaseName(QStringLiteral("ltv-channels"));
    QTableView* view = m_table->tableView();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    // Columns as wide as their contents; the table does not stretch the last one across the page.
    view->horizontalHeader()->setStretchLastSection(false);
    fitTable(7); // the seven acquisition channels, until a run says how many it has

    // The economics first (what stands out, then the channels), the models' details under them.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(heading(tr("What stands out"), this));
    layout->addWidget(m_insights);
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Channel economics"), this));
    layout->addWidget(m_table);
    layout->addSpacing(8);
    layout->addWidget(buildParameters());
}

void LtvEconomicsView::fitTable(int rows)
{
    // Every channel in view, no scroll bar and no empty rows: the toolbar, the header, the rows.
    QTableView* view = m_table->tableView();
    const int row = view->verticalHeader()->defaultSectionSize();
    const int header = view->horizontalHeader()->sizeHint().height();
    const int toolbar = m_table->sizeHint().height() - view->sizeHint().height();
    m_table->setFixedHeight(std::max(0, toolbar) + header + std::max(rows, 1) * row + 2 * view->frameWidth() + 6);
}

void LtvEconomicsView::addParameter(QWidget* parent, QGridLayout* grid, int row, const QString& key,
                                    const QString& name, const QString& tip)
{
    auto* label = new QLabel(name, parent);
    label->setObjectName(QStringLiteral("paramName"));
    label->setToolTip(tip);
    auto* value = new QLabel(QStringLiteral("—"), parent);
    value->setObjectName(QStringLiteral("paramValue"));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setToolTip(tip);
    grid->addWidget(label, row, 0);
    grid->addWidget(value, row, 1);
    m_parameters[key] = value;
}

QFrame* LtvEconomicsView::buildParameters()
{
    auto* box = new QFrame(this);
    box->setObjectName(QStringLiteral("ltvParams"));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    layout->addWidget(heading(tr("Model parameters"), box));
    auto* models = new QHBoxLayout;
    models->setSpacing(28);
    auto* bgColumn = new QVBoxLayout;
    auto* ggColumn = new QVBoxLayout;

    m_bgBox = new QWidget(box);
    auto* bg = parameterGrid(m_bgBox, tr("BG/NBD: how often customers buy and when they stop"));
    addParameter(m_bgBox, bg, 1, QStringLiteral("bg_r"), tr("r"),
                 tr("Shape of the purchase rates across customers: small r, very unequal rates"));
    addParameter(m_bgBox, bg, 2, QStringLiteral("bg_alpha"), tr("α, days"),
                 tr("Scale of the purchase rates: r / α is the average number of purchases per day"));
    addParameter(m_bgBox, bg, 3, QStringLiteral("bg_a"), tr("a"),
                 tr("With b, how likely a customer is to stop after a purchase: on average a / (a + b)"));
    addParameter(m_bgBox, bg, 4, QStringLiteral("bg_b"), tr("b"),
                 tr("With a, how likely a customer is to stop after a purchase: on average a / (a + b)"));
    addParameter(m_bgBox, bg, 5, QStringLiteral("bg_ll"), tr("Log-likelihood"),
                 tr("How well the fitted model explains the purchase histories; higher is better"));
    addParameter(m_bgBox, bg, 6, QStringLiteral("bg_converged"), tr("Converged"),
                 tr("Whether the fit found a maximum it could not improve"));
    addParameter(m_bgBox, bg, 7, QStringLiteral("bg_seconds"), tr("Fit time"), tr("Time the fit took"));
    m_bgNote = hiddenHint(box);

    m_ggBox = new QWidget(box);
    auto* gg = parameterGrid(m_ggBox, tr("Gamma-Gamma: how much customers spend per purchase"));
    addParameter(m_ggBox, gg, 1, QStringLiteral("gg_p"), tr("p"),
                 tr("Shape of the spend of one purchase around a customer's own average"));
    addParameter(m_ggBox, gg, 2, QStringLiteral("gg_q"), tr("q"),
                 tr("With γ, how customers' average spends differ: the population's mean is p γ / (q − 1)"));
    addParameter(m_ggBox, gg, 3, QStringLiteral("gg_gamma"), tr("γ"),
                 tr("With q, how customers' average spends differ: the population's mean is p γ / (q − 1)"));
    addParameter(m_ggBox, gg, 4, QStringLiteral("gg_ll"), tr("Log-likelihood"),
                 tr("How well the fitted model explains the repeat buyers' spend; higher is better"));
    addParameter(m_ggBox, gg, 5, QStringLiteral("gg_converged"), tr("Converged"),
                 tr("Whether the fit found a maximum it could not improve"));
    addParameter(m_ggBox, gg, 6, QStringLiteral("gg_seconds"), tr("Fit time"), tr("Time the fit took"));
    m_ggNote = hiddenHint(box);

    m_paramsFooter = new QLabel(box);
    m_paramsFooter->setObjectName(QStringLiteral("hint"));
    m_paramsFooter->setWordWrap(true);

    bgColumn->addWidget(m_bgBox);
    bgColumn->addWidget(m_bgNote);
    bgColumn->addStretch(1);
    ggColumn->addWidget(m_ggBox);
    ggColumn->addWidget(m_ggNote);
    ggColumn->addStretch(1);
    models->addLayout(bgColumn, 1);
    models->addLayout(ggColumn, 1);
    layout->addLayout(models);
    layout->addWidget(m_paramsFooter);
    return box;
}

void LtvEconomicsView::setRun(const LtvRunDetail& run)
{
    m_insightTexts.clear();
    for (const QJsonObject& insight : run.insights)
        m_insightTexts << LtvTexts::insight(insight);
    if (m_insightTexts.isEmpty()) {
        m_insights->setText(tr("Nothing stands out in this run: no channel has an acquisition cost to compare with, "
                               "and no 12-month history yet."));
    } else {
        QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
        for (const QString& t : m_insightTexts)
            html += QStringLiteral("<li style=\"margin-bottom:3px\">%1</li>").arg(t.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        m_insights->setText(html);
    }

    m_model->setChannels(run.channels);
    fitTable(static_cast<int>(run.channels.size()));
    QTableView* view = m_table->tableView();
    for (int c = 0; c < LtvChannelsModel::ColumnCount; ++c)
        view->resizeColumnToContents(c);

    const auto set = [this](const char* key, const QString& text) {
        m_parameters[QString::fromLatin1(key)]->setText(text);
    };
    m_bgBox->setVisible(run.bgNbd.has_value());
    m_bgNote->setVisible(!run.bgNbd);
    if (run.bgNbd) {
        const LtvBgNbd& f = *run.bgNbd;
        set("bg_r", parameter(f.r));
        set("bg_alpha", parameter(f.alpha));
        set("bg_a", parameter(f.a));
        set("bg_b", parameter(f.b));
        set("bg_ll", QLocale().toString(f.diagnostics.logLikelihood, 'f', 2));
        set("bg_converged", LtvTexts::yesNo(f.diagnostics.converged));
        set("bg_seconds", LtvTexts::duration(f.diagnostics.seconds));
        m_parameters[QStringLiteral("bg_converged")]->setToolTip(
            tr("%n iterations", nullptr, f.diagnostics.iterations) + QStringLiteral(", ") +
            tr("%n starts", nullptr, f.diagnostics.starts) +
            (f.diagnostics.notes.isEmpty() ? QString()
                                           : QStringLiteral("\n") + f.diagnostics.notes.join(QLatin1Char('\n'))));
    } else {
        m_bgNote->setText(tr("BG/NBD was not fitted: no customer has bought on two different days yet."));
    }
    m_ggBox->setVisible(run.gammaGamma.has_value());
    m_ggNote->setVisible(!run.gammaGamma);
    if (run.gammaGamma) {
        const LtvGammaGamma& f = *run.gammaGamma;
        set("gg_p", parameter(f.p));
        set("gg_q", parameter(f.q));
        set("gg_gamma", parameter(f.gamma));
        set("gg_ll", QLocale().toString(f.diagnostics.logLikelihood, 'f', 2));
        set("gg_converged", LtvTexts::yesNo(f.diagnostics.converged));
        set("gg_seconds", LtvTexts::duration(f.diagnostics.seconds));
        m_parameters[QStringLiteral("gg_converged")]->setToolTip(
            tr("%n iterations", nullptr, f.diagnostics.iterations) + QStringLiteral(", ") +
            tr("%n starts", nullptr, f.diagnostics.starts) +
            (f.diagnostics.notes.isEmpty() ? QString()
                                           : QStringLiteral("\n") + f.diagnostics.notes.join(QLatin1Char('\n'))));
    } else {
        m_ggNote->setText(tr("Gamma-Gamma was not fitted: it needs at least two customers who bought again."));
    }
    m_paramsFooter->setText(tr("Fitted on %Ln customers; %1 of them bought on more than one day.", nullptr,
                               static_cast<int>(run.predictedCustomers))
                                .arg(QLocale().toString(static_cast<qlonglong>(run.repeatBuyers))));
}

void LtvEconomicsView::clear()
{
    m_insightTexts.clear();
    m_insights->clear();
    m_model->setChannels({});
    for (auto& [key, label] : m_parameters)
        label->setText(QStringLiteral("—"));
    m_paramsFooter->clear();
}

QString LtvEconomicsView::parameterText(const QString& key) const
{
    const auto it = m_parameters.find(key);
    return it == m_parameters.end() ? QString() : it->second->text();
}

QString LtvEconomicsView::bgNbdNote() const
{
    return m_bgNote->isVisibleTo(this) ? m_bgNote->text() : QString();
}

QString LtvEconomicsView::gammaGammaNote() const
{
    return m_ggNote->isVisibleTo(this) ? m_ggNote->text() : QString();
}

} // namespace kestrel::ui
