#!/usr/bin/env bash
# Fuzzes the runtime: random programs of calls across blocks from the local testnet genesis,
# every pallet's try_state after each block. Arguments go to tessera-fuzz, e.g.
#   bash scripts/fuzz.sh --seconds 3600 --seed 1
#   bash scripts/fuzz.sh --replay fuzz/findings/seed-1-input-42.bin
# Built natively without wasm and without runtime-benchmarks: the runtime as deployed, with
# try-runtime's checks compiled in.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
SKIP_WASM_BUILD=1 cargo run --release --locked -p tessera-fuzz --features try-runtime -- "$@"
