//! What the actors do, drawn from the input: mostly well-formed calls of Tessera's pallets with
//! arguments near the values that matter (existing models, jobs and workers, amounts of every
//! magnitude), workers that commit and reveal the jobs they hold, honestly or not, governance
//! calls as enacted referenda make them, and calls of any pallet decoded from raw bytes.

use codec::{DecodeLimit, Encode};
use frame_support::traits::PalletsInfoAccess;
use pallet_compute_staking::{ModelKind, WorkerProfile};
use pallet_jobs::{commitment_of, JobInput, JobSpec, JobStatus, PayWith, Resolution, Reveal};
use pallet_token_sale::{Eligibility, SaleTerms, SCORE_CLASSES};
use sp_runtime::{MultiAddress, Permill};
use tessera_runtime::{
	genesis::presets::{USDC, USDT},
	AllPalletsWithSystem, Runtime, RuntimeCall, UNITS,
};

use crate::{
	actors::{account, Actor, ACTORS},
	source::Source,
};

/// Nested calls (batches of batches) decode at most this deep, as the runtime's own limit.
const MAX_DECODE_DEPTH: u32 = 8;

/// One step of a block.
#[derive(Debug)]
pub enum Action {
	/// A transaction signed by an actor, with its current nonce.
	Signed { signer: Actor, call: RuntimeCall },
	/// A fee-less general transaction: valid only for calls that authorize themselves.
	General(RuntimeCall),
	/// A call with the root origin, as an enacted referendum dispatches it.
	Root(RuntimeCall),
}

/// What the fuzzer remembers between calls: which digest each worker committed to, so that it
/// can reveal the same one later (or deliberately another).
#[derive(Default)]
pub struct Memory {
	committed: std::collections::BTreeMap<(pallet_jobs::JobId, Actor), u8>,
}

/// The next action, from the input.
pub fn next_action(source: &mut Source, memory: &mut Memory) -> Action {
	let signer = source.below(ACTORS.len() as u32) as usize;
	let signed = |call| Action::Signed { signer, call };
	match source.below(32) {
		0..=2 => signed(transfer(source)),
		3 => signed(RuntimeCall::Spark(pallet_spark::Call::buy { amount: source.u32().into() })),
		4 => Action::General(RuntimeCall::Spark(pallet_spark::Call::claim_free {
			who: account(signer),
		})),
		5 => signed(register_model(source)),
		6..=7 => signed(register_worker(source)),
		8..=9 => signed(staking_call(source)),
		10..=13 => signed(submit_jobs(source)),
		14..=17 => {
			let worker = worker_with(source, awaits_commit).unwrap_or(signer);
			Action::Signed { signer: worker, call: commit(source, memory, worker) }
		},
		18..=20 => {
			let worker = worker_with(source, awaits_reveal).unwrap_or(signer);
			Action::Signed { signer: worker, call: reveal(source, memory, worker) }
		},
		21 => signed(RuntimeCall::Jobs(pallet_jobs::Call::mint_output { job: job_id(source) })),
		22..=23 => signed(sale_call(source)),
		24..=27 => Action::Root(governance_call(source)),
		_ => signed(raw_call(source).unwrap_or_else(|| transfer(source))),
	}
}

fn actor_account(source: &mut Source) -> tessera_runtime::AccountId {
	account(source.below(ACTORS.len() as u32) as usize)
}

fn transfer(source: &mut Source) -> RuntimeCall {
	let dest = MultiAddress::Id(actor_account(source));
	let value = source.amount();
	RuntimeCall::Balances(if source.chance(128) {
		pallet_balances::Call::transfer_keep_alive { dest, value }
	} else {
		pallet_balances::Call::transfer_allow_death { dest, value }
	})
}

/// Mostly an id below `next` (ids count up from 0), sometimes one past the last.
fn id_below(source: &mut Source, next: u32) -> u32 {
	if next > 0 && source.chance(230) {
		next - 1 - source.below(next.min(8))
	} else {
		source.below(next + 2)
	}
}

/// A model id: mostly a recent one, sometimes one that does not exist.
fn model_id(source: &mut Source) -> u32 {
	id_below(source, pallet_compute_staking::NextModelId::<Runtime>::get())
}

