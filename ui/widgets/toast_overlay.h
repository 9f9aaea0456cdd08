#pragma once

#include "widgets/toast.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

namespace kestrel::ui {

/// Notifications in the bottom-right corner of a host widget, for outcomes of work: an export
/// finished, a save failed. Up to three at a time (the oldest gives way), newest at the bottom,
/// kept in the corner when the host resizes. Info and success hide after 5 s, errors after 10 s
/// (or when closed). Every call is on the GUI thread.
///
///     ToastOverlay::of(this)->show(Toast::Kind::Error, tr("Could not save the preset."),
///                                  {{tr("Retry"), [=] { save(); }}});
class ToastOverlay : public QObject {
    Q_OBJECT
public:
    using Kind = Toast::Kind;
    using Action = Toast::Action;
    static constexpr int kMaxVisible = 3;
    static constexpr int kMargin = 16;

    explicit ToastOverlay(QWidget* host);

    /// The overlay of widget's top-level window, made on first use.
    static ToastOverlay* of(QWidget* widget);

    /// Shows a toast; actions are buttons that run their function and close the toast.
    Toast* show(Kind kind, const QString& text, const QList<Action>& actions = {});
    /// Same with an explicit timeout (zero keeps it until closed).
    Toast* show(Kind kind, const QString& text, const QList<Action>& actions, std::chrono::milliseconds timeout);

    static std::chrono::milliseconds defaultTimeout(Kind kind);

    /// Visible toasts, oldest first.
    QList<Toast*> toasts() const;
    QWidget* host() const { return m_host; }
    void clear();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void relayout();

    QWidget* m_host;
    QList<QPointer<Toast>> m_toasts;
};

} // namespace kestrel::ui
