#!/usr/bin/env bash
# The main job: a single-node development chain (Alice validates; dev accounts are funded) with
# two workers (Charlie and Eve) serving a tiny embedding model and a tiny image model (seeded
# weights), and a first job of each run through them.
# RPC on ws://127.0.0.1:9944 (Polkadot.js apps: https://polkadot.js.org/apps/?rpc=ws://127.0.0.1:9944),
# node metrics on http://127.0.0.1:9615/metrics, the workers' artifacts and metrics on
# http://127.0.0.1:8091 and :8092. Extra arguments go to the node.
# State is kept in $TESSERA_DEV_BASE_PATH (default ~/.local/share/tessera-dev); pass --tmp to
# start from genesis every time. Ctrl-C stops the chain and the workers.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
# The test suite's builds (scripts/test.sh), with its selections and features so that they are
# reused: governance periods of minutes, so a referendum can be tried out from Polkadot.js Apps
# in a coffee break. `--tests` resolves features as `cargo test` does (dev-dependencies
# included), and still builds the binaries, which the integration tests run.
cargo build --release "${WORKSPACE_TIER[@]}" --tests
cargo build --release --locked --manifest-path worker/Cargo.toml --tests
node_bin="$CARGO_TARGET_DIR/release/tessera-node"
worker_bin="$CARGO_TARGET_DIR/release/tessera-worker"

base_path="${TESSERA_DEV_BASE_PATH:-$HOME/.local/share/tessera-dev}"
if [[ " $* " == *" --tmp "* ]]; then
	base=()
	demo="$(mktemp -d)"
else
	base=(--base-path "$base_path")
	demo="$base_path/worker-demo"
fi
mkdir -p "$demo"

pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' EXIT INT TERM
"$node_bin" --dev "${base[@]}" "$@" &
pids+=($!)
export TESSERA_NODE_URL=ws://127.0.0.1:9944
until curl -sf -H 'Content-Type: application/json' -d '{"id":1,"jsonrpc":"2.0","method":"system_health"}' \
	http://127.0.0.1:9944 >/dev/null; do
	sleep 1
done

# Tiny models with seeded weights, registered by Bob as their developer with the time a unit may
# take (milliseconds); prints the model's id. The tiny image pipeline's 20 guided steps take
# several seconds on two busy cores: its units are declared at a minute.
mkdir -p "$demo/models"
tiny_model() {
	local kind="$1" unit_millis="$2" folder="$demo/tiny-$1"
	[ -f "$folder/model.safetensors" ] || "$worker_bin" make-model --kind "$kind" --seed 7 --out "$folder" >/dev/null
	if [ ! -f "$folder.id" ]; then
		"$worker_bin" --key //Bob register-model --dir "$folder" --kind "$kind" \
			--unit-millis "$unit_millis" >"$folder.id.new"
		mv "$folder.id.new" "$folder.id"
	fi
	ln -sfn "$folder" "$demo/models/$(cat "$folder.id")"
	cat "$folder.id"
}
model="$(tiny_model embedding 10000)"
image_model="$(tiny_model image-generation 60000)"

# Two workers of one class, so that a single-worker job drawn for an audit finds an auditor.
port=8091
for who in Charlie Eve; do
	worker=("$worker_bin" --key "//$who" --models-dir "$demo/models" --state-dir "$demo/state-${who,,}")
	# Time each model first (the tiny image model cannot render the standard 1024² unit):
	# register and run refuse a model this machine cannot finish within its declared unit.
	"${worker[@]}" bench --runs 1 --image-side 64
	"${worker[@]}" register --stake 10000
	"${worker[@]}" --listen "127.0.0.1:$port" run 2>>"$demo/worker-${who,,}.log" &
	pids+=($!)
	port=$((port + 1))
done
echo "run-dev: workers Charlie and Eve serve models $model (embedding) and $image_model (image); their logs are in $demo"

# A first job of each, paid in TSR by Dave, run by both workers (redundancy 2).
"$worker_bin" --key //Dave submit-job --model "$model" --input "the cat sat on the mat" --redundancy 2 --pay token
image_input='{"prompt":"a lighthouse at dusk","seed":42,"steps":8,"width":64,"height":64,"guidance":4.0}'
"$worker_bin" --key //Dave submit-job --model "$image_model" --input "$image_input" --redundancy 2 --pay token \
	--out "$demo/first-image.png"
cat <<EOT
run-dev: the chain and the workers keep running (Ctrl-C stops them). Submit more jobs with:
  $worker_bin --key //Dave submit-job --model $model --input "your text" --pay token
  $worker_bin --key //Dave submit-job --model $image_model --input '$image_input' --pay token --out image.png
(the tiny image model has seeded weights, so its images are coloured noise; docs/worker.md says
how to pack a real Stable Diffusion 1.5)
EOT
wait "${pids[0]}"
