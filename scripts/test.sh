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
#
# The node's e2e binary (about 10 minutes, nearly all of it waiting for 6-second blocks) runs in
# the background, beside the runtime's tests and the worker's suite (about 8 minutes, also
# mostly waiting for blocks): one after the other they took 18 minutes of the run. cargo holds
# the target directory's lock while it runs tests, so that binary is run directly, from its
# package folder as cargo runs it; its output is printed when it ends.
e2e_bin="$(cargo test --release "${WORKSPACE_TIER[@]}" --no-run --message-format=json |
	jq -r 'select(.reason == "compiler-artifact" and .target.name == "e2e" and .profile.test) | .executable')"
[ -x "$e2e_bin" ] || { echo "test.sh: the node's e2e test binary was not built" >&2; exit 1; }
e2e_log="$(mktemp)"
# Bounded: a hung test fails the run with the node e2e log (which names the test still running)
# instead of running into CI's limit with nothing printed. It takes about 10 minutes.
(cd node && exec timeout -k 30 1800 "$e2e_bin" >"$e2e_log" 2>&1) &
e2e_pid=$!
trap 'kill "$e2e_pid" 2>/dev/null || true; echo "--- node e2e (stopped) ---"; cat "$e2e_log"; rm -f "$e2e_log"' EXIT
cargo test --release "${WORKSPACE_TIER[@]}" --lib --bins --test integration

# The worker is a workspace of its own (worker/Cargo.toml): unit tests, the real model, determinism
# across thread counts, and end-to-end tests against the node binary built just above.
TESSERA_NODE="$CARGO_TARGET_DIR/release/tessera-node" \
	cargo test --release --locked --manifest-path worker/Cargo.toml

trap - EXIT
e2e_status=0
wait "$e2e_pid" || e2e_status=$?
echo "--- node e2e (node/tests/e2e) ---"
cat "$e2e_log"
rm -f "$e2e_log"
exit "$e2e_status"
