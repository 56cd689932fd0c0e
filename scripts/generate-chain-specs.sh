#!/usr/bin/env bash
# Regenerates the committed chain specs from the runtime's genesis presets. Run it after any
# change to the runtime or the presets; node/tests/e2e/chain_spec.rs fails until you do.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
# Without `fast-runtime`: the committed spec carries the runtime a network runs. The next
# scripts/test.sh rebuilds the runtime and node with it.
cargo build --release --locked --workspace --tests
"$CARGO_TARGET_DIR/release/tessera-node" export-chain-spec --chain local > chain-spec/local_testnet.json
echo "wrote chain-spec/local_testnet.json"
