//! Every call of Tessera's pallets, at its heaviest (full batches, the largest sale), fits in
//! one transaction of its dispatch class; and what share of a block each one takes, the
//! table in docs/performance.md ("Call weights"), printed by
//!
//! `cargo test --release --workspace --features tessera-node/fast-runtime --test integration
//!  call_weights -- --nocapture`

use frame_support::{
	dispatch::{DispatchClass, GetDispatchInfo},
	BoundedVec,
};
use pallet_compute_staking::ModelKind;
use pallet_jobs::{JobInput, JobSpec, PayWith, Resolution, Reveal};
use pallet_token_sale::{Eligibility, SaleTerms};
use sp_keyring::Sr25519Keyring;
use sp_runtime::Permill;
use tessera_runtime::{
	configs::RuntimeBlockWeights, genesis::presets::USDC, Runtime, RuntimeCall, UNITS,
};

use crate::common::worker_profile;

/// Full batches: `MaxJobsPerBatch`.
const BATCH: usize = 64;

fn full<T: Clone, S: frame_support::traits::Get<u32>>(item: T) -> BoundedVec<T, S> {
	BoundedVec::truncate_from(vec![item; BATCH])
}

fn reveal() -> Reveal<Runtime> {
	Reveal {
		job: 0,
		digest: [1; 32],
		salt: [2; 32],
		uri: BoundedVec::truncate_from(vec![b'u'; 256]),
	}
}

fn spec() -> JobSpec<Runtime> {
	JobSpec {
		model: 0,
		input: JobInput::Inline(BoundedVec::truncate_from(vec![0; 4096])),
		units: 1,
		redundancy: 5,
		pay_with: PayWith::Spark,
	}
}

fn terms() -> SaleTerms<Runtime> {
	SaleTerms {
		offering: UNITS,
		floor_price: 1,
		ceiling_price: 2,
		tick: 1,
		min_bid: 1,
		assets: BoundedVec::truncate_from(vec![USDC]),
		start: 1,
		end: 2,
		lockup: 1,
		lockup_bonus: Permill::zero(),
		multiplier_pool: 0,
		multipliers: [Permill::zero(); pallet_token_sale::SCORE_CLASSES],
	}
}

