#!/usr/bin/env bash
# Rewrites worker/metadata/tessera.scale, the runtime metadata the worker's chain client is
# generated from, after a runtime change that the test runtime/tests/integration/worker_metadata.rs reports.
# Then rebuild the worker: `cargo build --release --manifest-path worker/Cargo.toml`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
# The selection and features of scripts/test.sh's workspace tier, so that this reuses its build.
TESSERA_UPDATE_WORKER_METADATA=1 cargo test --release "${WORKSPACE_TIER[@]}" --test integration worker_metadata
git status --short worker/metadata
