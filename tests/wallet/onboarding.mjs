// A newcomer's first job on the local testnet, where there is no sudo, through Polkadot.js:
// a referendum on the network-parameters track appoints Bob a Spark registrar; Bob registers a
// fresh key that holds no TSR; it claims its free Spark with a general transaction (no
// signature, no fee) and spends it on a job, signed but fee-less, which Charlie and Eve serve
// to settlement. Usage: node onboarding.mjs ws://127.0.0.1:9944
import { Keyring } from '@polkadot/keyring';
import { compactAddLength, compactToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { mnemonicGenerate } from '@polkadot/util-crypto';
import { UNITS, check, connect, findEvent, openMarket, send, serveJob, waitFor } from './market.mjs';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const { api, provider } = await connect(url);

/**
 * `call` as a general transaction (extrinsic format 5): no signer, each extension's explicit
 * part as an immortal, tip-less, nonce-0 transaction encodes it. Only calls the runtime
 * authorizes itself (the free Spark claim) are valid so.
 */
function generalTransaction(call) {
  const explicit = {
    CheckMortality: new Uint8Array([0]),
    CheckNonce: compactToU8a(0),
    ChargeTransactionPayment: compactToU8a(0),
  };
  const empty = ['AuthorizeCall', 'CheckNonZeroSender', 'CheckSpecVersion', 'CheckTxVersion',
    'CheckGenesis', 'CheckWeight', 'WeightReclaim'];
  const extensions = api.registry.signedExtensions.map((id) => {
    if (explicit[id]) return explicit[id];
    check(empty.includes(id), `unknown transaction extension ${id}`);
    return new Uint8Array();
  });
  // 0x45: format version 5, general preamble; then the extensions' version, 0.
  return u8aToHex(compactAddLength(u8aConcat(new Uint8Array([0x45, 0]), ...extensions, call.method.toU8a())));
}

async function tsr(who) {
  return (await api.query.system.account(who)).data.free.toBigInt();
}

try {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 });
  const [alice, bob, charlie, eve, ferdie] =
    ['//Alice', '//Bob', '//Charlie', '//Eve', '//Ferdie'].map((uri) => keyring.addFromUri(uri));
  check((await api.query.sudo.key()).isNone, 'the local testnet has no sudo key');

  // 1. A model with two workers, and the pot that pays free-Spark jobs funded.
  const workers = [charlie, eve];
  const model = await openMarket(api, bob, workers);
  const pot = keyring.encodeAddress(u8aConcat(new TextEncoder().encode('modltsr/cpot'), new Uint8Array(20)));
  await send(api, api.tx.balances.transferKeepAlive(pot, 1_000n * UNITS), alice);

  // 2. One referendum appoints Bob a Spark registrar (his 1,000 TSR deposit held) and opens
  // the model to free Spark. Ferdie, the team's custody account, votes aye with 150M of its
  // vesting TSR; Alice pays its fees.
  const index = (await api.query.referenda.referendumCount()).toNumber();
  const proposal = api.tx.utility.batchAll([
    api.tx.sparkRegistrars.appoint(bob.address),
    api.tx.computeStaking.setGrantModel(model, true),
  ]);
  await send(api, api.tx.referenda.submit(
    { Origins: 'NetworkParameters' }, { Inline: proposal.method.toHex() }, { After: 1 }), alice);
  await send(api, api.tx.referenda.placeDecisionDeposit(index), alice);
  await send(api, api.tx.balances.transferKeepAlive(ferdie.address, 10n * UNITS), alice);
  await send(api, api.tx.convictionVoting.vote(index, {
    Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance: 150_000_000n * UNITS },
  }), ferdie);
  console.log(`referendum ${index} to appoint Bob a Spark registrar and open model ${model} to free Spark: submitted and voted`);
  await waitFor('the referendum to be enacted', 480, async () =>
    (await api.query.sparkRegistrars.appointed(bob.address)).isSome);
  check((await api.query.computeStaking.grantModels(model)).isSome, 'the model is open to free Spark');
  console.log(`Bob is a Spark registrar; model ${model} takes free Spark`);

  // 3. Bob registers a newcomer: a fresh key, no TSR.
  const newcomer = keyring.addFromMnemonic(mnemonicGenerate());
  await send(api, api.tx.spark.register(newcomer.address), bob);
  check(await tsr(newcomer.address) === 0n, 'the newcomer holds no TSR');

  // 4. It claims its free Spark: a general transaction, which anyone could send for it.
  await provider.send('author_submitExtrinsic', [generalTransaction(api.tx.spark.claimFree(newcomer.address))]);
  let spark;
  await waitFor('the free Spark claim', 60, async () => {
    spark = (await api.query.spark.accounts(newcomer.address)).unwrapOrDefault().free.toNumber();
    return spark > 0;
  });
  console.log(`the newcomer claimed ${spark} free Spark, fee-less`);

  // 5. The newcomer spends its Spark on a job, signed and fee-less.
  const events = await send(api, api.tx.jobs.submitJob({
    model, input: { Inline: 'a lighthouse at dusk, 512x512, seed 7' }, units: 1, redundancy: 1, payWith: 'Spark',
  }), newcomer);
  const job = findEvent(events, api.events.jobs.JobSubmitted).data.job.toNumber();
  findEvent(events, api.events.skipFeelessPayment.FeeSkipped);
  check(!events.some(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event)), 'no fee was paid');
  check(await tsr(newcomer.address) === 0n, 'the newcomer still holds no TSR');
  const left = (await api.query.spark.accounts(newcomer.address)).unwrapOrDefault().free.toNumber();
  check(left === spark - 4, `the job cost ${spark - left} Spark, not 4`);
  console.log(`job ${job} submitted for 4 Spark, no fee`);

  // 6. Served to settlement.
  const settled = await serveJob(api, provider, job, workers);
  console.log(`wallet onboarding ok: job ${job} paid in free Spark settled with digest ${settled.digest}`);
} finally {
  await api.disconnect();
}