/// Every call of the four pallets, named, with the arguments that weigh most.
fn calls() -> Vec<(&'static str, RuntimeCall)> {
	use pallet_compute_staking::Call as Staking;
	use pallet_jobs::Call as Jobs;
	use pallet_spark::Call as Spark;
	use pallet_token_sale::Call as Sale;
	let who = || Sr25519Keyring::Alice.to_account_id();
	let staking = |call| RuntimeCall::ComputeStaking(call);
	let jobs = |call| RuntimeCall::Jobs(call);
	let spark = |call| RuntimeCall::Spark(call);
	let sale = |call| RuntimeCall::TokenSale(call);
	vec![
		("spark.register", spark(Spark::register { who: who() })),
		("spark.revoke", spark(Spark::revoke { who: who() })),
		("spark.claim_free", spark(Spark::claim_free { who: who() })),
		("spark.grant_reward", spark(Spark::grant_reward { who: who(), amount: 1 })),
		("spark.buy", spark(Spark::buy { amount: 1 })),
		("spark.set_price", spark(Spark::set_price { price: 1 })),
		(
			"compute_staking.register_worker",
			staking(Staking::register_worker { stake: UNITS, profile: worker_profile(b"x") }),
		),
		("compute_staking.bond_extra", staking(Staking::bond_extra { amount: 1 })),
		("compute_staking.unbond", staking(Staking::unbond { amount: 1 })),
		("compute_staking.withdraw_unbonded", staking(Staking::withdraw_unbonded {})),
		("compute_staking.chill", staking(Staking::chill {})),
		("compute_staking.unchill", staking(Staking::unchill {})),
		(
			"compute_staking.update_profile",
			staking(Staking::update_profile { profile: worker_profile(b"x") }),
		),
		("compute_staking.deregister", staking(Staking::deregister {})),
		(
			"compute_staking.heartbeat",
			staking(Staking::heartbeat {
				worker: who(),
				era: 0,
				signature: sp_runtime::MultiSignature::Sr25519(
					sp_core::sr25519::Signature::from_raw([0; 64]),
				),
			}),
		),
		("compute_staking.chill_inactive", staking(Staking::chill_inactive { worker: who() })),
		("compute_staking.claim_rewards", staking(Staking::claim_rewards {})),
		("compute_staking.lock_stake", staking(Staking::lock_stake { weeks: 1 })),
		(
			"compute_staking.register_model",
			staking(Staking::register_model {
				weights_hash: [0; 32],
				kind: ModelKind::Embedding,
				units_per_job: 1,
				metadata_uri: Default::default(),
				stake: UNITS,
				limits: pallet_compute_staking::ModelLimits { max_units: 1, unit_millis: 1 },
			}),
		),
		(
			"compute_staking.bond_model_extra",
			staking(Staking::bond_model_extra { model: 0, amount: 1 }),
		),
		("compute_staking.retire_model", staking(Staking::retire_model { model: 0 })),
		("compute_staking.apply_slash", staking(Staking::apply_slash { worker: who(), slash: 0 })),
		(
			"compute_staking.cancel_slash",
			staking(Staking::cancel_slash { worker: who(), slash: 0 }),
		),
		("token_sale.configure", sale(Sale::configure { terms: terms() })),
		(
			"token_sale.set_eligibility",
			sale(Sale::set_eligibility {
				who: who(),
				eligibility: Some(Eligibility { us: false, score: 0 }),
			}),
		),
		("token_sale.bid", sale(Sale::bid { max_price: 1, budget: 1, asset: USDC, lockup: true })),
		("token_sale.settle (1,000 price levels)", sale(Sale::settle {})),
		("token_sale.claim", sale(Sale::claim { bidder: who() })),
		("token_sale.release_lockup", sale(Sale::release_lockup { who: who() })),
		("token_sale.withdraw_proceeds", sale(Sale::withdraw_proceeds { asset: USDC })),
		("jobs.submit_job (4 KiB input)", jobs(Jobs::submit_job { spec: spec() })),
		("jobs.submit_jobs (64 jobs)", jobs(Jobs::submit_jobs { specs: full(spec()) })),
		("jobs.commit_result", jobs(Jobs::commit_result { job: 0, commitment: [0; 32] })),
		("jobs.commit_results (64)", jobs(Jobs::commit_results { commits: full((0, [0; 32])) })),
		("jobs.reveal_result (before refund)", jobs(Jobs::reveal_result { reveal: reveal() })),
		(
			"jobs.reveal_results (64, before refund)",
			jobs(Jobs::reveal_results { reveals: full(reveal()) }),
		),
		(
			"jobs.resolve_dispute",
			jobs(Jobs::resolve_dispute { job: 0, resolution: Resolution::Uphold([0; 32]) }),
		),
		("jobs.mint_output", jobs(Jobs::mint_output { job: 0 })),
	]
}

#[test]
fn every_call_fits_in_a_block_and_its_share_is_known() {
	let weights = RuntimeBlockWeights::get();
	let block = weights.max_block.ref_time() as f64;
	println!("| call | weight | share of a block | fit in a block's normal class |");
	println!("|---|---|---|---|");
	for (name, call) in calls() {
		let info = call.get_dispatch_info();
		let class = weights.get(info.class);
		// What a transaction of it is charged: the call and the base cost of any extrinsic.
		let charged = info.total_weight() + class.base_extrinsic;
		let limit = class.max_extrinsic.expect("every class has a per-transaction limit");
		assert!(charged.all_lte(limit), "{name} weighs {charged:?}, over {limit:?}");
		let normal = weights.get(DispatchClass::Normal).max_total.unwrap().ref_time() as f64;
		println!(
			"| {name} | {:.3} ms | {:.3}% | {:.0} |",
			charged.ref_time() as f64 / 1e9,
			100.0 * charged.ref_time() as f64 / block,
			(normal / charged.ref_time() as f64).floor()
		);
	}
}

