#!/usr/bin/env bash
# The adversarial simulation: every cheating strategy of docs/verification.md played against
# honest workers on the real runtime, natively, over many seeds; prints each strategy's gain
# per 1,000 TSR of capital per day with a 95% interval and fails unless every cheater loses.
#   bash scripts/simulate.sh              # 200 seeds
#   bash scripts/simulate.sh --seeds 400
# Built with the features of the test suite's feature tier, so that it reuses that build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
SKIP_WASM_BUILD=1 cargo build --release --locked -p tessera-runtime -p tessera-fuzz \
	--features runtime-benchmarks,try-runtime --bin tessera-sim
exec "$CARGO_TARGET_DIR/release/tessera-sim" "$@"
