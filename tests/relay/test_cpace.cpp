// CPace on ristretto255/SHA-512 against the published test vectors of
// draft-irtf-cfrg-cpace (appendix "Test vector for CPace using group ristretto255 and
// hash SHA-512" and the string-utility vectors), plus the abort conditions.
#include <core/crypto/Ristretto.h>
#include <core/crypto/ExpandMessage.h>
#include <core/protocol/Cpace.h>

#include <catch2/catch.hpp>

using namespace saib;
using namespace saib::protocol;

namespace {
QByteArray hex(const char *h) { return QByteArray::fromHex(h); }
std::string toHex(const QByteArray &b) { return b.toHex().toStdString(); }
SecureBuffer secret(const QByteArray &b) { return SecureBuffer::fromBytes(b.constData(), std::size_t(b.size())); }

const QByteArray kPrs = "Password";
const QByteArray kCi = hex("0b415f696e69746961746f720b425f726573706f6e646572");
const QByteArray kSid = hex("7e4b4791d6a8ef019b936c79fb7f2c57");
const QByteArray kYa = hex("da3d23700a9e5699258aef94dc060dfda5ebb61f02a5ea77fad53f4ff0976d08");
const QByteArray kYb = hex("d2316b454718c35362d83d69df6320f38578ed5984651435e2949762d900b80d");
} // namespace

TEST_CASE("CPace string utilities match the draft", "[cpace]")
{
    CHECK(toHex(cpace::prependLen("")) == "00");
    CHECK(toHex(cpace::prependLen("1234")) == "0431323334");
    QByteArray r127;
    for (int i = 0; i < 127; ++i)
        r127.append(char(i));
    const QByteArray r128 = r127 + char(127);
    CHECK(toHex(cpace::prependLen(r127)).substr(0, 4) == "7f00");
    CHECK(cpace::prependLen(r127).size() == 128);
    CHECK(toHex(cpace::prependLen(r128)).substr(0, 6) == "800100");
    CHECK(cpace::prependLen(r128).size() == 130);
    CHECK(toHex(cpace::lvCat({"1234", "5", "", "678"})) == "043132333401350003363738");
    CHECK(toHex(cpace::transcriptIr("123", "PartyA", "234", "PartyB"))
          == "03313233065061727479410332333406506172747942");
    CHECK(toHex(cpace::transcriptIr("3456", "PartyA", "2345", "PartyB"))
          == "043334353606506172747941043233343506506172747942");
}

TEST_CASE("CPace ristretto255 generator matches the draft's test vector", "[cpace]")
{
    const QByteArray genStr = cpace::generatorString(cpace::kDsi, kPrs, kCi, kSid);
    CHECK(genStr.size() == 170);
    CHECK(toHex(genStr)
          == "11435061636552697374726574746f3235350850617373776f726464"
             + std::string(100 * 2, '0')
             + "180b415f696e69746961746f720b425f726573706f6e646572107e4b4791d6a8ef019b936c79fb7f2c57");
    CHECK(toHex(saib::sha512(genStr))
          == "da6d3ddc8802fca9058755ffd3ebde08a9c2c74945901a258482a288b6663af06bf645c93cd1c51512307199c80e8490"
             "8916d983b34af77205f90851a657ee27");
    CHECK(toHex(cpace::calculateGenerator(kPrs, kCi, kSid))
          == "222b6b195fe84b1652badb6f6a3ae3d24341e7306967f0b8115b40d5698c7e56");
}

TEST_CASE("CPace ristretto255 shares, K and ISK match the draft's test vectors", "[cpace]")
{
    auto a = cpace::makeShare(secret(kPrs), kCi, kSid, kYa);
    auto b = cpace::makeShare(secret(kPrs), kCi, kSid, kYb);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(toHex(a.value().message) == "d6bac480f2c386c394efc7c47adb9925dcd2630b64f240c50f8d0eec482b9157");
    CHECK(toHex(b.value().message) == "3ea7e0b19560d7c0b0f5734f63b955286dfa8232b5ebe63324e2d9e7433f7258");

    const auto kA = cpace::sharedPoint(kYa, b.value().message);
    const auto kB = cpace::sharedPoint(kYb, a.value().message);
    REQUIRE(kA);
    REQUIRE(kB);
    CHECK(toHex(*kA) == "80b69a8a76457ab6a4d7f887a4bf6b55a2f80ac19c333f917a05fc9887c8b40f");
    CHECK(*kA == *kB);

    const QByteArray transcript = cpace::transcriptIr(a.value().message, "ADa", b.value().message, "ADb");
    CHECK(toHex(transcript)
          == "20d6bac480f2c386c394efc7c47adb9925dcd2630b64f240c50f8d0eec482b915703414461203ea7e0b19560d7c0b0f"
             "5734f63b955286dfa8232b5ebe63324e2d9e7433f725803414462");
    auto iskA = cpace::intermediateKey(a.value(), b.value().message, kSid, transcript);
    auto iskB = cpace::intermediateKey(b.value(), a.value().message, kSid, transcript);
    REQUIRE(iskA.ok());
    REQUIRE(iskB.ok());
    const QByteArray isk(reinterpret_cast<const char *>(iskA.value().data()), int(iskA.value().size()));
    CHECK(toHex(isk)
          == "b69effbf61b51d56401c0f65601abe428de8206feaaf0e32198896dcae7b35cd2b38950a39dfd5d4a79164614c2984f7"
             "daa460b588c1e80c3fa2068af7900447");
    CHECK(iskA.value().equals(iskB.value()));
}

TEST_CASE("CPace aborts on invalid shares and disagrees on a wrong password", "[cpace]")
{
    const QByteArray scalar = hex("7cd0e075fa7955ba52c02759a6c90dbbfc10e6d40aea8d283e407d88cf538a05");
    // The draft's scalar_mult_vfy vectors for ristretto255.
    const auto valid = cpace::sharedPoint(scalar, hex("2c3c6b8c4f3800e7aef6864025b4ed79bd599117e427c41bd47d93d654b4a51c"));
    REQUIRE(valid);
    CHECK(toHex(*valid) == "7c13645fe790a468f62c39beb7388e541d8405d1ade69d1778c5fe3e7f6b600e");
    CHECK_FALSE(cpace::sharedPoint(scalar, hex("2b3c6b8c4f3800e7aef6864025b4ed79bd599117e427c41bd47d93d654b4a51c")));
    CHECK_FALSE(cpace::sharedPoint(scalar, QByteArray(32, '\0')));
    CHECK_FALSE(cpace::sharedPoint(scalar, QByteArray(31, '\1')));

    auto a = cpace::makeShare(secret("ABC234"), kCi, kSid);
    auto b = cpace::makeShare(secret("ABC235"), kCi, kSid);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    const QByteArray t = cpace::transcriptIr(a.value().message, {}, b.value().message, {});
    auto iskA = cpace::intermediateKey(a.value(), b.value().message, kSid, t);
    auto iskB = cpace::intermediateKey(b.value(), a.value().message, kSid, t);
    REQUIRE(iskA.ok());
    REQUIRE(iskB.ok());
    CHECK_FALSE(iskA.value().equals(iskB.value()));
    CHECK(cpace::intermediateKey(a.value(), QByteArray(32, '\0'), kSid, t).error().code == ErrorCode::PairingFailed);
}
