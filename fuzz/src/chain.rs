//! Whole blocks of the real runtime, natively, from the `local_testnet` genesis (no sudo key:
//! root is reached only as governance reaches it). After every block: every pallet's
//! `try_state`, and the transactions' dispatch classes within their shares of the block.

use std::sync::OnceLock;

use frame_support::{
	dispatch::DispatchClass,
	storage::with_storage_layer,
	traits::{PalletsInfoAccess, TryState, TryStateSelect, UnfilteredDispatchable},
};
use sp_runtime::{ApplyExtrinsicResult, Storage};
use tessera_runtime::{
	configs::RuntimeBlockWeights, native, AllPalletsWithSystem, Executive, Runtime, RuntimeEvent,
	RuntimeOrigin, System,
};

use sp_core::{sr25519, Pair};

use crate::{actors::ACTORS, calls::Action, Stats};

/// The genesis every input starts from, built once per process.
pub fn genesis() -> sp_io::TestExternalities {
	static GENESIS: OnceLock<Storage> = OnceLock::new();
	let storage =
		GENESIS.get_or_init(|| native::preset_storage("local_testnet").expect("the preset builds"));
	sp_io::TestExternalities::new(storage.clone())
}

/// The chain being driven, inside the externalities of [`genesis`].
pub struct Chain {
	slot: u64,
	pub stats: Stats,
	/// Print every action and its result (`TESSERA_FUZZ_TRACE=1`), to read a finding.
	trace: bool,
	/// Run [`Chain::check_state`] after every block (the default). A long simulation checks
	/// only at its end: the checks read every job and outcome kept, at every block.
	pub check_every_block: bool,
}

impl Chain {
	pub fn new() -> Self {
		let trace = std::env::var_os("TESSERA_FUZZ_TRACE").is_some();
		Self { slot: 0, stats: Stats::default(), trace, check_every_block: true }
	}

	/// Opens the next block, `skipped` slots after the last one had no block.
	pub fn open_block(&mut self, skipped: u64) {
		self.slot += 1 + skipped;
		native::initialize_block(self.slot);
	}

	/// What opening the next block would deposit in its hooks, without opening it: what that
	/// block's author knows before publishing it.
	pub fn foresee_block(&self) -> Vec<RuntimeEvent> {
		sp_io::storage::start_transaction();
		native::initialize_block(self.slot + 1);
		let events = System::read_events_no_consensus().map(|record| record.event).collect();
		sp_io::storage::rollback_transaction();
		events
	}

	/// The index of the authority that authors the next slot (`native::initialize_block`'s
	/// rule: the slot modulo the number of authorities, the session's validators).
	pub fn next_author(&self) -> u64 {
		let authorities = tessera_runtime::Session::validators().len() as u64;
		(self.slot + 1) % authorities
	}

	pub fn perform(&mut self, action: Action) {
		if self.trace {
			println!("block {}: {action:?}", System::block_number());
		}
		match action {
			Action::Signed { signer, call } => self.apply_signed(call, &ACTORS[signer].pair()),
			Action::General(call) => self.apply(native::general_extrinsic(call)),
			Action::Root(call) => {
				// Dispatched as the scheduler enacts a referendum's call, which weighs it into
				// its own budget: not charged to the block here.
				self.stats.root_calls += 1;
				let result = with_storage_layer(|| {
					call.dispatch_bypass_filter(RuntimeOrigin::root()).map_err(|e| e.error)
				});
				if result.is_ok() {
					self.stats.root_calls_ok += 1;
				}
				if self.trace {
					println!("  -> {result:?}");
				}
			},
		}
	}

	/// `call` signed by `signer` with its next nonce, as a wallet sends it.
	pub fn apply_signed(&mut self, call: tessera_runtime::RuntimeCall, signer: &sr25519::Pair) {
		let account: tessera_runtime::AccountId = signer.public().into();
		let nonce = System::account_nonce(account);
		self.apply(native::signed_by(call, signer, nonce));
	}

	pub fn apply(&mut self, extrinsic: tessera_runtime::UncheckedExtrinsic) {
		self.stats.extrinsics += 1;
		let result: ApplyExtrinsicResult = Executive::apply_extrinsic(extrinsic);
		if self.trace {
			println!("  -> {result:?}");
		}
		match result {
			Ok(Ok(())) => self.stats.succeeded += 1,
			Ok(Err(_)) => self.stats.failed += 1,
			Err(_) => self.stats.invalid += 1,
		}
	}

	/// Finalizes the open block and checks the state it left.
	pub fn close_block(&mut self) {
		Executive::finalize_block();
		let number = System::block_number();
		self.stats.blocks += 1;
		// Transactions stay within their classes' shares of the block. The mandatory class
		// (inherents and hooks) has no limit: a session's last block claims the whole block
		// (pallet-session's rotation), so a block's total may exceed it by design.
		let consumed = frame_system::BlockWeight::<Runtime>::get();
		let limits = RuntimeBlockWeights::get();
		for class in [DispatchClass::Normal, DispatchClass::Operational] {
			let used = *consumed.get(class);
			let limit = limits.get(class).max_total.unwrap_or(limits.max_block);
			assert!(
				used.all_lte(limit),
				"block {number}: {class:?} weighs {used:?}, over {limit:?}"
			);
		}
		if self.check_every_block {
			Self::check_state();
		}
		for record in frame_system::Pallet::<Runtime>::read_events_no_consensus() {
			self.stats.count_event(&record.event);
		}
	}

	/// Every pallet's `try_state`; panics naming the pallets that fail.
	pub fn check_state() {
		let number = System::block_number();
		if AllPalletsWithSystem::try_state(number, TryStateSelect::All).is_err() {
			// Which pallets, and why: `All` only logs the details.
			let failures: Vec<String> = AllPalletsWithSystem::infos()
				.into_iter()
				.filter_map(|pallet| {
					let only = TryStateSelect::Only(vec![pallet.name.as_bytes().to_vec()]);
					let error = AllPalletsWithSystem::try_state(number, only).err()?;
					Some(format!("{}: {error:?}", pallet.name))
				})
				.collect();
			panic!("try_state failed after block {number}: {}", failures.join("; "));
		}
	}
}

impl Stats {
	fn count_event(&mut self, event: &RuntimeEvent) {
		use pallet_jobs::Event as Jobs;
		match event {
			RuntimeEvent::Jobs(Jobs::JobSubmitted { .. }) => self.jobs_submitted += 1,
			RuntimeEvent::Jobs(Jobs::JobAssigned { .. }) => self.jobs_assigned += 1,
			RuntimeEvent::Jobs(Jobs::JobSettled { .. }) => self.jobs_settled += 1,
			RuntimeEvent::Jobs(Jobs::JobRefunded { .. }) => self.jobs_refunded += 1,
			RuntimeEvent::Jobs(Jobs::DisputeEscalated { .. }) => self.disputes += 1,
			RuntimeEvent::Jobs(
				Jobs::ResultRejected { .. }
				| Jobs::DeadlineMissed { .. }
				| Jobs::RevealWithheld { .. },
			) => self.penalties += 1,
			RuntimeEvent::Jobs(Jobs::HookStepFailed { job, error }) => {
				panic!("the jobs hook failed a step of job {job}: {error:?}")
			},
			_ => {},
		}
	}
}
