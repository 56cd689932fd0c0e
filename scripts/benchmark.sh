#!/usr/bin/env bash
# Regenerates a pallet's weights.rs from its benchmarks, run in the real runtime (wasm) by
# frame-omni-bencher on this machine.
#
#   bash scripts/benchmark.sh pallet_spark pallets/spark/src/weights.rs
#
# Run it on a quiet machine (nothing else building) after changing a call or its benchmark,
# and commit the new weights.rs together with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
pallet="${1:?usage: benchmark.sh <pallet_name> <output weights.rs>}"
output="${2:?usage: benchmark.sh <pallet_name> <output weights.rs>}"
. scripts/env.sh

# The bencher version that matches this workspace's polkadot-sdk line (2609).
OMNI_BENCHER_VERSION=0.28.0
if ! frame-omni-bencher --version 2>/dev/null | grep -q "$OMNI_BENCHER_VERSION"; then
	# Its own target dir, so that the install does not disturb the workspace's build. Without
	# our workspace hint: the bencher builds a test runtime of its own, which wasm-builder
	# would otherwise look for in this workspace and not find.
	env -u WASM_BUILD_WORKSPACE_HINT CARGO_TARGET_DIR="$CARGO_TARGET_DIR/../omni-bencher" \
		cargo install --locked frame-omni-bencher --version "$OMNI_BENCHER_VERSION"
fi

# The wasm runtime with benchmarks, built by the runtime's build script. The feature tier of
# scripts/test.sh, built as it builds it (same packages and features) but with the wasm: its
# native side is that tier's build, so only the runtime crate and its wasm are compiled here.
cargo test --release "${FEATURE_TIER[@]}" --no-run
runtime="$CARGO_TARGET_DIR/release/wbuild/tessera-runtime/tessera_runtime_benchmarks.compact.compressed.wasm"

frame-omni-bencher v1 benchmark pallet \
	--runtime "$runtime" \
	--genesis-builder-preset development \
	--pallet "$pallet" \
	--extrinsic '*' \
	--steps 50 \
	--repeat 20 \
	--template .maintain/frame-weight-template.hbs \
	--output "$output"
