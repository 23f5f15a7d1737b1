// The one strict JSON reader (core/io/JsonReader) every format Saib reads back goes through:
// each refusal names the field, and the first problem is the one reported.
#include "TestSupport.h"

#include <core/io/Base64.h>
#include <core/io/JsonReader.h>

#include <QJsonDocument>

#include <functional>
#include <limits>
#include <vector>

using saib::ErrorCode;
using saib::JsonReader;

namespace {
QJsonObject parse(const char *json)
{
    auto o = JsonReader::parseObject(QByteArray(json), ErrorCode::ImportInvalid);
    REQUIRE(o.ok());
    return o.value();
}

// The detail of what finish() reports, or "" when the object was accepted.
QString problem(const JsonReader &r)
{
    const saib::Error e = r.finish();
    if (e.ok())
        return {};
    CHECK(e.code == ErrorCode::ImportInvalid);
    return e.detail;
}
} // namespace

TEST_CASE("the JSON reader accepts a well-formed object and reads each type", "[json]")
{
    JsonReader r(parse(R"({"n": 42, "big": 9007199254740992, "neg": -3, "x": 1.5, "s": "hi", "e": "",
                           "b": true, "bytes": "AAEC", "url": "-_8", "a": [1, 2], "tags": ["a", "b"],
                           "o": {"k": 1}, "gone": null})"),
                 ErrorCode::ImportInvalid);
    CHECK(r.integer(QStringLiteral("n"), 0, 100) == 42);
    CHECK(r.integer(QStringLiteral("big"), 0, saib::kMaxJsonInteger) == saib::kMaxJsonInteger);
    CHECK(r.integer(QStringLiteral("neg"), -5, 5) == -3);
    CHECK(r.number(QStringLiteral("x")) == 1.5);
    CHECK(r.string(QStringLiteral("s"), 2) == QStringLiteral("hi"));
    CHECK(r.text(QStringLiteral("e"), 10).isEmpty());
    CHECK(r.boolean(QStringLiteral("b")));
    CHECK(r.base64(QStringLiteral("bytes"), 3, 3) == QByteArray("\0\1\2", 3));
    CHECK(r.base64Url(QStringLiteral("url"), 2, 2) == QByteArray("\xfb\xff", 2));
    CHECK(r.array(QStringLiteral("a"), 2).size() == 2);
    CHECK(r.strings(QStringLiteral("tags")) == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(r.object(QStringLiteral("o")).value(QStringLiteral("k")).toInt() == 1);
    CHECK_FALSE(r.optionalInteger(QStringLiteral("gone"), 0, 10).has_value());
    CHECK(r.finish().ok());
}

