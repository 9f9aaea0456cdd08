#pragma once

#include <QtCore/QSettings>
#include <QtCore/QString>
#include <QtCore/QVariant>

namespace kestrel::core::settings {

/// A typed setting declared once with its key and default; read and written through QSettings
/// (organisation "Kestrel", application "Kestrel"). Secrets never go here.
template <typename T>
class Setting {
public:
    constexpr Setting(const char* key, T def) : m_key(key), m_default(std::move(def)) {}

    T get() const
    {
        QSettings s;
        return s.value(QString::fromLatin1(m_key), QVariant::fromValue(m_default)).template value<T>();
    }
    void set(const T& value) const
    {
        QSettings s;
        s.setValue(QString::fromLatin1(m_key), QVariant::fromValue(value));
    }
    void reset() const
    {
        QSettings s;
        s.remove(QString::fromLatin1(m_key));
    }
    const char* key() const { return m_key; }
    const T& defaultValue() const { return m_default; }

private:
    const char* m_key;
    T m_default;
};

/// "" = follow the system locale; otherwise "en" or "ru".
inline const Setting<QString> kLanguage{"ui/language", QString()};
inline const Setting<QString> kLogLevel{"log/level", QStringLiteral("info")};
/// Empty = the embedded cluster. A DSN without the password; the password lives in the keyring.
inline const Setting<QString> kExternalDsn{"db/dsn", QString()};
inline const Setting<int> kDashboardDays{"dashboard/days", 30};

}  // namespace kestrel::core::settings
