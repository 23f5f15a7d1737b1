// Key epochs at the relay (issue 14), on SQLite and PostgreSQL: the relay stores each
// device's grant as it came and gives it only to that device; a rotation must grant every
// device still in the account and come in order; an envelope under an epoch nobody holds
// is refused; and the retired epoch's envelopes go once every remaining device has moved,
// without the head the devices check for rollbacks going backwards.
#include "RelayHarness.h"

#include <core/protocol/Ids.h>
#include <core/protocol/KeyEpoch.h>

using namespace saib;
using namespace saib::protocol;
using namespace saib::test;

namespace {

Error postEpoch(TestDevice &d, const RotateRequest &req)
{
    return wait<Error>([&](auto cb) { d.client->postEpoch(req, cb); });
}

EpochGrant grantFor(TestDevice &signer, const SecureBuffer &oldKey, TestDevice &to, const SecureBuffer &key,
                    int epoch, const QStringList &members)
{
    return makeEpochGrant(signer.client->identity(), oldKey, signer.client->accountId(), epoch, to.deviceId(),
                          to.client->identity().publicKey(), key, members, {}, 0)
        .take();
}

void epochs(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    TestDevice laptop = newDevice(relay);
    registerAccount(laptop);
    const SecureBuffer vault = newVaultKey();
    TestDevice phone = newDevice(relay);
    const SecureBuffer phoneVault = pair(laptop, phone, vault);
    REQUIRE(push(laptop, {seal(vault, laptop, kinds::checkin, "old 1"), seal(vault, laptop, kinds::checkin, "old 2")}).ok());

    const SecureBuffer next = newVaultKey();
    const QStringList both{laptop.deviceId(), phone.deviceId()};
    // Leaving a device without a grant, or granting one outside the account, is refused.
    CHECK(postEpoch(laptop, {1, {grantFor(laptop, vault, laptop, next, 1, both)}}).code == ErrorCode::RelayRequestInvalid);
    TestDevice stranger = newDevice(relay);
    registerAccount(stranger);
    CHECK(postEpoch(laptop, {1, {grantFor(laptop, vault, laptop, next, 1, both), grantFor(laptop, vault, phone, next, 1, both),
                                 grantFor(laptop, vault, stranger, next, 1, both)}})
              .code == ErrorCode::RelayRequestInvalid);
    // Nobody holds epoch 1 yet: an envelope under it is refused.
    Envelope early = seal(next, laptop, kinds::checkin, "too early");
    early = sealEnvelope(next, early.recordId, early.kind, laptop.clock->tick(), "too early", 1).take();
    CHECK(push(laptop, {early}).error().code == ErrorCode::RelayRequestInvalid);

    const RotateRequest rotation{1, {grantFor(laptop, vault, laptop, next, 1, both), grantFor(laptop, vault, phone, next, 1, both)}};
    REQUIRE(postEpoch(laptop, rotation).ok());
    // Epochs come in order: skipping one is a conflict.
    CHECK(postEpoch(laptop, {3, {grantFor(laptop, next, laptop, next, 3, both), grantFor(laptop, next, phone, next, 3, both)}})
              .code == ErrorCode::RelayConflict);

    // The phone gets its own grant, exactly as made, and opens it; the laptop's stays the laptop's.
    auto mine = wait<Result<EpochsResponse>>([&](auto cb) { phone.client->epochs(cb); });
    REQUIRE(mine.ok());
    CHECK(mine.value().current == 1);
    REQUIRE(mine.value().grants.size() == 1);
    CHECK(mine.value().grants[0].deviceId == phone.deviceId());
    auto opened = openEpochGrant(phone.client->identity(), phoneVault, phone.client->accountId(), mine.value().grants[0],
                                 laptop.client->identity().publicKey());
    REQUIRE(opened.ok());
    CHECK(opened.value().equals(next));

    REQUIRE(push(laptop, {early}).ok());
    // The phone has not picked its grant up yet and pushes under the old epoch: the last
    // sequence number is then an old-epoch envelope's.
    REQUIRE(push(phone, {seal(phoneVault, phone, kinds::checkin, "old 3")}).ok());
    auto before = pullAll(laptop);
    REQUIRE(before.ok());
    CHECK(before.value().envelopes.size() == 4);

    // The old epoch stays until every remaining device has moved.
    auto first = wait<Result<MovedResponse>>([&](auto cb) { laptop.client->moved(1, cb); });
    REQUIRE(first.ok());
    CHECK(first.value().dropped == 0);
    auto last = wait<Result<MovedResponse>>([&](auto cb) { phone.client->moved(1, cb); });
    REQUIRE(last.ok());
    CHECK(last.value().dropped == 3);
    auto after = pullAll(laptop);
    REQUIRE(after.ok());
    REQUIRE(after.value().envelopes.size() == 1);
    CHECK(after.value().envelopes[0].epoch == 1);
    CHECK(after.value().head == before.value().head);
}

} // namespace

RELAY_TEST("key epochs: grants per device, rotations complete and in order, the old epoch dropped once all moved", epochs)
