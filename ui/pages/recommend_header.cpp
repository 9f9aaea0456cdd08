#include "pages/recommend_header.h"

#include "models/ltv_texts.h"
#include "widgets/info_tiles.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtGui/QTextDocumentFragment>
#include <QtWidgets/QFrame>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

QString count(std::int64_t n)
{
    return format::count(static_cast<double>(n));
}

/// A phase of the run in words, for the duration tile's tooltip.
QString phaseName(const QString& key)
{
    QString k = key;
    if (k.endsWith(QLatin1String("_seconds")))
        k.chop(8);
    if (k == QLatin1String("read"))
        return RecommendHeader::tr("reading the data");
    if (k == QLatin1String("fit"))
        return RecommendHeader::tr("fitting the model");
    if (k == QLatin1String("feedback"))
        return RecommendHeader::tr("weighting the interactions");
    if (k == QLatin1String("similarity"))
        return RecommendHeader::tr("item similarities");
    if (k == QLatin1String("recommend"))
        return RecommendHeader::tr("ranking the lists");
    if (k == QLatin1String("write"))
        return RecommendHeader::tr("writing the lists");
    if (k == QLatin1String("index"))
        return RecommendHeader::tr("indexing the lists");
    if (k == QLatin1String("attach"))
        return RecommendHeader::tr("publishing the run");
    if (k == QLatin1String("evaluation") || k == QLatin1String("evaluate"))
        return RecommendHeader::tr("the evaluation");
    return k.replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

RecommendHeader::RecommendHeader(QWidget* parent) : QWidget(parent)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("ltvHeader"));
    m_summary = new QLabel(frame);
    m_summary->setObjectName(QStringLiteral("ltvSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice = new QFrame(frame);
    m_notice->setObjectName(QStringLiteral("noticeFrame"));
    m_warnings = new QLabel(m_notice);
    m_warnings->setObjectName(QStringLiteral("recommendWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* notice = new QVBoxLayout(m_notice);
    notice->setContentsMargins(10, 6, 10, 6);
    notice->addWidget(m_warnings);
    m_notice->hide();
    auto* frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(14, 10, 14, 10);
    frameLayout->setSpacing(8);
    frameLayout->addWidget(m_summary);
    frameLayout->addWidget(m_notice);

    m_tiles = new InfoTiles(this);
    m_tiles->setObjectName(QStringLiteral("recommendRunTiles"));
    m_tiles->add(tr("Users with a list"), tr("Every user gets a list, also users without any history (they get "
                                             "what is popular now)."));
    m_tiles->add(tr("Cold users"), tr("Users with no view, cart or purchase before the as-of date: their lists "
                                      "are the popular products."));
    m_tiles->add(tr("Products recommended"),
                 tr("Distinct products on at least one list, out of the active products that could be recommended "
                    "(catalogue coverage)."));
    m_tiles->add(tr("Run time"), tr("How long the run took: reading, fitting, ranking every user's list, the "
                                    "evaluation and writing."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(frame);
    layout->addWidget(m_tiles);
}

void RecommendHeader::setRun(const RecommendRunDetail& run)
{
    const QLocale locale;
    QStringList parts;
    if (!run.asOf.isEmpty())
        parts << QStringLiteral("<b>%1</b>").arg(tr("As of %1").arg(format::instant(run.asOf)).toHtmlEscaped());
    const QString finished = run.info.finishedAt.isValid()
                                 ? locale.toString(run.info.finishedAt.toLocalTime(), QLocale::ShortFormat)
                                 : QStringLiteral("—");
    const QString took = LtvTexts::duration(static_cast<double>(run.info.durationMs) / 1000.0);
    parts << tr("run %1, finished %2 in %3").arg(QString::number(run.info.runId), finished, took).toHtmlEscaped();
    QString settings = tr("%n products per user", nullptr, run.top);
    if (run.halfLifeDays)
        settings += QStringLiteral(", ") + tr("half-life %n days", nullptr, static_cast<int>(*run.halfLifeDays));
    parts << settings.toHtmlEscaped();
    m_summary->setText(parts.join(QStringLiteral(" · ")));

    m_warningTexts.clear();
    for (const QString& w : run.warnings) {
        QString text = w.trimmed();
        if (text.isEmpty())
            continue;
        text[0] = text[0].toUpper();
        m_warningTexts << text;
    }
    QStringList lines;
    for (const QString& w : m_warningTexts)
        lines << QStringLiteral("⚠ ") + w;
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_notice->setVisible(!m_warningTexts.isEmpty());

    const double coldShare = run.users > 0 ? static_cast<double>(run.coldUsers) / static_cast<double>(run.users) : 0.0;
    m_tiles->set(Users, count(run.users), tr("%n products each", nullptr, run.top));
    m_tiles->set(ColdUsers, count(run.coldUsers),
                 tr("%1 of the users get the popular list").arg(format::percent(coldShare, 1)));
    m_tiles->set(Products, tr("%1 of %2").arg(count(run.recommendedItems), count(run.catalogueItems)),
                 tr("coverage %1 of the catalogue").arg(format::percent(run.coverage(), 1)));
    QStringList phases;
    for (const auto& [key, seconds] : run.timings)
        phases << tr("%1: %2").arg(phaseName(key), LtvTexts::duration(seconds));
    m_tiles->set(Duration, took, tr("finished %1").arg(finished), phases.join(QLatin1Char('\n')));
}

void RecommendHeader::clear()
{
    m_summary->clear();
    m_warnings->clear();
    m_warningTexts.clear();
    m_notice->hide();
    m_tiles->clear();
}

QString RecommendHeader::summaryText() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

bool RecommendHeader::areWarningsVisible() const
{
    return m_notice->isVisibleTo(this);
}

} // namespace kestrel::ui
