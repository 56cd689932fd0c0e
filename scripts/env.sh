# Sourced by the scripts.
# cargo from a rustup that scripts/setup.sh has just installed is not on PATH yet.
if ! command -v cargo >/dev/null && [ -f "$HOME/.cargo/env" ]; then
	. "$HOME/.cargo/env"
fi
# One cargo target directory outside the clone, shared by every checkout and by CI, so a
# second run reuses the first one's build.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/tessera/target}"
mkdir -p "$CARGO_TARGET_DIR"
# The runtime's wasm is built in $CARGO_TARGET_DIR/.../wbuild, outside this checkout, where
# rust-toolchain.toml does not apply: name the pinned toolchain explicitly.
WASM_BUILD_TOOLCHAIN="$(sed -n 's/^channel = "\(.*\)"$/\1/p' "$(dirname "${BASH_SOURCE[0]}")/../rust-toolchain.toml")"
export WASM_BUILD_TOOLCHAIN
# ...and tell it where the workspace (and its Cargo.lock) is, or it resolves versions afresh.
WASM_BUILD_WORKSPACE_HINT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export WASM_BUILD_WORKSPACE_HINT
# The workspace tier of scripts/test.sh: its package selection and features. Scripts that run
# some of its tests pass the same (`cargo test --release "${WORKSPACE_TIER[@]}" --test …`), so
# that they reuse its build: another selection resolves other features and rebuilds.
WORKSPACE_TIER=(
	--workspace --locked --features tessera-node/fast-runtime
	--exclude pallet-spark --exclude pallet-compute-staking --exclude pallet-token-sale --exclude pallet-jobs
	--exclude pallet-registrars
)
# The feature tier of scripts/test.sh: every pallet's tests and the fuzzer's smoke run, with the
# runtime's library, all built with runtime-benchmarks and try-runtime. scripts/benchmark.sh
# builds the same selection (with the wasm) to reuse it.
FEATURE_TIER=(
	--lib --locked
	-p pallet-spark -p pallet-compute-staking -p pallet-token-sale -p pallet-jobs -p pallet-registrars
	-p tessera-runtime
	-p tessera-fuzz --features runtime-benchmarks,try-runtime
)
