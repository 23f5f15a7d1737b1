// OpResult: the one shape in which controllers answer QML. An Error must become a result
// that is not ok, names its code and carries the message table's sentence in the UI
// language; a success carries no code and only the sentence it was given.
#include <app/wiring/OpResult.h>
#include <core/ErrorMessages.h>

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>

using namespace saib;
using ui::OpResult;

TEST_CASE("an Error becomes a failed OpResult with its code and translated sentence", "[opresult]")
{
    const Error wrong(ErrorCode::WrongPassphrase, QStringLiteral("detail for logs only"));
    {
        const OpResult r = OpResult::from(wrong);
        CHECK_FALSE(r.ok);
        CHECK(r.code == QLatin1String("WrongPassphrase"));
        CHECK(r.message == QLatin1String("That passphrase is not right. Nothing has been changed."));
        CHECK(r.path.isEmpty());
    }
    QTranslator welsh;
    REQUIRE(welsh.load(QStringLiteral(":/i18n/saib_cy.qm")));
    QCoreApplication::installTranslator(&welsh);
    {
        const OpResult r = OpResult::from(wrong);
        CHECK_FALSE(r.ok);
        CHECK(r.code == QLatin1String("WrongPassphrase"));
        CHECK(r.message == QLatin1String("Dydy'r cyfrinymadrodd hwnnw ddim yn gywir. Does dim wedi newid."));
    }
    QCoreApplication::removeTranslator(&welsh);
}

TEST_CASE("no error is a success with no sentence, and a success may carry one", "[opresult]")
{
    const OpResult none = OpResult::from(Error());
    CHECK(none.ok);
    CHECK(none.code == QLatin1String("None"));
    CHECK(none.message.isEmpty());

    const OpResult saved = OpResult::success(QStringLiteral("Backup saved."));
    CHECK(saved.ok);
    CHECK(saved.message == QLatin1String("Backup saved."));
}

TEST_CASE("a refusal with its own sentence is not ok", "[opresult]")
{
    const OpResult r = OpResult::failure(QStringLiteral("Open the preview first."));
    CHECK_FALSE(r.ok);
    CHECK(r.message == QLatin1String("Open the preview first."));
    const OpResult quoted = OpResult::failure(QStringLiteral("Not all sent: …"), ErrorCode::RelayUnreachable);
    CHECK(quoted.code == QLatin1String("RelayUnreachable"));
}

TEST_CASE("every error code has a name and a sentence", "[opresult]")
{
    for (int c = 1; c <= int(ErrorCode::LastErrorCode); ++c) {
        const OpResult r = OpResult::from(Error(ErrorCode(c)));
        INFO("code " << c);
        CHECK_FALSE(r.ok);
        CHECK(r.code != QLatin1String("Unknown"));
        CHECK(r.code != QLatin1String("None"));
        CHECK_FALSE(r.message.isEmpty());
    }
}
