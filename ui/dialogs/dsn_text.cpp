#include "dialogs/dsn_text.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

namespace kestrel::ui::dsn {
namespace {

bool isUri(const QString& dsn)
{
    return dsn.startsWith(QLatin1String("postgresql://")) || dsn.startsWith(QLatin1String("postgres://"));
}

} // namespace

QString quoteValue(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s'\\\\]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString build(const QString& host, const QString& port, const QString& dbname, const QString& user,
              const QString& password)
{
    QStringList parts;
    const auto add = [&](const char* key, const QString& value) {
        if (!value.trimmed().isEmpty())
            parts << QString::fromLatin1(key) + QLatin1Char('=') + quoteValue(value.trimmed());
    };
    add("host", host);
    add("port", port);
    add("dbname", dbname);
    add("user", user);
    if (!password.isEmpty())
        parts << QStringLiteral("password=") + quoteValue(password);
    return parts.join(QLatin1Char(' '));
}

QString withoutPassword(const QString& dsn)
{
    if (isUri(dsn)) {
        QUrl url(dsn);
        url.setPassword(QString());
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("password"));
        url.setQuery(query);
        return url.toString();
    }
    // key=value: drop password=value, where value is quoted ('…' with \' escapes) or a bare word.
    static const QRegularExpression kv(QStringLiteral("\\s*\\bpassword\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S+)"));
    QString out = dsn;
    out.remove(kv);
    return out.trimmed();
}

QString withPassword(const QString& dsn, const QString& password)
{
    if (password.isEmpty())
        return dsn;
    if (isUri(dsn)) {
        QUrl url(dsn);
        url.setPassword(password);
        return url.toString();
    }
    return dsn.trimmed() + QStringLiteral(" password=") + quoteValue(password);
}

} // namespace kestrel::ui::dsn
