#!/usr/bin/env bash
# The fault tests: four validators of the committed local testnet spec on loopback; one
# crashed (finality goes on, it catches up), then two (finality stalls, and resumes over the
# same blocks when one returns). The selection and features are scripts/test.sh's workspace
# tier, so that this reuses the test suite's build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
cargo test --release "${WORKSPACE_TIER[@]}" --test e2e faults -- --nocapture