/// The jobs hook's budgets and what they buy. The hook's weight (`JobsHookWeight`) buys the
/// single-worker jobs it can assign in a block for a model with `servers` workers, with their
/// audit draws and their deadline steps (a job leaves its commit deadline and, if unsettled by
/// then, its reveal deadline; each costs a `deadline_kept` step when it falls due with nothing
/// late). Its seat budget (`MaxSeatsPerBlock`) bounds the seats it fills, whatever their jobs'
/// redundancy. Two bounds:
/// - the reports of the seats it may fill in a block (a submission, a commit and an agreeing
///   reveal each, in full batches) fit in what the hook leaves of the block and in the normal
///   class, or the chain would assign work its workers cannot report;
/// - for the load test's market it assigns the 58 jobs a second the network Tessera is
///   modelled on peaked at, with two deadline steps a job.
#[test]
fn the_jobs_hook_leaves_room_for_the_transactions_of_the_jobs_it_assigns() {
	use frame_support::traits::Get;
	use pallet_jobs::WeightInfo;
	type Jobs = pallet_jobs::weights::SubstrateWeight<Runtime>;
	let weights = RuntimeBlockWeights::get();
	let hook = <Runtime as pallet_jobs::Config>::HookWeight::get().ref_time();
	let seats = u64::from(<Runtime as pallet_jobs::Config>::MaxSeatsPerBlock::get());
	// A dynamic parameter: read from the genesis state.
	let audit_rate = crate::common::genesis("development")
		.execute_with(tessera_runtime::governance::parameters::jobs::AuditRate::get);
	let jobs_the_hook_buys = |servers: u32, deadline_steps: u64| {
		let assign = Jobs::assign_job(servers, 1).ref_time();
		// An audit fills one auditor seat.
		let audit = Jobs::draw_audit().ref_time() + audit_rate.mul_ceil(assign);
		hook / (assign + audit + deadline_steps * Jobs::deadline_kept().ref_time())
	};
	let batch = BATCH as u64;
	let reports_per_seat = (Jobs::submit_jobs(BATCH as u32).ref_time()
		+ Jobs::commit_results(BATCH as u32).ref_time()
		+ Jobs::reveal_results(BATCH as u32).ref_time())
		/ batch;
	let block = weights.max_block.ref_time();
	let reports = seats * reports_per_seat;
	println!(
		"the hook fills at most {seats} seats a block; their reports take {:.0} ms of the {:.0} \
		 ms it leaves ({:.2} ms a seat)",
		reports as f64 / 1e9,
		(block - hook) as f64 / 1e9,
		reports_per_seat as f64 / 1e9,
	);
	assert!(hook + reports <= block, "the hook crowds out the transactions it creates");
	let normal = weights.get(DispatchClass::Normal).max_total.unwrap().ref_time();
	assert!(reports <= normal);

	// Each job fills its seat and, for the audited, an auditor's.
	let accuracy = u64::from(<sp_runtime::Perbill as sp_runtime::PerThing>::ACCURACY);
	let jobs_the_seats_hold = seats * accuracy / (accuracy + u64::from(audit_rate.deconstruct()));
	let max_servers = <Runtime as pallet_compute_staking::Config>::MaxWorkersPerModel::get();
	for servers in [1, LOAD_TEST_WORKERS, max_servers] {
		for deadline_steps in [1, 2] {
			let jobs = jobs_the_hook_buys(servers, deadline_steps).min(jobs_the_seats_hold);
			println!(
				"{servers} servers, {deadline_steps} deadline steps a job: {jobs} jobs a block \
				 ({:.0} a second)",
				jobs as f64 / 6.0
			);
		}
	}
	// `scripts/load.sh` measures what the chain settles; docs/performance.md ("Load").
	let jobs = jobs_the_hook_buys(LOAD_TEST_WORKERS, 2).min(jobs_the_seats_hold);
	assert!(jobs >= 58 * 6, "below the 58 jobs a second target");
}

/// The workers of `scripts/load.sh` (worker/tests/load.rs, `LOAD_WORKERS`).
const LOAD_TEST_WORKERS: u32 = 32;
