// What the wallet scripts share: connecting, sending a transaction and reading its events, and
// the job market as apps and workers drive it (a model with two workers, a job served to
// settlement by commit and reveal).
import { ApiPromise, WsProvider } from '@polkadot/api';
import { u8aConcat, u8aToHex, stringToU8a } from '@polkadot/util';
import { blake2AsU8a, randomAsU8a } from '@polkadot/util-crypto';

export const UNITS = 10n ** 12n;

export function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** The API and its provider, which also carries the chain's own RPC methods (`jobs_*`). */
export async function connect(url) {
  const provider = new WsProvider(url);
  const api = await ApiPromise.create({ provider, throwOnConnect: true });
  return { api, provider };
}

/** How long a sent transaction may take to reach a block before the script gives up on it. */
const INCLUSION_SECONDS = 180;

/**
 * Signs and sends `tx`; resolves with its events once in a block. Rejects on a dispatch error,
 * on a pool that drops, invalidates or replaces it, and after `INCLUSION_SECONDS` without a
 * block: a script never waits forever on a status that will not come.
 */
export function send(api, tx, signer) {
  const name = `${tx.method.section}.${tx.method.method}`;
  return new Promise((resolve, reject) => {
    let unsubscribe;
    const timer = setTimeout(() => {
      unsubscribe?.();
      reject(new Error(`${name} was not included within ${INCLUSION_SECONDS} s`));
    }, INCLUSION_SECONDS * 1000);
    const settle = (outcome, value) => {
      clearTimeout(timer);
      unsubscribe?.();
      outcome(value);
    };
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (dispatchError) {
        const detail = dispatchError.isModule
          ? (({ section, name }) => `${section}.${name}`)(api.registry.findMetaError(dispatchError.asModule))
          : dispatchError.toString();
        settle(reject, new Error(`${name} failed: ${detail}`));
      } else if (status.isInBlock) {
        settle(resolve, events);
      } else if (status.isDropped || status.isInvalid || status.isUsurped) {
        settle(reject, new Error(`${name}: the pool reports it ${status.type}`));
      }
    }).then((u) => { unsubscribe = u; }, (error) => settle(reject, error));
  });
}

export function findEvent(events, kind) {
  const found = events.find(({ event }) => kind.is(event));
  check(found, `no ${kind.meta.name} event`);
  return found.event;
}

/** Polls `condition` once a second until it holds; fails after `seconds`. */
export async function waitFor(what, seconds, condition) {
  for (let waited = 0; waited < seconds; waited++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`gave up waiting ${seconds} s for ${what}`);
}

/**
 * `owner` registers an image model (4 Spark a job, up to 16 units of 3 s); `workers` stake
 * 10,000 TSR each to serve it on one class, so that a lone worker's job may be drawn for an
 * audit that another can run. Returns the model's id.
 */
export async function openMarket(api, owner, workers) {
  const model = (await api.query.computeStaking.nextModelId()).toNumber();
  // One after the other: a worker can only serve a registered model.
  await send(api, api.tx.computeStaking.registerModel(
    u8aToHex(blake2AsU8a(stringToU8a('sdxl-turbo weights'))), 'ImageGeneration', 4,
    'ipfs://sdxl-turbo', 500n * UNITS, { maxUnits: 16, unitMillis: 3_000 }), owner);
  await Promise.all(workers.map((worker) => send(api, api.tx.computeStaking.registerWorker(10_000n * UNITS, {
    class: 'cpu-x86_64', models: [model], endpoint: 'https://gpu.example:8080',
  }), worker)));
  return model;
}

/**
 * The workers poll their seats, as the worker software does, and act on what is due: commit
 * (blake2_256(digest ‖ salt ‖ SCALE(account)); an AccountId32 encodes as its 32 bytes), then
 * reveal once reveals are open (a lone worker's open a block after its commit, when the audit
 * draw has passed). Honest workers compute the same digest. Resolves with `jobs_job`'s report
 * of the settled job; `onSeat` sees each seat as the RPC lists it.
 */
export async function serveJob(api, provider, job, workers, onSeat = () => {}) {
  const digest = blake2AsU8a(stringToU8a('the png bytes'));
  const salts = new Map(workers.map((worker) => [worker.address, randomAsU8a(32)]));
  let assigned = false;
  let state;
  for (let tries = 0; !state?.settled && tries < 120; tries++) {
    for (const worker of workers) {
      const seats = await provider.send('jobs_assigned', [worker.address]);
      const seat = seats.find((entry) => entry.job === job);
      if (!seat) continue;
      assigned = true;
      onSeat(seat);
      const salt = salts.get(worker.address);
      if (!seat.committed && seat.commitBy !== null) {
        console.log(`job ${job}: ${seat.role} ${worker.address} commits, due by block ${seat.commitBy}`);
        await send(api, api.tx.jobs.commitResult(job, blake2AsU8a(u8aConcat(digest, salt, worker.publicKey))), worker);
      } else if (seat.committed && seat.revealsOpen && !seat.revealed) {
        console.log(`job ${job}: ${seat.role} ${worker.address} reveals`);
        await send(api, api.tx.jobs.revealResult({
          job, digest, salt, uri: `https://gpu.example:8080/out/${job}`,
        }), worker);
      }
    }
    state = await provider.send('jobs_job', [job]);
    if (!state?.settled) await new Promise((r) => setTimeout(r, 1000));
  }
  check(assigned, `job ${job} was never assigned`);
  check(state?.settled, `jobs_job says ${JSON.stringify(state)}`);
  check(state.settled.digest === u8aToHex(digest), `settled digest ${state.settled.digest}`);
  return state.settled;
}