/// A job id: mostly a recent one, sometimes one that does not exist yet.
fn job_id(source: &mut Source) -> u64 {
	let next = u32::try_from(pallet_jobs::NextJobId::<Runtime>::get()).unwrap_or(u32::MAX);
	u64::from(id_below(source, next))
}

/// Mostly `1..=max`, sometimes 0 (which the calls refuse).
fn count(source: &mut Source, max: u32) -> u32 {
	if source.chance(240) {
		1 + source.below(max)
	} else {
		0
	}
}

pub(crate) fn bounded<S: frame_support::traits::Get<u32>>(
	bytes: &[u8],
) -> frame_support::BoundedVec<u8, S> {
	bytes[..bytes.len().min(S::get() as usize)].to_vec().try_into().expect("truncated to fit")
}

fn register_model(source: &mut Source) -> RuntimeCall {
	let kind = match source.below(3) {
		0 => ModelKind::Embedding,
		1 => ModelKind::TextGeneration,
		_ => ModelKind::ImageGeneration,
	};
	RuntimeCall::ComputeStaking(pallet_compute_staking::Call::register_model {
		weights_hash: [source.below(4) as u8; 32],
		kind,
		units_per_job: count(source, 5),
		metadata_uri: bounded(b"ipfs://model"),
		stake: if source.chance(200) { 500 * UNITS } else { source.amount() },
		limits: pallet_compute_staking::ModelLimits {
			max_units: count(source, 8),
			unit_millis: count(source, 10_000),
		},
	})
}

fn worker_profile(source: &mut Source) -> WorkerProfile<Runtime> {
	let class: &[u8] = if source.chance(200) { b"cuda-sm90" } else { b"cpu-x86_64" };
	let next = pallet_compute_staking::NextModelId::<Runtime>::get();
	let models: Vec<u32> = (0..1 + source.below(3)).map(|_| id_below(source, next)).collect();
	WorkerProfile {
		class: bounded(class),
		models: models.try_into().unwrap_or_default(),
		endpoint: bounded(b"https://gpu.example"),
	}
}

fn register_worker(source: &mut Source) -> RuntimeCall {
	let stake = if source.chance(200) { 10_000 * UNITS } else { source.amount() };
	let profile = worker_profile(source);
	RuntimeCall::ComputeStaking(pallet_compute_staking::Call::register_worker { stake, profile })
}

fn staking_call(source: &mut Source) -> RuntimeCall {
	use pallet_compute_staking::Call;
	RuntimeCall::ComputeStaking(match source.below(13) {
		0 => Call::bond_extra { amount: source.amount() },
		1 => Call::unbond { amount: source.amount() },
		2 => Call::withdraw_unbonded {},
		3 => Call::chill {},
		4 => Call::unchill {},
		5 => Call::update_profile { profile: worker_profile(source) },
		6 => Call::deregister {},
		7 => Call::claim_rewards {},
		8 => Call::lock_stake { weeks: source.below(60) },
		9 => Call::bond_model_extra { model: model_id(source), amount: source.amount() },
		10 => Call::retire_model { model: model_id(source) },
		11 => Call::apply_slash { worker: actor_account(source), slash: source.below(8) },
		_ => Call::chill_inactive { worker: actor_account(source) },
	})
}

fn submit_jobs(source: &mut Source) -> RuntimeCall {
	let specs: Vec<JobSpec<Runtime>> = (0..1 + source.below(4))
		.map(|_| JobSpec {
			model: model_id(source),
			input: if source.chance(230) {
				let len = source.below(64) as usize;
				JobInput::Inline(bounded(source.bytes(len)))
			} else {
				JobInput::Remote { digest: source.array(), uri: bounded(b"ipfs://input") }
			},
			units: count(source, 3),
			redundancy: count(source, 3) as u8,
			pay_with: if source.chance(128) { PayWith::Spark } else { PayWith::Token },
		})
		.collect();
	RuntimeCall::Jobs(pallet_jobs::Call::submit_jobs {
		specs: specs.try_into().expect("at most 4 of 64"),
	})
}

/// The digest a worker reports for `job`: choice 0 is the one every honest worker computes.
fn digest(job: u64, choice: u8) -> [u8; 32] {
	sp_io::hashing::blake2_256(&(b"digest", job, choice).encode())
}

