//! The worker (`worker/`) talks to the chain through code that subxt generates from the runtime
//! metadata committed at `worker/metadata/tessera.scale`. This test fails when that file no
//! longer describes this runtime, so a change to a call, storage item, event or runtime API
//! cannot leave the worker building against a chain that is gone.
//!
//! Regenerate the file after such a change with `bash scripts/update-worker-metadata.sh`.
//! Constant values are left out of the comparison: the `fast-runtime` build the tests use
//! differs from a production build only in those, and the worker reads no constant.

use codec::{Decode, Encode};
use frame_support::__private::metadata::{RuntimeMetadata, RuntimeMetadataPrefixed};
use tessera_runtime::Runtime;

/// The metadata version the worker's client is generated from (V16: calls, events, storage and
/// runtime APIs).
const VERSION: u32 = 16;

fn committed_path() -> std::path::PathBuf {
	std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../worker/metadata/tessera.scale")
}

fn runtime_metadata() -> Vec<u8> {
	// Some constants read storage (dynamic parameters): give them some to read.
	sp_io::TestExternalities::default().execute_with(|| {
		let opaque =
			Runtime::metadata_at_version(VERSION).expect("the runtime offers metadata V16");
		opaque.to_vec()
	})
}

/// The metadata with every constant's value emptied.
fn without_constant_values(bytes: &[u8]) -> RuntimeMetadataPrefixed {
	let mut prefixed = RuntimeMetadataPrefixed::decode(&mut &bytes[..]).expect("metadata decodes");
	let RuntimeMetadata::V16(ref mut metadata) = prefixed.1 else {
		panic!("metadata is not V16");
	};
	for pallet in &mut metadata.pallets {
		for constant in &mut pallet.constants {
			constant.value.clear();
		}
	}
	prefixed
}

#[test]
fn worker_metadata_describes_this_runtime() {
	let live = runtime_metadata();
	let path = committed_path();
	if std::env::var_os("TESSERA_UPDATE_WORKER_METADATA").is_some() {
		std::fs::create_dir_all(path.parent().unwrap()).unwrap();
		std::fs::write(&path, &live).unwrap();
		return;
	}
	let committed = std::fs::read(&path).unwrap_or_else(|e| {
		panic!("{}: {e}; run scripts/update-worker-metadata.sh", path.display())
	});
	assert!(
		without_constant_values(&committed).encode() == without_constant_values(&live).encode(),
		"{} is out of date with the runtime: run scripts/update-worker-metadata.sh and rebuild \
		 the worker",
		path.display()
	);
}
