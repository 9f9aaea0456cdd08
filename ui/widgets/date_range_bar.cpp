#include "widgets/date_range_bar.h"

#include <QtCore/QLocale>
#include <QtCore/QSignalBlocker>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>

namespace kestrel::ui {

const int DateRangeBar::kPresets[3] = {7, 30, 90};

namespace {

QDateEdit* makeDateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QStringLiteral("yyyy"))
                               ? QLocale().dateFormat(QLocale::ShortFormat)
                               : QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setMaximumDate(QDate(2100, 12, 31));
    edit->setMinimumWidth(120);
    return edit;
}

} // namespace

DateRangeBar::DateRangeBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);

    auto* label = new QLabel(tr("Period"), this);
    label->setObjectName(QStringLiteral("filterLabel"));
    m_label = label;
    m_from = makeDateEdit(this);
    m_from->setToolTip(tr("First day (UTC)"));
    m_to = makeDateEdit(this);
    m_to->setToolTip(tr("Last day (UTC), included"));
    layout->addWidget(label);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(8);

    for (int i = 0; i < 3; ++i) {
        const int days = kPresets[i];
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("presetButton"));
        button->setText(tr("%n days", nullptr, days));
        button->setToolTip(tr("The last %n days with data", nullptr, days));
        button->setCheckable(true);
        button->setProperty("presetDays", days);
        button->setAutoRaise(false);
        connect(button, &QToolButton::clicked, this, [this, days] { applyPreset(days); });
        m_presets[i] = button;
        layout->addWidget(button);
    }
    m_allTime = new QToolButton(this);
    m_allTime->setObjectName(QStringLiteral("presetButton"));
    m_allTime->setText(tr("All time"));
    m_allTime->setToolTip(tr("No limit on the dates"));
    m_allTime->setCheckable(true);
    m_allTime->hide();
    connect(m_allTime, &QToolButton::clicked, this, [this] {
        m_debounce.stop();
        setAllTime(true);
        emit allTimeChosen();
    });
    layout->addWidget(m_allTime);
    layout->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    layout->addWidget(m_status);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    m_refresh->setToolTip(tr("Reload the dashboard (F5)"));
    layout->addWidget(m_refresh);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (range().isValid())
            emit rangeChanged(range());
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DateRangeBar::onDateEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DateRangeBar::onDateEdited);
    connect(m_refresh, &QPushButton::clicked, this, &DateRangeBar::refreshRequested);
}

DayRange DateRangeBar::range() const
{
    return {m_from->date(), m_to->date()};
}

void DateRangeBar::setRange(const DayRange& range)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(range.from);
    m_to->setDate(range.to);
    updatePresetChecks();
}

void DateRangeBar::setAnchor(QDate lastDay)
{
    m_anchor = lastDay;
    updatePresetChecks();
}

void DateRangeBar::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString DateRangeBar::status() const
{
    return m_status->text();
}

void DateRangeBar::setLabel(const QString& text)
{
    m_label->setText(text);
}

void DateRangeBar::setRefreshToolTip(const QString& text)
{
    m_refresh->setToolTip(text);
}

void DateRangeBar::setAllTimeOffered(bool offered)
{
    m_allTime->setVisible(offered);
    if (!offered)
        setAllTime(false);
}

bool DateRangeBar::isAllTime() const
{
    return m_allTime->isChecked();
}

void DateRangeBar::setAllTime(bool on)
{
    m_allTime->setChecked(on);
    updatePresetChecks();
}

void DateRangeBar::onDateEdited()
{
    m_allTime->setChecked(false);
    // Keep from <= to by moving the other end, as a user expects from a range picker.
    const QSignalBlocker a(m_from), b(m_to);
    if (m_from->date() > m_to->date()) {
        if (sender() == m_from)
            m_to->setDate(m_from->date());
        else
            m_from->setDate(m_to->date());
    }
    updatePresetChecks();
    m_debounce.start();
}

void DateRangeBar::applyPreset(int days)
{
    const QDate last = m_anchor.isValid() ? m_anchor : QDate::currentDate();
    m_allTime->setChecked(false);
    setRange(DayRange::ending(last, days));
    m_debounce.stop();
    emit presetChosen(days);
    emit rangeChanged(range());
}

void DateRangeBar::updatePresetChecks()
{
    const DayRange r = range();
    const QDate last = m_anchor.isValid() ? m_anchor : QDate::currentDate();
    for (int i = 0; i < 3; ++i)
        m_presets[i]->setChecked(!isAllTime() && r.to == last && r.days() == kPresets[i]);
}

} // namespace kestrel::ui
