#include "import/result_page.h"

#include "import/import_session.h"
#include "import/load_texts.h"
#include "widgets/count_tile.h"
#include "widgets/file_opener.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtGui/QPainter>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>
#include <QtWidgets/QWizard>

namespace kestrel::ui {
namespace {

/// A round badge with a mark: ✓ on green, ! on red, i on grey.
QPixmap outcomeBadge(const QColor& color, const QString& mark, qreal dpr)
{
    const int size = 36;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    QFont font = p.font();
    font.setPixelSize(20);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, mark);
    return pixmap;
}

} // namespace

ResultPage::ResultPage(std::shared_ptr<ImportSession> session, QWidget* parent)
    : QWizardPage(parent), m_sessionOwner(session), m_session(*session)
{
    setObjectName(QStringLiteral("importResultPage"));
    setTitle(tr("Result"));
    setSubTitle(tr("What the load did. The Loads page keeps it, with its rejects file and a way to roll it back."));
    setFinalPage(true);

    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("resultIcon"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    m_headline->setWordWrap(true);
    auto* head = new QHBoxLayout;
    head->setSpacing(10);
    head->addWidget(m_icon, 0, Qt::AlignVCenter);
    head->addWidget(m_headline, 1, Qt::AlignVCenter);

    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("hint"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tilesBox = new QWidget(this);
    auto* tiles = new QHBoxLayout(m_tilesBox);
    tiles->setContentsMargins(0, 0, 0, 0);
    tiles->setSpacing(10);
    const QString names[kCounts] = {tr("Rows read"), tr("Inserted"), tr("Updated"),
                                    tr("Unchanged"), tr("Deleted"),  tr("Rejected")};
    for (int i = 0; i < kCounts; ++i) {
        m_tiles[static_cast<std::size_t>(i)] = new CountTile(names[i], QString(), m_tilesBox);
        tiles->addWidget(m_tiles[static_cast<std::size_t>(i)]);
    }

    m_rejects = new QLabel(this);
    m_rejects->setWordWrap(true);
    m_openRejects = new QPushButton(tr("Open the rejects file"), this);
    m_openRejects->setObjectName(QStringLiteral("openRejects"));
    auto* rejectsRow = new QHBoxLayout;
    rejectsRow->addWidget(m_rejects, 1);
    rejectsRow->addWidget(m_openRejects);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setAutoRaise(true);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(140);
    m_details->hide();

    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("importAgain"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(head);
    layout->addWidget(m_facts);
    layout->addWidget(m_tilesBox);
    layout->addLayout(rejectsRow);
    layout->addWidget(m_error);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addStretch(1);
    layout->addWidget(m_again, 0, Qt::AlignLeft);

    connect(m_detailsToggle, &QToolButton::toggled, this, &ResultPage::showDetails);
    connect(m_again, &QPushButton::clicked, this, [this] {
        if (wizard())
            wizard()->restart();
    });
    connect(m_openRejects, &QPushButton::clicked, this, [this] {
        if (m_session.result && m_session.result->report)
            openLocalFile(QString::fromStdString(m_session.result->report->rejectsPath));
    });
}

void ResultPage::showDetails(bool on)
{
    m_details->setVisible(on);
    m_detailsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
}

void ResultPage::initializePage()
{
    const ImportOutcomePtr outcome = m_session.result;
    const QString file = QFileInfo(m_session.path).fileName();
    const QString entity = LoadTexts::entity(m_session.entity);
    const bool ok = outcome && outcome->ok();
    const qreal dpr = devicePixelRatioF();
    if (ok)
        m_icon->setPixmap(outcomeBadge(QColor(0x16, 0xa3, 0x4a), QStringLiteral("✓"), dpr));
    else if (outcome && outcome->cancelled)
        m_icon->setPixmap(outcomeBadge(QColor(0x64, 0x74, 0x8b), QStringLiteral("i"), dpr));
    else
        m_icon->setPixmap(outcomeBadge(QColor(0xdc, 0x26, 0x26), QStringLiteral("!"), dpr));
    m_tilesBox->setVisible(ok);
    m_facts->setVisible(ok);
    m_error->setVisible(!ok);
    m_detailsToggle->setVisible(!ok && outcome && !outcome->cancelled);
    m_detailsToggle->setChecked(false);
    m_rejects->hide();
    m_openRejects->hide();
    m_facts->clear();
    m_again->setText(ok ? tr("Import another file…") : tr("Start again…"));
    if (!outcome)
        return;
    if (!ok) {
        // A cancel is the user's choice, not an error: plain words, not red ones.
        m_error->setObjectName(outcome->cancelled ? QStringLiteral("resultNote") : QStringLiteral("errorText"));
        m_error->style()->unpolish(m_error);
        m_error->style()->polish(m_error);
        m_headline->setText(outcome->cancelled ? tr("The load of %1 was cancelled.").arg(file)
                                               : tr("The load of %1 into %2 failed.").arg(file, entity));
        m_error->setText(outcome->cancelled
                             ? tr("Nothing was stored; %1 is as it was.").arg(entity)
                             : tr("%1\nNothing was stored; %2 is as it was.").arg(outcome->error, entity));
        m_details->setPlainText(outcome->details);
        return;
    }

    const core::LoadReport& r = *outcome->report;
    m_headline->setText(tr("%1 was loaded into %2.").arg(file, entity));
    m_facts->setText(tr("Load %1 · %2 mode · took %3 · %4, %5")
                         .arg(r.loadId)
                         .arg(LoadTexts::mode(r.mode), LoadTexts::duration(r.seconds),
                              r.format == "json" ? tr("JSON") : tr("CSV"), QString::fromStdString(r.encoding)));
    using Tone = CountTile::Tone;
    tile(Count::Read)->setValue(r.rowsRead);
    tile(Count::Inserted)->setValue(r.rowsInserted, r.rowsInserted ? Tone::Good : Tone::Plain);
    tile(Count::Updated)->setValue(r.rowsUpdated);
    tile(Count::Unchanged)->setValue(r.rowsUnchanged);
    tile(Count::Deleted)->setValue(r.rowsDeleted, r.rowsDeleted ? Tone::Warning : Tone::Plain);
    tile(Count::Rejected)->setValue(r.rowsRejected, r.rowsRejected ? Tone::Bad : Tone::Plain);
    if (r.rowsRejected > 0 && !r.rejectsPath.empty()) {
        m_rejects->setText(tr("%n rows were rejected and not loaded. The rejects file lists each one with its "
                              "line, column, value and reason: %1",
                              nullptr, static_cast<int>(r.rowsRejected))
                               .arg(QDir::toNativeSeparators(QString::fromStdString(r.rejectsPath))));
        m_rejects->show();
        m_openRejects->show();
    }
}

QString ResultPage::headline() const
{
    return m_headline->text();
}

QString ResultPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString ResultPage::detailsText() const
{
    return m_details->toPlainText();
}

} // namespace kestrel::ui
