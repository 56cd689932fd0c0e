// The wallet path, as a Polkadot.js user takes it: connect to a Tessera node, read the chain
// properties a wallet displays, sign a transfer with a dev key, and check its event and the
// balances it moved. Usage: node transfer.mjs ws://127.0.0.1:9944
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';

const url = process.argv[2] ?? 'ws://127.0.0.1:9944';
const UNITS = 10n ** 12n;

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

const api = await ApiPromise.create({ provider: new WsProvider(url), throwOnConnect: true });
try {
  const properties = api.registry.getChainProperties();
  const symbol = properties.tokenSymbol.unwrap()[0].toString();
  const decimals = properties.tokenDecimals.unwrap()[0].toNumber();
  const ss58 = properties.ss58Format.unwrap().toNumber();
  check(symbol === 'TSR', `token symbol is ${symbol}, not TSR`);
  check(decimals === 12, `token decimals are ${decimals}, not 12`);
  check(ss58 === 7423, `SS58 prefix is ${ss58}, not 7423`);
  console.log(`chain ${await api.rpc.system.chain()}: ${symbol}, ${decimals} decimals, SS58 ${ss58}`);

  const keyring = new Keyring({ type: 'sr25519', ss58Format: ss58 });
  const alice = keyring.addFromUri('//Alice');
  const bob = keyring.addFromUri('//Bob');
  const bobBefore = (await api.query.system.account(bob.address)).data.free.toBigInt();
  const amount = 3n * UNITS;

  const events = await new Promise((resolve, reject) => {
    let unsubscribe;
    api.tx.balances
      .transferKeepAlive(bob.address, amount)
      .signAndSend(alice, ({ status, events, dispatchError }) => {
        if (dispatchError) {
          unsubscribe?.();
          reject(new Error(`transfer failed: ${dispatchError.toString()}`));
        } else if (status.isFinalized) {
          unsubscribe?.();
          resolve(events);
        }
      })
      .then((u) => { unsubscribe = u; }, reject);
  });

  const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
  check(transfer, 'no Balances.Transfer event');
  const [from, to, value] = transfer.event.data;
  check(from.toString() === alice.address, `Transfer from ${from}, not Alice`);
  check(to.toString() === bob.address, `Transfer to ${to}, not Bob`);
  check(value.toBigInt() === amount, `Transfer of ${value}, not ${amount}`);

  const bobAfter = (await api.query.system.account(bob.address)).data.free.toBigInt();
  check(bobAfter === bobBefore + amount, `Bob has ${bobAfter}, expected ${bobBefore + amount}`);
  console.log(`wallet transfer ok: ${amount} planck from ${alice.address} to ${bob.address}`);
} finally {
  await api.disconnect();
}
