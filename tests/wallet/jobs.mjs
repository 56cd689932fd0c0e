// The job market through Polkadot.js, as apps and a worker drive it: Bob registers a model,
// Charlie and Eve register as its workers, Dave submits a job paid in TSR, the workers find
// their seats with the `jobs_assigned` RPC method, commit, reveal (an auditor too, when the
// job is drawn for an audit), and `jobs_job` reports the settled result. Usage: node jobs.mjs ws://127.0.0.1:9944
import { Keyring } from '@polkadot/keyring';
import { u8aToHex, stringToU8a } from '@polkadot/util';
import { check, connect, findEvent, openMarket, send, serveJob } from './market.mjs';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const { api, provider } = await connect(url);

try {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 });
  const [bob, charlie, eve, dave] =
    ['//Bob', '//Charlie', '//Eve', '//Dave'].map((uri) => keyring.addFromUri(uri));
  const workers = [charlie, eve];
  const model = await openMarket(api, bob, workers);
  console.log(`model ${model} registered, Charlie and Eve serve it`);

  const prompt = 'a lighthouse at dusk, 512x512, seed 7';
  const submitted = findEvent(await send(api, api.tx.jobs.submitJob({
    model,
    input: { Inline: prompt },
    units: 1,
    redundancy: 1,
    payWith: 'Token',
  }), dave), api.events.jobs.JobSubmitted);
  const job = submitted.data.job.toNumber();
  console.log(`job ${job} submitted, ${submitted.data.escrow} planck in escrow`);

  const settled = await serveJob(api, provider, job, workers, (seat) => {
    check(seat.input.inline === u8aToHex(stringToU8a(prompt)), 'the input reads back');
  });
  console.log(`wallet jobs ok: job ${job} settled with digest ${settled.digest} by ${settled.workers.length} worker(s)`);
} finally {
  await api.disconnect();
}
