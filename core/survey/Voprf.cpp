#include "Voprf.h"

#include <core/crypto/ExpandMessage.h>
#include <core/crypto/Ristretto.h>

#include <sodium.h>

namespace saib::survey::voprf {

namespace r255 = saib::ristretto;

namespace {

constexpr char kIdentifier[] = "ristretto255-SHA512";
constexpr char kModeVoprf = 0x01;

Error malformed(const char *what) { return Error(ErrorCode::SurveyTokenMalformed, QString::fromLatin1(what)); }

// A read-only view of secret bytes: no copy leaves sodium_malloc memory.
QByteArray view(const SecureBuffer &secret)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(secret.data()),
                                   static_cast<int>(secret.size()));
}

// Wipes transient secret scalars (r, 1/blind, c*k) when the scope ends, on every path.
struct Wiper {
    QByteArray &bytes;
    ~Wiper() { r255::wipe(bytes); }
};

void appendI2osp2(QByteArray &out, int value)
{
    out.append(static_cast<char>((value >> 8) & 0xff));
    out.append(static_cast<char>(value & 0xff));
}

// I2OSP(len(x), 2) || x
void appendPrefixed(QByteArray &out, const QByteArray &x)
{
    appendI2osp2(out, static_cast<int>(x.size()));
    out.append(x);
}