fn salt(job: u64, worker: Actor) -> [u8; 32] {
	sp_io::hashing::blake2_256(&(b"salt", job, worker as u32).encode())
}

/// The jobs `worker` holds a seat of, with that seat.
fn seats(worker: Actor) -> Vec<(u64, JobStatus<u32>, pallet_jobs::Seat<Runtime>)> {
	let who = account(worker);
	pallet_jobs::WorkerJobs::<Runtime>::get(&who)
		.into_iter()
		.filter_map(|id| {
			let job = pallet_jobs::Jobs::<Runtime>::get(id)?;
			let seat = job.seats.iter().find(|seat| seat.worker == who)?.clone();
			Some((id, job.status, seat))
		})
		.collect()
}

fn awaits_commit(status: &JobStatus<u32>, seat: &pallet_jobs::Seat<Runtime>) -> bool {
	matches!(status, JobStatus::Committing { .. }) && seat.commitment.is_none()
}

fn awaits_reveal(_: &JobStatus<u32>, seat: &pallet_jobs::Seat<Runtime>) -> bool {
	seat.commitment.is_some() && seat.revealed.is_none()
}

/// An actor with a seat `waiting` for it, if any: workers tend their jobs far more often than
/// a randomly chosen account would.
fn worker_with(
	source: &mut Source,
	waiting: fn(&JobStatus<u32>, &pallet_jobs::Seat<Runtime>) -> bool,
) -> Option<Actor> {
	let busy: Vec<Actor> = (0..ACTORS.len())
		.filter(|actor| seats(*actor).iter().any(|(_, status, seat)| waiting(status, seat)))
		.collect();
	source.pick(&busy).copied()
}

/// `worker` commits to the jobs it holds that wait for its commitment: mostly to the honest
/// digest, sometimes to another (it will be outvoted or disputed).
fn commit(source: &mut Source, memory: &mut Memory, worker: Actor) -> RuntimeCall {
	let who = account(worker);
	let commits: Vec<_> = seats(worker)
		.into_iter()
		.filter(|(_, status, seat)| awaits_commit(status, seat))
		.take(64)
		.map(|(job, _, _)| {
			let choice = if source.chance(230) { 0 } else { 1 + source.below(2) as u8 };
			memory.committed.insert((job, worker), choice);
			(job, commitment_of(&digest(job, choice), &salt(job, worker), &who))
		})
		.collect();
	match commits.as_slice() {
		[] => RuntimeCall::Jobs(pallet_jobs::Call::commit_result {
			job: job_id(source),
			commitment: source.array(),
		}),
		[(job, commitment)] => RuntimeCall::Jobs(pallet_jobs::Call::commit_result {
			job: *job,
			commitment: *commitment,
		}),
		_ => RuntimeCall::Jobs(pallet_jobs::Call::commit_results {
			commits: commits.try_into().expect("at most 64"),
		}),
	}
}

/// `worker` reveals what it committed to; now and then something else, which the chain must
/// refuse.
fn reveal(source: &mut Source, memory: &mut Memory, worker: Actor) -> RuntimeCall {
	let reveals: Vec<Reveal<Runtime>> = seats(worker)
		.into_iter()
		.filter(|(_, status, seat)| awaits_reveal(status, seat))
		.take(64)
		.map(|(job, _, _)| {
			let committed = memory.committed.get(&(job, worker)).copied().unwrap_or(0);
			let choice = if source.chance(245) { committed } else { committed.wrapping_add(1) };
			Reveal {
				job,
				digest: digest(job, choice),
				salt: salt(job, worker),
				uri: bounded(b"https://gpu.example/artifact"),
			}
		})
		.collect();
	if reveals.is_empty() {
		let job = job_id(source);
		let reveal =
			Reveal { job, digest: digest(job, 0), salt: salt(job, worker), uri: bounded(b"") };
		return RuntimeCall::Jobs(pallet_jobs::Call::reveal_result { reveal });
	}
	RuntimeCall::Jobs(pallet_jobs::Call::reveal_results {
		reveals: reveals.try_into().expect("at most 64"),
	})
}

