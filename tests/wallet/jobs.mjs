// The job market through Polkadot.js, as apps and a worker drive it: Bob registers a model,
// Charlie and Eve register as its workers, Dave submits a job paid in TSR, the workers find
// their seats with the `jobs_assigned` RPC method, commit, reveal (an auditor too, when the
// job is drawn for an audit), and `jobs_job` reports the settled result. Usage: node jobs.mjs ws://127.0.0.1:9944
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { u8aConcat, u8aToHex, stringToU8a } from '@polkadot/util';
import { blake2AsU8a, randomAsU8a } from '@polkadot/util-crypto';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const UNITS = 10n ** 12n;

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

// The provider also carries the chain's own RPC methods, which the API object does not decorate.
const provider = new WsProvider(url);
const api = await ApiPromise.create({ provider, throwOnConnect: true });

/** Signs and sends `tx`; resolves with its events once in a block, rejects on a dispatch error. */
function send(tx, signer) {
  return new Promise((resolve, reject) => {
    let unsubscribe;
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        unsubscribe?.();
        const detail = dispatchError.isModule
          ? (({ section, name }) => `${section}.${name}`)(api.registry.findMetaError(dispatchError.asModule))
          : dispatchError.toString();
        reject(new Error(`${tx.method.section}.${tx.method.method} failed: ${detail}`));
      } else if (status.isInBlock) {
        unsubscribe?.();
        resolve(events);
      }
    }).then((u) => { unsubscribe = u; }, reject);
  });
}

function findEvent(events, kind) {
  const found = events.find(({ event }) => kind.is(event));
  check(found, `no ${kind.meta.name} event`);
  return found.event;
}

try {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 });
  const [bob, charlie, eve, dave] =
    ['//Bob', '//Charlie', '//Eve', '//Dave'].map((uri) => keyring.addFromUri(uri));
  const workers = [charlie, eve];

  const model = (await api.query.computeStaking.nextModelId()).toNumber();
  // One after the other: a worker can only serve a registered model.
  await send(api.tx.computeStaking.registerModel(
    u8aToHex(blake2AsU8a(stringToU8a('sdxl-turbo weights'))), 'ImageGeneration', 4,
    'ipfs://sdxl-turbo', 500n * UNITS, { maxUnits: 16, unitMillis: 3_000 }), bob);
  // Two workers of one class: a lone worker's job may be drawn for an audit, which needs a
  // second worker to run it.
  await Promise.all(workers.map((worker) => send(api.tx.computeStaking.registerWorker(10_000n * UNITS, {
    class: 'cuda-sm90', models: [model], endpoint: 'https://gpu.example:8080',
  }), worker)));
  console.log(`model ${model} registered, Charlie and Eve serve it`);

  const submitted = findEvent(await send(api.tx.jobs.submitJob({
    model,
    input: { Inline: 'a lighthouse at dusk, 512x512, seed 7' },
    units: 1,
    redundancy: 1,
    payWith: 'Token',
  }), dave), api.events.jobs.JobSubmitted);
  const job = submitted.data.job.toNumber();
  console.log(`job ${job} submitted, ${submitted.data.escrow} planck in escrow`);

  // Both workers poll their seats, as the worker software does, and act on what is due: commit
  // (blake2_256(digest ‖ salt ‖ SCALE(account)); an AccountId32 encodes as its 32 bytes), then
  // reveal once reveals are open (a lone worker's open a block after its commit, when the
  // audit draw has passed). Honest workers compute the same digest.
  const digest = blake2AsU8a(stringToU8a('the png bytes'));
  const salts = new Map(workers.map((worker) => [worker.address, randomAsU8a(32)]));
  let checkedInput = false;
  let state;
  for (let tries = 0; !state?.settled && tries < 90; tries++) {
    for (const worker of workers) {
      const seats = await provider.send('jobs_assigned', [worker.address]);
      const seat = seats.find((entry) => entry.job === job);
      if (!seat) continue;
      if (!checkedInput) {
        check(seat.input.inline === u8aToHex(stringToU8a('a lighthouse at dusk, 512x512, seed 7')), 'the input reads back');
        checkedInput = true;
      }
      const salt = salts.get(worker.address);
      if (!seat.committed && seat.commitBy !== null) {
        console.log(`job ${job}: ${seat.role} ${worker.address} commits, due by block ${seat.commitBy}`);
        await send(api.tx.jobs.commitResult(job, blake2AsU8a(u8aConcat(digest, salt, worker.publicKey))), worker);
      } else if (seat.committed && seat.revealsOpen && !seat.revealed) {
        console.log(`job ${job}: ${seat.role} ${worker.address} reveals`);
        await send(api.tx.jobs.revealResult({
          job, digest, salt, uri: `https://gpu.example:8080/out/${job}`,
        }), worker);
      }
    }
    state = await provider.send('jobs_job', [job]);
    if (!state?.settled) await new Promise((r) => setTimeout(r, 1000));
  }
  check(checkedInput, `job ${job} was never assigned`);
  check(state?.settled, `jobs_job says ${JSON.stringify(state)}`);
  check(state.settled.digest === u8aToHex(digest), `settled digest ${state.settled.digest}`);
  console.log(`wallet jobs ok: job ${job} settled with digest ${state.settled.digest} by ${state.settled.workers.length} worker(s)`);
} finally {
  await api.disconnect();
}
