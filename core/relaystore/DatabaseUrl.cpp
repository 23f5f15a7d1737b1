#include "DatabaseUrl.h"

#include <QUrl>

namespace saib::relay {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const Error bad(ErrorCode::DatabaseOpenFailed,
                    QStringLiteral("--db must be sqlite:PATH or postgres://user:pass@host:port/db"));
    DatabaseUrl u;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = QUrl(text).path(); // sqlite:///abs/path
        if (path.isEmpty())
            return bad;
        u.backend = Backend::Sqlite;
        u.path = path;
        return u;
    }
    if (text.startsWith(QLatin1String("postgres://")) || text.startsWith(QLatin1String("postgresql://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return bad;
        u.backend = Backend::Postgres;
        u.host = url.host();
        u.port = url.port(5432);
        u.user = url.userName(QUrl::FullyDecoded);
        u.password = url.password(QUrl::FullyDecoded);
        u.database = url.path().mid(1);
        if (u.database.isEmpty() || u.database.contains(QLatin1Char('/')))
            return bad;
        return u;
    }
    return bad;
}

QString DatabaseUrl::describe() const
{
    if (backend == Backend::Sqlite)
        return QStringLiteral("sqlite:%1").arg(path);
    return QStringLiteral("postgres://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace saib::relay
