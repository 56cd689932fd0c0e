#!/usr/bin/env bash
# The load measurement (worker/tests/load.rs): one dev node, LOAD_WORKERS worker processes on the
# tiny embedding model, LOAD_CREATORS accounts submitting 64-job batches every block; prints
# settled jobs/s over LOAD_SECONDS, block fullness and submission-to-output latency, and fails
# under LOAD_TARGET jobs/s. Needs the release node the test suite builds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
if [ ! -x "$CARGO_TARGET_DIR/release/tessera-node" ]; then
	cargo build --release "${WORKSPACE_TIER[@]}" --tests
fi
TESSERA_NODE="$CARGO_TARGET_DIR/release/tessera-node" \
	cargo test --release --locked --manifest-path worker/Cargo.toml --test load -- --ignored --nocapture
