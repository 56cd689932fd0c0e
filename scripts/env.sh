# Sourced by the scripts: one cargo target directory outside the clone, shared by every
# checkout and by CI, so a second run reuses the first one's build.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/tessera/target}"
mkdir -p "$CARGO_TARGET_DIR"
