#!/usr/bin/env bash
# The main job: a single-node development chain (Alice validates; dev accounts are funded).
# RPC on ws://127.0.0.1:9944 (Polkadot.js apps: https://polkadot.js.org/apps/?rpc=ws://127.0.0.1:9944),
# Prometheus metrics on http://127.0.0.1:9615/metrics. Extra arguments go to the node.
# State is kept in $TESSERA_DEV_BASE_PATH (default ~/.local/share/tessera-dev); pass --tmp to
# start from genesis every time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
# The test suite's build (scripts/test.sh): governance periods of minutes, so a referendum can
# be tried out from Polkadot.js Apps in a coffee break.
cargo build --release --locked --workspace --tests --features tessera-node/fast-runtime
base_path="${TESSERA_DEV_BASE_PATH:-$HOME/.local/share/tessera-dev}"
if [[ " $* " == *" --tmp "* ]]; then base=(); else base=(--base-path "$base_path"); fi
exec "$CARGO_TARGET_DIR/release/tessera-node" --dev "${base[@]}" "$@"
