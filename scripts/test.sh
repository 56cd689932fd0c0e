#!/usr/bin/env bash
# The whole test suite: pallet and runtime tests (the real runtime, natively), end-to-end tests
# against the built node binary on loopback ports, the Polkadot.js wallet test, and the worker's
# tests (inference, determinism, and jobs run end to end against the node).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh

# Formatting first: a second's check that fails before the builds below, not after them.
cargo fmt --all -- --check
cargo fmt --manifest-path worker/Cargo.toml --all -- --check

# The feature tier, natively and without wasm: the pallets' tests with their benchmarks run as
# tests (each once, on the mock runtime) and try-runtime compiled in, and the runtime's library
# built with both features, so its benchmark list and try-runtime API keep compiling. One cargo
# invocation, so both share one resolution of features and one build of the frame crates
# beneath (a separate `cargo check` of the runtime compiled that whole tree again). Every
# pallet of pallets/ is listed in it (FEATURE_TIER, scripts/env.sh). The fuzzer (fuzz/, which
# exists only with try-runtime) runs its smoke test here too, on the same build: fixed seeds,
# every pallet's try_state after every block (scripts/fuzz.sh runs it for as long as asked).
SKIP_WASM_BUILD=1 cargo test --release "${FEATURE_TIER[@]}"

# One release build serves every test: the e2e tests need an optimised node, and building
# the runtime tests in the same profile shares all dependencies with it. `fast-runtime`
# shortens governance periods to minutes, so referenda can be driven to enactment in a test;
# scripts/run-dev.sh builds the same, so the dev chain reuses this build. The pallets' own
# tests ran in the feature tier above (a superset of them): excluded here, their test
# harnesses are not compiled twice.
cargo test --release "${WORKSPACE_TIER[@]}"

# The worker is a workspace of its own (worker/Cargo.toml): unit tests, the real model, determinism
# across thread counts, and end-to-end tests against the node binary built just above.
TESSERA_NODE="$CARGO_TARGET_DIR/release/tessera-node" \
	cargo test --release --locked --manifest-path worker/Cargo.toml
