fn main() {
	#[cfg(feature = "std")]
	{
		let builder = substrate_wasm_builder::WasmBuilder::init_with_defaults();
		// The benchmarking runtime gets a blob of its own name: both variants are built in the
		// same `wbuild` folder, and the node must never embed the benchmarking one.
		#[cfg(feature = "runtime-benchmarks")]
		let builder = builder.set_file_name("tessera_runtime_benchmarks");
		builder.build();
	}
}