TEST_CASE("the JSON reader refuses each kind of bad field, naming it", "[json]")
{
    struct Case {
        const char *json;
        std::function<void(JsonReader &)> read;
        const char *expected;
    };
    const QString k = QStringLiteral("k");
    const std::vector<Case> cases{
        {R"({})", [&](JsonReader &r) { (void)r.integer(k, 0, 9); }, "field 'k': missing"},
        {R"({"k": "7"})", [&](JsonReader &r) { (void)r.integer(k, 0, 9); }, "field 'k': not an integer in range"},
        {R"({"k": 10})", [&](JsonReader &r) { (void)r.integer(k, 0, 9); }, "field 'k': not an integer in range"},
        {R"({"k": -1})", [&](JsonReader &r) { (void)r.integer(k, 0, 9); }, "field 'k': not an integer in range"},
        {R"({"k": 2.5})", [&](JsonReader &r) { (void)r.integer(k, 0, 9); }, "field 'k': not an integer in range"},
        // 2^53 + 1 has no double of its own: refused, not rounded to 2^53.
        {R"({"k": 9007199254740993})", [&](JsonReader &r) { (void)r.integer(k, 0, std::numeric_limits<qint64>::max()); },
         "field 'k': not an integer in range"},
        {R"({"k": -9007199254740993})", [&](JsonReader &r) { (void)r.integer(k, std::numeric_limits<qint64>::min(), 0); },
         "field 'k': not an integer in range"},
        {R"({"k": 1e300})", [&](JsonReader &r) { (void)r.integer(k, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()); },
         "field 'k': not an integer in range"},
        {R"({"k": true})", [&](JsonReader &r) { (void)r.number(k); }, "field 'k': not a number"},
        {R"({"k": 1})", [&](JsonReader &r) { (void)r.boolean(k); }, "field 'k': not a boolean"},
        {R"({"k": 5})", [&](JsonReader &r) { (void)r.text(k); }, "field 'k': not a string of the allowed length"},
        {R"({"k": "abc"})", [&](JsonReader &r) { (void)r.string(k, 2); }, "field 'k': not a string of the allowed length"},
        {R"({"k": ""})", [&](JsonReader &r) { (void)r.string(k, 2); }, "field 'k': not a string of the allowed length"},
        // null is unset only where the reader is asked for an optional value.
        {R"({"k": null})", [&](JsonReader &r) { (void)r.integer(k, 0, 9); }, "field 'k': not an integer in range"},
        {R"({"k": null})", [&](JsonReader &r) { (void)r.text(k); }, "field 'k': not a string of the allowed length"},
        {R"({"k": "AAE"})", [&](JsonReader &r) { (void)r.base64(k, 0, 10); }, "field 'k': not base64 of the allowed size"},
        {R"({"k": "AAF="})", [&](JsonReader &r) { (void)r.base64(k, 0, 10); }, "field 'k': not base64 of the allowed size"},
        {R"({"k": "AAEC"})", [&](JsonReader &r) { (void)r.base64(k, 4, 10); }, "field 'k': not base64 of the allowed size"},
        {R"({"k": "AAEC"})", [&](JsonReader &r) { (void)r.base64(k, 0, 2); }, "field 'k': not base64 of the allowed size"},
        {R"({"k": "-_9"})", [&](JsonReader &r) { (void)r.base64Url(k, 0, 10); }, "field 'k': not base64url of the allowed size"},
        {R"({"k": "+/8"})", [&](JsonReader &r) { (void)r.base64Url(k, 0, 10); }, "field 'k': not base64url of the allowed size"},
        {R"({"k": [1, 2, 3]})", [&](JsonReader &r) { (void)r.array(k, 2); }, "field 'k': not an array of the allowed length"},
        {R"({"k": {}})", [&](JsonReader &r) { (void)r.array(k, 2); }, "field 'k': not an array of the allowed length"},
        {R"({"k": ["a", 1]})", [&](JsonReader &r) { (void)r.strings(k); }, "field 'k': not an array of strings"},
        {R"({"k": []})", [&](JsonReader &r) { (void)r.object(k); }, "field 'k': not an object"},
        {R"({"k": "x"})", [&](JsonReader &r) { (void)r.optionalNumber(k); }, "field 'k': not a number"},
        {R"({"k": 1, "extra": 2})", [&](JsonReader &r) { (void)r.integer(k, 0, 9); }, "unknown field 'extra'"},
    };
    for (const Case &c : cases) {
        INFO(c.json << " -> " << c.expected);
        JsonReader r(parse(c.json), ErrorCode::ImportInvalid);
        c.read(r);
        CHECK(problem(r) == QString::fromLatin1(c.expected));
    }
}

TEST_CASE("the JSON reader reports the first problem, and unknown fields only when refused", "[json]")
{
    const QJsonObject o = parse(R"({"a": "x", "b": 99, "c": 5, "later": true})");
    {
        JsonReader r(o, ErrorCode::ImportInvalid);
        (void)r.integer(QStringLiteral("a"), 0, 9); // wrong type: the first problem
        (void)r.integer(QStringLiteral("b"), 0, 9); // out of range, but second
        (void)r.integer(QStringLiteral("missing"), 0, 9);
        CHECK(r.failed());
        CHECK(r.badField() == QStringLiteral("a"));
        CHECK(problem(r) == QStringLiteral("field 'a': not an integer in range"));
    }
    {
        // A caller's own check joins the same queue.
        JsonReader r(o, ErrorCode::ImportInvalid);
        CHECK(r.integer(QStringLiteral("c"), 0, 9) == 5);
        r.fail(QStringLiteral("c"), "odd");
        (void)r.integer(QStringLiteral("b"), 0, 9);
        CHECK(problem(r) == QStringLiteral("field 'c': odd"));
    }
    {
        // Unknown::Allow: a format that tolerates members it does not know.
        JsonReader r(o, ErrorCode::ImportInvalid, JsonReader::Unknown::Allow);
        CHECK(r.text(QStringLiteral("a")) == QStringLiteral("x"));
        CHECK(r.finish().ok());
        (void)r.integer(QStringLiteral("b"), 0, 9);
        CHECK(problem(r) == QStringLiteral("field 'b': not an integer in range")); // still strict on what it reads
    }
    {
        JsonReader r(o, ErrorCode::ImportInvalid);
        CHECK(r.text(QStringLiteral("a")) == QStringLiteral("x"));
        CHECK(problem(r).startsWith(QStringLiteral("unknown field '")));
    }
}

