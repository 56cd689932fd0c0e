#!/usr/bin/env bash
# The load measurement (worker/tests/load.rs): one dev node, LOAD_WORKERS worker processes on the
# tiny embedding model, LOAD_CREATORS accounts submitting 64-job batches every block; prints
# settled jobs/s over LOAD_SECONDS, block fullness and submission-to-output latency, and fails
# under LOAD_TARGET jobs/s. Builds (or finds up to date) the release node the test suite builds:
# a node older than the worker's metadata rejects its transactions.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
cargo build --release "${WORKSPACE_TIER[@]}" --tests
TESSERA_NODE="$CARGO_TARGET_DIR/release/tessera-node" \
	cargo test --release --locked --manifest-path worker/Cargo.toml --test load -- --ignored --nocapture
