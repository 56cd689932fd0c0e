#!/usr/bin/env bash
# The whole test suite: pallet and runtime tests (the real runtime, natively), end-to-end tests
# against the built node binary on loopback ports, and the Polkadot.js wallet test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh

# One release build serves every test: the e2e tests need an optimised node, and building
# the runtime tests in the same profile shares all dependencies with it.
cargo test --release --workspace --locked
