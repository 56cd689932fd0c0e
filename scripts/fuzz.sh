#!/usr/bin/env bash
# Fuzzes the runtime: random programs of calls across blocks from the local testnet genesis,
# every pallet's try_state after each block. Arguments go to tessera-fuzz, e.g.
#   bash scripts/fuzz.sh --seconds 3600 --seed 1
#   TESSERA_FUZZ_TRACE=1 bash scripts/fuzz.sh --replay fuzz/findings/seed-1-input-42.bin
# Built natively without wasm, with the features of the test suite's feature tier, so that it
# reuses that build: try-runtime (the checks) and runtime-benchmarks, which only adds the
# benchmarks and their helpers, none of which a dispatched call reaches.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
SKIP_WASM_BUILD=1 cargo build --release --locked -p tessera-runtime -p tessera-fuzz \
	--features runtime-benchmarks,try-runtime --bin tessera-fuzz
exec "$CARGO_TARGET_DIR/release/tessera-fuzz" "$@"
