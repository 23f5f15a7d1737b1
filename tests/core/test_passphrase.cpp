#include "TestSupport.h"

#include <core/ErrorMessages.h>
#include <core/crypto/PassphraseStrength.h>
#include <core/model/TagCatalogue.h>

using namespace saib;

TEST_CASE("passphrase strength hint", "[passphrase]")
{
    CHECK(ratePassphrase(QStringLiteral("")) == PassphraseStrength::TooShort);
    CHECK(ratePassphrase(QStringLiteral("abc1234")) == PassphraseStrength::TooShort);
    CHECK(ratePassphrase(QStringLiteral("password")) == PassphraseStrength::Weak);
    CHECK(ratePassphrase(QStringLiteral("aaaaaaaaaa")) == PassphraseStrength::Weak);
    CHECK(ratePassphrase(QStringLiteral("Tr0ub4dor&3")) >= PassphraseStrength::Fair);
    CHECK(ratePassphrase(QStringLiteral("afon goch llyfr tawel mynydd")) == PassphraseStrength::Strong);
}

TEST_CASE("every error code has a message", "[errors]")
{
    for (int code = 1; code <= int(ErrorCode::LastErrorCode); ++code) {
        INFO(code);
        CHECK_FALSE(errorMessage(ErrorCode(code)).isEmpty());
        CHECK(errorMessage(ErrorCode(code)) != QStringLiteral("Something went wrong."));
    }
    CHECK(errorMessage(ErrorCode::None).isEmpty());
}

TEST_CASE("tag catalogue matches DESIGN.md", "[tags]")
{
    CHECK(demandTags().size() == 17);
    CHECK(resourceTags().size() == 10);
    QSet<QString> ids;
    for (const auto *list : {&demandTags(), &resourceTags()})
        for (const TagInfo &t : *list)
            ids.insert(QString::fromLatin1(t.id));
    CHECK(ids.size() == 27);
    CHECK(tagLabel(QStringLiteral("peer-heads")) == QStringLiteral("Peer headteachers"));
    CHECK(tagLabel(QStringLiteral("my own words")) == QStringLiteral("my own words"));
}
