#pragma once

#include <QtWidgets/QWidget>

class QAbstractButton;
class QButtonGroup;
class QHBoxLayout;

namespace kestrel::ui {

/// A row of buttons that look like one segmented control, exactly one checked: the view switch of a
/// chart (3 / 6 / 12 months, revenue / retention). Options are keyed by a string.
class SegmentedSwitch : public QWidget {
    Q_OBJECT
public:
    explicit SegmentedSwitch(QWidget* parent = nullptr);

    /// Adds an option at the right; the first one added is checked.
    void addOption(const QString& key, const QString& text, const QString& tooltip = {});
    /// Checks an option without emitting currentChanged; an unknown key is ignored.
    void setCurrent(const QString& key);
    QString current() const;
    QAbstractButton* button(const QString& key) const;
    void setOptionEnabled(const QString& key, bool enabled);
    QStringList keys() const;

signals:
    /// The user picked another option.
    void currentChanged(const QString& key);

private:
    void restyle();

    QButtonGroup* m_group = nullptr;
    QHBoxLayout* m_layout = nullptr;
};

} // namespace kestrel::ui
