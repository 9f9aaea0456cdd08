#include "pages/ltv_header.h"

#include "models/ltv_texts.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtGui/QTextDocumentFragment>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {

LtvHeader::LtvHeader(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("ltvHeader"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ltvSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_notice = new QFrame(this);
    m_notice->setObjectName(QStringLiteral("noticeFrame"));
    m_warnings = new QLabel(m_notice);
    m_warnings->setObjectName(QStringLiteral("ltvWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* notice = new QVBoxLayout(m_notice);
    notice->setContentsMargins(10, 6, 10, 6);
    notice->addWidget(m_warnings);
    m_notice->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_notice);
}

void LtvHeader::setRun(const LtvRunDetail& run)
{
    const QLocale locale;
    QStringList parts;
    parts << QStringLiteral("<b>%1</b>").arg(tr("As of %1").arg(format::instant(run.asOf)).toHtmlEscaped());
    const QString finished = run.info.finishedAt.isValid()
                                 ? locale.toString(run.info.finishedAt.toLocalTime(), QLocale::ShortFormat)
                                 : QStringLiteral("—");
    parts << tr("run %1, finished %2 in %3")
                 .arg(QString::number(run.info.runId), finished,
                      LtvTexts::duration(static_cast<double>(run.info.durationMs) / 1000.0))
                 .toHtmlEscaped();
    parts << tr("%Ln customers, %1 bought more than once", nullptr, static_cast<int>(run.customers))
                 .arg(format::count(static_cast<double>(run.repeatBuyers)))
                 .toHtmlEscaped();
    parts << (run.calibration ? tr("holdout %n days, from %1", nullptr, run.holdoutDays)
                                    .arg(LtvTexts::date(run.calibration->calibrationEnd))
                              : tr("holdout %n days (not checked)", nullptr, run.holdoutDays))
                 .toHtmlEscaped();
    parts << tr("CLV over %1 at %2 discount per month")
                 .arg(LtvTexts::months(run.clvMonths), format::percent(run.monthlyDiscount, 1))
                 .toHtmlEscaped();
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    m_summary->setToolTip(tr("Reading the histories %1 · fitting the models %2 · predicting %3 · history and "
                             "cohorts %4 · writing %5")
                              .arg(LtvTexts::duration(run.summarySeconds), LtvTexts::duration(run.fitSeconds),
                                   LtvTexts::duration(run.predictSeconds), LtvTexts::duration(run.historySeconds),
                                   LtvTexts::duration(run.writeSeconds)));

    m_warningTexts.clear();
    for (const QString& w : run.warnings) {
        QString text = w.trimmed();
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        m_warningTexts << text;
    }
    QStringList lines;
    for (const QString& w : m_warningTexts)
        lines << QStringLiteral("⚠ ") + w;
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_notice->setVisible(!m_warningTexts.isEmpty());
}

void LtvHeader::clear()
{
    m_summary->clear();
    m_warnings->clear();
    m_warningTexts.clear();
    m_notice->hide();
}

QString LtvHeader::summaryText() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

bool LtvHeader::areWarningsVisible() const
{
    return m_notice->isVisibleTo(this);
}

} // namespace kestrel::ui