fn sale_asset(source: &mut Source) -> u32 {
	*source.pick(&[USDC, USDT, 7]).expect("not empty")
}

fn sale_call(source: &mut Source) -> RuntimeCall {
	use pallet_token_sale::Call;
	RuntimeCall::TokenSale(match source.below(5) {
		0 | 1 => Call::bid {
			max_price: source.amount() % 10_000_000,
			budget: source.amount(),
			asset: sale_asset(source),
			lockup: source.chance(128),
		},
		2 => Call::settle {},
		3 => Call::claim { bidder: actor_account(source) },
		_ if source.chance(128) => Call::release_lockup { who: actor_account(source) },
		_ => Call::withdraw_proceeds { asset: sale_asset(source) },
	})
}

/// Sale terms around plausible values: a sale that opens within a few blocks and runs for a
/// few dozen, on the stablecoins of genesis.
fn sale_terms(source: &mut Source) -> SaleTerms<Runtime> {
	let now = frame_system::Pallet::<Runtime>::block_number();
	let floor_price = 1 + u128::from(source.below(1_000_000));
	let tick = 1 + u128::from(source.below(100_000));
	let start = now + source.below(5);
	let mut multipliers = [Permill::zero(); SCORE_CLASSES];
	for multiplier in &mut multipliers {
		*multiplier = Permill::from_parts(source.below(200_000));
	}
	SaleTerms {
		offering: source.amount(),
		floor_price,
		ceiling_price: floor_price + tick * u128::from(source.below(50)),
		tick,
		min_bid: source.amount() % (1_000 * 1_000_000),
		assets: vec![USDC, USDT].try_into().expect("two assets fit"),
		start,
		end: start + 1 + source.below(40),
		lockup: source.below(60),
		lockup_bonus: Permill::from_parts(source.below(300_000)),
		multiplier_pool: source.amount(),
		multipliers,
	}
}

/// Calls only governance may make, as an enacted referendum makes them.
fn governance_call(source: &mut Source) -> RuntimeCall {
	match source.below(9) {
		0 => RuntimeCall::Spark(pallet_spark::Call::register { who: actor_account(source) }),
		1 => RuntimeCall::Spark(pallet_spark::Call::revoke { who: actor_account(source) }),
		2 => RuntimeCall::Spark(pallet_spark::Call::grant_reward {
			who: actor_account(source),
			amount: source.u32().into(),
		}),
		3 => RuntimeCall::Spark(pallet_spark::Call::set_price { price: source.amount() }),
		4 | 5 => {
			RuntimeCall::TokenSale(pallet_token_sale::Call::configure { terms: sale_terms(source) })
		},
		6 => RuntimeCall::TokenSale(pallet_token_sale::Call::set_eligibility {
			who: actor_account(source),
			eligibility: source.chance(200).then(|| Eligibility {
				us: source.chance(64),
				score: source.below(SCORE_CLASSES as u32 + 1) as u8,
			}),
		}),
		7 => {
			let job = job_id(source);
			let resolution = if source.chance(128) {
				Resolution::Void
			} else {
				Resolution::Uphold(digest(job, source.below(3) as u8))
			};
			RuntimeCall::Jobs(pallet_jobs::Call::resolve_dispute { job, resolution })
		},
		_ if source.chance(64) => {
			RuntimeCall::ComputeStaking(pallet_compute_staking::Call::set_grant_model {
				model: model_id(source),
				open: source.chance(200),
			})
		},
		_ => RuntimeCall::ComputeStaking(pallet_compute_staking::Call::cancel_slash {
			worker: actor_account(source),
			slash: source.below(8),
		}),
	}
}

/// A call of any pallet of the runtime, decoded from the input's next bytes; `None` when they
/// are not a call.
fn raw_call(source: &mut Source) -> Option<RuntimeCall> {
	let pallets = AllPalletsWithSystem::infos();
	let pallet = source.pick(&pallets)?.index as u8;
	let len = source.below(96) as usize;
	let mut encoded = Vec::with_capacity(1 + len);
	encoded.push(pallet);
	encoded.extend_from_slice(source.bytes(len));
	RuntimeCall::decode_with_depth_limit(MAX_DECODE_DEPTH, &mut &encoded[..]).ok()
}