TEST_CASE("the JSON reader parses only a single object and keeps base64 strict", "[json]")
{
    CHECK(JsonReader::parseObject("[1]", ErrorCode::ImportInvalid).error().code == ErrorCode::ImportInvalid);
    CHECK(JsonReader::parseObject("{", ErrorCode::BackupCorrupt).error().code == ErrorCode::BackupCorrupt);
    CHECK(JsonReader::parseObject("{} x", ErrorCode::ImportInvalid).error().code == ErrorCode::ImportInvalid);
    CHECK(saib::toBase64(QByteArray("\xfb\xff", 2)) == QStringLiteral("+/8="));
    CHECK(saib::fromBase64(QStringLiteral("+/8=")).value() == QByteArray("\xfb\xff", 2));
    CHECK_FALSE(saib::fromBase64(QStringLiteral("+/9=")).has_value()); // non-zero pad bits
    CHECK_FALSE(saib::fromBase64(QStringLiteral("+/8")).has_value());  // padding is required
    CHECK_FALSE(saib::fromBase64(QStringLiteral("-_8=")).has_value()); // the url alphabet
    CHECK_FALSE(saib::fromBase64(QStringLiteral("+/8=\n")).has_value());
    CHECK(saib::toBase64Url(QByteArray("\xfb\xff", 2)) == QStringLiteral("-_8"));
    CHECK_FALSE(saib::fromBase64Url(QStringLiteral("-_8=")).has_value());
}

// The codec is table-driven and works straight on the QString's UTF-16: check it against
// Qt's own encoder for every length and byte, and that only canonical spellings pass.
TEST_CASE("base64 and base64url agree with Qt's encoder and refuse every other spelling", "[json][base64]")
{
    const auto urlOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    for (int n = 0; n < 70; ++n) {
        QByteArray bytes(n, Qt::Uninitialized);
        for (int i = 0; i < n; ++i)
            bytes[i] = char((i * 151 + n * 37 + 11) & 0xFF);
        const QString url = saib::toBase64Url(bytes), standard = saib::toBase64(bytes);
        CHECK(url == QString::fromLatin1(bytes.toBase64(urlOptions)));
        CHECK(standard == QString::fromLatin1(bytes.toBase64()));
        CHECK(saib::fromBase64Url(url).value() == bytes);
        CHECK(saib::fromBase64(standard).value() == bytes);
        if (standard != url) // padding or '+' and '/' in it
            CHECK_FALSE(saib::fromBase64Url(standard).has_value());
        CHECK_FALSE(saib::fromBase64(url + QLatin1Char('\n')).has_value());
        if (url.isEmpty())
            continue;
        // A character outside the alphabet anywhere, including ones whose low byte is a
        // letter (U+0141, U+4E41) and the other alphabet's two characters, is refused.
        for (const char16_t bad : {u'=', u'.', u' ', u'\0', u'\u0141', u'\u4E41', u'\u00C1', u'+', u'/'}) {
            for (qsizetype at : {qsizetype(0), url.size() / 2, url.size() - 1}) {
                QString u = url;
                u[at] = QChar(bad);
                CHECK_FALSE(saib::fromBase64Url(u).has_value());
            }
        }
        for (const char16_t bad : {u'.', u'\u0141', u'\u4E41', u'-', u'_'}) {
            QString s = standard;
            s[0] = QChar(bad);
            CHECK_FALSE(saib::fromBase64(s).has_value());
        }
    }
    // Padding only at the end, only as much as the last group lacks, with zero spare bits.
    CHECK(saib::fromBase64(QStringLiteral("AA==")).value() == QByteArray(1, '\0'));
    CHECK(saib::fromBase64(QStringLiteral("AAA=")).value() == QByteArray(2, '\0'));
    CHECK_FALSE(saib::fromBase64(QStringLiteral("AB==")).has_value());
    CHECK_FALSE(saib::fromBase64(QStringLiteral("AAB=")).has_value());
    CHECK_FALSE(saib::fromBase64(QStringLiteral("A===")).has_value());
    CHECK_FALSE(saib::fromBase64(QStringLiteral("====")).has_value());
    CHECK_FALSE(saib::fromBase64(QStringLiteral("AA==AAAA")).has_value());
    CHECK_FALSE(saib::fromBase64(QStringLiteral("AAAA====")).has_value());
    CHECK_FALSE(saib::fromBase64(QStringLiteral("AA=A")).has_value());
    CHECK(saib::fromBase64(QString()).value().isEmpty());
    CHECK_FALSE(saib::fromBase64Url(QStringLiteral("AA==")).has_value());
    CHECK_FALSE(saib::fromBase64Url(QStringLiteral("AAAAA")).has_value());
}