QByteArray hash(const QByteArray &data)
{
    QByteArray out(crypto_hash_sha512_BYTES, '\0');
    crypto_hash_sha512(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

bool validElements(const QList<QByteArray> &elements)
{
    for (const QByteArray &e : elements) {
        if (!r255::isValidElement(e))
            return false;
    }
    return true;
}

struct Composites {
    QByteArray m;
    QByteArray z;
};

// ComputeComposites / ComputeCompositesFast (§2.2.1, §2.2.2). With `k` the server's fast
// form computes Z = k * M; without it Z is accumulated from D like M is from C.
std::optional<Composites> computeComposites(const QByteArray *k, const QByteArray &b,
                                            const QList<QByteArray> &c, const QList<QByteArray> &d)
{
    QByteArray seedTranscript;
    appendPrefixed(seedTranscript, b);
    appendPrefixed(seedTranscript, QByteArray("Seed-") + contextString());
    const QByteArray seed = hash(seedTranscript);

    std::optional<QByteArray> m;
    std::optional<QByteArray> z;
    for (int i = 0; i < c.size(); ++i) {
        QByteArray compositeTranscript;
        appendPrefixed(compositeTranscript, seed);
        appendI2osp2(compositeTranscript, i);
        appendPrefixed(compositeTranscript, c.at(i));
        appendPrefixed(compositeTranscript, d.at(i));
        compositeTranscript.append("Composite");
        const QByteArray di = hashToScalar(compositeTranscript);

        // M starts at the identity, which libsodium cannot encode as an operand result;
        // starting from the first term is the same sum.
        auto term = r255::mul(di, c.at(i));
        if (!term)
            return std::nullopt;
        m = m ? r255::add(*term, *m) : term;
        if (!m)
            return std::nullopt;
        if (!k) {
            auto zTerm = r255::mul(di, d.at(i));
            if (!zTerm)
                return std::nullopt;
            z = z ? r255::add(*zTerm, *z) : zTerm;
            if (!z)
                return std::nullopt;
        }
    }
    if (k) {
        z = r255::mul(*k, *m);
        if (!z)
            return std::nullopt;
    }
    return Composites{*m, *z};
}

QByteArray challenge(const QByteArray &b, const Composites &mz, const QByteArray &t2, const QByteArray &t3)
{
    QByteArray transcript;
    appendPrefixed(transcript, b);
    appendPrefixed(transcript, mz.m);
    appendPrefixed(transcript, mz.z);
    appendPrefixed(transcript, t2);
    appendPrefixed(transcript, t3);
    transcript.append("Challenge");
    return hashToScalar(transcript);
}

// GenerateProof(k, A = G, B = pkS, C, D) (§2.2.1) with the random scalar r given.
std::optional<QByteArray> generateProof(const QByteArray &k, const QByteArray &b, const QList<QByteArray> &c,
                                        const QList<QByteArray> &d, const QByteArray &r)
{
    const auto mz = computeComposites(&k, b, c, d);
    if (!mz)
        return std::nullopt;
    const auto t2 = r255::mulBase(r);
    const auto t3 = r255::mul(r, mz->m);
    if (!t2 || !t3)
        return std::nullopt;
    const QByteArray cScalar = challenge(b, *mz, *t2, *t3);
    QByteArray ck = r255::scalarMul(cScalar, k);
    Wiper wipeCk{ck};
    const QByteArray s = r255::scalarSub(r, ck); // s = r - c * k
    return cScalar + s;
}

// VerifyProof(A = G, B = pkS, C, D, proof) (§2.2.2).
bool verifyProof(const QByteArray &b, const QList<QByteArray> &c, const QList<QByteArray> &d,
                 const QByteArray &proof)
{
    if (proof.size() != kProofBytes)
        return false;
    const QByteArray cScalar = proof.left(kScalarBytes);
    const QByteArray s = proof.mid(kScalarBytes);
    if (!r255::isCanonicalScalar(cScalar) || !r255::isCanonicalScalar(s))
        return false;
    const auto mz = computeComposites(nullptr, b, c, d);
    if (!mz)
        return false;
    // t2 = s*A + c*B, t3 = s*M + c*Z. A zero s or c makes libsodium refuse the product;
    // an honest proof hits that with negligible probability, so it counts as invalid.
    const auto sA = r255::mulBase(s);
    const auto cB = r255::mul(cScalar, b);
    const auto sM = r255::mul(s, mz->m);
    const auto cZ = r255::mul(cScalar, mz->z);
    if (!sA || !cB || !sM || !cZ)
        return false;
    const auto t2 = r255::add(*sA, *cB);
    const auto t3 = r255::add(*sM, *cZ);
    if (!t2 || !t3)
        return false;
    return r255::equalBytes(challenge(b, *mz, *t2, *t3), cScalar);
}

// The RFC's final hash: Hash(I2OSP(len(input), 2) || input || I2OSP(32, 2) || N || "Finalize")
QByteArray finalHash(const QByteArray &input, const QByteArray &unblindedElement)
{
    QByteArray hashInput;
    appendPrefixed(hashInput, input);
    appendPrefixed(hashInput, unblindedElement);
    hashInput.append("Finalize");
    return hash(hashInput);
}

Result<Evaluation> evaluateBatch(const SecureBuffer &skS, const QByteArray &pkS,
                                 const QList<QByteArray> &blindedElements, const QByteArray &r)
{
    if (skS.size() != kScalarBytes || !r255::isCanonicalScalar(view(skS)))
        return malformed("secret key");
    if (!r255::isValidElement(pkS))
        return malformed("public key");
    if (blindedElements.isEmpty() || blindedElements.size() > kMaxBatch || !validElements(blindedElements))
        return malformed("blinded elements");
    const QByteArray k = view(skS);
    Evaluation evaluation;
    for (const QByteArray &blinded : blindedElements) {
        auto evaluated = r255::mul(k, blinded);
        if (!evaluated)
            return malformed("evaluation");
        evaluation.evaluatedElements.append(*evaluated);
    }
    auto proof = generateProof(k, pkS, blindedElements, evaluation.evaluatedElements, r);
    if (!proof)
        return malformed("proof");
    evaluation.proof = *proof;
    return evaluation;
}

} // namespace

QByteArray contextString()
{
    QByteArray context("OPRFV1-");
    context.append(kModeVoprf);
    context.append('-');
    context.append(kIdentifier);
    return context;
}

Result<QByteArray> hashToGroup(const QByteArray &input)
{
    if (input.size() > kMaxInputBytes)
        return malformed("input too long");
    const QByteArray uniform = expandMessageXmdSha512(input, QByteArray("HashToGroup-") + contextString(), 64);
    const QByteArray element = r255::elementFromHash(uniform);
    if (!r255::isValidElement(element))
        return malformed("input maps to the identity");
    return element;
}

QByteArray hashToScalar(const QByteArray &input, const QByteArray &dst)
{
    const QByteArray tag = dst.isEmpty() ? QByteArray("HashToScalar-") + contextString() : dst;
    return r255::reduceWide(expandMessageXmdSha512(input, tag, 64));
}

Result<KeyPair> deriveKeyPair(const SecureBuffer &seed, const QByteArray &info)
{
    if (seed.size() != kScalarBytes || info.size() > kMaxInputBytes)
        return malformed("seed or info");
    // deriveInput = seed || I2OSP(len(info), 2) || info
    QByteArray deriveInput = view(seed);
    deriveInput.detach(); // an ordinary copy we wipe below
    Wiper wipeInput{deriveInput};
    appendPrefixed(deriveInput, info);
    const QByteArray dst = QByteArray("DeriveKeyPair") + contextString();
    for (int counter = 0; counter <= 255; ++counter) {
        QByteArray attempt = deriveInput;
        attempt.append(static_cast<char>(counter));
        Wiper wipeAttempt{attempt};
        QByteArray sk = hashToScalar(attempt, dst);
        Wiper wipeSk{sk};
        if (sodium_is_zero(reinterpret_cast<const unsigned char *>(sk.constData()), kScalarBytes))
            continue;
        KeyPair pair;
        pair.secretKey = SecureBuffer::fromBytes(sk.constData(), kScalarBytes);
        auto pk = r255::mulBase(sk);
        if (!pk)
            return malformed("public key");
        pair.publicKey = *pk;
        return pair;
    }
    return malformed("DeriveKeyPairError");
}

KeyPair generateKeyPair()
{
    QByteArray sk = r255::randomScalar();
    Wiper wipeSk{sk};
    KeyPair pair;
    pair.secretKey = SecureBuffer::fromBytes(sk.constData(), kScalarBytes);
    pair.publicKey = *r255::mulBase(sk); // sk is never zero, so this cannot fail
    return pair;
}

Result<QByteArray> publicKeyFor(const SecureBuffer &secretKey)
{
    if (secretKey.size() != kScalarBytes || !r255::isCanonicalScalar(view(secretKey)))
        return malformed("secret key");
    auto pk = r255::mulBase(view(secretKey));
    if (!pk)
        return malformed("secret key");
    return *pk;
}

Result<Blinded> blindWithScalar(const QByteArray &input, const SecureBuffer &blindScalar)
{
    if (blindScalar.size() != kScalarBytes || !r255::isCanonicalScalar(view(blindScalar)))
        return malformed("blind");
    auto inputElement = hashToGroup(input);
    if (!inputElement.ok())
        return inputElement.error();
    auto blinded = r255::mul(view(blindScalar), inputElement.value());
    if (!blinded)
        return malformed("blind");
    Blinded out;
    out.blind = SecureBuffer::fromBytes(reinterpret_cast<const char *>(blindScalar.data()), kScalarBytes);
    out.blindedElement = *blinded;
    return out;
}

Result<Blinded> blind(const QByteArray &input)
{
    QByteArray scalar = r255::randomScalar();
    Wiper wipeScalar{scalar};
    const SecureBuffer secret = SecureBuffer::fromBytes(scalar.constData(), kScalarBytes);
    return blindWithScalar(input, secret);
}

Result<Evaluation> blindEvaluate(const SecureBuffer &skS, const QByteArray &pkS,
                                 const QList<QByteArray> &blindedElements)
{
    QByteArray r = r255::randomScalar();
    Wiper wipeR{r};
    return evaluateBatch(skS, pkS, blindedElements, r);
}

Result<Evaluation> blindEvaluateWithProofScalar(const SecureBuffer &skS, const QByteArray &pkS,
                                                const QList<QByteArray> &blindedElements,
                                                const SecureBuffer &proofScalar)
{
    if (proofScalar.size() != kScalarBytes || !r255::isCanonicalScalar(view(proofScalar)))
        return malformed("proof scalar");
    return evaluateBatch(skS, pkS, blindedElements, view(proofScalar));
}

Result<QList<QByteArray>> finalize(const QList<QByteArray> &inputs, const std::vector<SecureBuffer> &blinds,
                                   const Evaluation &evaluation, const QList<QByteArray> &blindedElements,
                                   const QByteArray &pkS)
{
    const int n = static_cast<int>(inputs.size());
    if (n == 0 || n > kMaxBatch || static_cast<int>(blinds.size()) != n || blindedElements.size() != n
        || evaluation.evaluatedElements.size() != n)
        return malformed("batch sizes differ");
    if (!r255::isValidElement(pkS) || !validElements(blindedElements) || !validElements(evaluation.evaluatedElements))
        return malformed("elements");
    for (const QByteArray &input : inputs) {
        if (input.size() > kMaxInputBytes)
            return malformed("input too long");
    }
    if (!verifyProof(pkS, blindedElements, evaluation.evaluatedElements, evaluation.proof))
        return Error(ErrorCode::SurveyProofInvalid, QStringLiteral("DLEQ proof does not verify"));

    QList<QByteArray> outputs;
    for (int i = 0; i < n; ++i) {
        QByteArray inverse;
        Wiper wipeInverse{inverse};
        if (blinds[i].size() != kScalarBytes)
            return malformed("blind");
        auto inv = r255::scalarInvert(view(blinds[i]));
        if (!inv)
            return malformed("blind");
        inverse = *inv;
        r255::wipe(*inv);
        auto unblinded = r255::mul(inverse, evaluation.evaluatedElements.at(i));
        if (!unblinded)
            return malformed("unblind");
        outputs.append(finalHash(inputs.at(i), *unblinded));
    }
    return outputs;
}

Result<QByteArray> finalize(const QByteArray &input, const SecureBuffer &blind,
                            const QByteArray &evaluatedElement, const QByteArray &blindedElement,
                            const QByteArray &pkS, const QByteArray &proof)
{
    std::vector<SecureBuffer> blinds;
    blinds.push_back(SecureBuffer::fromBytes(reinterpret_cast<const char *>(blind.data()), blind.size()));
    auto outputs = finalize({input}, blinds, Evaluation{{evaluatedElement}, proof}, {blindedElement}, pkS);
    if (!outputs.ok())
        return outputs.error();
    return outputs.value().first();
}

Result<QByteArray> evaluate(const SecureBuffer &skS, const QByteArray &input)
{
    if (skS.size() != kScalarBytes || !r255::isCanonicalScalar(view(skS)))
        return malformed("secret key");
    auto inputElement = hashToGroup(input);
    if (!inputElement.ok())
        return inputElement.error();
    auto evaluated = r255::mul(view(skS), inputElement.value());
    if (!evaluated)
        return malformed("evaluation");
    return finalHash(input, *evaluated);
}

} // namespace saib::survey::voprf
