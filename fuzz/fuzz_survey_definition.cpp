// Survey definitions as the app receives them (core/survey): the signed envelope checked
// against the pinned key, and the definition JSON itself (lenient and strict). The first
// byte picks the parser.
// Property: a definition that verifies also parses on its own, with the same id and window.
#include "FuzzSupport.h"
#include "SurveyFuzzFixtures.h"

using namespace saib;
using namespace saib::survey;

bool fuzzOne(const QByteArray &input)
{
    if (input.isEmpty())
        return false;
    const QByteArray body = fuzz::tail(input);
    const int selector = quint8(input[0]) % 3;
    if (selector == 0) {
        auto def = verifySignedDefinition(body, fuzz::bodyKey().publicKey);
        if (!def.ok())
            return false;
        SAIB_FUZZ_CHECK(def.value().opens <= def.value().closes && !def.value().questions.isEmpty());
        return true;
    }
    auto def = SurveyDefinition::fromJson(body, selector == 2);
    if (!def.ok())
        return false;
    const SurveyDefinition &d = def.value();
    SAIB_FUZZ_CHECK(isValidId(d.id) && d.opens.isValid() && d.closes.isValid());
    for (const Question &q : d.questions) {
        SAIB_FUZZ_CHECK(isValidId(q.id));
        SAIB_FUZZ_CHECK(q.min <= q.max);
    }
    // What the body would sign must verify in the app.
    auto signedBytes = signDefinition(body, fuzz::bodyKey());
    if (signedBytes.ok())
        SAIB_FUZZ_CHECK(verifySignedDefinition(signedBytes.value(), fuzz::bodyKey().publicKey).ok());
    return true;
}

void writeSeeds(const fuzz::Seeder &seed)
{
    const QByteArray def = fuzz::definitionJson();
    seed("signed", fuzz::selected(0, signDefinition(def, fuzz::bodyKey()).take()));
    seed("definition", fuzz::selected(1, def));
    seed("definition-strict", fuzz::selected(2, QJsonDocument::fromJson(def).toJson(QJsonDocument::Indented)));
}
