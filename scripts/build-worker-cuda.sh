#!/usr/bin/env bash
# Builds tessera-worker with candle's CUDA backend on a machine that has no GPU and no CUDA
# toolkit: nvcc and the CUDA 13.0 libraries come from NVIDIA's PyPI wheels (pinned: the lent
# GPU machines run driver 580, CUDA 13.0, which refuses PTX from a newer nvcc), and the driver
# library the binary links against is a stub generated from cudarc's bindings (the real
# libcuda.so.1 is the GPU machine's). The CPU build (`cargo build`) stays free of all this.
#
#   bash scripts/build-worker-cuda.sh            # compute capability 9.0 (H100/H200)
#   CUDA_COMPUTE_CAP=89 bash scripts/build-worker-cuda.sh
#
# The binary is copied to $CUDA_WORKER_OUT (default dist/cuda, ignored by git) with a README
# of what it needs at run time: LD_LIBRARY_PATH naming the CUDA 13 cuBLAS, cuRAND and NVRTC
# libraries (PyTorch's nvidia/*/lib folders have them).
set -euo pipefail
cd "$(dirname "$0")/.."
# A target directory of its own: candle built with CUDA would otherwise replace, and be
# replaced by, the CPU build of the same crates.
export CARGO_TARGET_DIR="${CUDA_TARGET_DIR:-$HOME/.cache/tessera/target-cuda}"
. scripts/env.sh

export CUDA_COMPUTE_CAP="${CUDA_COMPUTE_CAP:-90}"
export CUDARC_CUDA_VERSION=13000
toolkit="${TESSERA_CUDA_TOOLKIT:-$HOME/.cache/tessera/cuda-13.0}"
out="${CUDA_WORKER_OUT:-dist/cuda}"
wheels=(
	nvidia-cuda-nvcc==13.0.88 nvidia-nvvm==13.0.88 nvidia-cuda-crt==13.0.88
	nvidia-cuda-runtime==13.0.96 nvidia-cuda-cccl==13.0.85 nvidia-cuda-nvrtc==13.0.88
	nvidia-cublas==13.0.2.14 nvidia-curand==10.4.0.35
)

if [ ! -x "$toolkit/bin/nvcc" ]; then
	echo "build-worker-cuda: installing nvcc and the CUDA 13.0 libraries from PyPI into $toolkit"
	python3 -m venv "$toolkit/venv" 2>/dev/null || {
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
		python3 -m venv "$toolkit/venv"
	}
	"$toolkit/venv/bin/pip" install --quiet --no-deps "${wheels[@]}"
	# The CUDA 13 wheels share one prefix, site-packages/nvidia/cu13/{bin,include,lib}.
	prefix="$(echo "$toolkit"/venv/lib/python3*/site-packages/nvidia/cu13)"
	[ -x "$prefix/bin/nvcc" ] || { echo "no nvcc under $prefix" >&2; exit 1; }
	for part in bin include nvvm; do ln -sfn "$prefix/$part" "$toolkit/$part"; done
	mkdir -p "$toolkit/lib64"
	for lib in "$prefix"/lib/*.so*; do ln -sfn "$lib" "$toolkit/lib64/$(basename "$lib")"; done
	# The linker looks for the unversioned names.
	for lib in "$toolkit"/lib64/lib*.so.*; do
		base="${lib%%.so.*}.so"
		[ -e "$base" ] || ln -sfn "$(basename "$lib")" "$base"
	done
fi
ln -sfn lib64 "$toolkit/lib"

# A libcuda stub: every driver function cudarc binds, doing nothing, under the soname of the
# real driver, so the binary links here and loads the GPU machine's libcuda.so.1 there.
if [ ! -e "$toolkit/lib64/libcuda.so" ]; then
	cargo fetch --locked --manifest-path worker/Cargo.toml >/dev/null
	bindings="$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/cudarc-0.19.*/src/driver/sys/mod.rs | tail -1)"
	grep -ohE '^pub unsafe fn cu[A-Za-z0-9_]+' "$bindings" | sed 's/^pub unsafe fn \(.*\)$/void \1(void) {}/' |
		sort -u >"$toolkit/cuda-stub.c"
	cc -shared -fPIC -Wl,-soname,libcuda.so.1 -o "$toolkit/lib64/libcuda.so" "$toolkit/cuda-stub.c"
fi

export CUDA_HOME="$toolkit" CUDA_PATH="$toolkit" PATH="$toolkit/bin:$PATH"
export LIBRARY_PATH="$toolkit/lib64${LIBRARY_PATH:+:$LIBRARY_PATH}"
nvcc --version | tail -2
cargo build --release --locked --manifest-path worker/Cargo.toml --features cuda

mkdir -p "$out"
cp "$CARGO_TARGET_DIR/release/tessera-worker" "$out/tessera-worker"
cat >"$out/README" <<EOF
tessera-worker built with CUDA (compute capability $CUDA_COMPUTE_CAP, CUDA 13.0) by
scripts/build-worker-cuda.sh. At run time it needs the NVIDIA driver (libcuda.so.1) and the
CUDA 13 libraries below on LD_LIBRARY_PATH:
$(ldd "$out/tessera-worker" | grep -E 'cuda|cublas|curand|nvrtc' | awk '{print "  " $1}')
Run with --device cuda:0 --class <your GPU model>.
EOF
echo "build-worker-cuda: $out/tessera-worker ($(du -h "$out/tessera-worker" | cut -f1))"
