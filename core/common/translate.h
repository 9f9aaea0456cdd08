#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <concepts>
#include <initializer_list>
#include <string>
#include <string_view>

namespace kestrel::core {

/// The messages core builds go through Qt's translation system, so the GUI (which installs the
/// Russian or English translator) shows them in the user's language, while the CLI and the tests
/// (which install none) get the English source text unchanged. lupdate only finds literal strings
/// in QCoreApplication::translate("Context", "text") and QT_TRANSLATE_NOOP("Context", "text"), so
/// call sites spell those out and pass the result to the helpers below; whole sentences with %1 %2
/// placeholders, never pieces glued together.

/// QCoreApplication::translate(context, sourceText, nullptr, n) as UTF-8: the source text itself
/// (with %n replaced when n >= 0) when no installed translator has it. For texts marked with
/// QT_TRANSLATE_NOOP(context, …) where they are defined.
std::string trText(const char* context, const char* sourceText, int n = -1);

/// One argument of trArgs: text (copied byte for byte) or an integer (plain digits, no grouping).
class TrArg {
public:
    TrArg(std::string_view text) : m_view(text) {}
    TrArg(const std::string& text) : m_view(text) {}
    TrArg(const char* text) : m_view(text) {}
    template <std::integral T>
    requires(!std::same_as<T, char> && !std::same_as<T, bool>) TrArg(T number)
        : m_owned(std::to_string(number)), m_isOwned(true)
    {
    }

    std::string_view text() const { return m_isOwned ? std::string_view(m_owned) : m_view; }

private:
    std::string_view m_view;
    std::string m_owned;
    bool m_isOwned = false;
};

/// Fills the %1 … %99 placeholders of a (translated) UTF-8 text in one pass, each with the argument
/// of its number: an argument's own "%1" is not expanded again, a placeholder without an argument
/// stays as written, and %L1 is read as %1. Unlike QString::arg the arguments are inserted byte for
/// byte, so a value quoted from a file stays exactly as it was, even when it is not valid UTF-8.
std::string fillArgs(std::string_view text, std::initializer_list<TrArg> args);

/// trArgs(QCoreApplication::translate("Values", "not a number: %1"), value) — the translated text
/// as UTF-8 with its placeholders filled (see fillArgs).
template <typename... Args> std::string trArgs(const QString& translated, const Args&... args)
{
    return fillArgs(translated.toStdString(), {TrArg(args)...});
}

} // namespace kestrel::core
