// Imports from other apps (core/import): Day One's JSON export, Daylio's CSV export and
// the plain check-ins CSV, all files from anywhere on disk. The first byte picks the
// parser. Property: what is accepted is valid (entries, check-ins for days up to
// "today"), every skip names a line or entry, and a refusal names where it happened
// within the file.
#include "FuzzSupport.h"

#include <core/import/CheckinCsv.h>
#include <core/import/DayOneImport.h>
#include <core/import/DaylioImport.h>

using namespace saib;

namespace {
const QDate kToday(2026, 11, 30);

void checkPlan(const ImportParse &parsed, const QByteArray &body)
{
    if (!parsed.ok()) {
        SAIB_FUZZ_CHECK(parsed.error.code == ErrorCode::ImportInvalid && parsed.where >= 0);
        if (parsed.byLine)
            SAIB_FUZZ_CHECK(parsed.where <= body.count('\n') + 1);
        return;
    }
    for (const JournalEntry &e : parsed.plan.entries)
        SAIB_FUZZ_CHECK(validate(e).ok() && !e.id.isEmpty() && e.day <= kToday);
    for (const Checkin &c : parsed.plan.checkins)
        SAIB_FUZZ_CHECK(validate(c, kToday).ok() && !c.id.isEmpty());
    for (const ImportSkip &s : parsed.plan.skipped)
        SAIB_FUZZ_CHECK(s.where >= 1);
}
} // namespace

bool fuzzOne(const QByteArray &input)
{
    if (input.isEmpty())
        return false;
    const QByteArray body = fuzz::tail(input);
    ImportParse parsed;
    switch (quint8(input[0]) % 3) {
    case 0:
        parsed = DayOneImport::parse(body, kToday);
        break;
    case 1:
        parsed = DaylioImport::parse(body, DaylioImport::defaultMoods(), kToday);
        break;
    default:
        parsed = CheckinCsv::parse(body, kToday);
        break;
    }
    checkPlan(parsed, body);
    return parsed.ok();
}

void writeSeeds(const fuzz::Seeder &seed)
{
    seed("dayone", fuzz::selected(0, QStringLiteral(R"({"metadata":{"version":"1.0"},"entries":[
 {"uuid":"A1B2C3D4E5F6","creationDate":"2024-03-05T23:30:00Z","modifiedDate":"2024-03-06T08:00:00Z",
  "timeZone":"Pacific/Auckland","starred":true,"tags":["Estyn","team"],
  "text":"# Ar ôl Estyn\n\nGwelais **ŵyn** bach yn y cae."},
 {"uuid":"EMPTY0000001","creationDate":"2024-03-07T10:00:00Z","text":"   "}]})").toUtf8()));
    // The export zip itself (photos/ stored, Journal.json deflated), as Python's zipfile writes it.
    seed("dayone-zip", fuzz::selected(0, QByteArray::fromHex(
        "504b0304140000000000004065584742ad2714000000140000000d00000070686f746f732f612e6a7065677878787878"
        "787878787878787878787878787878504b030414000000080000406558771332d556000000590000000c0000004a6f75"
        "726e616c2e6a736f6eab564acd2b29ca4c2d56b28aae562a2dcd4c51b2528a3254d2514a2e4a4d2cc9cccf73492c4905"
        "8a19191899e81a18eb1a988618585819180051145055496a4509505659212ab320262f26cfbdbc323943a936b6160050"
        "4b01021403140000000000004065584742ad2714000000140000000d000000000000000000000080010000000070686f"
        "746f732f612e6a706567504b0102140314000000080000406558771332d556000000590000000c000000000000000000"
        "000080013f0000004a6f75726e616c2e6a736f6e504b0506000000000200020075000000bf0000000000")));
    seed("daylio", fuzz::selected(1, QStringLiteral(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2024-05-02,May 2,Thursday,8:15 pm,rad,friends | exercise,Diwrnod da,\"Cerdded, a siarad\nâ ffrindiau\"\n"
        "2024-05-01,May 1,Wednesday,21:00,Knackered,work,,\n").toUtf8()));
    // Daylio's own backup: a zip (stored) holding backup.daylio, base64 of its JSON.
    seed("daylio-backup", fuzz::selected(1, QByteArray::fromHex(
        "504b0304140000000000e0a1a258f81fefd944020000440200000d0000006261636b75702e6461796c696f65794a325a"
        "584a7a61573975496a6f784e5377695933567a64473974545739765a484d694f6c7437496d6c6b496a6f784c434a6a64"
        "584e3062323166626d46745a53493649694973496e42795a57526c5a6d6c755a575266626d46745a5639705a4349364d"
        "58307365794a705a4349364e7977695933567a6447397458323568625755694f694a4c626d466a613256795a5751694c"
        "434a77636d566b5a575a70626d566b5832356862575666615751694f69307866563073496e52685a334d694f6c743749"
        "6d6c6b496a6f784d437769626d46745a534936496d5a79615756755a484d6966563073496d52686555567564484a705a"
        "584d694f6c7437496d6c6b496a6f784c434a355a574679496a6f794d4449304c434a7462323530614349364e4377695a"
        "474635496a6f794c434a6f62335679496a6f794d43776962576c756458526c496a6f784e537769625739765a4349364d"
        "5377696447466e63794936577a457758537769626d39305a563930615852735a534936496b527064334a75623251675a"
        "4745694c434a756233526c496a6f69513256795a47526c5a447869636a37446f69426d5a6e4a70626d52705958556966"
        "537837496d6c6b496a6f794c434a355a574679496a6f794d4449304c434a7462323530614349364e4377695a47463549"
        "6a6f784c434a6f62335679496a6f794d53776962576c756458526c496a6f774c434a746232396b496a6f334c434a3059"
        "57647a496a706258537769626d39305a563930615852735a53493649694973496d3576644755694f6949696656313950"
        "4b01021403140000000000e0a1a258f81fefd944020000440200000d0000000000000000000000800100000000626163"
        "6b75702e6461796c696f504b050600000000010001003b0000006f0200000000")));
    seed("checkins", fuzz::selected(2, CheckinCsv::header() + "\n"
        "2024-09-02,9.5,20,7,6,4,workload;complaint,peer-heads,\"Estyn, eto\"\n"));
    seed("reject-checkins-bad-value", fuzz::selected(2, CheckinCsv::header() + "\n2024-09-02,30,20,7,6,4,,,\n"));
}
